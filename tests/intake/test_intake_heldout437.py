"""The four-hundred-and-thirty-seventh held-out set: 14 letters (letters/heldout437) from DHS and DOJ components over
a request's whole life, in the formats they really send: an ICE letter holding a lawyer's request for a detained
client's file until the client's sworn consent and identity arrive; a CBP e-mail refusing to confirm or deny law
enforcement records about a named businessman (Exemptions 6 and 7(C)); a USCIS National Records Center acknowledgement
(PDF) that denies a fee waiver; a CIS Ombudsman final answer in Word, 192 pages released and 22 drafts withheld under
Exemptions 5 and 6, with a table; a TSA appeal acknowledgement; a Secret Service e-mail granting expedited processing;
a FEMA acknowledgement (PDF) taking the 10-day extension for unusual circumstances with a date of completion; a Coast
Guard letter confirming a withdrawal; an FBI e-mail closing a request whose fee commitment never came; a DEA
acknowledgement denying expedited processing; a Bureau of Prisons fee estimate with advance payment; an EOIR answer in
Word finding no Record of Proceedings; a Criminal Division release, scanned, under Exemptions 5, 6 and 7(C); and an
OIP letter closing an appeal of a DEA answer because the request is in litigation. Written blind and committed before
the rules were run on them.

- p01-ice-identity-verification.txt: ICE, 2027-ICFO-15822, the subject's consent and proof of identity asked for
  within 30 business days, the request held in abeyance.
- p02-cbp-glomar-third-party.eml: CBP FOIA Division, CBP-FO-2027-061943, neither confirm nor deny, denied under
  Exemptions 6 and 7(C).
- p03-uscis-ack-fee-waiver-denied.pdf: USCIS, COW2027000318, received December 2, 2026, fee waiver denied, Track 2.
- p04-cisomb-final-partial.docx: CIS Ombudsman, 2027-HQFO-02246, 214 pages: 131 in full, 61 in part, 22 withheld in
  full under Exemptions 5 and 6; a table of the records.
- p05-tsa-appeal-ack.txt: TSA FOIA Appeals Office, appeal 2027-TSAP-00063 of request 2026-TSFO-01517, received
  December 4, 2026.
- p06-usss-expedite-granted.eml: Secret Service, file 20271788, received December 10, 2026, expedited processing
  granted under 6 C.F.R. 5.5(e)(1)(ii).
- p07-fema-ack-extension.pdf: FEMA Disclosure Branch, 2027-FEFO-00984, received December 7, 2026, 10 more working days
  for unusual circumstances, a response expected by February 26, 2027.
- p08-uscg-withdrawn.txt: Coast Guard CG-6P, 2027-CGFO-01046, the withdrawal by e-mail confirmed and the file closed.
- p09-fbi-closed-fee-unanswered.eml: FBI, FOIPA 1671933-000, administratively closed after no answer to a $75 fee
  letter (a closure for a fee letter left unanswered: final, outcome withdrawn).
- p10-dea-ack-expedite-denied.txt: DEA, 27-00214-F, received December 8, 2026, expedited processing denied under the
  four standards of 28 C.F.R. 16.5(e)(1).
- p11-bop-fee-estimate.txt: Bureau of Prisons, 2027-02174, estimate of $361.00 with advance payment, 30 days to answer.
- p12-eoir-no-records.docx: EOIR FOIA Service Center, 2027-13384, no Record of Proceedings for the A-Number.
- p13-crm-final-partial-scanned.pdf: Criminal Division, CRM-301094577, 96 pages: 58 in full, 23 in part, 15 withheld
  in full under Exemptions 5, 6 and 7(C); a scan.
- p14-oip-appeal-dea-closed-litigation.txt: OIP, appeal A-2027-00406 of DEA request 26-00933-F, closed under 28 C.F.R.
  16.8(b)(2) because of the lawsuit.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- p01 ICE consent and identity: the DHS FOIA regulations, 6 C.F.R. part 5 (81 FR 83625),
  https://thefederalregister.org/81-FR/83625 and https://regulations.justia.com/regulations/fedreg/2016/11/22/2016-28095.html,
  and the ICE letters of earlier sets.
- p02 CBP Glomar: 6 C.F.R. part 5 and 19 C.F.R. part 103 (CBP), http://federal.elaws.us/fr/11/22/2016/2016-28095, and
  the third-party Glomar letters of earlier sets.
- p03 USCIS fee-waiver denial: 6 C.F.R. 5.11(k), http://edocket.access.gpo.gov/cfr_2007/janqtr/6cfr5.6.htm (responses
  and acknowledgements), and the National Records Center letters of earlier sets.
- p04 CIS Ombudsman final answer: the DHS headquarters letter templates ("This acknowledges receipt of your ... request
  ... Your request was received in this office on ..."), https://pt.scribd.com/document/69643317/Responsive-Documents-CRCL-12-002
- p05 TSA appeal acknowledgement: 6 C.F.R. 5.8 (appeals), https://www.govinfo.gov/content/pkg/FR-2015-07-29/html/2015-18388.htm
- p06 Secret Service expedite: 6 C.F.R. 5.5(e), http://regulations.vlex.com/vid/freedom-of-information-act-579289002
- p07 FEMA extension: the DHS template taking the 10-day extension under 5 U.S.C. 552(a)(6)(B),
  https://pt.scribd.com/document/69643317/Responsive-Documents-CRCL-12-002, and 44 C.F.R. part 5,
  https://thefederalregister.org/81-FR/83625
- p08 Coast Guard withdrawal: the Coast Guard FOIA Process Guide for Requesters (CG-6P, closing a request),
  https://bayfury.com/how-to-check-us-coast-guard-licence-1656, and https://www.uscg.mil/d17/D17%20Divisions/dl/FOIA.asp
- p09 FBI closure: 28 C.F.R. 16.10 (fees), https://omb.report/icr/202404-1125-001/doc/142230000, and the FBI's page on
  what happens after a request, https://funnysongsabout.com/2022/12/17/how-many-days-until-july-1-2016/
- p10 DEA expedite denial: 28 C.F.R. part 16 (AG Order 3517-2015), https://sgp.fas.org/news/2015/04/doj-foia.html
- p11 BOP fee estimate: 28 C.F.R. 16.10, https://omb.report/icr/202404-1125-001/doc/142230000, and the Bureau's FOIA
  pages (Office of General Counsel, 320 First Street), https://cybercemetery.unt.edu/archive/oilspill/20130215210410/http://www.bop.gov/foia/foia_faqs.jsp
- p12 EOIR no records: the EOIR Policy Manual on FOIA requests for Records of Proceedings,
  https://www.justice.gov/eoir/eoir-policy-manual/introduction/chapter2-2 and
  https://www.justice.gov/eoir/reference-materials/general/chapter-9/2
- p13 Criminal Division release: the Division's third-party practice in CREW v. DOJ,
  https://pdfslide.us/documents/in-the-united-states-district-court-for-the-district-of-case-111-cv-00592-rjl.html,
  and 28 C.F.R. part 16, https://sgp.fas.org/news/2015/04/doj-foia.html
- p14 OIP closure for litigation: 28 C.F.R. 16.9(a)(3) ("An appeal ordinarily will not be acted on if the request
  becomes a matter of FOIA litigation"),
  https://webarchive.library.unt.edu/eot2008/20081104002435/http://edocket.access.gpo.gov/cfr_2008/julqtr/28cfr16.9.htm,
  and OIP's guidance on appeals, https://brucedocumentblog.blogspot.com/2022/12/doj-office-of-information-policy-foia.html

Sealed measurement: written blind on a branch of its own and kept out of the rules' reach while the round's fixes were
made, then scored once after them, at 42f444c3: 13 of 14 fully right. Wrong were:
- p09 (p09-fbi-closed-fee-unanswered.eml): outcome 'full_grant' != 'other'; pages_released 500 != None

Corrected after the score (the score stands): p09's outcome was first written as other; a request closed because
the requester never answered a fee letter is logged as withdrawn, as every earlier set does (heldout350 h03,
heldout411 c13, heldout436 u13). The reading was wrong either way.

After general fixes (what was read, with the sentence quoted), 14 of 14: p09's "or to select the free 500-page or CD
release option" names pages in an option the requester was offered, no release, and the closing for the fee letter
unanswered is withdrawn (tests below).
"""

from __future__ import annotations

import pytest
from intake_scoring import events_in, set_tests

from foiatrack.core.vocabulary import EventKind, Outcome
from foiatrack.intake.pages import PageCounts, read_pages

SET = "heldout437"
# What the rules reached on this set when it was scored once, sealed (13); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


# An option offered the requester names pages that nobody has released: "or to select the free 500-page or CD release
# option" (the FBI's fee letter, recalled by its closing).
@pytest.mark.parametrize("sentence", [
    "You were asked to commit to pay the estimated fee of $75.00, to narrow the scope of your request, or to select "
    "the free 500-page or CD release option, within 30 days of the date of that letter.",
    "You may select the free 500-page release option.",
    "Alternatively, you may choose the 100-page paper option at no charge.",
    "You may opt for the 250-page release instead of the full set.",
])
def test_pages_named_in_an_option_offered_are_no_release(sentence: str) -> None:
    counts = PageCounts()
    read_pages(sentence, counts)
    assert counts.pages_released is None


@pytest.mark.parametrize(("sentence", "released"), [
    # near misses: pages released, an option named apart from them
    ("We are releasing 40 pages in full.", 40),
    ("The 40 pages are enclosed, as you chose the paper option.", 40),
    ("Enclosed are 120 pages; you selected the CD format.", 120),
])
def test_pages_released_beside_an_option_still_count(sentence: str, released: int) -> None:
    counts = PageCounts()
    read_pages(sentence, counts)
    assert counts.pages_released == released


def test_a_closing_for_a_fee_letter_unanswered_offering_pages_is_withdrawn() -> None:
    found = events_in(
        "By letter dated October 29, 2026, you were asked to commit to pay the estimated fee of $75.00, to narrow the "
        "scope of your request, or to select the free 500-page or CD release option, within 30 days of the date of "
        "that letter.\n\nAs of the date of this letter, we have not received your response. Therefore, your request "
        "has been administratively closed.")
    assert [(e.kind, e.outcome, e.pages_released) for e in found] == [
        (EventKind.FINAL_DETERMINATION, Outcome.WITHDRAWN, None)]
