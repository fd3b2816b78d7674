"""The four-hundred-and-twenty-third held-out set: 14 letters (letters/heldout423) from federal departments and
independent agencies other than DHS and DOJ, across a request's whole life, from fourteen offices that earlier sets of
this focus did not use, in the formats they really send: a Defense Contract Management Agency letter acknowledging a
request for corrective action requests and taking ten more working days for contractor notice; a National Guard Bureau
final answer (PDF) releasing a command climate assessment in part under Exemptions 5 and 6; a Bureau of Safety and
Environmental Enforcement e-mail estimating $486.00 for an other-use requester and holding the request until she
agrees; an Office of Surface Mining Reclamation and Enforcement letter finding no ten-day notices for a West Virginia
mine; an Agricultural Marketing Service second interim release in Word, with a table of the organic certification
records and Exemptions 4 and 6; a Food and Nutrition Service grant in full of school meal management evaluations; an
HHS Office of the Secretary e-mail acknowledging a stockpile request and denying expedited processing; a Bureau of the
Fiscal Service letter asking a Treasury Offset Program requester to describe her payments and verify her identity
within 30 days; a Maritime Administration e-mail confirming a withdrawn request; a Labor Solicitor's appeal decision
remanding an OWCP no-records answer for a new search; a Defense Finance and Accounting Service answer (PDF) releasing
contract payment records with Exemptions 4 and 6 redactions; a United States Mint letter in Word acknowledging a request
and granting a fee waiver; an HHS Office for Civil Rights final answer, scanned, releasing an investigative file in
part under Exemptions 6 and 7(C); and a Rural Development appeal decision reversing an Exemption 4 withholding of a
field engineering review. Written blind and committed before the rules were run on them.

- m01-dcma-ack-extension.txt: DCMA FOIA Case 27-0041, received December 1, 2026, ten more working days under unusual
  circumstances, response estimated on or before January 4, 2027.
- m02-ngb-final-partial.pdf: NGB Office of the Chief Counsel, case 2026-NGB-FOIA-01187, 64 pages: 38 in full, 13 in
  part, 13 withheld in full, Exemptions 5 and 6.
- m03-bsee-fee-estimate.eml: BSEE, DOI-BSEE-2027-000112, received December 2, 2026, fee estimate $486.00 (12 hours at
  $40.50), processing held for 20 workdays.
- m04-osmre-no-records.txt: OSMRE, OSMRE-2027-00019, no records after searching the Charleston Field Office; appeal
  within 90 workdays.
- m05-ams-interim-release.docx: AMS, 2026-AMS-05877-F, second interim: 312 pages processed, 241 in full, 57 in part, 14
  withheld in full (a table), Exemptions 4 and 6; next release on or before February 26, 2027.
- m06-fns-final-full.txt: FNS, FNS-FOIA-2027-00208, 37 pages released in their entirety.
- m07-hhs-ack-expedite-denied.eml: HHS OS, 2027-00214-FOIA-OS, received December 10, 2026, expedited processing denied
  under 45 C.F.R. 5.27.
- m08-fiscal-service-clarification.txt: Bureau of the Fiscal Service, 2027-FS-00088, received December 4, 2026,
  payment details and identity verification asked for within 30 days or the request is closed.
- m09-marad-withdrawn.eml: MARAD, MARAD-2027-000046, withdrawn at the requester's word and closed.
- m10-dol-sol-appeal-remanded.txt: DOL Office of the Solicitor, appeal 2027-0081 of OWCP request 2026-F-11482,
  remanded for a new search.
- m11-dfas-final-partial.pdf: DFAS, DFAS-2027-00153-F, all 19 pages released with redactions under Exemptions 4 and 6.
- m12-mint-ack-fee-waiver-granted.docx: United States Mint, 2027-01-017, received December 14, 2026, fee waiver granted
  under 31 C.F.R. 1.7(k).
- m13-hhs-ocr-final-partial.pdf: HHS Office for Civil Rights, scanned, 27-00318-FOIA, 48 pages: 30 in full, 12 in
  part, 6 withheld in full, Exemptions 6 and 7(C).
- m14-rd-appeal-reversed.txt: USDA Rural Utilities Service, appeal 2027-RD-00017-A of request 2026-RD-04411-F, granted:
  the 23-page field engineering review to be released in full.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- m01 DCMA acknowledgement and extension: DCMA's FOIA office (Building 10500, 3901 A Avenue, dcma.foia),
  https://webarchive.library.unt.edu/web/20121006182359/http:/www.dcma.mil/DCMAHQ/FOIA/faq.cfm and
  https://www.dcma.mil/HQ/FOIA1/faq/, DCMA Instruction 503, https://documents.pub/document/freedom-of-information-act-foia-freedom-of-information-act-foia-program.html,
  and the unusual circumstances of a DoD component, https://www.mvp.usace.army.mil/Contact/Freedom-of-Information-Act/
- m02 NGB final answer: the NGB Office of Information and Privacy in the Office of the Chief Counsel (Arlington Hall 2),
  http://dpcld.defense.gov/Privacy/SORNsIndex/DOD-wide-SORN-Article-View/Article/570766/ingb-001/ and
  http://www.gpo.gov/fdsys/pkg/FR-2014-07-17/html/2014-16766.htm, and DoDM 5400.07 (90-day appeals),
  https://docslib.org/doc/12588490/dodm-5400-07-dod-freedom-of-information-act-foia-program
- m03 BSEE fee estimate: Interior's fee rules (43 C.F.R. 2.38, 2.50) as the bureaus write them, and Interior tracking
  numbers (OSM-2017-00054, OSMRE-2019-00081),
  https://www.muckrock.com/foi/united-states-of-america-10/foia-march-madness-2017-ii-appeal-logs-procedures-letters-opinions-department-of-the-interior-office-of-surface-mining-34875/
- m04 OSMRE no records: OSM's guide to the FOIA (acknowledgement, tracking numbers, officials who deny),
  https://webharvest.gov/peth04/20041109015424/http:/www.osmre.gov/foiaproc.htm and
  https://webarchive.library.unt.edu/web/20130215045754/http://www.osmre.gov/foia/foia.shtm, and a "No Responsive
  Documents" request, https://www.muckrock.com/foi/united-states-of-america-10/foia-march-madness-2019-exhibition-bracket-foia-funding-staffing-and-activities-department-of-the-interior-office-of-surface-mining-70601/
- m05 AMS interim release: the AMS FOIA Officer and Public Liaison (Room 2055-S, Stop 0201, AMS.FOIA@usda.gov),
  https://ams.prod.usda.gov/about-ams/foia, and USDA's FOIA regulations (7 C.F.R. part 1),
  https://regulations.vlex.com/vid/departmental-freedom-of-information-819890817
- m06 FNS grant in full: USDA's FOIA regulations, https://regulations.vlex.com/vid/departmental-freedom-of-information-819890817,
  and USDA's response practice (20 working days, appeal of denials),
  https://rma.usda.gov/en/Web-Site-Policies-and-Important-Links/Freedom-of-Information-Act-FOIA/FOIA-Effective-Filing-Date-and-Response-Time
- m07 HHS acknowledgement and expedite denial: 45 C.F.R. 5.24 (acknowledgement with tracking number and complexity),
  https://www.ecfr.gov/current/title-45/subtitle-A/subchapter-A/part-5/subpart-B/section-5.24, and the HHS FOIA
  rule, http://federal.elaws.us/fr/citation/2016-25684
- m08 Fiscal Service clarification: Treasury's FOIA regulations (31 C.F.R. part 1, reasonable description, identity
  verification), https://regulations.justia.com/regulations/fedreg/2019/02/27/2019-03320.html and
  http://federal.elaws.us/fr/10/26/2018/2018-23447
- m09 MARAD withdrawal: MARAD's FOIA office (FOIA.MARAD@dot.gov), https://maritimelegalaid.com/foia/marad-foia-request-3-mlaa-seeks-records-of-the-usmma-board-of-advisors,
  and 49 C.F.R. part 7, appendix I, http://federal.elaws.us/cfr/title49.part7.subparti.appendix_i_to_part_7
- m10 DOL remand: 29 C.F.R. 70.22 (appeals decided by the Solicitor of Labor) and the remands of earlier sets.
- m11 DFAS partial release: the DFAS FOIA/PA Requester Service Center (8899 East 56th Street, Indianapolis),
  https://www.dfas.mil/TEST-PAGES/Kalyn-Test/FOIA/, and DoDM 5400.07,
  https://docslib.org/doc/12588490/dodm-5400-07-dod-freedom-of-information-act-foia-program
- m12 Mint fee waiver: Treasury's FOIA regulations (fee waiver factors),
  https://regulations.justia.com/regulations/fedreg/2019/02/27/2019-03320.html and
  https://swap.stanford.edu/was/20100322163935mp_/https://www.treasury.gov/FOIA/Pages/foiaregs.aspx
- m13 HHS OCR partial release: 45 C.F.R. 5.28 (what the response says: pages withheld, exemptions, appeal, Public
  Liaison and OGIS), https://dev.compliancecosmos.org/how-does-hhs-respond-my-request, and
  https://thefederalregister.org/81-FR/74930
- m14 Rural Development appeal granted: USDA's FOIA regulations (7 C.F.R. 1.14, appeals to the agency head),
  https://regulations.vlex.com/vid/departmental-freedom-of-information-819890817, and an appeal to USDA,
  https://pdfslide.us/documents/juiil-watci-judicial-2015-02-18-extent-aphis-blamed-the-nature-of-the.html

Sealed measurement: written blind on a branch of its own and kept out of the rules' reach while the round's fixes were
made, then scored once after them, at bbd98655: 12 of 14 fully right. Wrong were:
- m07 (m07-hhs-ack-expedite-denied.eml): outcome 'full_grant' != 'denied'
- m14 (m14-rd-appeal-reversed.txt): pages_released None != 23

After general fixes (the regulation's standard said in the present, "Under the HHS FOIA regulations, we grant
expedited processing to a requester primarily engaged in disseminating information when ...", is no grant, so that
"Accordingly, your request for expedited processing is denied." is the decision read; a record the office "has been
directed to release ... to you in full", as in "The Rural Development FOIA Office has been directed to release the
23-page field engineering review to you in full", counts the pages it was withheld in), 14 of 14.
"""

from __future__ import annotations

import pytest
from intake_scoring import kinds_and_pages_released, outcomes_of, set_tests

from foiatrack.core.vocabulary import EventKind, Outcome

SET = "heldout423"
# What the rules reached on this set when it was scored once, sealed (12); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


def _expedite_outcomes(body: str) -> list[Outcome | None]:
    return outcomes_of(EventKind.EXPEDITE_DECISION, body)


@pytest.mark.parametrize("body", [
    # m07: the regulation's standard said as what the office does with any request, then the decision.
    "You asked for expedited processing. Under the HHS FOIA regulations, we grant expedited processing to a "
    "requester primarily engaged in disseminating information when the subject of the request is of current "
    "exigency to the public. Accordingly, your request for expedited processing is denied.",
    "You asked for expedited processing. The Department grants expedited processing only where a delay would "
    "threaten someone's life or safety. Your request for expedited processing is denied.",
    "You asked us to expedite your request. Under 28 C.F.R. 16.5(e), DOJ expedites requests whenever the loss of "
    "substantial due process rights is shown. Your request for expedited processing is therefore denied.",
])
def test_the_standard_said_in_the_present_is_no_grant(body: str) -> None:
    assert _expedite_outcomes(body) == [Outcome.DENIED]


@pytest.mark.parametrize("body", [
    # The near misses: a grant of this request, even with a "when" after it, is still a grant.
    "You asked for expedited processing. We grant your request for expedited processing, and we will tell you when "
    "the records are ready.",
    "You asked for expedited processing. We grant expedited processing of your request.",
])
def test_a_grant_of_this_request_is_still_read(body: str) -> None:
    assert _expedite_outcomes(body) == [Outcome.FULL_GRANT]


_APPEAL_GRANTED = ("This is in response to your appeal. The FOIA Office withheld the 14-page audit memorandum in full "
                   "under Exemption 5. Accordingly, your appeal is granted. ")


@pytest.mark.parametrize("decision", [
    # m14: the office told, in the perfect, to release the record it withheld.
    "The FOIA Office has been directed to release the audit memorandum to you in full within 10 working days.",
    "The Bureau has been instructed to release the 14-page audit memorandum to you in full.",
    "The FOIA Office has been ordered to disclose the audit memorandum in its entirety.",
    "The FOIA Office is hereby instructed to release the audit memorandum to you in full.",
])
def test_a_record_the_office_has_been_directed_to_release_counts_its_pages(decision: str) -> None:
    assert kinds_and_pages_released(_APPEAL_GRANTED + decision) == [(EventKind.APPEAL_DECISION, 14)]


@pytest.mark.parametrize("decision", [
    # The near misses: told to look again, or to release only part of it, no count of pages released in full.
    "The FOIA Office has been directed to review the audit memorandum again.",
    "The FOIA Office has been directed to release the audit memorandum to you in part.",
])
def test_a_record_only_to_be_reviewed_counts_no_pages(decision: str) -> None:
    assert kinds_and_pages_released(_APPEAL_GRANTED + decision) == [(EventKind.APPEAL_DECISION, None)]
