"""The seventy-fourth held-out set: 14 ordinary letters (letters/heldout74) like the samples in
shared/samples/agency-letters, eight from federal departments other than Homeland Security and Justice and six from
state agencies: an IRS disclosure office acknowledgement taking ten business days more (its date in the "Date:" line
of the IRS header block), a CDC fee waiver denial with a fee estimate of $1,234.50 (e-mail), an Army installation
first interim release dated "3 November 2026" beside the office symbol (PDF), a VA partial release dated
"Mar. 6, 2026" citing 38 U.S.C. 5705, a Social Security no-records letter dated only by "Date: 12/01/2026" at its
foot, a HUD acknowledgement denying expedited processing (e-mail), an NLRB appeal decision (PDF), a Federal Reserve
Board release in full of "pp. 1-45"; a New York State Department of Labor FOIL acknowledgement with an ISO received
date and the day of the answer (e-mail), an Ohio Department of Health clarification request, a Michigan LARA
ten-business-day extension dated only in its e-mail header, a California Department of Education denial (Word), a
Pennsylvania Office of Open Records notice of appeal and a Texas Workforce Commission itemized statement of
estimated charges of "eighty dollars ($80.00)". Written from the agencies' published rules and wording and committed
before the rules were run on them.

Blind score: 8 of 14 as first written, and each of the 14 matched to its request by its number. Two of the eight
misses were slips in the expected answers, not in the rules: the exemptions of x04 were written "(b)(3)" where the
canonical form keeps the statute ("(b)(3) 38 U.S.C. § 5705"), and those of x12 "Gov. Code § ..." where the letter
spells "Government Code section ..."; corrected, the rules' blind figure is 10 of 14. Wrong were:
- x01 (IRS): extension_days empty: "We are therefore extending the statutory response date by 10 business days".
- x03 (Army, PDF): the kind, a final determination (partial grant, 14 pages withheld) instead of an interim release:
  "This is the first interim response ... We continue to process the remaining records ... Your request remains
  open"; and the date, empty: "IMPC-FOIA <spaces> 3 November 2026" (the date on the office symbol's line).
- x08 (Federal Reserve Board): pages_released empty: "release these documents to you in their entirety. They are
  enclosed (pp. 1-45)".
- x13 (Pennsylvania OOR): the kind, a final determination instead of an appeal acknowledgement, with no appeal
  number, received or expected_by: "OFFICIAL NOTICE OF APPEAL / FINAL DETERMINATION DUE DATE: DECEMBER 28, 2026 ...
  OOR Dkt. AP 2026-2714 ... The Office of Open Records (OOR) received this appeal ... on November 25, 2026".
After general fixes (tests below: an adverb between "are"/"have" and "extending"/"extended"; a review completed of
"the first portion" or "a part" of the records is no completion; something "withheld from the 14 pages" releases
those pages in part; a range of pages "pp. 1-45" counts 45; a date whose year a PDF's line breaking put on the next
line; "received this appeal", a final determination "due" still to come, and a notice's "DUE DATE" as the day the
appeal's decision is expected): 14 of 14, every earlier set unchanged.
"""

from __future__ import annotations

import pytest
from intake_scoring import events_in, letter_date, pages_in, set_tests

from foiatrack.core.vocabulary import EventKind, Outcome
from foiatrack.intake import Letter, understand
from foiatrack.intake.pages import PageCounts, read_pages

SET = "heldout74"
# What the rules reach on this set now (blind: 10 with the expected answers' form corrected); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


@pytest.mark.parametrize(("body", "days"), [
    ("We are therefore extending the statutory response date by 10 business days, as the law permits.", 10),
    ("The Department is accordingly taking an additional ten working days, as the statute permits.", 10),
    ("We have therefore extended the time to respond by 15 business days, which the law permits.", 15),
])
def test_an_extension_taken_with_an_adverb_beside_what_the_law_permits(body: str, days: int) -> None:
    found = [(e.kind, e.extension_days) for e in events_in(body)]
    assert found == [(EventKind.EXTENSION, days)]


def test_what_the_law_permits_alone_takes_no_extension() -> None:
    """The near miss: the rule that permits more time, no time taken."""
    assert [e.kind for e in events_in("The law permits agencies to extend the response date by 10 business days "
                                      "in unusual circumstances.")] == []


@pytest.mark.parametrize("body", [
    "This is the first interim response to your request. We have completed the review of the first portion of the "
    "records, which consists of 212 pages. Of these, 198 pages are released in full and 14 pages are released in part.",
    "This is our second interim release. We have completed the review of a part of the records and enclose 40 pages, "
    "released in full.",
])
def test_a_review_of_a_portion_completed_is_an_interim_release(body: str) -> None:
    assert [e.kind for e in events_in(body)] == [EventKind.INTERIM_RELEASE]


def test_a_review_of_the_records_completed_is_final() -> None:
    """The near miss: the whole review completed."""
    found = events_in("We have completed the review of the records and are releasing 40 pages in full.")
    assert [(e.kind, e.outcome) for e in found] == [(EventKind.FINAL_DETERMINATION, Outcome.FULL_GRANT)]


@pytest.mark.parametrize(("sentence", "released", "part"), [
    ("198 pages are released in full and 14 pages are released in part. Information has been withheld from the 14 "
     "pages pursuant to 5 U.S.C. 552(b)(6).", 212, 14),
    ("Names were redacted from 6 pages, which are enclosed.", 6, 6),
    ("Personal identifiers have been removed from each of the 9 pages.", 9, 9),
])
def test_something_withheld_from_pages_releases_them_in_part(sentence: str, released: int, part: int) -> None:
    counts = PageCounts()
    for line in sentence.split(". "):
        read_pages(line, counts)
    assert (counts.pages_released, counts.released_part, counts.withheld_full) == (released, part, None)


@pytest.mark.parametrize("sentence", ["We withheld 14 pages from the file in full.",
                                      "14 pages were withheld from release."])
def test_pages_withheld_from_a_release_stay_withheld(sentence: str) -> None:
    """The near miss: the pages themselves withheld."""
    counts = pages_in(sentence)
    assert (counts.pages_released, counts.withheld_full) == (None, 14)


def test_a_share_of_pages_already_counted_is_not_counted_again() -> None:
    """The near miss: "redacted from 17 of these pages" names some of the 58 pages released, not 17 more."""
    counts = pages_in("Enclosed are 58 pages: the agreement and its modifications.")
    read_pages("Inmate names have been redacted from 17 of these pages.", counts)
    assert counts.pages_released == 58


@pytest.mark.parametrize(("sentence", "released", "withheld"), [
    ("They are enclosed (pp. 1-45).", 45, None),
    ("Pages 1 through 30 are released in full and pages 31-40 are withheld in full.", 30, 10),
    ("We are releasing Bates pages 101 to 160 with redactions.", 60, None),
])
def test_a_range_of_pages_is_counted(sentence: str, released: int, withheld: int | None) -> None:
    counts = pages_in(sentence)
    assert (counts.pages_released, counts.withheld_full) == (released, withheld)
    assert counts.sentences["pages_released"] == sentence


@pytest.mark.parametrize("sentence", ["Pages 1-100 are provided free of charge.", "See 81 Fed. Reg. 12, pp. 1-45.",
                                      "Pages 45-12 are enclosed."])
def test_a_range_that_releases_nothing_counts_nothing(sentence: str) -> None:
    """The near misses: a fee allowance, a citation, a range read backwards."""
    counts = pages_in(sentence)
    assert counts.pages_released is None


@pytest.mark.parametrize(("head", "day"), [
    ("IMPC-FOIA                                        3 November\n2026", "2026-11-03"),
    ("Office of the Staff Judge Advocate               November 3,\n2026", "2026-11-03"),
    ("FOIA Office\n\n12 Nov.\n2026", "2026-11-12"),
])
def test_a_date_wrapped_before_its_year(head: str, day: str) -> None:
    text = f"DEPARTMENT OF THE ARMY\n{head}\n\nDear Requester:\n\nYour request is granted in full.\n\nSincerely,\nFOIA"
    assert letter_date(text) == day


def test_a_year_on_a_line_of_its_own_is_no_date_without_its_day() -> None:
    """The near miss: a month without a day before the year is not joined into a date."""
    text = ("DEPARTMENT OF THE ARMY\nFiscal year report, November\n2026\n\nDear Requester:\n\nGranted.\n\n"
            "Sincerely,\nFOIA")
    assert letter_date(text) is None


NOTICE = ("OFFICE OF OPEN RECORDS\nOFFICIAL NOTICE OF APPEAL\nFINAL DETERMINATION DUE DATE: DECEMBER 28, 2026\n\n"
          "November 30, 2026\n\nOOR Dkt. AP 2026-2714\n\nDear Parties:\n\n{body}\n\nAppeals Officer")


@pytest.mark.parametrize("body", [
    "The Office of Open Records (OOR) received this appeal under the Right-to-Know Law on November 25, 2026.",
    "The OOR received the appeal on November 25, 2026. A final determination will be issued by the due date above.",
])
def test_a_notice_of_appeal_is_an_appeal_acknowledgement(body: str) -> None:
    events = understand(Letter(text=NOTICE.format(body=body))).events
    assert [(e.kind, str(e.received), str(e.expected_by)) for e in events] == [
        (EventKind.APPEAL_ACKNOWLEDGED, "2026-11-25", "2026-12-28")]


def test_a_final_determination_on_the_appeal_is_no_acknowledgement() -> None:
    """The near miss: the appeal decided."""
    text = ("OFFICE OF OPEN RECORDS\nFINAL DETERMINATION\n\nNovember 30, 2026\n\nOOR Dkt. AP 2026-2714\n\n"
            "Dear Parties:\n\nThe OOR received this appeal on October 25, 2026. For the reasons set forth above, the "
            "appeal is denied.\n\nAppeals Officer")
    assert [e.kind for e in understand(Letter(text=text)).events] == [EventKind.APPEAL_DECISION]
