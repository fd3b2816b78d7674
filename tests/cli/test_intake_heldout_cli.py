"""`foiatrack intake` on the held-out letter sets: every letter is matched to the request filed with its number,
through the command, from the file formats it arrives in."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

LETTERS = Path(__file__).parents[1] / "intake" / "letters"
_spec = importlib.util.spec_from_file_location("letter_files", Path(__file__).parents[1] / "intake" / "letter_files.py")
assert _spec is not None and _spec.loader is not None
letter_files = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(letter_files)
materialise = letter_files.materialise


@pytest.fixture
def db_target(tmp_path: Path) -> str:
    """A SQLite database file only: the command's matching runs on every backend in test_intake_cli.py, and these
    sets test the letters, not the database (filing 14 requests per set on the server again adds minutes)."""
    return str(tmp_path / "test.db")


@pytest.mark.parametrize("folder", ["heldout6", "heldout7", "heldout8", "heldout9", "heldout10", "heldout11",
                                    "heldout12", "heldout13", "heldout14", "heldout15", "heldout16",
                                    "heldout17", "heldout18", "heldout19", "heldout20",
                                    "heldout21", "heldout22", "heldout23", "heldout24",
                                    "heldout25", "heldout26", "heldout27", "heldout30", "heldout31",
                                    "heldout32", "heldout33", "heldout42", "heldout43"])
def test_every_letter_is_matched_to_its_request(folder: str, cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The bar's second half, through the command: each letter finds the request filed with its number."""
    expected = json.loads((LETTERS / folder / "expected.json").read_text(encoding="utf-8"))
    numbered = {name: want["tracking_number"] for name, want in expected.items() if want.get("tracking_number")}
    ids = {}
    for index, (name, number) in enumerate(sorted(numbered.items()), start=1):
        added = cli("add", "--agency", "DOJ", "--subject", f"Records {name}", "--sent", "2026-01-02",
                    "--tracking", number)
        assert added.code == 0, added.err
        ids[name] = index
    files = [str(materialise(LETTERS / folder, name, tmp_path)) for name in sorted(numbered)]
    result = cli("intake", *files, "--json")
    assert result.code == 0, result.err
    matched = {Path(document["file"]).name: document["request_id"] for document in result.json()}
    assert matched == ids
