"""MkDocs hooks for the documentation site (``mkdocs.yml`` names this file).

The package's docstrings use Sphinx-style roles (:func:`extract`), which read well in
``help()``; mkdocstrings renders them literally, as ``:func:`` before the code. This hook
drops the role, and the ``~`` of a shortened path, from the rendered pages.
"""

from __future__ import annotations

import re
from typing import Any

_ROLE = re.compile(r":(?:func|class|mod|meth|data|attr|exc|obj):(<code>)(?:~(?:\w+\.)*)?")


def on_page_content(html: str, **kwargs: Any) -> str:
    """Render ``:func:`~a.b.name``` as ``name`` in code."""
    return _ROLE.sub(r"\1", html)
