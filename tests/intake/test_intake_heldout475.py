"""The four-hundred-and-seventy-fifth held-out set: 14 letters (letters/heldout475) from DHS and DOJ components over a
request's whole life, in the formats they really send, leaning on the offices written less often: a FEMA e-mail
acknowledging a request and denying a housing-aid group's fee waiver; a Coast Guard acknowledgement in Word denying a
lawyer's expedite request made for private litigation; a TSA second interim release with SSI withheld under
Exemption 3 and the next release's date; a Secret Service final answer (PDF) with a checkbox list of exemptions and
pages referred to the FBI; an I&A e-mail asking whether the requester still wants her request now that a compendium
is published; a DHS OIG fee estimate to a commercial requester with its table of costs; a CBP final answer (PDF) on a
lawyer's client's inspection records with two pages referred to ICE; an EOUSA release in full in Word with a table of
records; an OIP appeal decision releasing more of a DOJ OIG report and otherwise affirming; a BOP letter to an inmate
asking him to describe his request better; a scanned DEA third interim release of vendor contracts after submitter
notice; a Criminal Division e-mail (letter attached as PDF) acknowledging a request and denying a commercial fee waiver;
an ATF Disclosure Division acknowledgement denying expedited processing; and a Marshals Service letter confirming a
withdrawal. Written blind and committed before the rules were run on them.

- f01-fema-ack-fee-waiver-denied.eml: FEMA Disclosure Branch, 2027-FEFO-00412 received December 1, 2026, fee waiver
  denied under 6 C.F.R. 5.11(k) ("all other requesters").
- f02-uscg-ack-expedite-denied.docx: Coast Guard CG-6P, 2027-CGFO-00218 received December 3, 2026, expedited
  processing denied under 6 C.F.R. 5.5(e)(1).
- f03-tsa-second-interim.txt: TSA FOIA Branch, 2026-TSFO-01177, second interim: 318 pages reviewed, 104 in full, 187 in
  part, 27 withheld, Exemptions 3 (49 U.S.C. 114(r)) and 6 (the next release's date is not logged, as in earlier sets).
- f04-usss-final-partial-referral.pdf: Secret Service, File Number 20270318, 146 pages reviewed, 38 in full, 71 in
  part, 37 withheld, Exemptions 5, 6, 7(C), 7(E) checked; 12 pages referred to the FBI.
- f05-ia-still-interested.eml: I&A, 2027-IAFO-00041, does the requester wish to continue (or narrow), closed if no
  answer by January 26, 2027.
- f06-dhs-oig-fee-estimate.txt: DHS OIG, 2027-IGFO-00067 received November 16, 2026, commercial use, $2,688.00
  estimated and required in advance.
- f07-cbp-final-partial-referral.pdf: CBP, CBP-FO-2027-004812, 23 pages: 9 in full, 11 in part, 3 withheld,
  Exemptions 6, 7(C), 7(E); two ICE pages referred.
- f08-eousa-final-full.docx: EOUSA, EOUSA-2026-003914, 23 pages released in full (a table), the (c) exclusion notice.
- f09-oip-appeal-doj-oig-partly.txt: OIP, appeal A-2027-00512 of DOJ OIG request 26-OIG-187, granted in part: 31
  pages to be released with redactions, otherwise affirmed under Exemptions 6 and 7(C), 9 pages still withheld.
- f10-bop-clarification.txt: BOP, 2027-01422 received December 1, 2026, not reasonably described (28 C.F.R.
  16.3(b)), three questions, closed after 30 days.
- f11-dea-third-interim-scanned.pdf: DEA (scanned), 26-00314-F, third interim: 512 pages, 344 in full, 131 in part,
  37 withheld, Exemptions 4, 6, 7(C), 7(E).
- f12-crm-ack-fee-waiver-denied.eml: Criminal Division, CRM-301288544 received December 10, 2026, fee waiver denied
  under 28 C.F.R. 16.10(k), commercial use, complex track; the letter attached as PDF.
- f13-atf-ack-expedite-denied.txt: ATF Disclosure Division, 2027-0219 received December 15, 2026, expedited
  processing denied under 28 C.F.R. 16.5(e) (no certification).
- f14-usms-withdrawal-confirmed.txt: USMS, 2027-USMS-000284, withdrawal confirmed after a telephone call.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- f01 FEMA fee-waiver denial: the DHS FOIA regulations (6 C.F.R. 5.11(k), appeals under 5.8),
  http://federal.elaws.us/fr/11/22/2016/2016-28095 and https://www.ecfr.gov/current/title-6/chapter-I/part-5, FEMA's
  Disclosure Branch and fee rules, http://federal.elaws.us/fr/notice/8/28/1998/98-22971, and the DHS fee page,
  https://www.dhs.gov/foia-fee-structure-and-waivers
- f02 Coast Guard expedite denial: the Coast Guard FOIA Process Guide for Requesters (CG-6P, expedited processing
  requirements, appeals), https://bayfury.com/how-to-check-us-coast-guard-licence-1656, the Coast Guard FOIA and
  Privacy Acts Manual, https://vdocuments.net/the-coast-guard-freedom-of-information-foia-and-privacy-acts-manual.html,
  and the Office of Investigations' letters, https://maritimelegalaid.com/foia/uscg-foia-appeal-2-cg-inv
- f03 TSA interim release: TSA FOIA Branch letters ("3600.1", "FOIA Case Number", Springfield address),
  https://pdfkul.com/2015-10-30-interim-response-letter-3pdf_59c2c8b81723dddb426a7ebc.html and a TSA withholding under
  Exemption 3, http://www.flyertalk.com/forum/practical-travel-safety-security-issues/958795-tsa-sop-re-airport-id-requirements-provided-idp-via-foia-request-5.html
- f04 Secret Service final answer: the Service's FOIA pages (Communications Center (FOI/PA), 245 Murray Lane, Building
  T-5, appeals to the Deputy Director), http://www.secretservice.gov/foia_request.shtml and
  http://www.secretservice.gov/foia/appeal, and its withholdings in
  http://www.ecases.us/case/p2519862/allen-v-us-secret-service/
- f05 I&A still-interested e-mail: 6 C.F.R. part 5 (5.3(c), a request not reasonably described; closing),
  https://www.ecfr.gov/current/title-6/chapter-I/part-5, and the closures for no reply of earlier sets.
- f06 DHS OIG fee estimate: 6 C.F.R. 5.11 (commercial use requesters, advance payment over $250),
  https://www.ecfr.gov/current/title-6/chapter-I/part-5, and the OIG FOIA pages, https://oig.dhs.gov/taxonomy/term/570
- f07 CBP final answer: CBP FOIA correspondence (request numbers, SecureRelease),
  https://www.muckrock.com/foi/united-states-of-america-10/foia-outliers-queues-high-volume-procedures-fifo-exceptions-unusual-circumstances-united-states-customs-and-border-protection-74789/,
  the DHS final-response template, https://pt.scribd.com/document/69643317/Responsive-Documents-CRCL-12-002, and
  CBP's Exemption 7(E) withholdings of TECS material,
  https://cetient.com/case/4562422/american-immigration-lawyers-association-v-united-states-department-of-homeland-security
- f08 EOUSA release: EOUSA's FOIA pages and letters ("the official record-keeper for all records located in this
  office and the various United States Attorneys' Offices"),
  http://WWW.JUSTICE.GOV/usao/resources/making-foia-request/foia-frequently-asked-questions, and OIP's template
  paragraphs (exclusions notice, OGIS, appeal), https://pdf4pro.com/file/303ae/5docs_DOJ_OIPTemplatesAAL_Database_2011.pdf.pdf
- f09 OIP appeal decision: OIP's appeal letters ("As a result of discussions between ... personnel and this Office",
  "Otherwise, I am affirming ..."),
  https://vdocuments.us/us-department-of-justice-office-of-information-policy-30-04-2018-us-department.html and
  https://brucedocumentblog.blogspot.com/2022/12/doj-office-of-information-policy-foia.html
- f10 BOP clarification: 28 C.F.R. 16.3(b), https://www.law.cornell.edu/cfr/text/28/16.3, the BOP FOIA page,
  https://www.bop.gov/foia/index.jsp, and 28 C.F.R. part 513 (inmate access to Central File documents),
  http://federal.elaws.us/fr/12/9/1996/96-31162
- f11 DEA interim release: DEA's FOIA pages (Case Number, Subject, (571) 776-2300),
  https://dea.gov/es/foia/what-happens-after, and 28 C.F.R. 16.7 (submitter notice),
  https://www.ecfr.gov/current/title-28/chapter-I/part-16
- f12 Criminal Division fee-waiver denial: the Division's acknowledgement ("CRM-300452623", "acknowledges receipt"),
  https://bostoncollegesubpoena.wordpress.com/2014/07/02/1st-response-to-foi-request-belfast-project-documents-doj-oia/,
  and 28 C.F.R. 16.10(k), https://sgp.fas.org/news/2015/04/doj-foia.html
- f13 ATF expedite denial: 28 C.F.R. 16.5(e) (standards, certification), https://www.ecfr.gov/current/title-28/chapter-I/part-16,
  and ATF's Disclosure Division letters, https://www.judicialwatch.org/document-archive/jw-v-doj-chisolm-declaration-atf-ammo-02218/
  and http://www.titleii.com/bardwell/atf_foia_appeal_denial.txt
- f14 Marshals Service withdrawal: the Marshals Service's FOIA pages (third-party authorization, appeals, OGIS),
  https://usmarshals.gov/es/node/3746, and the USMS letter heading ("Re: Freedom of Information Act Request No.
  2023-USMS-000157"),
  https://lawsintexas.com/us-marshals-narrowing-citizens-foia-requests-is-a-malicious-tactic-to-force-years-of-expensive-litigation

Sealed measurement: written blind on a branch of its own and kept out of the rules' reach while the round's fixes were
made, then scored once after them, at fb9d6f67: 13 of 14 fully right. Wrong were:
- f09 (f09-oip-appeal-doj-oig-partly.txt): outcome 'denied' != 'partial_grant'
After general fixes (the rest upheld, "otherwise" leading the sentence, after what the office agreed to release, is in
part: "OIG has agreed to release the report of investigation to you with redactions. ... Otherwise, I am affirming
OIG's action on your request."), 14 of 14: f09 right.
"""

from __future__ import annotations

import pytest
from intake_scoring import events_in, set_tests

from foiatrack.core.vocabulary import EventKind, Outcome

SET = "heldout475"
# What the rules reached on this set when it was scored once, sealed (13); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


_AGREED = ("You appealed from the action of the Office of the Inspector General (OIG) on your request for the report "
           "of investigation, which OIG withheld in full under Exemptions 6 and 7(C). As a result of discussions "
           "between OIG personnel and this Office, OIG has agreed to release the report to you with redactions. "
           "{rest} The remaining information is protected from disclosure under 5 U.S.C. § 552(b)(6) and (b)(7)(C).")


def _outcome(rest: str) -> Outcome | None:
    found = [e for e in events_in(_AGREED.format(rest=rest)) if e.kind is EventKind.APPEAL_DECISION]
    return found[0].outcome if found else None


@pytest.mark.parametrize("rest", [
    # the wording read (f09): the rest upheld, "otherwise" leading the sentence
    "Otherwise, I am affirming OIG's action on your request.",
    # other wordings of the same idea
    "Otherwise, we affirm OIG's action on your request.",
    "In all other respects, I am upholding OIG's decision.",
    "Otherwise, I hereby affirm OIG's action.",
])
def test_the_rest_upheld_after_a_release_agreed_is_a_partial_grant(rest: str) -> None:
    assert _outcome(rest) is Outcome.PARTIAL_GRANT


def test_an_affirmance_with_no_otherwise_is_no_partial_grant() -> None:
    # near miss: the action upheld whole, an "otherwise" nowhere before it
    assert _outcome("I am affirming OIG's action on your request.") is not Outcome.PARTIAL_GRANT
