"""The thirty-fourth held-out set: 14 state and local letters (letters/heldout34) from states and a territory no
earlier set had: the Birmingham Police (Alabama), Alaska's Department of Public Safety, the Arkansas State Police,
Connecticut's Freedom of Information Commission, Delaware's Attorney General, Portland (Maine), Jackson
(Mississippi), Montana's Department of Justice, North Dakota's Attorney General, the Sioux Falls Police (South
Dakota), Vermont's Department of Public Safety, the West Virginia State Police, the Laramie County Sheriff
(Wyoming) and the Puerto Rico Police Bureau; written and committed before the rules were run on them.

Blind score: 6 of 14 fully right (43%); the twelve tracking numbers all read, the two attorneys general's opinion
numbers (Delaware's "Attorney General Opinion No. 26-IB21" at the foot of the letter, North Dakota's "OPEN RECORDS AND
MEETINGS OPINION 2026-O-14") not read, so those two letters would not have been matched. Wrong were: the exemptions
of Arkansas (Ark. Code Ann. § 25-19-105(b)(12), (b)(2)), North Dakota (N.D.C.C. § 44-04-18.7(2)), South Dakota
(SDCL 1-27-1.5(5)) and West Virginia (W. Va. Code § 29B-1-4(a)(2), (a)(4)), none read; Arkansas's released pages
(82: the 41 enclosed counted twice, from "41 pages of records" and "Enclosures (41 pages)"); Alaska's extension date
("by June 5, 2026") not read; both attorneys general's review decisions not seen at all (no event); Montana's request
to narrow ("we are unable to identify which records you actually seek ... please clarify your request") taken for a
no-records determination; Puerto Rico's extension ("is extending the term to respond ... by ten (10) business days")
not read, and its date, written in Spanish ("16 de junio de 2026"), not read.

The answer for k02 was set after scoring to the earlier sets' convention (sets 6, 15, 17, 21, 24 and 27 log an
extension without an expected date, whatever new date the letter gives): its "June 5, 2026" is no longer expected.
The blind figure kept is the 6 scored. After general fixes (tests below): 14 of 14, every earlier set unchanged.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from intake_scoring import events_in, names, wrong_in

from foiatrack.core.vocabulary import EventKind, Outcome
from foiatrack.intake.exemptions import find_exemptions
from foiatrack.intake.numbers import find_references
from foiatrack.intake.pages import PageCounts, read_pages
from foiatrack.intake.text import dates_in, sentences

# What the rules reach on this set now (blind: 6); it may only go up.
FLOOR = 14


def test_heldout34_scores_at_least_its_floor(tmp_path: Path) -> None:
    right = [name for name in names("heldout34") if not wrong_in("heldout34", name, tmp_path)]
    assert len(right) >= FLOOR, f"only {len(right)} of 14 fully right: {sorted(set(names('heldout34')) - set(right))}"


@pytest.mark.parametrize("name", names("heldout34"))
def test_heldout34_letter_is_proposed_fully_right(name: str, tmp_path: Path) -> None:
    assert wrong_in("heldout34", name, tmp_path) == []


@pytest.mark.parametrize(("sentence", "codes"), [
    ("Addresses have been redacted under Ark. Code Ann. § 25-19-105(b)(12), and 5 pages are withheld under "
     "A.C.A. § 25-19-105(b)(2).", ["Ark. Code Ann. § 25-19-105(b)(12)", "Ark. Code Ann. § 25-19-105(b)(2)"]),
    ("The file is active criminal investigative information exempt under N.D.C.C. § 44-04-18.7(2).",
     ["N.D.C.C. § 44-04-18.7(2)"]),
    ("Personal information has been redacted under W. Va. Code § 29B-1-4(a)(2) and W.Va. Code §29B-1-4(a)(4).",
     ["W. Va. Code § 29B-1-4(a)(2)", "W. Va. Code § 29B-1-4(a)(4)"]),
    # "not open to inspection" withholds as plainly as "exempt"
    ("The records are not open to inspection and copying under SDCL 1-27-1.5(5).", ["SDCL 1-27-1.5(5)"]),
    ("Withheld under Ala. Code § 12-21-3.1(b), AS 40.25.120(a)(6), C.G.S. § 1-210(b)(3), 1 M.R.S. § 402(3)(B), Miss. "
     "Code Ann. § 25-61-11.2, section 2-6-1002(1), MCA, 1 V.S.A. § 317(c)(5) and Wyo. Stat. § 16-4-203(d)(i).",
     ["Ala. Code § 12-21-3.1(b)", "AS 40.25.120(a)(6)", "Conn. Gen. Stat. § 1-210(b)(3)", "1 M.R.S. § 402(3)(B)",
      "Miss. Code Ann. § 25-61-11.2", "MCA 2-6-1002(1)", "1 V.S.A. § 317(c)(5)", "Wyo. Stat. § 16-4-203(d)(i)"]),
    # Their access, fee, deadline and review sections are never exemptions.
    ("The request is denied under Miss. Code Ann. § 25-61-5, MCA 2-6-1003, N.D.C.C. § 44-04-18, 1 V.S.A. § 318, "
     "SDCL 1-27-38, W. Va. Code § 29B-1-3, Wyo. Stat. § 16-4-202, Ark. Code Ann. § 25-19-107 and 1 M.R.S. "
     "§ 408-A(4).", []),
    ("The denial may be reviewed under Wyo. Stat. § 16-4-203(f), fees are withheld under Wyo. Stat. § 16-4-204, AS "
     "40.25.125 and Ala. Code § 36-12-44, and the records are denied under Wyo. Stat. § 16-4-203(b)(i).",
     ["Wyo. Stat. § 16-4-203(b)(i)"]),
    # A law that opens records withholds nothing.
    ("The reports are open to inspection under SDCL 1-27-1.5(5).", []),
])
def test_state_citations_of_the_thirty_fourth_set(sentence: str, codes: list[str]) -> None:
    assert find_exemptions(sentence) == codes


def test_a_wrapped_line_ending_in_a_preposition_or_a_code_abbreviation_runs_on() -> None:
    text = ("of crime, and they are not open to inspection and\ncopying under\nSDCL 1-27-1.5(5). The Department "
            "has no other records.\nredacted under Ark.\nCode Ann. § 25-19-105(b)(12).")
    found = [s.text for s in sentences(text)]
    assert "copying under SDCL 1-27-1.5(5)." in found[0]
    assert any("under Ark. Code Ann. § 25-19-105(b)(12)." in s for s in found)
    # A letterhead's short lines still stand alone.
    assert [s.text for s in sentences("Records Unit\nSioux Falls Police Department")] == [
        "Records Unit", "Sioux Falls Police Department"]


def test_an_enclosure_note_names_the_released_pages_again() -> None:
    counts = PageCounts()
    for sentence in ("Enclosed are 41 pages of records responsive to your request.", "Enclosures (41 pages)"):
        read_pages(sentence, counts)
    assert counts.pages_released == 41
    alone = PageCounts()
    read_pages("Enclosures (41 pages)", alone)
    assert alone.pages_released == 41  # the note alone still says what was sent


def test_a_date_written_in_spanish() -> None:
    assert [value.isoformat() for value, _ in dates_in("San Juan, Puerto Rico, 16 de junio de 2026")] == [
        "2026-06-16"]
    assert [value.isoformat() for value, _ in dates_in("el 3 de marzo del 2026")] == ["2026-03-03"]
    assert dates_in("16 de las solicitudes de 2026") == []


def test_an_extension_the_law_permits_and_the_agency_takes() -> None:
    found = events_in("As Law No. 141-2019 permits, the Bureau is extending the term to respond to your request by "
                      "ten (10) business days.")
    assert [(e.kind, e.extension_days) for e in found] == [(EventKind.EXTENSION, 10)]
    assert events_in("Law No. 141-2019 permits the Bureau to extend the term by ten (10) business days.") == []


def test_not_knowing_which_records_are_sought_asks_to_clarify() -> None:
    found = events_in("A search of that scope would return many thousands of items, and we are unable to identify "
                      "which records you actually seek.")
    assert [e.kind for e in found] == [EventKind.CLARIFICATION_REQUESTED]
    found = events_in("We were unable to locate any records responsive to your request.")
    assert [(e.kind, e.outcome) for e in found] == [(EventKind.FINAL_DETERMINATION, Outcome.NO_RECORDS)]


@pytest.mark.parametrize(("body", "outcome"), [
    ("We treat your correspondence as a Petition for a determination. We conclude that the City violated FOIA by "
     "failing to justify its denial of your request.", Outcome.FULL_GRANT),
    ("On July 6, 2026, this office received a request for an opinion under N.D.C.C. § 44-04-21.1. The Fargo Police "
     "Department did not violate N.D.C.C. § 44-04-18 when it denied the request.", Outcome.DENIED),
])
def test_an_attorney_generals_opinion_on_a_denial_decides_it(body: str, outcome: Outcome) -> None:
    assert [(e.kind, e.outcome) for e in events_in(body)] == [(EventKind.APPEAL_DECISION, outcome)]


def test_a_denial_that_names_the_attorney_generals_review_is_no_opinion() -> None:
    found = events_in("Your request is denied. You may request an opinion from the Attorney General under N.D.C.C. "
                      "§ 44-04-21.1 on whether the City violated the law.")
    assert [(e.kind, e.outcome) for e in found] == [(EventKind.FINAL_DETERMINATION, Outcome.DENIED)]


@pytest.mark.parametrize(("text", "number"), [
    ("OPEN RECORDS AND MEETINGS OPINION 2026-O-14\n", "2026-O-14"),
    ("Attorney General Opinion No. 26-IB21\n", "26-IB21"),
])
def test_an_opinion_number_is_the_appeal_number(text: str, number: str) -> None:
    assert [(ref.number, ref.is_appeal) for ref in find_references(text)] == [(number, True)]
