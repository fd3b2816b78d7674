"""The four-hundred-and-ninetieth held-out set: 14 letters (letters/heldout490) from the less often written offices of
the Departments of Homeland Security and Justice, across a request's whole life, in the formats they really send: an
Office of Intelligence and Analysis acknowledgement that takes the 10-day extension for a search of its field offices
and a consultation with CBP; a TSA final response (PDF) releasing 179 pages and withholding 19 as Sensitive Security
Information, with 32 pages of CBP's referred to CBP; a Secret Service Office of the Chief Counsel e-mail acknowledging
an appeal with its own appeal number and the day it came in; a FEMA Disclosure Branch e-mail confirming that a
request is cancelled at the requester's wish; a Coast Guard letter in Word (a table of the details it needs) asking a
reporter to narrow a request it received, with the 30-day close; a DHS Office of Inspector General appeal decision
(PDF) upholding the withholding of inspection drafts and interview summaries; a Marshals Service e-mail carrying its
second interim response as a PDF; an ATF letter withholding National Firearms Act records in full as tax return
information; a DEA final response to a prisoner, scanned, with pages referred to the FBI; an EOIR letter asking a
lawyer to confirm an A-number and whether she still wants the record of proceedings; an Office of Information Policy
answer in Word for the Attorney General's and Deputy Attorney General's offices finding no records (a table of the
custodians searched); a DOJ Inspector General acknowledgement granting a reporter's fee waiver; an OIP appeal decision
affirming the FBI's search; and a Bureau of Prisons acknowledgement granting expedited processing for a compassionate
release motion. Written blind and committed before the rules were run on them.

- b01-ia-ack-extension.txt: DHS I&A, 2027-IAFO-00093, received December 1, 2026, 10-day extension under 6 C.F.R.
  5.5(c); a fee commitment of $50.00 that is no estimate.
- b02-tsa-final-partial-referral-cbp.pdf: TSA FOIA Branch, 2026-TSFO-02214, 230 pages found: 61 in full, 118 in part,
  19 withheld in full (Exemption 3 with 49 U.S.C. 114(r), 6, 7(C), 7(E)); 32 pages referred to CBP; two pages.
- b03-usss-appeal-ack.eml: Secret Service Office of the Chief Counsel, appeal 20270022 of file 20261417, received
  December 4, 2026 (the appeal letter dated December 2).
- b04-fema-withdrawal-confirmed.eml: FEMA Disclosure Branch, 2027-FEFO-00231 cancelled at the requester's e-mail and
  closed as withdrawn.
- b05-uscg-clarification.docx: Coast Guard (CG-6P-F), 2027-CGFO-00418, received December 2, 2026, not reasonably
  described under 6 C.F.R. 5.3(b); a table of what to clarify; closed if no answer in 30 calendar days.
- b06-dhs-oig-appeal-affirmed.pdf: DHS OIG Office of Counsel, appeal 2027-IGAP-00019 of 2026-IGFO-00412, affirmed:
  Exemptions 5, 6 and 7(C) upheld (the 164 and 27 pages are the initial answer's, recited).
- b07-usms-second-interim.eml: USMS Office of General Counsel, 2026-USMS-000873, second interim response attached as
  PDF: 286 pages reviewed, 97 in full, 154 in part, 35 withheld; Exemptions 6, 7(C), 7(E), 7(F).
- b08-atf-withheld-nfa-6103.txt: ATF Disclosure Division, 2026-01187, 43 pages of NFA records withheld in full under
  Exemption 3 with 26 U.S.C. 6103, 6 and 7(C); the day of receipt recalled in a final answer.
- b09-dea-final-partial-referral-scanned.pdf: DEA FOI/Records Management Section, 26-01348-P, scanned: 64 pages, 9 in
  full, 37 in part, 12 withheld (7(C), 7(D), 7(F) and Privacy Act (j)(2)); 6 pages referred to the FBI.
- b10-eoir-still-interested.txt: EOIR FOIA Service Center, 2027-10482, A-number mismatch and "still interested?",
  30 calendar days before administrative closure.
- b11-oip-oag-odag-no-records.docx: OIP Initial Request Staff for OAG and ODAG, FOIA-2027-00412, no records; a table of
  the custodians and terms searched.
- b12-doj-oig-ack-fee-waiver-granted.txt: DOJ OIG, 27-OIG-058, received December 14, 2026, fee waiver granted under 28
  C.F.R. 16.10(k), complex track.
- b13-oip-appeal-fbi-search-affirmed.txt: OIP, appeal A-2027-00461 of FBI request 1621847-000, the FBI's no-records
  answer and search affirmed.
- b14-bop-ack-expedite-granted.txt: BOP Central Office, 2027-01873 (processing office NCR), received December 17, 2026,
  expedited processing granted for loss of substantial due process rights.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- b01 I&A acknowledgement and extension: the DHS acknowledgement with the 10-day extension under 6 C.F.R. 5.5(c), as
  in the TSA unperfected-request letter filed in ACLU of Northern California v. TSA,
  https://docs.justia.com/cases/federal/district-courts/california/candce/3:2018cv01539/323750/1/3.html, and the I&A
  FOIA appeal address, https://www.foiabasics.org/admin-appeal-example-2
- b02 TSA final response: the FOIA Branch's letters ("FOIA Case Number", "3600.1", "releasable in their entirety ...
  partially releasable ... withholdable in their entirety"), https://pdfkul.com/2015-10-30-interim-response-letter-3pdf_59c2c8b81723dddb426a7ebc.html
  and http://www.flyertalk.com/forum/practical-travel-safety-security-issues/958795-tsa-sop-re-airport-id-requirements-provided-idp-via-foia-request-5.html
- b03 Secret Service appeal acknowledgement: the Service's appeal procedures (245 Murray Lane, Building T-5),
  http://www.secretservice.gov/foia/appeal and the appeal to the Deputy Director,
  https://assets.documentcloud.org/documents/724940/swartz-dhs-foia-denial-appeal.txt
- b04 FEMA withdrawal: the Disclosure Branch (Mail Stop 3172, fema-foia), https://www.fema.gov/yi/node/298448 and
  https://de.scribd.com/document/379907774/Response-from-FEMA-Regarding-FEMA-Data, and the e-mails in
  https://www.muckrock.com/foi/united-states-of-america-10/foia-processing-notes-dhs-occupy-sandy-10847/
- b05 Coast Guard clarification: the Coast Guard FOIA Process Guide for Requesters (CG-6P),
  https://bayfury.com/how-to-check-us-coast-guard-licence-1656, the "overly broad" letter with its 30 days,
  http://uscgcstoris.blogspot.com/2014/04/a-freedom-of-information-act-request.html, and the Coast Guard FOIA and
  Privacy Acts Manual (staff symbols, "By direction"), https://vdocuments.net/the-coast-guard-freedom-of-information-foia-and-privacy-acts-manual.html
- b06 DHS OIG appeal decision: the OIG's own appeal handling (a 60-day deadline, its Office of Counsel),
  https://www.pogo.org/analysis/for-foias-50th-fema-still-dragging-feet-after-10-years, and the OIG's withholdings
  litigated in https://supreme.justia.com/cases/federal/district-courts/district-of-columbia/dcdce/1:2019cv01580/207747/78/
- b07 USMS interim response: the Marshals Service's letters ("Re: Freedom of Information Act Request No.
  2023-USMS-000157"), https://lawsintexas.com/us-marshals-narrowing-citizens-foia-requests-is-a-malicious-tactic-to-force-years-of-expensive-litigation,
  its FOIA page, https://usmarshals.gov/es/node/3746, and its withholding of planning documents,
  https://fixthecourt.com/2018/03/u-s-marshals-service-explains-withheld-41-pages-documents-foia
- b08 ATF withholding: the Disclosure Division's answers on Firearms Tracing System and NFA records,
  https://www.muckrock.com/foi/united-states-of-america-10/trace-system-database-request-123484/ and
  http://ecases.us/case/dcd/c3020207/brady-center-to-prevent-gun-violence-v-us-department-of-justice
- b09 DEA final response: DEA's processing of prisoners' FOI/PA requests (DEA-6 reports, Exemptions 7(C), 7(D),
  7(F), referrals), https://cetient.com/case/4708739/kowal-v-united-states-department-of-justice and
  https://supreme.justia.com/cases/federal/district-courts/district-of-columbia/dcdce/1:2020cv01248/218058/27/
- b10 EOIR still-interested letter: the EOIR Policy Manual on FOIA requests (the FOIA Service Center, the A-number),
  https://www.justice.gov/eoir/eoir-policy-manual/introduction/chapter2-2 and http://www.justice.gov/eoir/efoia/foiafact.htm
- b11 OIP no-records answer: OIP's template paragraphs for responses to requests and appeals,
  https://pdf4pro.com/file/303ae/5docs_DOJ_OIPTemplatesAAL_Database_2011.pdf.pdf, and the EOIR request tracked as
  DOJ-2019-001548, https://www.muckrock.com/foi/united-states-of-america-10/matter-of-e-f-h-l-ij-correspondence-60115/
- b12 DOJ OIG fee waiver: 28 C.F.R. 16.10(k) and the OIG's acknowledgements of earlier sets.
- b13 OIP appeal decision: OIP's appeal templates ("You appealed from the action of ...", "I am affirming ...",
  "adequate, reasonable search"), https://pdf4pro.com/file/303ae/5docs_DOJ_OIPTemplatesAAL_Database_2011.pdf.pdf,
  and on the adequacy of a search, https://foia.wiki/wiki/Sufficiency_of_an_agency%27s_search
- b14 BOP expedite grant: the Central Office's acknowledgement quoting 28 C.F.R. 16.5(e) ("FOIA/PA Request Number",
  "Processing Office"), https://efta-search.vercel.app/documents/efta00023435, and the BOP's attorney requests for
  clients' medical records, https://www2.fed.bop.gov/foia/

Sealed measurement: written blind on a branch of its own and kept out of the rules' reach while the round's fixes were
made, then scored once after them, at c0306872: 13 of 14 fully right. Wrong were:
- b14 (b14-bop-ack-expedite-granted.txt): expected_by '2027-01-22' != None

After general fixes (what was read, with the sentence quoted), 14 of 14: b14's "You requested expedited processing
because ... are needed for a motion ... that the district court has ordered be filed by January 22, 2027" is the
requester's reason and the court's filing day, no day the office expects to answer by.
"""

from __future__ import annotations

import pytest
from intake_scoring import events_in, set_tests

from foiatrack.core.vocabulary import EventKind

SET = "heldout490"
# What the rules reached on this set when it was scored once, sealed (13); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


@pytest.mark.parametrize("reason", [
    "You requested expedited processing because the records are needed for a motion that the district court has "
    "ordered be filed by January 22, 2026.",
    "You requested expedited processing because your client's brief must be filed with the court no later than "
    "January 22, 2026.",
    "Your request for expedited processing states that the records are needed before a hearing that is scheduled for "
    "January 22, 2026.",
    "You asked that we expedite your request on the grounds that the petition is to be filed by January 22, 2026.",
    "Your appeal is due in the circuit court, and the motion has to be filed on or before January 22, 2026.",
])
def test_a_courts_or_the_requesters_day_is_not_the_expected_one(reason: str) -> None:
    found = events_in("We received your request on March 2, 2026. " + reason)
    assert [(e.kind, e.expected_by) for e in found] == [(EventKind.ACKNOWLEDGED, None)]


@pytest.mark.parametrize("said", [
    "We received your request on March 2, 2026. We expect to respond by January 22, 2027.",
    "We received your request on March 2, 2026. Your request for expedited processing is granted, and we anticipate "
    "completing it by January 22, 2027.",
    "We received your request on March 2, 2026. The records will be filed in our reading room and made available to "
    "you no later than January 22, 2027.",
])
def test_the_offices_own_day_is_still_read(said: str) -> None:
    found = events_in(said)
    assert [str(e.expected_by) for e in found if e.kind is EventKind.ACKNOWLEDGED] == ["2027-01-22"]
