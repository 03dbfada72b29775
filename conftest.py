"""Root pytest configuration: doctests in the package skip optional-extra modules."""

from __future__ import annotations

import importlib.util

collect_ignore = []
if importlib.util.find_spec("pyspark") is None:
    collect_ignore.append("dan_van_extract/spark.py")
