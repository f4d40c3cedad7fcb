"""The docs' generated examples (worked score, JSON example with its model id, terminal score lines)
must be what `scripts/regenerate_docs.py` makes from the committed reports/."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("regenerate_docs", ROOT / "scripts" / "regenerate_docs.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


docs = _script()


def test_docs_generated_blocks_are_fresh() -> None:
    stale = [str(p.relative_to(ROOT)) for p in docs.stale()]
    assert not stale, f"{', '.join(stale)} stale: run python scripts/regenerate_docs.py (after scripts/regenerate_reports.sh)"


def test_docs_every_block_is_used() -> None:
    text = "".join(p.read_text(encoding="utf-8") for p in docs.DOCS)
    assert all(f"<!-- generated:{name} -->" in text for name in docs.BLOCKS)


def test_docs_regenerate_rewrites_only_the_blocks() -> None:
    text = "before\n<!-- generated:worked-example -->\nold text\n<!-- /generated -->\nafter\n"
    new = docs.regenerate(text)
    assert new.startswith("before\n<!-- generated:worked-example -->\nWorked example (")
    assert new.endswith("<!-- /generated -->\nafter\n") and "old text" not in new
    assert docs.regenerate(new) == new


@pytest.mark.parametrize("text", [
    "<!-- generated:no-such-block -->\n<!-- /generated -->\n",
    "<!-- generated:worked-example -->\nnever closed\n",
])
def test_docs_regenerate_rejects_bad_markers(text: str) -> None:
    with pytest.raises(ValueError):
        docs.regenerate(text)


def test_docs_json_example_is_abridged_and_names_the_model() -> None:
    block = docs.json_example(ROOT)
    example = json.loads(block.removeprefix("```json\n").removesuffix("```\n"))
    report = json.loads((ROOT / "reports" / f"{docs.EXAMPLE}.json").read_text(encoding="utf-8"))
    assert example["model"] == report["model"]
    assert len(example["quotes"]) == 1 and len(example["summary"]["sources"]) == 1
    assert example["score"] == report["score"]
