"""The shape of the house: stages declare what they read and write, the declared order
satisfies every declaration, and no stage reaches into the pipeline or another stage."""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Any

import pytest

from conftest import ARTICLES, new_context, read
from dan_van_extract.context import CLAIM_KINDS, PROVIDED, Stage
from dan_van_extract.models import Document
from dan_van_extract.pipeline import stages

PACKAGE = Path(__file__).resolve().parent.parent / "dan_van_extract"
STAGES = stages()
STAGE_NAMES = [s.name for s in STAGES]


def _modules(stage: str) -> list[Path]:
    return sorted((PACKAGE / stage).glob("*.py"))


def _imports(path: Path) -> set[str]:
    """Absolute names of the modules ``path`` imports (relative ones resolved)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = ["dan_van_extract", *path.relative_to(PACKAGE).parent.parts]
    out: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            module = ".".join([*base, node.module] if node.module else base)
            out.add(module)
            out.update(f"{module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            out.update(alias.name for alias in node.names)
    return out


def test_there_are_seven_stages_in_order() -> None:
    assert STAGE_NAMES == [
        "metadata",
        "dates",
        "officials",
        "awards",
        "statistics",
        "places",
        "event",
    ]
    assert all(isinstance(s, Stage) for s in STAGES)


@pytest.mark.parametrize("stage", STAGE_NAMES)
def test_no_stage_imports_the_pipeline_or_another_stage(stage: str) -> None:
    for path in _modules(stage):
        imported = _imports(path)
        assert not any(m.startswith("dan_van_extract.pipeline") for m in imported), path
        others = {
            m
            for m in imported
            for other in STAGE_NAMES
            if other != stage and m.startswith(f"dan_van_extract.{other}")
        }
        assert not others, (path.name, others)


def test_the_order_satisfies_every_declaration() -> None:
    available = set(PROVIDED)
    for stage in STAGES:
        missing = set(stage.requires) - available
        assert not missing, f"{stage.name} requires {missing} before any stage assigns it"
        available.update(stage.assigns)


def test_every_assigned_name_is_a_real_field() -> None:
    ctx_fields = {"publication_date", "event_date"}
    for stage in STAGES:
        for name in stage.assigns:
            head, _, tail = name.partition(".")
            if head == "doc":
                assert tail in Document.model_fields, name
            elif head == "claims":
                assert tail in CLAIM_KINDS, name
            else:
                assert name in ctx_fields, name


# -- the declarations are true: what the code reads (statically) and writes (when run) ------
_CTX_READS = {
    "text": "text",
    "norm": "text",
    "item": "text",
    "layout": "layout",
    "content": "layout",
    "analysis": "analysis",
    "reference_date": "reference_date",
    "publication_date": "publication_date",
    "event_date": "event_date",
}
_CTX_FREE = {"doc", "claim", "accepted", "rejected", "trace", "is_claimed", "claims"}


def _reads(stage: str) -> set[str]:
    """The context names a stage's code reads: ``ctx.X``, ``ctx.doc.X``, ``ctx.is_claimed``."""
    out: set[str] = set()
    for path in _modules(stage):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name)):
                if (
                    isinstance(node, ast.Attribute)
                    and isinstance(node.value, ast.Attribute)
                    and isinstance(node.value.value, ast.Name)
                    and node.value.value.id == "ctx"
                    and node.value.attr == "doc"
                    and isinstance(node.ctx, ast.Load)
                ):
                    out.add(f"doc.{node.attr}")
                continue
            if node.value.id != "ctx":
                continue
            if node.attr == "is_claimed":
                out.update(f"claims.{kind}" for kind in CLAIM_KINDS)
            elif node.attr in _CTX_READS:
                out.add(_CTX_READS[node.attr])
            else:
                assert node.attr in _CTX_FREE, f"{stage} reads ctx.{node.attr}"
    return out


@pytest.mark.parametrize("stage", STAGES, ids=STAGE_NAMES)
def test_a_stage_reads_only_what_it_declares(stage: Stage) -> None:
    undeclared = _reads(stage.name) - set(stage.requires) - set(stage.assigns)
    assert not undeclared, f"{stage.name} reads {undeclared} without declaring it"


def _state(ctx: Any) -> dict[str, Any]:
    state = {f"doc.{k}": v for k, v in ctx.doc.model_dump().items()}
    state["publication_date"] = ctx.publication_date
    state["event_date"] = ctx.event_date
    for kind in CLAIM_KINDS:
        index = ctx.claims.get(kind)
        state[f"claims.{kind}"] = len(index) if index is not None else 0
    return state


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.stem)
def test_a_stage_writes_only_what_it_declares(path: Path) -> None:
    ctx = new_context(read(path))
    written: set[str] = set()
    for stage in STAGES:
        before = _state(ctx)
        stage.run(ctx)
        after = _state(ctx)
        changed = {k for k in after if after[k] != before[k]}
        undeclared = changed - set(stage.assigns)
        if "doc.provenance" in stage.assigns:
            undeclared.discard("doc.provenance")
        assert not undeclared, f"{stage.name} writes {undeclared} without declaring it"
        written |= changed
    # The fixtures exercise most of what is declared: a declaration nobody ever fills is
    # a sign of a stale contract.
    declared = {name for s in STAGES for name in s.assigns}
    assert len(written & declared) >= len(declared) // 2
