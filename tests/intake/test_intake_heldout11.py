"""The eleventh held-out set: 44 letters (letters/heldout11) across every kind intake proposes, from federal
agencies (ICE, FBI, EOIR, USCIS, CBP, State, OSD/Joint Staff, VA, DHS Privacy, TSA, DOJ OIP, Army CID, Navy,
USMS, CDC, FEMA, DEA) and from the ten states the checks use (California, New York, Texas, Pennsylvania,
Illinois, Massachusetts, New Jersey, Washington, Florida, Georgia), as text, PDF with a text layer, Word and
e-mail.

The expected results were written before the set was first run. Blind score of the rules as they were: 31 of 44
fully right (70%), 41 of 44 with the right request number. Wrong were: an FBI release whose "An Explanation of
Exemptions is enclosed" was taken for the start of the enclosed sheet (dropping the page count and the exemption
list "Section 552: (b)(3), (b)(6)..." printed without a verb); the State Department's "unusual circumstances may
arise that would require additional time" taken for an extension; "one hundred twenty-three (123) pages were
located ... the records are releasable in part" (no pages, no outcome) and a (b)(3) statute named in a later
sentence ("Exemption 3 is invoked in conjunction with 49 U.S.C. § 114(r)"); an appeal number after "Ref:" beside
the request's after "FOIA Request:", and an appeal decision citing the exemption whose information it now
releases; "PIR 26-4410" counted wrong although matching takes it for 26-4410 (the scoring now compares numbers
as matching does); Pennsylvania's "RTK No." label and its extension "within thirty (30) calendar days of the
date your response was initially due"; "65 P.S. § 67.708(b)(6)" read as FOIA's (b)(6), and "18 Pa.C.S. § 9106";
a fee letter's "let us know whether you wish to proceed" taken for a clarification request; the Massachusetts
Supervisor of Records' order ("the Department is ordered to provide ... a response") not read as an appeal
decision; New Jersey's "an extension of time is required until March 31"; a Washington installment that
"contains 350 pages"; a Georgia receipt date after "O.C.G.A. § 50-18-70 et seq."; Georgia's O.C.G.A. citations.

Each was fixed by a general rule (tests below), none by the letter's own words; the PA Office of Open Records
final determination that stayed wrong through the tenth round is read right by the same appeal-body rule. After:
44 of 44, and every earlier set still fully right.

Later the answer for q03 (FBI) gained its 27 pages withheld in full (214 reviewed, 187 released, and "a deleted page
information sheet was inserted to indicate where pages were withheld entirely"), so that the three sets with this
FBI wording (11, 33, 36) read it alike; FBI letters without the sentence still leave the count empty.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from intake_scoring import names, wrong_in

from foiatrack.core.vocabulary import EventKind, Outcome
from foiatrack.intake import Letter, ProposedEvent, understand
from foiatrack.intake.exemptions import b3_statutes, exemption_list, find_exemptions
from foiatrack.intake.numbers import appeal_by_elimination, find_references
from foiatrack.intake.text import count_value
from foiatrack.services.intake import same_reference


@pytest.mark.parametrize("name", names("heldout11"))
def test_heldout11_letter_is_proposed_fully_right(name: str, tmp_path: Path) -> None:
    assert wrong_in("heldout11", name, tmp_path) == []


def one(body: str, head: str = "Agency FOIA Office\n\nMarch 3, 2026\n\n") -> list[ProposedEvent]:
    return understand(Letter(text=f"{head}Dear Requester:\n\n{body}\n\nSincerely,\nFOIA")).events


def test_a_sentence_naming_the_enclosed_exemption_sheet_is_still_the_letter() -> None:
    found = one("An Explanation of Exemptions is enclosed that further explains justified withholdings.\n\n"
                "Section 552: (b)(6), (b)(7)(C)\n\n40 pages were reviewed and 31 pages are being released.\n\n"
                "This is the final release of information responsive to your request.\n\n"
                "EXPLANATION OF EXEMPTIONS\n\n(b)(1) classified information; (b)(2) internal rules.")
    assert (found[0].kind, found[0].pages_released, found[0].exemptions) == (
        EventKind.FINAL_DETERMINATION, 31, ("(b)(6)", "(b)(7)(C)"))


@pytest.mark.parametrize(("line", "is_list"), [("Section 552: (b)(3), (b)(6), (b)(7)(C)", True),
                                               ("(b)(5) and (b)(6)", True),
                                               ("The (b)(5) privilege covers drafts in general.", False)])
def test_a_bare_list_of_codes(line: str, is_list: bool) -> None:
    assert exemption_list(line) is is_list


def test_hedged_unusual_circumstances_are_no_extension() -> None:
    found = one("We received your request on March 1, 2026. Unusual circumstances may arise that would require "
                "additional time to process your request.")
    assert [e.kind for e in found] == [EventKind.ACKNOWLEDGED]


@pytest.mark.parametrize(("words", "value"), [("one hundred twenty-three (123)", 123),
                                              ("one hundred twenty-three", 123),
                                              ("two thousand four hundred", 2400), ("one hundred and five", 105),
                                              ("one thousand two hundred (1,200)", 1200), ("seven dwarfs", None),
                                              ("three twenty", None), ("hundred", None)])
def test_counts_written_in_words(words: str, value: int | None) -> None:
    assert count_value(words) == value


def test_every_page_found_is_released_when_the_records_are_released_in_part() -> None:
    found = one("This is our final response. One hundred twenty-three (123) pages of responsive records were "
                "located. We have determined that the records are releasable in part under Exemption 6.")
    assert (found[0].outcome, found[0].pages_released) == (Outcome.PARTIAL_GRANT, 123)
    # Without a word about the records as a whole, a count of pages located is no release.
    found = one("This is our final response. 123 pages were located. Portions are withheld under Exemption 6.")
    assert found[0].pages_released is None


@pytest.mark.parametrize("sentence", ["Exemption 3 is invoked in conjunction with 49 U.S.C. § 114(r).",
                                      "The (b)(3) exemption is asserted in conjunction with 50 U.S.C. § 3024(i)(1).",
                                      "FOIA Exemption 3 applies, pursuant to 26 U.S.C. § 6103."])
def test_exemption_three_tied_to_its_statute(sentence: str) -> None:
    assert len(b3_statutes(sentence)) == 1
    # The FOIA itself is never the (b)(3) statute.
    assert b3_statutes("Exemption 3 of the FOIA, 5 U.S.C. § 552(b)(3), applies.") == []


def test_statute_named_in_a_later_sentence_joins_the_b3_code() -> None:
    found = one("This is our final response. Information is withheld under 5 U.S.C. § 552(b)(3) and (b)(6). "
                "Exemption 3 is invoked in conjunction with 49 U.S.C. § 114(r).")
    assert found[0].exemptions == ("(b)(3) 49 U.S.C. § 114(r)", "(b)(6)")


def test_state_section_is_no_federal_code() -> None:
    assert find_exemptions("Information was redacted under 65 P.S. § 67.708(b)(6).") == ["65 P.S. § 67.708(b)(6)"]
    assert find_exemptions("Withheld under 5 U.S.C. § 552(b)(6).") == ["(b)(6)"]


@pytest.mark.parametrize(("sentence", "cited"), [
    ("Redacted pursuant to O.C.G.A. § 50-18-72(a)(20)(A).", ["O.C.G.A. § 50-18-72(a)(20)(A)"]),
    ("Withheld under section 119.071(2)(c), Florida Statutes.", ["Fla. Stat. § 119.071(2)(c)"]),
    ("Withheld under Fla. Stat. § 119.071(4)(d).", ["Fla. Stat. § 119.071(4)(d)"]),
    ("Withheld under the Criminal History Record Information Act, 18 Pa.C.S. § 9106.", ["18 Pa.C.S. § 9106"]),
    # Fees and timing are procedure: no exemption.
    ("A special service charge applies under section 119.07(4)(d), Florida Statutes, and records are withheld.", []),
])
def test_more_state_citations(sentence: str, cited: list[str]) -> None:
    assert find_exemptions(sentence) == cited


def test_a_federal_statute_cited_in_a_state_letter() -> None:
    found = one("This is the second installment. The installment contains 350 pages. Portions of the records have "
                "been redacted under RCW 42.56.230(7)(a) and 18 U.S.C. § 2721. We will continue to gather records.")
    assert (found[0].kind, found[0].pages_released, found[0].exemptions) == (
        EventKind.INTERIM_RELEASE, 350, ("RCW 42.56.230(7)(a)", "18 U.S.C. § 2721"))


def test_appeal_number_by_elimination() -> None:
    refs = find_references("Ref: 26-A-0219-A1\nFOIA Request: 25-F-1902\n\nDear Mr. Gilroy:")
    appeal = appeal_by_elimination(refs)
    assert appeal is not None and appeal.number == "26-A-0219-A1"
    # A number labelled as the request's is never taken for the appeal's.
    assert appeal_by_elimination(find_references("Re: FOIA Request 2026-0412\n\nDear Ms. Li:")) is None


def test_information_now_released_on_appeal_is_no_exemption_applied() -> None:
    found = one("You appealed the withholding of portions of the briefing. Some of the information previously "
                "withheld under 5 U.S.C. § 552(b)(5) may now be released, and it is enclosed. The information withheld "
                "under 5 U.S.C. § 552(b)(1) remains properly classified. Accordingly, your appeal is granted in part "
                "and denied in part.")
    assert (found[0].kind, found[0].outcome, found[0].exemptions) == (
        EventKind.APPEAL_DECISION, Outcome.PARTIAL_GRANT, ("(b)(1)",))


@pytest.mark.parametrize(("order", "outcome"), [
    ("Following my review, the Department is ordered to provide Ms. Perlman with a response to her request within "
     "10 business days.", Outcome.OTHER),
    ("For the reasons set forth in this Final Determination, the appeal is granted, and the Department is required "
     "to provide all responsive records within thirty days.", Outcome.FULL_GRANT)])
def test_an_appeal_bodys_order_in_the_third_person(order: str, outcome: Outcome) -> None:
    found = one(f"I have received your petition appealing the response of the Department. {order}",
                head="Office of Open Records\n\nOOR Dkt. AP 2026-0412\n\nJune 9, 2026\n\n")
    assert [(e.kind, e.outcome) for e in found] == [(EventKind.APPEAL_DECISION, outcome)]


def test_remand_recites_but_applies_no_exemption() -> None:
    found = one("You appealed the denial of your request. The Department withheld the records in their entirety under "
                "G. L. c. 4, § 7(26)(c). The Department is ordered to provide you with a new response.")
    assert found[0].exemptions == ()


def test_ask_to_proceed_in_a_fee_letter_is_the_fee_assurance() -> None:
    found = one("The estimated fee is $650.00. Please let us know whether you wish to proceed, or narrow your "
                "request, before we begin.")
    assert [e.kind for e in found] == [EventKind.FEE_ESTIMATE]
    found = one("The estimated fee is $650.00. Your request is too broad: please specify which districts you seek.")
    assert [e.kind for e in found] == [EventKind.FEE_ESTIMATE, EventKind.CLARIFICATION_REQUESTED]


def test_pennsylvania_extension_counted_from_the_date_the_response_was_due() -> None:
    found = one("Your request was received on February 6, 2026. A response will be provided on or before March 16, "
                "2026, which is within thirty (30) calendar days of the date your response was initially due.")
    assert [(e.kind, e.extension_days) for e in found] == [(EventKind.ACKNOWLEDGED, None), (EventKind.EXTENSION, 30)]
    assert found[0].expected_by == dt.date(2026, 3, 16)


def test_extension_until_a_date_is_the_expected_date() -> None:
    found = one("We are in receipt of your request. An extension of time is required until March 31, 2026.")
    assert found[0].expected_by == dt.date(2026, 3, 31)


def test_receipt_date_after_an_abbreviated_citation() -> None:
    found = one("The City received your request under the Georgia Open Records Act, O.C.G.A. § 50-18-70 et seq., "
                "on June 3, 2026. The estimated cost is $142.80.", head="City of Atlanta\n\nJune 8, 2026\n\n")
    assert (found[0].kind, found[0].received) == (EventKind.ACKNOWLEDGED, dt.date(2026, 6, 3))
    assert found[1].amount == Decimal("142.80")


@pytest.mark.parametrize(("written", "known", "same"), [("PIR 26-4410", "26-4410", True),
                                                        ("#2026-0388", "2026-0388", True),
                                                        ("26-4410", "26-4411", False)])
def test_reference_numbers_compare_as_matching_does(written: str, known: str, same: bool) -> None:
    assert same_reference(written, known) is same


def test_rtk_label() -> None:
    assert [r.number for r in find_references("RTK No. 2026-0388\n\nDear Mr. Novak:")] == ["2026-0388"]
