"""The thirty-first held-out set: 14 state and local letters (letters/heldout31) from states no earlier set had: the
New Orleans Police (Louisiana), South Carolina's Department of Public Safety, the Oklahoma City Police, Iowa's
Department of Public Safety, the Las Vegas Metropolitan Police (Nevada), Albuquerque (New Mexico), the Indianapolis
Metropolitan Police (Indiana), Wichita (Kansas), Omaha (Nebraska), the District of Columbia's Metropolitan Police,
Hawaii's Office of Information Practices, Boise (Idaho), the Rhode Island State Police and New Hampshire's
Department of Corrections; written after the thirtieth set's fixes and committed before the rules were run on them.

Blind score: 6 of 14 fully right (43%), every letter's request number read (13 tracking numbers; the appeal number
"U APPEAL 27-08" read as "27-08"). This is the latest honest held-out figure for state and local letters. Wrong were:
the exemptions of Louisiana (La. R.S. 44:3(A)(1)), Iowa (Iowa Code § 22.7(5)), Kansas (K.S.A. 45-221(a)(10)), the
District (D.C. Official Code § 2-534(a)(2) and (a)(3)(C)) and New Hampshire (RSA 91-A:5, IV), none read; Boise's
"not specific enough ... describe the records with more particularity" not read as a request to clarify; Hawaii's
appeal number; Rhode Island's "is in receipt of your request" read as an acknowledgement besides the extension
(the expected answer had the extension only). The page counts of the withheld-by-subtraction letter (g01) were right
blind.

The answer for g13 was corrected after scoring: sets 11 and 15 (q37, u15) log "is in receipt of your request" with an
extension as an acknowledgement and an extension, and this set now does the same (with the corrected answer the blind
score would have been 7 of 14; the figure kept is the 6 scored). After general fixes (tests below): 14 of 14, every
earlier set unchanged.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from intake_scoring import events_in, names, wrong_in

from foiatrack.core.vocabulary import EventKind
from foiatrack.intake.exemptions import find_exemptions
from foiatrack.intake.numbers import find_references

# What the rules reach on this set now (blind: 6); it may only go up.
FLOOR = 14


def test_heldout31_scores_at_least_its_floor(tmp_path: Path) -> None:
    right = [name for name in names("heldout31") if not wrong_in("heldout31", name, tmp_path)]
    assert len(right) >= FLOOR, f"only {len(right)} of 14 fully right: {sorted(set(names('heldout31')) - set(right))}"


@pytest.mark.parametrize("name", names("heldout31"))
def test_heldout31_letter_is_proposed_fully_right(name: str, tmp_path: Path) -> None:
    assert wrong_in("heldout31", name, tmp_path) == []


@pytest.mark.parametrize(("sentence", "codes"), [
    ("Records are withheld under La. R.S. 44:3(A)(1), and addresses are redacted under R.S. 44:11(A)(1).",
     ["La. R.S. 44:3(A)(1)", "La. R.S. 44:11(A)(1)"]),
    ("Reports are confidential records under Iowa Code § 22.7(5) and are withheld.", ["Iowa Code § 22.7(5)"]),
    ("Information has been redacted pursuant to K.S.A. 45-221(a)(10), criminal investigation records, and "
     "K.S.A. 45-221(a)(30).", ["K.S.A. 45-221(a)(10)", "K.S.A. 45-221(a)(30)"]),
    # The levels listed after a section replace those of the same kind: (a)(3)(C) after (a)(2).
    ("The redacted information is exempt under D.C. Official Code § 2-534(a)(2) and (a)(3)(C).",
     ["D.C. Official Code § 2-534(a)(2)", "D.C. Official Code § 2-534(a)(3)(C)"]),
    ("The records are exempt from disclosure under RSA 91-A:5, IV.", ["RSA 91-A:5, IV"]),
    ("Withheld under 51 O.S. § 24A.8(A), 29 Del. C. § 10002(o)(3), S.C. Code Ann. § 30-4-40(a)(3), R.I. Gen. Laws "
     "§ 38-2-2(4)(D), HRS § 92F-13(3), NMSA 1978, § 14-2-1(D), Neb. Rev. Stat. § 84-712.05(5) and Idaho Code "
     "§ 74-124.",
     ["51 O.S. § 24A.8(A)", "29 Del. C. § 10002(o)(3)", "S.C. Code Ann. § 30-4-40(a)(3)",
      "R.I. Gen. Laws § 38-2-2(4)(D)", "HRS § 92F-13(3)", "NMSA 1978, § 14-2-1(D)", "Neb. Rev. Stat. § 84-712.05(5)",
      "Idaho Code § 74-124"]),
    # Their procedure is never an exemption.
    ("If you disagree with this denial, you may seek review in Superior Court under RSA 91-A:7.", []),
    ("The fee for the redacted records is charged under 51 O.S. § 24A.5(3).", []),
])
def test_more_state_citations(sentence: str, codes: list[str]) -> None:
    assert find_exemptions(sentence) == codes


def test_not_specific_enough_asks_to_clarify() -> None:
    found = events_in("As written, the request is not specific enough for the City to locate the records. Please "
                      "describe the records with more particularity, such as a date range.")
    assert [e.kind for e in found] == [EventKind.CLARIFICATION_REQUESTED]


@pytest.mark.parametrize(("line", "number"), [
    ("Re: U APPEAL 27-08 (Honolulu Police Department)", "U APPEAL 27-08"),  # a file series in capitals
    ("RE: FOIA APPEAL 2026-0012", "2026-0012"),  # a label, not a series
    ("Re: Appeal No. 2026-0012", "2026-0012"),
    # a heading in capitals ends on a short word: not a series
    ("FREEDOM OF INFORMATION ACT APPEAL DON-NAVY-2027-000058", "DON-NAVY-2027-000058"),
])
def test_an_appeal_file_series_is_part_of_the_number(line: str, number: str) -> None:
    assert [(ref.number, ref.is_appeal) for ref in find_references(line + "\n")] == [(number, True)]
