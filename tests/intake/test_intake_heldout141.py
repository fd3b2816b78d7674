"""The hundred-and-forty-first held-out set: 14 letters (letters/heldout141) about surveillance and immigration
enforcement, nine federal and five state and local: an ICE acknowledgement that quotes a request for Clearview AI
records and takes ten more working days (e-mail), a CBP final response on commercial licence-plate reader data that
releases pages in full and in part and withholds others (PDF), a USCIS letter that asks a request on social media
vetting to be narrowed, quoting its words, a DHS Privacy Office acknowledgement of a request for data broker
contracts (LexisNexis, Thomson Reuters CLEAR) that denies expedited processing and grants a fee waiver, a DHS OIG
no-records answer on a 287(g) agreement (PDF), an EOIR release in full of its data-sharing agreement with ICE (Word,
letterhead in the page header), an FBI third interim release on facial recognition with checked exemption boxes
(PDF), an ICE appeal decision that grants an appeal as to one exemption and affirms the rest, a CBP appeal
acknowledgement (e-mail); a Florida sheriff's acknowledgement of a 287(g) records request with a special service
charge estimate, a Washington Department of Licensing five-day letter (e-mail), an Illinois State Police extension
for fusion-centre records, a San Diego Police Department CPRA release on licence-plate readers (e-mail), and a New
York Attorney General FOIL appeal decision. Committed before the rules were run on them.

Blind score: 7 of 14 fully right, and 14 of 14 matched to its request by its number. Wrong were:
- l01 (ICE, e-mail): no acknowledgement and no date received, and a final determination read from the quoted
  request: "The ... (ICE) Freedom of Information Act (FOIA) Office logged your request on November 16, 2026, three
  days after the date on your letter" (a receipt "logged"), and the request quoted on its own line: "All contracts,
  ... including records of any searches that were denied, rejected, or flagged for review, ..." (the requester's
  words taken for the agency's).
- l03 (USCIS): no clarification asked: "Before we can search for these records we need more information from you."
  with "Please let us know, in writing, how you would like to proceed." (only the control number was proposed).
- l05 (DHS OIG, PDF): nothing proposed: "Neither search turned up a record of any OIG inspection, evaluation or
  investigation of the Cobb County agreement, and so there are no working papers, notes or drafts to provide."
- l07 (FBI, PDF): pages_withheld empty: "The FBI has completed its review of another 500 pages, of which 431 pages
  are being released to you in full or in part." (pages reviewed less pages released are withheld).
- l08 (ICE appeal decision): outcome a full grant and no exemptions: "I am therefore granting your appeal as to the
  pricing redactions and otherwise affirming the FOIA Office's response." (a grant "as to" one part, the rest
  affirmed, is a partial grant; the exemptions upheld: "They were properly withheld under Exemption (b)(7)(E)" and
  "were properly redacted under Exemptions (b)(6) and (b)(7)(C)").
- l11 (Washington DOL, e-mail): no acknowledgement, no date received, no expected date: "Thank you for your request
  for public records, which the Department of Licensing's Public Records Office received on Tuesday, November 24,
  2026." (a weekday before the date) and "we estimate that the first installment will be ready on or before January
  22, 2027".
- l13 (San Diego police, e-mail): pages_released 79 instead of 51: "In total, 51 pages are released; 28 of them
  contain redactions." (the pages with redactions, part of the 51, added to them).
After general fixes (a receipt "which ... received on" after an office named in up to eight words; a sentence that
opens on a sum, "In total, 51 pages are released", is the whole release in place of the list's items before it; "its
review of another 500 pages" as the total that pages released are taken from; "there are no working papers, notes or
drafts to provide" finds no records; "Before we can search ... we need more information from you" asks for
clarification, and so does "we will assume you are no longer interested"; the request's own words quoted after "You
asked for:" are left out of the letter's reading; an appeal granted "as to" one part and "otherwise" affirmed is
partly granted), 14 of 14.
"""

from __future__ import annotations

import datetime as dt

import pytest
from intake_scoring import events_in, kinds_and_outcomes, set_tests

from foiatrack.core.vocabulary import EventKind, Outcome
from foiatrack.intake import patterns as P
from foiatrack.intake.pages import PageCounts, read_pages

SET = "heldout141"
# What the rules reach on this set now (blind: 7); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


@pytest.mark.parametrize(("body", "received"), [
    ("Thank you for your request for public records, which the Department of Licensing's Public Records Office "
     "received on Tuesday, November 24, 2026.", dt.date(2026, 11, 24)),
    ("We have your request for booking records, which the Records Unit of the Sheriff's Office received on November "
     "24, 2026.", dt.date(2026, 11, 24)),
    ("Your request, which the Washington State Patrol Public Disclosure Office received on November 24, 2026, is "
     "being processed.", dt.date(2026, 11, 24)),
])
def test_a_receipt_by_an_office_named_at_length(body: str, received: dt.date) -> None:
    assert [(e.kind, e.received) for e in events_in(body, date_line="December 1, 2026")] == [
        (EventKind.ACKNOWLEDGED, received)]


def test_an_appeal_received_by_an_office_named_at_length_is_no_receipt_of_the_request() -> None:
    assert not P.RECEIPT_OF_REQUEST.search("This concerns your appeal, which the Department of Licensing's Public "
                                           "Records Office received on November 24, 2026.")


_ITEMS = ["- Usage and Privacy Policy, 14 pages",
          "- Master services agreement and two amendments, 22 pages, with the vendor's specifications redacted",
          "- Agreement with the camera vendor, 9 pages",
          "- Sharing and audit report, 6 pages, with the user names of individual officers redacted"]


@pytest.mark.parametrize(("sentence", "released"), [
    ("In total, 51 pages are released; 28 of them contain redactions.", 51),
    ("Altogether, 51 pages are being released to you.", 51),
    ("In all, 51 pages are released, 28 of them with redactions.", 51),
])
def test_a_sum_after_a_list_is_the_whole_release(sentence: str, released: int) -> None:
    counts = PageCounts()
    for line in [*_ITEMS, sentence]:
        read_pages(line, counts)
    assert counts.pages_released == released


def test_a_sum_of_another_part_is_added() -> None:
    # The near miss: the sum is smaller than what was counted before it, so it counts another part.
    counts = PageCounts()
    for line in ["We are releasing 20 pages in full.", "In total, 12 pages are released in part."]:
        read_pages(line, counts)
    assert counts.pages_released == 32


@pytest.mark.parametrize(("body", "withheld"), [
    ("The FBI has completed its review of another 500 pages, of which 431 pages are being released to you in full "
     "or in part. A deleted page information sheet has been put in place of each page withheld entirely.", 69),
    ("Following our review of 120 pages, 100 pages are released in part. The remaining pages are withheld in full.",
     20),
    ("After the processing of an additional 80 pages, 60 pages are released in full or in part. The remainder are "
     "withheld in full.", 20),
    # The near misses: no remainder said to be withheld, and a review of pages only approximately counted.
    ("Following our review of 120 pages, 100 pages are released in part.", None),
    ("The review of approximately 500 pages continues; 100 pages are released in part. The remaining pages are "
     "withheld in full.", None),
])
def test_a_review_of_pages_as_a_noun_is_the_total(body: str, withheld: int | None) -> None:
    found = events_in("This is the third interim release of records responsive to your request. " + body)
    assert [e.pages_withheld for e in found] == [withheld]


@pytest.mark.parametrize(("sentence", "no_records"), [
    ("Neither search turned up a record of any inspection, and so there are no working papers, notes or drafts to "
     "provide.", True),
    ("There were no invoices or purchase orders to release.", True),
    ("There are therefore no e-mails, calendars or text messages to produce.", True),
    # The near misses: nothing more to give after a release, and no fee.
    ("There are no further pages to provide.", False),
    ("There are no fees to pay for this request.", False),
])
def test_no_records_of_any_kind_to_provide(sentence: str, no_records: bool) -> None:
    outcomes = [o for k, o in kinds_and_outcomes(sentence) if k is EventKind.FINAL_DETERMINATION]
    assert (outcomes == [Outcome.NO_RECORDS]) is no_records


@pytest.mark.parametrize(("sentence", "asked"), [
    ("Before we can search for these records we need more information from you.", True),
    ("We need further information from you before we can locate the file.", True),
    ("Before the Department can process your request, it requires additional information about the individual.", True),
    ("If we do not receive your response within 30 working days of the date of this letter, we will assume you are "
     "no longer interested in these records and close your request.", True),
    # The near misses: information needed about a fee waiver or a payment, not about what is sought.
    ("Before we can process your fee waiver request, we need more information from you about your plans.", False),
    ("Before we can release the records we need more information from you about payment.", False),
])
def test_more_information_needed_before_the_search_asks_for_clarification(sentence: str, asked: bool) -> None:
    kinds = [k for k, _ in kinds_and_outcomes(sentence)]
    assert (kinds == [EventKind.CLARIFICATION_REQUESTED]) is asked


@pytest.mark.parametrize("introduction", ["You asked for:", "Your request seeks the following:",
                                          "The request reads as follows:", "Specifically, you requested:"])
def test_the_requests_own_words_quoted_after_its_introduction_are_not_the_agencys(introduction: str) -> None:
    body = (f"The FOIA Office logged your request on November 16, 2026. {introduction}\n\n"
            '"All contracts with the vendor, including records of any searches that were denied, rejected, or flagged '
            'for review. Any records showing that no audit was performed."\n\n'
            "ICE is adding ten working days to the time for responding to your request.")
    assert [e.kind for e in events_in(body, date_line="November 20, 2026")] == [
        EventKind.ACKNOWLEDGED, EventKind.EXTENSION]


def test_a_quotation_without_an_introduction_of_the_request_is_read() -> None:
    # The near miss: the agency's own words in quotation marks after a sentence that introduces no request.
    body = 'The decision of the FOIA Office was as follows:\n\n"No records responsive to your request were located."'
    assert P.REQUEST_QUOTED_NEXT.search("The decision of the FOIA Office was as follows:") is None
    assert [e.kind for e in events_in(body)] == [EventKind.FINAL_DETERMINATION]


@pytest.mark.parametrize(("sentence", "outcome"), [
    ("I am therefore granting your appeal as to the pricing redactions and otherwise affirming the FOIA Office's "
     "response.", Outcome.PARTIAL_GRANT),
    ("Your appeal is granted with respect to the e-mails of March 2026, and the FOIA Office's action is otherwise "
     "upheld.", Outcome.PARTIAL_GRANT),
    ("I am reversing the withholding of the contract prices and affirming the FOIA Office's response in all other "
     "respects.", Outcome.PARTIAL_GRANT),
    # The near misses: an appeal granted whole, and one affirmed whole.
    ("I am therefore granting your appeal.", Outcome.FULL_GRANT),
    ("I am affirming the FOIA Office's action on your request.", Outcome.DENIED),
])
def test_an_appeal_granted_as_to_one_part_and_otherwise_affirmed_is_partly_granted(sentence: str,
                                                                                    outcome: Outcome) -> None:
    body = f"This letter decides your appeal of the FOIA Office's response to your request. {sentence}"
    assert [o for k, o in kinds_and_outcomes(body) if k is EventKind.APPEAL_DECISION] == [outcome]
