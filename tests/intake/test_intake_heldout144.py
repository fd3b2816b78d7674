"""The hundred-and-forty-fourth held-out set: 14 long letters (letters/heldout144) whose facts are scattered over pages,
headings, lists, tables, enclosure and copy lists and footers, most quoting the request with its own dates and sums,
with appeal-rights and mediation boilerplate of their own. Written after set 143 was scored and its misses fixed, and so
after reading the intake rules: its wordings were chosen on purpose among those the rules had not been seen to handle.
Seven federal and seven state: an Agricultural Marketing Service final response whose pages "come to you exactly as they
are kept" or are "kept back in their totality" (PDF of two pages), a HUD acknowledgement whose request "hit our inbox"
(an e-mail), an IRS letter that receives a request and adds ten business days (its fields at the top), an NHTSA fee
letter whose costs are a table ending "What you would owe" (Word), a VA appeal decision that "sustain[s]" the
withholding, a Department of Energy e-mail whose searches "turned up empty-handed", a Social Security Administration
letter asking three lettered questions (PDF of two pages); a Washington DNR five-day letter about the request it "took
delivery of" on a day (an e-mail), a New Jersey DEP letter that needs until a day to answer an OPRA request, a Georgia
EPD cost estimate in running prose, a Colorado DOT portal e-mail releasing every page, a Maryland Department of the
Environment denial of an investigative file (PDF of two pages), a MassDOT release with bulleted exemptions, and a New
York DOT FOIL appeal "sustained as to" some records and "otherwise rejected" (an e-mail). Committed before the rules
were run on them.

Blind score: 4 of 14 fully right, and 13 of 14 matched to its request by its number. Wrong were:
- n01 (AMS, PDF): exemptions only (b)(6): "That information is shielded by 5 U.S.C. § 552(b)(4)." (a statute's
  exemption "shielded by").
- n02 (HUD, e-mail): a clarification request instead of an acknowledgement, and no date received: "Your Freedom of
  Information Act request hit our inbox on Monday, November 16, 2026." not read, and "We will write again if your
  request needs clarification or if fees will exceed the amount you agreed to pay." read as an ask.
- n03 (IRS): no extension: "Under the law, we may add up to 10 business days to the original response date, and we
  are doing so: the new response date is December 22, 2026."
- n06 (Department of Energy, e-mail): the number read as "HQ-2027-00344" without its "-F" ("Subject: HQ-2027-00344-F:
  Response", "Your request of October 22, 2026 (HQ-2027-00344-F)"), so not matched to its request.
- n07 (SSA, PDF): nothing proposed: "To move ahead, we would ask you to tell us:" (a lettered list), "Kindly send us
  your answer by December 24, 2026." and "... if we have heard nothing by then, we will take it that you have decided
  not to pursue it."
- n08 (Washington DNR, e-mail): nothing proposed: "... is responding, within the five business days set by RCW
  42.56.520, to the public records request we took delivery of on November 17, 2026 through the DNR Public Records
  Portal." and "We anticipate that the first installment will be ready on or about January 8, 2027."
- n09 (New Jersey DEP): no expected date: "For that reason the Department will need until December 14, 2026 to
  respond, and asks that you allow this additional time."
- n11 (Colorado DOT, portal e-mail): an acknowledgement from the field "Submitted: 11/18/2026" instead of a full
  grant: "CDOT's Region 4 Traffic and Safety section pulled together 23 pages of records. Every page is attached to
  this message as you requested, with nothing blacked out or held back."
- n12 (Maryland Department of the Environment, PDF): no pages withheld: "The file amounts to 214 pages, and none of
  them can be separated out for release without disclosing protected material."
- n13 (MassDOT): pages_released 754 instead of 377 and pages_withheld 82 instead of 41: "We are producing 377 of them
  with this letter, 52 of which contain redactions, and withholding 41 pages." counted again with the bullet "... one
  set of detailed underwater inspection drawings (41 pages) is withheld, ..." and the enclosure line "Enclosures:
  MassDOT-R-26-4471 production (377 pages)".
After general fixes (a number's one-letter suffix kept on the shape "HQ-2027-00344-F"; a request that "hit our inbox",
"landed in our queue" or that the office "took delivery of" on a day was received then; the office that "will need
until" a day expects to answer by it; "if your request needs clarification" is the office's condition, no ask;
"shielded by" an exemption withholds; "if we have heard nothing by then, we will take it that you have decided not to
pursue it" asks; pages counted again in brackets after their record ("drawings (41 pages)") or on an enclosure line
that names its file first are not added; pages "none of which can be released" or "none of them can be separated out
for release" are withheld; the law's leave to add days "and we are doing so" takes them; "Every page is attached"
after "23 pages of records" releases them all), 14 of 14.
"""

from __future__ import annotations

import datetime as dt

import pytest
from intake_scoring import events_in, pages_in, set_tests

from foiatrack.core.vocabulary import EventKind, Outcome
from foiatrack.intake import patterns as P
from foiatrack.intake.exemptions import find_exemptions
from foiatrack.intake.numbers import find_references

SET = "heldout144"
# What the rules reach on this set now (blind: 4); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


@pytest.mark.parametrize(("text", "number"), [
    ("Subject: HQ-2027-00344-F: Response", "HQ-2027-00344-F"),
    ("Your request of October 22, 2026 (HQ-2027-00344-F) asked for the loan files.", "HQ-2027-00344-F"),
    ("We have closed CBP-FO-2026-087765.", "CBP-FO-2026-087765"),
    # The near miss: a letter after the number that starts a word of its own.
    ("Files: F-2026-01234-Final.", "F-2026-01234"),
])
def test_a_numbers_one_letter_suffix_is_kept(text: str, number: str) -> None:
    assert [ref.number for ref in find_references(text)][:1] == [number]


@pytest.mark.parametrize(("body", "received"), [
    ("Your Freedom of Information Act request hit our inbox on Monday, November 16, 2026. It is on our complex track.",
     dt.date(2026, 11, 16)),
    ("DNR is responding to the public records request we took delivery of on November 17, 2026 through the portal. "
     "We anticipate that the first installment will be ready on or about January 8, 2027.", dt.date(2026, 11, 17)),
    ("Your records request landed in our queue on November 17, 2026.", dt.date(2026, 11, 17)),
])
def test_a_request_come_in_in_plain_words_is_received(body: str, received: dt.date) -> None:
    found = events_in(body, date_line="November 23, 2026")
    assert [(e.kind, e.received) for e in found][:1] == [(EventKind.ACKNOWLEDGED, received)]


@pytest.mark.parametrize("sentence", [
    # The near misses: an appeal or a payment that came in, and a request the requester sent.
    "Your appeal hit our inbox on November 16, 2026.",
    "Your payment landed in our queue on November 16, 2026.",
    "You say your request hit our inbox on November 16, 2026, but we have no record of it.",
])
def test_something_else_come_in_is_no_receipt_of_the_request(sentence: str) -> None:
    assert not P.RECEIPT_OF_REQUEST.search(sentence) or sentence.startswith("You say")


@pytest.mark.parametrize(("body", "expected"), [
    ("Your OPRA request came in on November 20, 2026. The Department will need until December 14, 2026 to respond, "
     "and asks that you allow this additional time.", dt.date(2026, 12, 14)),
    ("We received your request on November 20, 2026. The Office needs until December 14, 2026 to gather the records.",
     dt.date(2026, 12, 14)),
    # The near miss: the requester's own time.
    ("We received your request on November 20, 2026. If you need until December 14, 2026 to pay, tell us.", None),
])
def test_the_time_the_office_needs_to_a_day_is_expected(body: str, expected: dt.date | None) -> None:
    found = events_in(body, date_line="November 30, 2026")
    assert [e.expected_by for e in found if e.kind is EventKind.ACKNOWLEDGED] == [expected]


@pytest.mark.parametrize(("body", "kinds"), [
    ("Your request hit our inbox on November 16, 2026. We will write again if your request needs clarification or if "
     "fees will exceed the amount you agreed to pay.", [EventKind.ACKNOWLEDGED]),
    ("We received your request on November 16, 2026. We will contact you should the request require clarification.",
     [EventKind.ACKNOWLEDGED]),
    # The near miss: the ask made.
    ("We received your request on November 16, 2026. Your request is too broad; please narrow it to specific permits.",
     [EventKind.ACKNOWLEDGED, EventKind.CLARIFICATION_REQUESTED]),
])
def test_a_clarification_the_request_may_need_is_no_ask(body: str, kinds: list[EventKind]) -> None:
    assert [e.kind for e in events_in(body, date_line="November 19, 2026")] == kinds


@pytest.mark.parametrize(("sentence", "codes"), [
    ("That information is shielded by 5 U.S.C. § 552(b)(4).", ["(b)(4)"]),
    ("The names are shielded from disclosure by FOIA Exemption 6.", ["(b)(6)"]),
    # The near miss: a section named without anything shielded.
    ("You may appeal under 5 U.S.C. § 552(a)(6)(A).", []),
])
def test_shielded_by_an_exemption_withholds(sentence: str, codes: list[str]) -> None:
    assert find_exemptions(sentence) == codes
    found = events_in("We are releasing 40 pages in part. " + sentence)
    assert [list(e.exemptions) for e in found] == [codes]


@pytest.mark.parametrize(("body", "kinds"), [
    ("To move ahead, we would ask you to tell us which records you want. Kindly send us your answer by December 24, "
     "2026. We will keep your request on hold and, if we have heard nothing by then, we will take it that you have "
     "decided not to pursue it.", [EventKind.CLARIFICATION_REQUESTED]),
    ("Please tell us which offices to search. If I hear nothing by January 4, I will take it that you wish not to "
     "proceed.", [EventKind.CLARIFICATION_REQUESTED]),
    # The near miss: nothing heard, and the request goes on.
    ("We have heard nothing from the field office yet, and we will write again when we do.", []),
])
def test_taking_silence_as_a_choice_not_to_pursue_asks(body: str, kinds: list[EventKind]) -> None:
    found = [e.kind for e in events_in(body, date_line="November 24, 2026")]
    assert [k for k in found if k is EventKind.CLARIFICATION_REQUESTED] == kinds


@pytest.mark.parametrize(("body", "released", "withheld"), [
    ("MassDOT located 418 pages. We are producing 377 of them with this letter, 52 of which contain redactions, and "
     "withholding 41 pages. One set of detailed underwater inspection drawings (41 pages) is withheld under G. L. c. "
     "4, § 7(26)(n). Enclosures: MassDOT-R-26-4471 production (377 pages)", 377, 41),
    ("We are withholding 12 pages in full. The draft memorandum (12 pages) is withheld under Exemption 5.", None, 12),
    # The near miss: the first count of withheld pages in brackets.
    ("The draft memorandum (12 pages) is withheld under Exemption 5.", None, 12),
])
def test_pages_named_again_in_brackets_or_an_enclosure_line_are_not_added(body: str, released: int | None,
                                                                          withheld: int) -> None:
    found = events_in(body, date_line="December 4, 2026")
    assert [(e.pages_released, e.pages_withheld) for e in found] == [(released, withheld)]


@pytest.mark.parametrize(("sentence", "released", "withheld"), [
    ("The file amounts to 214 pages, and none of them can be separated out for release without disclosing protected "
     "material.", None, 214),
    ("We located 40 pages, none of which can be released.", None, 40),
    ("The Bureau found 9 responsive pages, and none of them may be disclosed.", None, 9),
    # The near miss: none of something else.
    ("We are releasing 40 pages, and none of the names in them is redacted.", 40, None),
])
def test_pages_none_of_which_go_out_are_withheld(sentence: str, released: int | None, withheld: int | None) -> None:
    counts = pages_in(sentence)
    assert (counts.pages_released, counts.withheld_full) == (released, withheld)


@pytest.mark.parametrize(("body", "days"), [
    ("We received your request on November 9, 2026. Under the law, we may add up to 10 business days to the original "
     "response date, and we are doing so: the new response date is December 22, 2026.", 10),
    ("We received your request on November 9, 2026. The statute says we may add 10 working days to the response "
     "period, and we have done so.", 10),
])
def test_the_laws_leave_to_add_days_taken_is_an_extension(body: str, days: int) -> None:
    found = events_in(body, date_line="November 30, 2026")
    assert [(e.kind, e.extension_days) for e in found] == [(EventKind.ACKNOWLEDGED, None), (EventKind.EXTENSION, days)]


def test_the_laws_leave_to_add_days_alone_is_no_extension() -> None:
    found = events_in("We received your request on November 9, 2026. Under the law, we may add up to 10 business days "
                      "to the original response date.", date_line="November 30, 2026")
    assert EventKind.EXTENSION not in [e.kind for e in found]


@pytest.mark.parametrize(("body", "released"), [
    ("The section pulled together 23 pages of records. Every page is attached to this message as you requested, with "
     "nothing blacked out or held back.", 23),
    ("We located 12 pages of responsive documents. Each page has been released to you in full.", 12),
])
def test_every_page_going_out_releases_the_pages_counted(body: str, released: int) -> None:
    found = events_in(body, date_line="December 2, 2026")
    assert [(e.kind, e.outcome, e.pages_released) for e in found] == [
        (EventKind.FINAL_DETERMINATION, Outcome.FULL_GRANT, released)]


def test_every_page_reviewed_is_no_release() -> None:
    assert not P.RELEASE.search("Every page was reviewed by the Division's attorneys.")
