"""The hundred-and-fifty-seventh held-out set: 14 letters (letters/heldout157) from the Department of Homeland Security
and its components, written in the structure, stock sentences and number formats those offices really use: an ICE
acknowledgement that invokes the ten-day extension for a "thorough and wide-ranging search" and construes the request
as an agreement to pay up to $25; an ICE final response (PDF) whose pages withheld in full are spelled out in words
("two hundred twenty-four pages are withheld in full"); a USCIS National Records Center acknowledgement e-mail from
the FIRST portal with its three processing tracks; a USCIS final response in Word with its page counts in a table and
16 pages referred to ICE; a CBP SecureRelease e-mail whose attached letter reports that no responsive records were
located; a CBP commercial-use fee estimate with itemised search, review and duplication costs and an advance payment;
a DHS Privacy Office acknowledgement (e-mail with the letter attached) that grants expedited processing; a TSA final
response (PDF) withholding Sensitive Security Information under Exemption 3 and 49 U.S.C. § 114(r); a FEMA second
interim response e-mail; a Coast Guard district no-records letter in Word with the SSIC 5720 and "FOIA
2027-CGFO-00318" above the date; an ICE Office of the Principal Legal Advisor appeal decision remanding for a new
search; a DHS appeal decided for the Office of the General Counsel by a Coast Guard administrative law judge,
affirming Exemptions 5 and 6 (PDF); a CBP SecureRelease appeal acknowledgement in HTML with a table; and a Coast
Guard appeal granted in part, with 22 pages released and 13 still withheld. Committed before the rules were run on
them.

Real sources each letter is modelled on (structure and stock wording; names, numbers and dates are invented):
- a01: ICE acknowledgement, 2011FOIA904 (http://noneinc.com/tBSWM/tBSWM_FOIA/tBSWM-FOIA_ICE-20101021_1of2.txt) and
  ICE tracking numbers on MuckRock (https://muckrock.com/foi/united-states-of-america-10/director-dashboard-june-2022-131195).
- a02: ICE final response, 2010FOIA1221 ("produced a total of 1,115 pages ... five hundred-thirty pages are withheld
  in full", https://ja.scribd.com/document/26900352/Response-to-FOIA-Request-to-ICE-re-287-g-Program-2010FOIA1221-2-1-10).
- a03, a04: USCIS FOIA request guide (https://slidelegend.com/uscis-foia-request-guide_59bb53681723dd2da9b61944.html),
  OGIS on immigration records (https://archives.gov/ogis/resources/foia-ombuds-observer/18-01-companion) and the
  USCIS/NRC teleconference (https://www.uscis.gov/archive/cis-ombudsman-teleconference-foia-how-is-it-working-for-you-december-6-2010).
- a05, a06, a13: CBP letters on MuckRock (https://muckrock.com/foi/united-states-of-america-10/cbp-one-non-pii-exemption-data-137514,
  https://www.muckrock.com/news/archives/2017/aug/07/CBP-too-broad/) and a CBP final response quoted in full
  (https://andrewferguson.net/tag/freedom-of-information-act/); DHS fee rules, 6 C.F.R. 5.11.
- a07: DHS Privacy Office requests on MuckRock (http://Muckrock.com/foi/united-states-of-america-10/foia-report-comms-142439/)
  and the ICE/DHS acknowledgement formulas above; expedited processing standards of 6 C.F.R. 5.5(e).
- a08: TSA responses (https://www.flyertalk.com/forum/practical-travel-safety-security-issues/958795-tsa-sop-re-airport-id-requirements-provided-idp-via-foia-request-5.html,
  https://pdfkul.com/2015-10-30-interim-response-letter-3pdf_59c2c8b81723dddb426a7ebc.html).
- a09: FEMA acknowledgement and final response (https://www.muckrock.com/foi/united-states-of-america-10/foia-processing-notes-dhs-occupy-sandy-10847/,
  https://de.scribd.com/document/379907774/Response-from-FEMA-Regarding-FEMA-Data).
- a10, a14: Coast Guard FOIA process guide and manual (https://bayfury.com/how-to-check-us-coast-guard-licence-1656,
  https://vdocuments.net/the-coast-guard-freedom-of-information-foia-and-privacy-acts-manual.html) and a Coast Guard
  appeal exchange (http://uscgcstoris.blogspot.com/2017/01/foia-appeal-sent-to-cg-effort-now-over.html).
- a11: ICE appeals on MuckRock (https://www.muckrock.com/foi/united-states-of-america-10/ice-foia-too-broad-records-85180/).
- a12: a DHS appeal decided by the Coast Guard's administrative law judge for the General Counsel
  (http://church-publishing.com/tag/department-of-homeland-security/) and 6 C.F.R. 5.8 (http://federal.elaws.us/cfr/5.25(b)-(c)).

Blind score: 11 of 14 fully right, and 14 of 14 matched to its request by its number. Wrong were:
- a04 (USCIS, Word): pages released 366 and withheld 6 instead of 183 and 3: the counts are given twice, in the
  sentences "We are releasing 171 pages in their entirety and 12 pages in part. We are withholding 3 pages in full."
  and again in a table ("| Released in full | 171 |", "| Released in part | 12 |", "| Withheld in full | 3 |"), and
  both were added up.
- a05 (CBP SecureRelease, attached letter): no outcome: "Unfortunately, we were unable to locate or identify any
  responsive records, based upon the information you provided in your request."
- a14 (Coast Guard appeal): exemptions only (b)(5) instead of (b)(5), (b)(6) and (b)(7)(C), and no pages withheld:
  "22 of the 35 pages previously withheld in full are released to you in part, with the names ... redacted under
  Exemptions 6 and 7(C). The remaining 13 pages ... continue to be withheld in full under Exemption 5."
After general fixes (a search "unable to locate or identify" any records, two verbs joined, found none; a table or
labelled summary that says again a count the prose gave adds nothing; pages counted, described, then taken up by
"they" or "these pages" with what is done to them ("..., and they continue to be withheld in full"); a share of a
whole ("22 of the 35 pages") counts the share, and pages named by what was done before ("previously withheld in
full") count as what is done now; what was withheld before and is released now with redactions applies the grounds
of its new redactions, in the agency's letter and as what an appeal decision upholds), 14 of 14.
"""

from __future__ import annotations

import pytest
from intake_scoring import events_in, kinds_and_outcomes, set_tests

from foiatrack.core.vocabulary import Outcome
from foiatrack.intake.pages import PageCounts, read_pages

SET = "heldout157"
# What the rules reach on this set now (blind: 11); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


@pytest.mark.parametrize("body", [
    "This is the final response to your request. Unfortunately, we were unable to locate or identify any responsive "
    "records, based upon the information you provided in your request.",
    "This is our final response. The Bureau was not able to find or locate any records that respond to your request.",
    "This is the final response to your request. After a search of the district files, we are unable to find or "
    "identify any documents responsive to it.",
])
def test_no_records_with_two_verbs_joined(body: str) -> None:
    assert [o for _, o in kinds_and_outcomes(body)] == [Outcome.NO_RECORDS]


def test_records_not_identifiable_as_described_are_no_no_records() -> None:
    # The near miss: the description is at fault, not the search.
    body = ("This is the final response to your request. We are unable to locate or identify the records you are "
            "seeking as described.")
    assert Outcome.NO_RECORDS not in [o for _, o in kinds_and_outcomes(body)]


@pytest.mark.parametrize(("body", "released", "withheld"), [
    ("This is the final response to your request. We are releasing 171 pages in their entirety and 12 pages in part. "
     "We are withholding 3 pages in full under 5 U.S.C. § 552(b)(6).\n| Released in full | 171 |\n"
     "| Released in part | 12 |\n| Withheld in full | 3 |", 183, 3),
    ("This is the final response to your request. We reviewed 52 pages and are releasing 40 pages in full and 6 pages "
     "in part, withholding 2 pages in full under Exemption 6.\nPages released in full: 40\nPages released in part: 6\n"
     "Pages withheld in full: 2", 46, 2),
    # The near miss: rows of a table that count different documents alike are all counted.
    ("This is the final response to your request under Exemption 6.\n| Document | Disposition | Pages |\n"
     "| Memo A | Released in part | 3 |\n| Memo B | Released in part | 3 |", 6, None),
])
def test_a_table_that_repeats_the_counts_of_the_prose_adds_nothing(body: str, released: int,
                                                                   withheld: int | None) -> None:
    [event] = events_in(body)
    assert (event.pages_released, event.pages_withheld) == (released, withheld)


@pytest.mark.parametrize(("sentence", "released", "withheld"), [
    ("The remaining 13 pages are the investigating officer's draft analysis and recommendations to the Officer in "
     "Charge, Marine Inspection, and they continue to be withheld in full under Exemption 5.", None, 13),
    ("The other 9 pages are draft memoranda, and they remain withheld in full.", None, 9),
    ("The 40 pages are e-mails between the contractors, and these pages are released to you in full.", 40, None),
    # The near miss: the pronoun's clause does nothing with the pages.
    ("The 13 pages are drafts, and they explain the agency's thinking.", None, None),
])
def test_pages_described_then_taken_up_by_a_pronoun(sentence: str, released: int | None, withheld: int | None) -> None:
    counts = PageCounts()
    read_pages(sentence, counts)
    assert (counts.pages_released, counts.withheld_full) == (released, withheld)


@pytest.mark.parametrize(("sentence", "released", "withheld"), [
    ("Upon re-review, 22 of the 35 pages previously withheld in full are released to you in part, with the names "
     "redacted under Exemptions 6 and 7(C).", 22, None),
    ("The 12 pages previously withheld under Exemption 5 are now released in full.", 12, None),
    ("We are releasing 22 of those 35 pages in part.", 22, None),
    ("The 9 pages that were previously withheld in full are now being released with redactions.", 9, None),
    # The near miss: a withholding told in the past, nothing released now.
    ("We previously withheld 12 pages in full.", None, 12),
])
def test_pages_released_now_are_not_those_withheld_before(sentence: str, released: int | None,
                                                          withheld: int | None) -> None:
    counts = PageCounts()
    read_pages(sentence, counts)
    assert (counts.pages_released, counts.withheld_full) == (released, withheld)


@pytest.mark.parametrize(("body", "exemptions"), [
    ("This decision resolves your appeal. Your appeal is granted in part. Upon re-review, 22 of the 35 pages "
     "previously withheld in full are released to you in part, with the names redacted under Exemptions 6 and 7(C). "
     "The remaining 13 pages continue to be withheld in full under Exemption 5.", ("(b)(5)", "(b)(6)", "(b)(7)(C)")),
    ("This decision resolves your appeal. Your appeal is granted in part. The 9 pages previously withheld in full "
     "under Exemption 5 are now released with the signatures redacted under Exemption 6.", ("(b)(6)",)),
    ("This decision resolves your appeal. Your appeal is granted in part. Upon re-review, 14 of the 20 pages "
     "previously withheld are released to you in part, with redactions under Exemption 7(C). The other 6 pages remain "
     "withheld in full under Exemption 5.", ("(b)(5)", "(b)(7)(C)")),
    # The near miss: what was withheld is released whole, no ground applied any more.
    ("This decision resolves your appeal. Your appeal is granted. The 12 pages previously withheld under Exemption 5 "
     "are now released in full.", ()),
])
def test_grounds_of_a_release_now_redacted_are_applied(body: str, exemptions: tuple[str, ...]) -> None:
    [event] = events_in(body)
    assert tuple(event.exemptions or ()) == exemptions
