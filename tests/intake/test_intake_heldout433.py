"""The four-hundred-and-thirty-third held-out set: 14 letters (letters/heldout433) from fourteen components of the
Department of Homeland Security and the Department of Justice, across a request's whole life, in the formats they
really send: a DHS Privacy Office letter finding no CIS Ombudsman case assistance records on U visa bona fide
determinations; an ICE e-mailed acknowledgement that grants a research group's fee waiver and only warns of a
possible 10-day extension; a CBP final response (PDF) releasing every page of a Detroit Field Office's trade guidance
in full; a TSA final response in Word with a table of the records, withholding Sensitive Security Information under
Exemption 3 (49 U.S.C. 114(r)) and names under Exemption 6; a Secret Service acknowledgement invoking the 10-day
extension for contract records held in three offices; a FEMA acknowledgement (PDF) denying a legal aid lawyer's
expedited processing for disaster survivors' appeals; a Coast Guard fee estimate in Word for a commercial requester,
with its fee table and advance payment, that never says when the request arrived; an Office of Intelligence and
Analysis answer that no license plate reader records were found, pointing to ICE; a DHS Office of Inspector General
e-mail asking a civil rights group to narrow a request about port-of-entry complaints within 30 working days; an FBI
refusal to confirm or deny records on a third party under Exemptions 6 and 7(C); an EOUSA e-mail with its letter
attached as PDF denying a reporter's expedited processing; a scanned Bureau of Prisons first interim release on deaths
in custody with pages in full, in part and withheld; an ATF letter denying a retired dealer's fee waiver; and an OIP
letter closing a prisoner's appeal from the Marshals Service as filed after the ninety days. Written blind and
committed before the rules were run on them.

- q01-cisomb-no-records.txt: DHS Privacy Office for the CIS Ombudsman, 2027-HQFO-01592, no records (the search terms
  named, the Ombudsman's case categories explained), appeal within 90 days, OGIS.
- q02-ice-ack-fee-waiver-granted.eml: ICE 2027-ICFO-14307, received December 1, 2026, fee waiver granted under
  6 C.F.R. 5.11(k); the 10-day extension is only said to be possible ("ICE may need the extension"), not taken.
- q03-cbp-final-full.pdf: CBP CBP-FO-2027-052817 final, 38 pages released in their entirety, no exemptions; the
  news-media fee category, appeal to the FOIA Appeals, Policy and Litigation Branch on page two.
- q04-tsa-final-partial-ssi.docx: TSA 2027-TSFO-00874 final, 112 pages, 61 in full, 39 in part, 12 withheld in full
  (a table of four records); Exemption 3 with 49 U.S.C. 114(r) and Exemption 6.
- q05-usss-ack-extension.txt: Secret Service file 20271426, received December 2, 2026, 10-day extension for unusual
  circumstances (three offices, submitter consultation); the requester's $150 agreement to pay noted.
- q06-fema-expedite-denied.pdf: FEMA 2027-FEFO-00731, received December 4, 2026, expedited processing denied under
  6 C.F.R. 5.5(e) (no loss of substantial due process rights), the complex track, the requester's $50 noted.
- q07-uscg-fee-estimate.docx: Coast Guard 2027-CGFO-00911, commercial use category, fee table totalling $412.50,
  advance payment over $250, 20 working days to answer; the letter only "concerns" the request dated November 24.
- q08-ia-no-records.txt: I&A 2027-IAFO-00217, no records of commercial license plate reader data; ICE suggested.
- q09-dhs-oig-clarification.eml: DHS OIG 2027-IGFO-00158, received December 3, 2026, four questions to narrow the
  request, 30 working days before administrative closure, the time tolled.
- q10-fbi-glomar-third-party.txt: FBI FOIPA Request No. 1668274-000, neither confirm nor deny under (b)(6) and
  (b)(7)(C), "your request has been closed"; appeal to OIP within ninety days.
- q11-eousa-ack-expedite-denied.eml: EOUSA-2027-001284, "dated and received in our office on December 9, 2026",
  expedited processing denied under 28 C.F.R. 16.5(e), the complex track; the letter attached as PDF.
- q12-bop-interim-scanned.pdf: BOP Request Number 2027-01833, interim response, 500 pages reviewed, 388 in full, 97 in
  part, 15 withheld in full, (b)(6), (b)(7)(C), (b)(7)(E), (b)(7)(F); about 1,150 pages still to review; scanned.
- q13-atf-fee-waiver-denied.txt: ATF REFER TO 2027-0412, received November 23, 2026, fee waiver denied under
  28 C.F.R. 16.10(k), "all other requesters", the $25 agreement noted, the complex track.
- q14-oip-appeal-usms-untimely.txt: OIP Appeal No. A-2027-00318 of USMS Request No. 2026-USMS-001942, appeal
  postmarked after the ninety days of 28 C.F.R. 16.8(a), "I am closing your appeal file" (dismissed, logged denied).

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- q01 DHS Privacy Office no-records letter: the Privacy Office's final responses ("A search of ... produced",
  appeal to "Privacy Office, Attn: FOIA Appeals ... Mail Stop 0655", 6 C.F.R. 5.8),
  https://docslib.org/doc/3095698/homeland-security-washington-dc-20528, and the DHS letter templates released as
  CRCL 12-002, https://vdocument.in/responsive-documents-crcl-12-002.html
- q02 ICE acknowledgement: ICE's acknowledgement letter ("This acknowledges receipt of your ... Your request was
  received in this office on ...", "Per Section 5.5(a) of the DHS FOIA regulations", "We have queried the appropriate
  program offices"), http://noneinc.com/tBSWM/tBSWM_FOIA/tBSWM-FOIA_ICE-20101021_1of2.txt, and ICE's FOIA office
  address and mailbox, https://foia.wiki/wiki/U.S._Immigration_%26_Customs_Enforcement
- q03 CBP final response in full: the DHS final response wording of the Privacy Office letter above and the CRCL
  templates, https://vdocument.in/responsive-documents-crcl-12-002.html, with CBP's appeal office as earlier sets give
  it.
- q04 TSA final response: TSA's response letters ("FOIA Case Number: TSA09-0624", "being processed under the FOIA",
  Exemption 3 and 49 U.S.C. 114(r)),
  http://www.flyertalk.com/forum/practical-travel-safety-security-issues/958795-tsa-sop-re-airport-id-requirements-provided-idp-via-foia-request-5.html
  and https://pdfkul.com/2015-10-30-interim-response-letter-3pdf_59c2c8b81723dddb426a7ebc.html
- q05 Secret Service acknowledgement: the Secret Service's pages on responses and the 10-day extension for unusual
  circumstances, https://www.secretservice.gov/foia/usss-response, its FOIA/PA address (Communications Center, 245
  Murray Lane, Building T-5),
  https://vdocuments.net/internal-united-states-secret-service-usss-annual-foia-reports-2009-5-11.html, and the DHS
  extension sentence of https://pt.scribd.com/document/69643317/Responsive-Documents-CRCL-12-002
- q06 FEMA expedite denial: FEMA's Disclosure Branch correspondence and case numbers (2014-FEFO-00559),
  https://www.muckrock.com/foi/united-states-of-america-10/foia-processing-notes-dhs-occupy-sandy-10847/, and the
  expedite criteria letters of https://de.scribd.com/document/325964564/Denial-of-Expedited-Processing-Of-Russ-Feingold-State-Department-Correspondence
- q07 Coast Guard fee estimate: the Coast Guard FOIA Process Guide for Requesters (fee categories, fee waiver
  requirements, CG-6P), https://bayfury.com/how-to-check-us-coast-guard-licence-1656, and the fee-notice rules of
  https://law.lawstack.com/node_references?cite=45+C.F.R.%3A%C2%A7+2105.47
- q08 I&A no-records letter: the Privacy Office's appeal paragraph,
  https://docslib.org/doc/3095698/homeland-security-washington-dc-20528, and the no-records letters of earlier sets.
- q09 DHS OIG clarification: 6 C.F.R. 5.3(b) and the "too broad" closures it allows,
  https://www.muckrock.com/foi/united-states-of-america-10/ice-foia-too-broad-records-85180/ and
  http://Muckrock.com/foi/united-states-of-america-10/foia-report-comms-142439/
- q10 FBI third-party Glomar: the Department's guidance on refusing to confirm or deny and on exclusions,
  http://www.justice.gov/oip/foia-guide-2004-edition-exclusions, and FBI request numbers (1176349-000),
  https://print.casetext.com/case/light-v-dept-of-justice
- q11 EOUSA expedite denial: EOUSA's letter ("Re: Request Number: EOUSA-2018-005579", "Subject of Request:",
  "dated and received in our office on", "As you may know, expedited treatment allows one requester ..."),
  https://ja.scribd.com/document/390911514/Denial-to-expedite, and EOUSA's FOIA pages,
  http://WWW.JUSTICE.GOV/usao/resources/making-foia-request/foia-frequently-asked-questions
- q12 BOP interim release: the Bureau's FOIA pages (exemptions cited as 5 U.S.C. 552(b)(7)(C), the FOIA/PA Section,
  Room 841), https://www.bop.gov/foia/index.jsp and http://www.bop.gov/foia/index.jsp
- q13 ATF fee-waiver denial: the Disclosure Division as ATF describes it,
  https://www.judicialwatch.org/document-archive/jw-v-doj-chisolm-declaration-atf-ammo-02218/, and the Department's
  fee regulations (28 C.F.R. part 16), https://sgp.fas.org/news/2015/04/doj-foia.html
- q14 OIP untimely appeal: 28 C.F.R. 16.8 in the Department's rule, https://sgp.fas.org/news/2015/04/doj-foia.html,
  and the appeal time limits of https://law.lawstack.com/laws/43-cfr_s_2-58_how-long-do-you-have-to-file-an-appeal-e34d7810-d15d-49a6-b3a3-72c6daa161e6

Sealed measurement: written blind on a branch of its own and kept out of the rules' reach while the round's fixes were
made, then scored once after them, at b2a62a5b: 11 of 14 fully right. Wrong were:
- q11 (q11-eousa-ack-expedite-denied.eml): kinds ['expedite_decision'] != ['acknowledged', 'expedite_decision'];
  received None != '2026-12-09'
- q12 (q12-bop-interim-scanned.pdf): exemptions ['(b)(6)', '(b)(7)(C)', '(b)(7)(E)'] != ['(b)(6)', '(b)(7)(C)',
  '(b)(7)(E)', '(b)(7)(F)']
- q14 (q14-oip-appeal-usms-untimely.txt): outcome 'other' != 'denied'

After general fixes (q14's appeal turned away as late by the office in the first person, the reason given first:
"Because your appeal was not timely filed, I am closing your appeal file in this Office.", now an affirmance, outcome
denied, as the untimely appeals of earlier sets), 12 of 14: q14 right.

Then (the day of receipt told with the request's own date in one, "your Freedom of Information Act
request dated and received in our office on December 9, 2026", in a letter that releases nothing, acknowledges the
request), 13 of 14: q11 right.
Then (a scan's OCR reading one figure of the Act's section wrong in a row of citations, "5 U.S.C. §
552(b)(7)(E) 5 U.S.C. § 952(b)(7)(F)", where the same row cites § 552(b) rightly, cites § 552), 14 of 14: q12 right.
"""

from __future__ import annotations

import datetime as dt

import pytest
from intake_scoring import events_in, set_tests

from foiatrack.core.vocabulary import EventKind, Outcome
from foiatrack.intake.exemptions import find_exemptions

SET = "heldout433"
# What the rules reached on this set when it was scored once, sealed (11); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


# q14: an appeal turned away as late, the reason first, then the office closing or dismissing it in the first person:
# the answer appealed from stands (an affirmance, outcome denied), as "your appeal is untimely, and I am closing your
# appeal file" already was.
@pytest.mark.parametrize(("sentence", "outcome"), [
    ("Because your appeal was not timely filed, I am closing your appeal file in this Office.", Outcome.DENIED),
    ("Since the appeal was received after the ninety-day deadline, we must dismiss it.", Outcome.DENIED),
    ("As your appeal is untimely, we are closing this appeal.", Outcome.DENIED),
    ("Because your appeal was filed after the time limit, I am rejecting it.", Outcome.DENIED),
    # ... not a condition, an appeal heard all the same, nor an appeal on time
    ("If your appeal is untimely, we will close it.", None),
    ("Although your appeal was late, we have considered it.", None),
    ("Because your appeal was timely filed, we have considered it.", None),
    ("Because your appeal was not timely filed, we have not reached its merits.", None),
])
def test_an_appeal_closed_as_late_by_the_office_is_an_affirmance(sentence: str, outcome: Outcome | None) -> None:
    found = events_in(f"Re: Appeal No. A-2026-00001\nRequest No. 2026-0001\n\nYou appealed from the action of the "
                      f"agency on your request. {sentence}", head="Office of Information Policy")
    decisions = [e.outcome for e in found if e.kind is EventKind.APPEAL_DECISION]
    assert decisions == ([outcome] if outcome else [])


@pytest.mark.parametrize("body", [
    "This is in response to your Freedom of Information Act request dated and received in our office on December 9, "
    "2026, in which you request expedited treatment of your request. Accordingly, your request for expedited "
    "processing is denied.",
    "This responds to your FOIA request, dated and received on December 9, 2026. Your request for expedited processing "
    "is denied.",
    "We write about your Privacy Act request dated and received by the Criminal Division on December 9, 2026. Your "
    "request for expedited processing is denied.",
])
def test_a_request_dated_and_received_on_one_day_is_acknowledged_with_it(body: str) -> None:
    found = events_in("December 18, 2026\n\nDear Mr. Doe:\n\n" + body, "December 18, 2026")
    assert [(e.kind, e.received) for e in found] == [(EventKind.ACKNOWLEDGED, dt.date(2026, 12, 9)),
                                                     (EventKind.EXPEDITE_DECISION, None)]


@pytest.mark.parametrize("body", [
    # The near misses: a request dated and mailed, records dated and received by someone else
    "This is in response to your Freedom of Information Act request dated and mailed on December 9, 2026. Your request "
    "for expedited processing is denied.",
    "You asked for the invoices dated and received by the contractor on December 9, 2026. Your request for expedited "
    "processing is denied.",
])
def test_no_other_thing_dated_and_received_acknowledges_the_request(body: str) -> None:
    found = events_in("December 18, 2026\n\nDear Mr. Doe:\n\n" + body, "December 18, 2026")
    assert [e.kind for e in found if e.kind is EventKind.ACKNOWLEDGED] == []


@pytest.mark.parametrize(("sentence", "expected"), [
    ("5 U.S.C. § 552(b)(6)  5 U.S.C. § 552(b)(7)(C)  5 U.S.C. § 552(b)(7)(E)  5 U.S.C. § 952(b)(7)(F)",
     ["(b)(6)", "(b)(7)(C)", "(b)(7)(E)", "(b)(7)(F)"]),
    ("Withheld under 5 U.S.C. § 552(b)(5) and 5 U.S.C. § 652(b)(6).", ["(b)(5)", "(b)(6)"]),
    ("Withheld under 5 U.S.C. 552(b)(7)(C) and 5 U.S.C. 522(b)(7)(E).", ["(b)(7)(C)", "(b)(7)(E)"]),
    ("Withheld under 5 U.S.C. § 352(b)(3) and 5 U.S.C. § 552(b)(6).", ["(b)(3)", "(b)(6)"]),
])
def test_a_section_of_title_5_misread_one_figure_off_552_beside_a_right_one_is_552(sentence: str,
                                                                                  expected: list[str]) -> None:
    assert find_exemptions(sentence, withholding=True) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # The near misses: a misread section alone, another title's section, §§ 553 and 562 (real sections of chapter 5)
    ("Withheld under 5 U.S.C. § 952(b)(7)(F).", []),
    ("Withheld under 5 U.S.C. § 552(b)(6) and 42 U.S.C. § 652(b)(1).", ["(b)(6)"]),
    ("Withheld under 5 U.S.C. § 552(b)(6); notice was given under 5 U.S.C. § 553(b)(2).", ["(b)(6)"]),
    ("Withheld under 5 U.S.C. § 552(b)(6) and 5 U.S.C. § 562(b)(7)(C).", ["(b)(6)"]),
])
def test_no_other_section_is_read_as_552(sentence: str, expected: list[str]) -> None:
    assert find_exemptions(sentence, withholding=True) == expected
