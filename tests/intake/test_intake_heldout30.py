"""The thirtieth held-out set: 14 state and local letters (letters/heldout30) from states the earlier sets did not
have or had once: the Columbus Division of Police (Ohio), Grand Rapids Public Schools (Michigan), the Maricopa
County Sheriff (Arizona), the Denver Police (Colorado), the Portland Police Bureau (Oregon), the Hennepin County
Sheriff (Minnesota), Fairfax County (Virginia), the Charlotte-Mecklenburg Police (North Carolina), Montgomery County
Police (Maryland), the Madison school district (Wisconsin), Salt Lake City (Utah), Louisville Metro Police
(Kentucky), the Metropolitan Nashville Police (Tennessee) and the Kansas City, Missouri Police; written and
committed before the rules were run on them.

Blind score: 8 of 14 fully right (57%), 13 of 14 with the right request number (a street number,
"12000 Government Center Parkway", was read before the letter's tracking number). Wrong were: the exemptions of
Ohio (R.C. 149.43(A)(1)(h)), Minnesota (Minn. Stat. § 13.82, subd. 7), North Carolina (N.C. Gen. Stat. § 132-1.4(a))
and Kentucky (KRS 61.878(1)(h)), none read; Virginia's extension ("an additional seven work days" under
subdivision B 4 of § 2.2-3704) not read; Tennessee's request to clarify taken for a no-records determination
("unable to identify the records you seek as described"), and its receipt date ("your public records request received
June 24, 2026") not read as an acknowledgement. After general fixes (tests below): 14 of 14, every earlier set
unchanged.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from intake_scoring import events_in, names, wrong_in

from foiatrack.core.vocabulary import EventKind, Outcome
from foiatrack.intake.exemptions import find_exemptions
from foiatrack.intake.numbers import find_references

# The score the rules reached on this set when it was written; it may only go up.
FLOOR = 8


def test_heldout30_scores_at_least_its_floor(tmp_path: Path) -> None:
    right = [name for name in names("heldout30") if not wrong_in("heldout30", name, tmp_path)]
    assert len(right) >= FLOOR, f"only {len(right)} of 14 fully right: {sorted(set(names('heldout30')) - set(right))}"


@pytest.mark.parametrize("name", names("heldout30"))
def test_heldout30_letter_is_proposed_fully_right(name: str, tmp_path: Path) -> None:
    assert wrong_in("heldout30", name, tmp_path) == []


@pytest.mark.parametrize(("sentence", "codes"), [
    ("The withheld pages are confidential law enforcement investigatory records under R.C. 149.43(A)(1)(h) and "
     "(A)(2)(c).", ["R.C. 149.43(A)(1)(h)", "R.C. 149.43(A)(2)(c)"]),
    ("The records are exempt under KRS 61.878(1)(h), and under KRS 61.878(1)(a).",
     ["KRS 61.878(1)(h)", "KRS 61.878(1)(a)"]),
    ("Your request is denied under Minn. Stat. § 13.82, subd. 7.", ["Minn. Stat. § 13.82, subd. 7"]),
    ("This is withheld under Minn. Stat. § 13.43, subdivision 2.", ["Minn. Stat. § 13.43, subd. 2"]),
    ("It is not a public record under N.C. Gen. Stat. § 132-1.4(a), and personnel information is withheld under "
     "G.S. 160A-168.", ["N.C. Gen. Stat. § 132-1.4(a)", "N.C. Gen. Stat. § 160A-168"]),
    ("Records are withheld under subdivision 1 of § 2.2-3705.1 and § 2.2-3706(B)(1) of the Code of Virginia.",
     ["Va. Code § 2.2-3705.1(1)", "Va. Code § 2.2-3706(B)(1)"]),
    ("Portions are redacted under Section 610.021(3) RSMo and RSMo § 610.100.",
     ["RSMo § 610.021(3)", "RSMo § 610.100"]),
    ("Withheld under C.R.S. § 24-72-204(3)(a)(IV), Wis. Stat. § 19.36(10)(b), ORS 192.345(3), GP § 4-351, "
     "Utah Code § 63G-2-305(10), Tenn. Code Ann. § 10-7-504(a)(2)(A), Conn. Gen. Stat. § 1-210(b)(3) and "
     "IC 5-14-3-4(b)(1).",
     ["C.R.S. § 24-72-204(3)(a)(IV)", "Wis. Stat. § 19.36(10)(b)", "ORS 192.345(3)", "Gen. Prov. § 4-351",
      "Utah Code § 63G-2-305(10)", "Tenn. Code Ann. § 10-7-504(a)(2)(A)", "Conn. Gen. Stat. § 1-210(b)(3)",
      "IC 5-14-3-4(b)(1)"]),
    # A subsection of a state section is never FOIA's (b)(1) or (b)(3).
    ("Withheld under § 2.2-3706(B)(1) and Conn. Gen. Stat. § 1-210(b)(3).",
     ["Va. Code § 2.2-3706(B)(1)", "Conn. Gen. Stat. § 1-210(b)(3)"]),
    # Procedure, deadlines and review rights are never exemptions, whatever the sentence says of withholding.
    ("Under R.C. 149.43(B)(3), this letter explains the legal authority for each redaction and withholding.", []),
    ("If you wish to challenge this denial, you may appeal to the Attorney General under KRS 61.880(2).", []),
    ("If records were improperly withheld, you may file a complaint under R.C. 2743.75.", []),
    ("The fee for the withheld pages' review is set by C.R.S. § 24-72-205(6).", []),
])
def test_state_citations_as_those_states_write_them(sentence: str, codes: list[str]) -> None:
    assert find_exemptions(sentence) == codes


def test_an_extension_in_work_days() -> None:
    found = events_in("Pursuant to subdivision B 4 of § 2.2-3704 of the Code of Virginia, the County will take an "
                      "additional seven work days to respond to your request.")
    assert [(e.kind, e.extension_days) for e in found] == [(EventKind.EXTENSION, 7)]


def test_a_street_number_under_the_letterhead_is_no_tracking_number() -> None:
    text = "Office of Public Affairs - FOIA\n12000 Government Center Parkway\n\nVFOIA Tracking No. FX-26-1178\n"
    assert [ref.number for ref in find_references(text)] == ["FX-26-1178"]


def test_records_that_cannot_be_identified_as_described_are_a_question_not_a_no_records_answer() -> None:
    found = events_in("In response to your public records request received June 24, 2026, the Department is unable "
                      "to identify the records you seek as described. Please clarify your request by providing the "
                      "date range.", date_line="July 1, 2026")
    assert [e.kind for e in found] == [EventKind.ACKNOWLEDGED, EventKind.CLARIFICATION_REQUESTED]
    assert found[0].received is not None and found[0].received.isoformat() == "2026-06-24"


def test_unable_to_locate_any_records_is_still_no_records() -> None:
    found = events_in("After a diligent search, the Department was unable to locate any records responsive to your "
                      "request.")
    assert [(e.kind, e.outcome) for e in found] == [(EventKind.FINAL_DETERMINATION, Outcome.NO_RECORDS)]
