"""The hundred-and-eighty-second held-out set: 14 letters (letters/heldout182) about immigration records, other
letter types than set 174's: a USCIS acknowledgement e-mail placing a request in Track 3 because of a Notice to Appear
(with the hearing date in it); a USCIS Track 1 release of specific documents with one page count released in full and
in part; a USCIS e-mail closing a request for want of the subject's consent; a CBP FOIA appeal decision (Word, the
Office of Regulations and Rulings letterhead in the page header) releasing more pages in part and upholding the rest;
an ICE no-records e-mail after a search of ERO's systems; a DOJ OIP appeal decision affirming EOIR's action (PDF); a
State Department visa records letter releasing the applicant's own pages under INA 222(f) and withholding the rest
(PDF); a CBP commercial-use fee estimate with an itemised list; an EOIR no-records letter for a Record of Proceedings
(Word); a USCIS appeal decision affirming (b)(7)(E) withholdings; an OBIM e-mail referring IDENT records to CBP; an
ICE fourth interim response in litigation (PDF attached to an e-mail) with pages reviewed, released, withheld and
non-responsive; a CBP acknowledgement e-mail denying expedited processing and placing the requester in the news media
category; and a USCIS FIRST e-mail with the final A-file letter attached, pages counted in the thousands and pages
referred to the State Department.

Written after set 174 had been scored and merged. Set 174 needed no fixes, so the rules in foiatrack/intake/ were not
read before these letters were written; the set was committed before any rule ran on it. As the second set of the
round its score is recorded apart from the blind ones.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- b01 USCIS Track 3: the Federal Register notice establishing the track for individuals appearing before an
  immigration judge (Notice to Appear, Form I-862), https://www.govinfo.gov/content/pkg/FR-2007-02-28/html/E7-3357.htm,
  and the USCIS status page (processing times by track), https://www.uscis.gov/about-us/freedom-information-and-privacy-act-foia/foia-request-status-check-average-processing-times/check-status-foia-request
- b02, b14 USCIS releases: the USCIS FOIA request guide, https://slidelegend.com/uscis-foia-request-guide_59bb53681723dd2da9b61944.html,
  and OGIS on A-files and referrals to other agencies, https://foia.blogs.archives.gov/2012/06/07/ensuring-requests-for-a-files-are-a-ok/
- b03 USCIS closure for want of consent: OGIS on the subject's consent,
  https://archives.gov/ogis/resources/foia-ombuds-observer/18-01-companion, and reports of closures for failure to
  comply, https://lawblog123.com/disclosure-reveals-uscis-closed-foia-requests-to-fake-court-compliance-government-accountability-project_2018405.html
- b04, b08, b13 CBP: the CBP appeal letters of the FOIA Appeals, Policy and Litigation Branch (OT:RR:RDL:FAPL),
  https://pdfslide.us/documents/us-customs-and-border-protection-sutton-v-irs-2007-us-dist-lexis-299-nd.html, CBP
  appeal numbers on MuckRock, https://www.muckrock.com/foi/united-states-of-america-10/guidelines-for-detainment-at-border-6889/,
  and the old CBP appeal rule (affirm in whole or in part, judicial review), http://laws9.com/cfr/text/19/103/7
- b05, b12 ICE: the ICE acknowledgement and final letters, http://noneinc.com/tBSWM/tBSWM_FOIA/tBSWM-FOIA_ICE-20101021_1of2.txt,
  and the DHS interim response wording ("Of those pages, ... released in full, ... released in part and ... withheld in
  their entirety pursuant to Title 5 U.S.C. § 552"), https://docslib.org/doc/3095698/homeland-security-washington-dc-20528
- b06 OIP appeal decision: OIP's appeal letters ("After carefully considering your appeal, I am affirming"), as
  https://foia.blogs.archives.gov/2015/12/18/the-appeal-of-the-appeal-letter describes them
- b07 State Department visa records: 9 FAM 603.2 (INA 222(f); release to the applicant of what the applicant submitted),
  https://fam.state.gov/fam/09FAM/09FAM060302.html, and https://foia.state.gov/Request/Guide.aspx
- b09 EOIR: the EOIR Policy Manual, https://www.justice.gov/eoir/eoir-policy-manual/introduction/chapter2-2
- b10 USCIS appeal decision: ACLU of S. Cal. v. USCIS on USCIS's (b)(7)(E) withholdings,
  https://www.justice.gov/oip/am-civil-liberties-union-s-california-v-uscis-no-13-861-2015-wl-5726667-ddc-sept-30-2015-chutkan
- b11 OBIM referral: OGIS on immigration records and the components that own them,
  https://archives.gov/ogis/resources/foia-ombuds-observer/18-01-companion

First score (not counted with the blind ones): 11 of 14 fully right, and 14 of 14 matched to its request by its
number. Wrong were:
- b01 (USCIS Track 3 acknowledgement e-mail): a final determination instead of an acknowledgement, and no date
  received: "The U.S. Citizenship and Immigration Services (USCIS) National Records Center received your Freedom of
  Information Act/Privacy Act request on November 23, 2026, for records relating to ...", with "You can follow the
  progress of your request, and download the records once they are released, through your FIRST account."
- b04 (CBP appeal decision, Word): no pages released: "We are therefore releasing 4 additional pages in part."
- b08 (CBP fee estimate): an acknowledgement and the date received besides the fee estimate, from "This letter
  concerns your Freedom of Information Act (FOIA) request received on November 9, 2026, ...". Earlier sets log a fee
  letter that states the day the request was received as acknowledged and fee estimate, with that date; the expected
  value was wrong here, not the proposal, and was corrected after scoring (the first score stays as recorded).
After general fixes (records named before and released later, "download the records once they are released", "when
they have been processed and released", are no release now; an appeal decision releases pages with its own adverb
between, "We are therefore releasing", "we are accordingly now disclosing", "I am also enclosing"), 14 of 14.
"""

from __future__ import annotations

import pytest
from intake_scoring import events_in, set_tests

from foiatrack.core.vocabulary import EventKind
from foiatrack.intake import patterns as P

SET = "heldout182"
# What the rules reach on this set now (first score: 11); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


@pytest.mark.parametrize("sentence", [
    "You can follow the progress of your request, and download the records once they are released, through your "
    "FIRST account.",
    "We will notify you by e-mail when they have been processed and released to your account.",
    "The documents will appear in the portal after these are provided by the program office.",
])
def test_records_named_before_and_released_later_are_not_released_now(sentence: str) -> None:
    assert P.FUTURE_RELEASE.search(sentence)


@pytest.mark.parametrize("sentence", [
    # The near misses: a release made, with "once" or "when" about something else.
    "The records were released to you once they had been reviewed.",
    "When we spoke on November 3, 2026, they were released to you in part.",
])
def test_a_release_made_is_no_release_to_come(sentence: str) -> None:
    assert not P.FUTURE_RELEASE.search(sentence)


@pytest.mark.parametrize(("body", "kinds"), [
    ("The National Records Center received your request on November 23, 2026. Your request has been placed in Track "
     "3. You can follow the progress of your request, and download the records once they are released, through "
     "your FIRST account.", [EventKind.ACKNOWLEDGED]),
    ("We received your request on November 2, 2026. You will be able to download the documents when they are "
     "released.", [EventKind.ACKNOWLEDGED]),
    # The near miss: records put in the portal now.
    ("We have completed your request. The records are now available for download in your FIRST account.",
     [EventKind.FINAL_DETERMINATION]),
])
def test_an_acknowledgement_that_says_how_records_will_come(body: str, kinds: list[EventKind]) -> None:
    assert [e.kind for e in events_in(body)] == kinds


@pytest.mark.parametrize(("body", "released"), [
    ("Your appeal of CBP-FO-2026-184470 was received on October 28, 2026. In its initial determination the FOIA "
     "Division released 9 pages with redactions. We are therefore releasing 4 additional pages in part. Accordingly, "
     "your appeal is granted in part and denied in part.", 4),
    ("In its first response the Department released 12 pages in part. After review, I am reversing that decision in "
     "part, and we are accordingly now disclosing 7 pages in full. Your appeal is granted in part.", 7),
    ("The Office withheld 20 pages. Your appeal is granted in part. I am also enclosing 6 pages of the report, "
     "released in part with redactions under Exemption 6.", 6),
    # The near miss: the pages the first response released, recited.
    ("In its initial determination the FOIA Division released 9 pages with redactions. Your appeal is denied, and "
     "the redactions are affirmed.", None),
])
def test_an_appeal_decision_releasing_pages_with_its_own_adverb(body: str, released: int | None) -> None:
    event = next(e for e in events_in(body) if e.kind == EventKind.APPEAL_DECISION)
    assert event.pages_released == released
