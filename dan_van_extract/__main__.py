"""``python -m dan_van_extract``: the command line (see :mod:`dan_van_extract.cli`)."""

import sys

from .cli import main

sys.exit(main())
