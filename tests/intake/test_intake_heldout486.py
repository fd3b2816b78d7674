"""The four-hundred-and-eighty-sixth held-out set: 14 letters (letters/heldout486) from the Department of Homeland
Security's and the Department of Justice's components over a request's whole life, in the formats they really send:
an Eleventh Coast Guard District letter acknowledging a marine casualty request, taking the ten-day extension for
unusual circumstances and estimating $468.00 in fees; a TSA third interim release by e-mail with Sensitive Security
Information withheld under Exemption 3 and 49 U.S.C. § 114(r); a FEMA Disclosure Branch final response (PDF) releasing
226 pages of Public Assistance records in their entirety; an Office of Intelligence and Analysis Glomar response in
Word under Exemption 3 (50 U.S.C. § 3024(i)(1) and 6 U.S.C. § 121(d)(11)); a DHS Office of Inspector General letter
acknowledging a request and granting its fee waiver; a Secret Service e-mail finding no records; a Marshals Service
final response (PDF) in part with four exemptions and a referral to the FBI; an EOIR release in Word of a whole Record
of Proceedings with a table of its parts; a Civil Rights Division e-mail acknowledging a request and denying a
commercial requester's fee waiver; a Criminal Division second interim release; an Office of Information Policy appeal
decision reversing DEA's denial of expedited processing; an ATF letter asking whether the requester is still
interested, with the 30-day close; a Bureau of Prisons regional letter (scanned PDF) confirming a withdrawal; and an
EOUSA letter acknowledging a third-party request and asking for the subject's signed consent.

- s01-uscg-ack-extension-fee-estimate.txt: Coast Guard D11 legal office, 2027-CGFO-00412, received November 30, 2026,
  ten-day extension under 5 U.S.C. § 552(a)(6)(B)(i), estimate $468.00 ("other requester"), on hold for assurance.
- s02-tsa-third-interim-ssi.eml: TSA FOIA Branch, 2026-TSFO-01877, third interim release: 512 pages reviewed, 131 in
  full, 297 in part, 84 withheld in full; Exemption 3 (49 U.S.C. § 114(r)), 6 and 7(C).
- s03-fema-final-full.pdf: FEMA Disclosure Branch, 2026-FEFO-03391, 226 pages released in their entirety, no charge.
- s04-ia-glomar-sources-methods.docx: I&A, 2027-IAFO-00068, neither confirms nor denies records about an organization,
  Exemption 3 with 50 U.S.C. § 3024(i)(1) and 6 U.S.C. § 121(d)(11).
- s05-dhs-oig-ack-fee-waiver-granted.txt: DHS OIG, 2027-IGFO-00193, received December 2, 2026, complex track, fee
  waiver granted under 6 C.F.R. § 5.11(k).
- s06-usss-no-records.eml: Secret Service, file number 20270244, no responsive records located (records indexed by
  name, not street).
- s07-usms-final-partial-referral.pdf: USMS, 2026-USMS-003318, 118 pages: 57 in full, 43 in part, 18 withheld in
  full; Exemptions 6, 7(C), 7(E), 7(F); 9 pages referred to the FBI; the (c) exclusions notice.
- s08-eoir-rop-full-release.docx: EOIR FOIA Service Center, 2027-09827, a Record of Proceedings of 341 pages and five
  hearing recordings released in full (a table of the parts).
- s09-crt-ack-fee-waiver-denied.eml: Civil Rights Division, CRT-2027-00561, received December 3, 2026, fee waiver
  denied under 28 C.F.R. § 16.10(k) to a commercial use requester.
- s10-crm-second-interim.txt: Criminal Division, CRM-301781406, second release: 286 pages processed, 74 without
  excision, 129 with excisions, 83 withheld in full; Exemptions 5, 7(A), 7(C).
- s11-oip-appeal-dea-expedite-reversed.txt: OIP, appeal A-2027-01186 of DEA request 27-00219-F, denial of expedited
  processing reversed under 28 C.F.R. § 16.5(e)(1)(ii).
- s12-atf-still-interested.txt: ATF Disclosure Division, 2026-0734, still interested? 30 days to reply before the
  request is administratively closed.
- s13-bop-withdrawal-confirmed-scanned.pdf: BOP South Central Regional Office, 2026-07841, withdrawn at the
  requester's e-mail, file closed (scanned).
- s14-eousa-ack-consent-needed.txt: EOUSA, EOUSA-2027-001107, received December 10, 2026, third-party records:
  the subject's signed DOJ-361 consent asked for within 30 days, no search until then.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- s01 Coast Guard acknowledgement, extension and estimate: the Coast Guard FOIA Process Guide for Requesters (intake,
  assignment to the processing office, fees and fee categories), https://bayfury.com/how-to-check-us-coast-guard-licence-1656,
  the Coast Guard FOIA and Privacy Acts Manual,
  https://vdocuments.net/the-coast-guard-freedom-of-information-foia-and-privacy-acts-manual.html, and 6 C.F.R.
  5.5(c) and 5.11(e), https://www.ecfr.gov/current/title-6/chapter-I/part-5
- s02 TSA interim release: the SSI withholdings under 49 U.S.C. 114(r) and 49 C.F.R. part 1520 in the TSA letters of
  earlier sets, and the DHS appeal paragraph of 6 C.F.R. 5.8, https://www.ecfr.gov/current/title-6/chapter-I/part-5
- s03 FEMA full release: the DHS component final response ("After carefully reviewing the responsive documents, I
  have determined that they are appropriate for public release. They are enclosed in their entirety"), as in the DHS
  letters of earlier sets, and OGIS's note on appeal letters, https://foia.blogs.archives.gov/2015/12/18/the-appeal-of-the-appeal-letter/
- s04 I&A Glomar: I&A's response citing 50 U.S.C. 3024(i) and 6 U.S.C. 121(d)(11) ("I&A neither confirms nor denies
  that such records may or may not exist"), https://publicintelligence.net/dhs-cia-glomar-responses, and
  https://freedom.press/issues/the-best-of-the-governments-we-cannot-confirm-nor-deny-claims
- s05 DHS OIG acknowledgement with fee waiver: 6 C.F.R. 5.11(k), https://www.ecfr.gov/current/title-6/chapter-I/part-5,
  and the DOJ OIG partial response's reference line and layout, https://www.scribd.com/document/630191231/CU-v-DOJ-IG-Production-1
- s06 Secret Service no records: the Secret Service's letters ("Communications Center ... 245 Murray Lane, S.W.,
  Building T-5 ... File Number: 20190427 Dear Requester"),
  https://docslib.org/doc/6260378/secret-service-secret-service-presidential-protection-costs-semi-annual-reports-to-congress-2019-2020
  and https://vdocuments.net/internal-united-states-secret-service-usss-annual-foia-reports-2009-5-11.html
- s07 USMS final response: the Marshals Service FOIA page (files on prisoners, warrants, exemptions asserted),
  https://usmarshals.gov/es/node/3746, and the DOJ appeal and (c) exclusion paragraphs of 28 C.F.R. part 16,
  https://sgp.fas.org/news/2015/04/doj-foia.html
- s08 EOIR record of proceedings: the DOJ component final letter and OIP appeal paragraph of 28 C.F.R. part 16,
  https://regulations.vlex.com/vid/revision-of-department-s-563299122, and the EOIR letters of earlier sets.
- s09 Civil Rights Division fee waiver denial: 28 C.F.R. 16.10(k) (public interest and commercial interest),
  https://sgp.fas.org/news/2015/04/doj-foia.html, and OIP's sample templates ("FOIA Requests: Start to Finish"),
  https://documents.pub/document/foia-requests-start-to-finish.html
- s10 Criminal Division interim release: the Criminal Division's letters (Office of Enforcement Operations,
  "CRM-300452623" reference),
  https://bostoncollegesubpoena.wordpress.com/2014/07/02/1st-response-to-foi-request-belfast-project-documents-doj-oia/
- s11 OIP appeal decision: OIP's appeals page (affirm, remand, reverse) and its guidance on adjudicating appeals,
  https://www.justice.gov/open/appeals and
  https://brucedocumentblog.blogspot.com/2022/12/doj-office-of-information-policy-foia.html
- s12 ATF still interested: OIP's sample templates (the still-interested letter and its close),
  https://documents.pub/document/foia-requests-start-to-finish.html, and the still-interested letters of earlier sets.
- s13 BOP withdrawal: the withdrawal letters of earlier sets and OIP's sample templates,
  https://documents.pub/document/foia-requests-start-to-finish.html
- s14 EOUSA third-party consent: third-party authorization practice (written, signed, notarized or under penalty of
  perjury), https://foia.state.gov/Request/ThirdPartyAuthorization.aspx, and the EOUSA letters of earlier sets.

Sealed measurement: written blind on a branch of its own and kept out of the rules' reach while the round's fixes were
made, then scored once after them, at ff6c1a62: 13 of 14 fully right. Wrong were:
- s01 (s01-uscg-ack-extension-fee-estimate.txt): kinds ['extension', 'fee_estimate', 'final_determination'] !=
  ['acknowledged', 'extension', 'fee_estimate']; received None != '2026-11-30'

After general fixes (a paper said to go with the final response still to come foretells that response, and this letter
is not it: "Do not send payment at this time; an invoice will accompany the final response."; so the estimate's
"received by the Coast Guard FOIA Office on November 30, 2026" acknowledges the request), 14 of 14.
"""

from __future__ import annotations

import pytest
from intake_scoring import events_in, set_tests

from foiatrack.core.vocabulary import EventKind
from foiatrack.intake import patterns as P

SET = "heldout486"
# What the rules reached on this set when it was scored once, sealed (13); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


# --- A paper said to go with the final response still to come: that response is not this letter ---------------------


@pytest.mark.parametrize("sentence", [
    # s01, the Coast Guard's fee estimate
    "Do not send payment at this time; an invoice will accompany the final response.",
    "A bill for the duplication fees will accompany our final determination.",
    "The fee statement is to accompany the final release of records.",
    "An itemized invoice shall also accompany the final production.",
])
def test_a_paper_that_will_accompany_the_final_response_foretells_it(sentence: str) -> None:
    assert P.FINAL_LATER.search(sentence)


@pytest.mark.parametrize("sentence", [
    # ... not a paper sent with this one, the final response itself
    "The enclosed invoice accompanies this final response.",
    "An invoice accompanies our final response to your request.",
    "This is our final response; an invoice is enclosed.",
])
def test_a_paper_sent_with_this_final_response_foretells_nothing(sentence: str) -> None:
    assert not P.FINAL_LATER.search(sentence)


@pytest.mark.parametrize("body", [
    "This acknowledges receipt of your FOIA request, which was received on November 30, 2026. We estimate that the "
    "processing of your request will cost $468.00. Please tell us within 30 working days whether you agree to pay "
    "the estimated fee. Do not send payment at this time; an invoice will accompany the final response.",
    "We received your FOIA request on November 30, 2026. We estimate that the processing of your request will cost "
    "$90.00. A bill for the duplication fees will accompany our final determination.",
])
def test_a_fee_estimate_naming_the_invoice_of_the_final_response_is_no_final_answer(body: str) -> None:
    assert [event.kind for event in events_in(body, "December 7, 2026")] == [
        EventKind.ACKNOWLEDGED, EventKind.FEE_ESTIMATE]


def test_a_final_response_with_its_invoice_enclosed_is_still_final() -> None:
    body = ("This is our final response to your request, which we received on November 30, 2026. The 40 enclosed "
            "pages are released in full. The enclosed invoice accompanies this final response.")
    assert [event.kind for event in events_in(body, "December 7, 2026")] == [EventKind.FINAL_DETERMINATION]
