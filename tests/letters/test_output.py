"""A letter goes to disk as Word or PDF by its file's suffix, whole or not at all."""

from __future__ import annotations

from pathlib import Path

import pytest

from foiatrack.core.errors import UserError
from foiatrack.letters.document import Document, Paragraph, Run
from foiatrack.letters.output import ACCEPTED_SUFFIXES, write_letter

LETTER = Document(title="Appeal", author="Dana Ortiz", letterhead=("Dana Ortiz", "12 Quay St"),
                  date="December 3, 2026", recipient=("FOIA Appeals Officer",), subject=(Run("Appeal"),),
                  salutation="Dear Appeals Officer:", body=(Paragraph((Run("I appeal the denial."),)),),
                  closing="Sincerely,", signature=("Dana Ortiz",))


@pytest.mark.parametrize(("name", "magic"), [("appeal.docx", b"PK\x03\x04"), ("appeal.pdf", b"%PDF"),
                                             ("APPEAL.DOCX", b"PK\x03\x04"), ("appeal.final.Pdf", b"%PDF")])
def test_the_suffix_chooses_the_format_whatever_its_case(tmp_path: Path, name: str, magic: bytes) -> None:
    target = write_letter(LETTER, tmp_path / name)
    assert target == tmp_path / name
    assert target.read_bytes()[:4] == magic
    assert [p.name for p in tmp_path.iterdir()] == [name]


@pytest.mark.parametrize(("name", "shown"), [("appeal.odt", "'.odt'"), ("appeal", "'no suffix'"),
                                             ("appeal.pdf.txt", "'.txt'")])
def test_another_suffix_is_refused_naming_the_accepted_ones(tmp_path: Path, name: str, shown: str) -> None:
    with pytest.raises(UserError) as caught:
        write_letter(LETTER, tmp_path / name)
    assert str(caught.value) == f"{tmp_path / name}: cannot write a letter as {shown}; use one of: .docx, .pdf"
    assert caught.value.field == "output"
    assert list(tmp_path.iterdir()) == []
    assert ACCEPTED_SUFFIXES == (".docx", ".pdf")


def test_an_existing_letter_is_replaced_whole(tmp_path: Path) -> None:
    target = tmp_path / "appeal.pdf"
    target.write_bytes(b"an older letter")
    write_letter(LETTER, target)
    assert target.read_bytes().startswith(b"%PDF") and target.read_bytes().rstrip().endswith(b"%%EOF")
