"""A sixth held-out set: 25 letters from agencies and in wordings the rules were not written from (DoD, HHS/CDC,
FDA, DOL/OSHA, EPA, IRS, NARA, SSA, VA, DOJ/OIP, DEA, BOP, TSA, FEMA, CISA, USDA/APHIS; NYPD, NY DOCCS,
CDCR, Illinois, Pennsylvania and Massachusetts State Police, Washington State Patrol, New Jersey DEP), arriving
as text, PDF with a text layer, Word and e-mail with a PDF letter attached.

The expected results were written before the set was first run. Blind score (before any rule was changed
for it): 19 of 25 fully right (76%), every letter's request number read right. The six wrong:
a Word letter counting "releasing 187 of them in full" (pages released 19, not 206); an FDA fee letter whose
close-if-no-answer warning was taken for a clarification request; an Illinois denial whose appeal-rights
sentence ("judicial review under 5 ILCS 140/11") was taken for an exemption; a Pennsylvania extension headed
"interim response" taken for an interim release; Massachusetts citations written "G.L." not made canonical;
an extension of "an additional 10 workdays" not seen.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from intake_scoring import differences
from letter_files import materialise

FOLDER = Path(__file__).parent / "letters" / "heldout6"
EXPECTED: dict[str, dict[str, object]] = json.loads((FOLDER / "expected.json").read_text(encoding="utf-8"))


# Wrong at the blind run and not fixed yet: strict, so a fix must take the name off this list.
STILL_WRONG = {"h72-cdc-partial.docx", "h73-fda-fee.eml", "h86-il-isp-denial.txt", "h87-pa-psp-extension.txt",
               "h91-ma-msp-partial.txt", "h95-aphis-ack-ext.txt"}


@pytest.mark.parametrize("name", [pytest.param(name, marks=pytest.mark.xfail(strict=True, reason="blind failure"))
                                  if name in STILL_WRONG else name for name in sorted(EXPECTED)])
def test_heldout6_letter_is_proposed_fully_right(name: str, tmp_path: Path) -> None:
    path = materialise(FOLDER, name, tmp_path)
    assert differences(path, EXPECTED[name]) == []
