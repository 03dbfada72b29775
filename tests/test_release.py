"""Release hygiene: one version in one place, a changelog entry for it, the docs' tools."""

from __future__ import annotations

import re
from importlib import metadata

import pytest

import dan_van_extract
from conftest import ROOT


def test_the_version_is_written_once() -> None:
    assert re.fullmatch(r"\d+\.\d+\.\d+(?:[ab]\d+|rc\d+|\.dev\d+)?", dan_van_extract.__version__)
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert 'dynamic = ["version"]' in pyproject
    assert 'version = { attr = "dan_van_extract.__version__" }' in pyproject
    assert not re.search(r'(?m)^version\s*=\s*"', pyproject)  # no second copy


def test_the_installed_metadata_has_the_same_version() -> None:
    try:
        installed = metadata.version("dan_van_extract")
    except metadata.PackageNotFoundError:
        pytest.skip("the package is not installed (pip install -e .)")
    assert installed == dan_van_extract.__version__


def test_the_changelog_has_an_entry_for_the_version() -> None:
    log = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    headings = re.findall(r"(?m)^## (.+)$", log)
    assert headings[0] in ("Unreleased", dan_van_extract.__version__)
    assert dan_van_extract.__version__ in headings


def test_doctests_become_code_blocks_on_the_site() -> None:
    pytest.importorskip("griffe", reason="needs the 'docs' extra: pip install -e '.[docs]'")
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "griffe_doctests", ROOT / "scripts" / "griffe_doctests.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    text = "Intro.\n\n>>> 1 + 1\n2\n>>> print('a')\na\n\nAfter.\n  >>> x\n"
    assert module.fence_doctests(text) == (
        "Intro.\n\n```pycon\n>>> 1 + 1\n2\n>>> print('a')\na\n```\n\nAfter.\n"
        "  ```pycon\n  >>> x\n  ```"
    )
