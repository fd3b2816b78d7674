"""The four-hundred-and-sixty-ninth held-out set: 14 letters (letters/heldout469) from DHS and DOJ components over a
request's whole life, in the formats they really send: a TSA letter that neither confirms nor denies a traveller's
watch-list status (Sensitive Security Information under 49 U.S.C. 114(r), with Exemptions 6 and 7(C)); a Coast Guard
e-mail acknowledging a newspaper's request and denying its fee waiver under 6 C.F.R. 5.11(k); an I&A letter in Word
confirming a withdrawal after the requester found the records elsewhere; a CBP final response (PDF) withholding a
port-runner plan in full under Exemptions 6, 7(C) and 7(E); a FEMA letter closing a request as a duplicate of an
earlier one still open; a DHS OIG e-mail releasing audit slides in full; a Secret Service letter closing its file on a
request now in a lawsuit; a Bureau of Prisons Glomar answer in Word on a named officer's discipline; an OIP appeal
decision (e-mail with the letter attached) affirming EOUSA's denial of expedited processing; an EOIR release (PDF) of a
record of proceedings in part, with ICE's pages referred; a Civil Rights Division letter asking a housing group to
narrow a request with the 30-day close; a Criminal Division acknowledgement granting expedition on the Director of
Public Affairs' decision; an ATF acknowledgement granting a research center's fee waiver (a scan); and a DEA first
interim release of suspicious order reports with submitter notice. Written blind and committed before the rules were
run on them.

- w01-tsa-glomar-ssi.txt: TSA, 2027-TSFO-00388, neither confirm nor deny watch-list status: Exemption 3 (49 U.S.C.
  114(r), 49 C.F.R. 1520.5(b)(9)(ii)), 6 and 7(C); denied.
- w02-uscg-fee-waiver-denied.eml: Coast Guard, 2027-CGFO-00457, received December 1, 2026, fee waiver denied
  (news media category, no amount).
- w03-ia-withdrawal-confirmed.docx: I&A, 2027-IAFO-00151, the request withdrawn at the requester's word, no fees.
- w04-cbp-withheld-in-full.pdf: CBP, CBP-FO-2027-031846, 46 pages withheld in full under Exemptions 6, 7(C) and 7(E).
- w05-fema-duplicate-closed.txt: FEMA, 2027-FEFO-00842, administratively closed as a duplicate of 2027-FEFO-00317,
  which stays open; outcome other.
- w06-dhs-oig-final-full.eml: DHS OIG, 2027-IGFO-00203, 23 pages released in their entirety, no exemptions.
- w07-usss-closed-litigation.txt: Secret Service, file 20270291, closed because the request is in litigation.
- w08-bop-glomar-third-party.docx: BOP, 2027-01476, neither confirm nor deny records of a named officer's discipline,
  Exemptions 6 and 7(C).
- w09-oip-appeal-eousa-expedite-affirmed.eml: OIP, appeal A-2027-00472 of request EOUSA-2027-000619, EOUSA's denial
  of expedited processing affirmed (the request itself still pending).
- w10-eoir-final-partial-referral.pdf: EOIR, 2027-05132, record of proceedings: 301 pages released (289 in full, 12
  in part), 11 withheld, Exemptions 5, 6 and 7(C); 29 ICE pages referred to ICE.
- w11-crt-clarification.txt: Civil Rights Division, 27-00214-F, not reasonably described: time period, place and kind
  of records asked for, 30 days or closed.
- w12-crm-ack-expedite-granted.txt: Criminal Division, CRM-301718264, received December 10, 2026, expedited
  processing granted by the Director of Public Affairs under 28 C.F.R. 16.5(e)(1)(iv).
- w13-atf-fee-waiver-granted-scanned.pdf: ATF, 2027-0688, received December 4, 2026, fee waiver granted under 28
  C.F.R. 16.10(k) (a scan).
- w14-dea-first-interim.txt: DEA, 27-00128-F, first interim release: 214 pages reviewed, 97 in full, 61 in part, 56
  withheld, Exemptions 4, 6, 7(C) and 7(E).

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- w01 TSA Glomar: TSA FOIA Branch letters ("3600.1", "FOIA Case Number: 2015-TSLI-00004", Arlington/Springfield
  address), https://pdfkul.com/2015-10-30-interim-response-letter-3pdf_59c2c8b81723dddb426a7ebc.html and
  https://docs.justia.com/cases/federal/district-courts/california/candce/3:2018cv01539/323750/1/3.html, and a TSA
  withholding letter under Exemption 3, http://www.flyertalk.com/forum/practical-travel-safety-security-issues/958795-tsa-sop-re-airport-id-requirements-provided-idp-via-foia-request-5.html
- w02 Coast Guard fee waiver: the Coast Guard FOIA Process Guide for Requesters (CG-6P, fee waiver requirements),
  https://bayfury.com/how-to-check-us-coast-guard-licence-1656, the Coast Guard FOIA manual,
  https://vdocuments.net/the-coast-guard-freedom-of-information-foia-and-privacy-acts-manual.html, and 6 C.F.R. part
  5 (5.11(k)), https://www.ecfr.gov/current/title-6/chapter-I/part-5
- w03 I&A withdrawal: 6 C.F.R. part 5, https://www.ecfr.gov/current/title-6/chapter-I/part-5, and the DHS FOIA fee
  page, https://www.dhs.gov/foia-fee-structure-and-waivers
- w04 CBP withheld in full: CBP FOIA correspondence (request numbers, SecureRelease),
  https://www.muckrock.com/foi/united-states-of-america-10/foia-outliers-queues-high-volume-procedures-fifo-exceptions-unusual-circumstances-united-states-customs-and-border-protection-74789/
  and https://www.muckrock.com/news/archives/2017/aug/07/CBP-too-broad/
- w05 FEMA duplicate closure: DHS FOIA regulations, 6 C.F.R. 5.3 and 5.8,
  https://govregs.com/regulations/expand/title6_chapterI_part5_subpartA_section5.7, and the duplicate closure of
  heldout388 g05.
- w06 DHS OIG release in full: the OIG FOIA pages, https://oig.dhs.gov/taxonomy/term/570
- w07 Secret Service closure for litigation: the Secret Service FOIA pages,
  http://www.secretservice.gov/foia_request.shtml and http://www.secretservice.gov/foia/appeal
- w08 BOP Glomar: the BOP FOIA page (exemptions, Public Liaison), https://www.bop.gov/foia/index.jsp, and 28 C.F.R.
  part 513, http://federal.elaws.us/fr/12/9/1996/96-31162
- w09 OIP appeal decision: OIP's appeal letters and guidance,
  https://brucedocumentblog.blogspot.com/2022/12/doj-office-of-information-policy-foia.html and
  https://vdocuments.us/us-department-of-justice-office-of-information-policy-30-04-2018-us-department.html, and the
  EOUSA expedite denial it reviews, https://ja.scribd.com/document/390911514/Denial-to-expedite
- w10 EOIR record of proceedings: the EOIR Policy Manual on FOIA requests,
  https://www.justice.gov/eoir/eoir-policy-manual/introduction/chapter2-2, and
  https://inclusion.americanimmigrationcouncil.org/FOIA/seeking-records-immigration-courts-about-processing-foia-and-records-proceedings-requests
- w11 Civil Rights Division clarification: the Division's reading room, http://www.justice.gov/crt/foia-electronic-reading-room,
  and 28 C.F.R. 16.3(b), https://www.law.cornell.edu/cfr/text/28/16.3
- w12 Criminal Division expedite: the Division's acknowledgement ("CRM-300452623", "acknowledges receipt"),
  https://bostoncollegesubpoena.wordpress.com/2014/07/02/1st-response-to-foi-request-belfast-project-documents-doj-oia/,
  and the Director of Public Affairs' decision under 16.5(e)(1)(iv),
  https://assets.documentcloud.org/documents/6428130/1-4-Ex-C-20190920.txt
- w13 ATF fee waiver: 28 C.F.R. part 16 (16.10(k)), https://www.ecfr.gov/current/title-28/chapter-I/part-16, and
  ATF's Disclosure Division letters, https://www.judicialwatch.org/document-archive/jw-v-doj-chisolm-declaration-atf-ammo-02218/
- w14 DEA interim release: DEA's FOIA pages (Case Number, Subject, (571) 776-2300),
  https://dea.gov/es/foia/what-happens-after, and 28 C.F.R. 16.7 (submitter notice),
  https://www.ecfr.gov/current/title-28/chapter-I/part-16

Sealed measurement: written blind on a branch of its own and kept out of the rules' reach while the round's fixes were
made, then scored once after them, at 34f3fd36: 12 of 14 fully right. Wrong were:
- w01 (w01-tsa-glomar-ssi.txt): exemptions ['(b)(3)', '(b)(6)', '(b)(7)(C)'] != ['(b)(3) 49 U.S.C. § 114(r)', '(b)(6)',
  '(b)(7)(C)']
- w12 (w12-crm-ack-expedite-granted.txt): date {None} != 2026-12-21

After general fixes (what was read, with the sentence quoted), 13 of 14:
- w01: the statute said in the passive to prohibit disclosure ("its disclosure is prohibited by 49 U.S.C. §
  114(r)"), in the sentence before the one applying Exemption 3, is the statute Exemption 3 rests on.

Then (tests below): the date that starts the line, a reference alone set apart at its right by a
wide gap, is the letter's own ("December 21, 2026 <gap> Request No. CRM-301718264", as the Criminal Division heads its
letters; not a line whose other column says more, "Received: ..."): w12 right. 14 of 14.
"""

from __future__ import annotations

import pytest
from intake_scoring import exemptions_in, letter_date, set_tests

SET = "heldout469"
# What the rules reached on this set when it was scored once, sealed (12); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


# After the general fixes: the statute said in the passive to prohibit disclosure, in the sentence before the one
# applying Exemption 3, is the statute Exemption 3 rests on.

@pytest.mark.parametrize(("body", "code"), [
    ("TSA can neither confirm nor deny the existence of records responsive to your request. Watch list status is "
     "Sensitive Security Information under 49 C.F.R. § 1520.5(b)(9)(ii), and its disclosure is prohibited by 49 "
     "U.S.C. § 114(r). Information that is SSI is exempt from disclosure under FOIA Exemption 3, 5 U.S.C. § "
     "552(b)(3).", "(b)(3) 49 U.S.C. § 114(r)"),
    ("The records are withheld in full. Their release is barred by 26 U.S.C. § 6103. They are therefore exempt under "
     "Exemption 3.", "(b)(3) 26 U.S.C. § 6103"),
])
def test_statute_prohibiting_disclosure_in_the_passive_is_exemption_3s(body: str, code: str) -> None:
    assert code in exemptions_in(body)


@pytest.mark.parametrize("body", [
    # a disclosure the statute does not prohibit
    "The records are withheld in full. Their release is not prohibited by 26 U.S.C. § 6103, but the records are "
    "exempt under Exemption 3 and 50 U.S.C. § 3024(i)(1) as well.",
])
def test_statute_not_prohibiting_is_not_exemption_3s(body: str) -> None:
    assert "(b)(3) 26 U.S.C. § 6103" not in exemptions_in(body)
LETTERHEAD = "U.S. Department of Justice\nCriminal Division\nWashington, DC 20530-0001\n\n"


@pytest.mark.parametrize(("line", "date"), [
    ("December 21, 2026                                              Request No. CRM-301718264", "2026-12-21"),
    ("December 21, 2026\t\tFOIA Request No. 2027-F-00412", "2026-12-21"),
    ("21 December 2026          Our File # 26-118", "2026-12-21"),
    ("12/21/2026     Tracking Number: EOUSA-2027-000188", "2026-12-21"),
])
def test_a_date_beside_the_reference_in_its_own_column_is_the_letters(line: str, date: str) -> None:
    text = f"{LETTERHEAD}{line}\n\nDear Ms. Roe:\n\nThe Criminal Division acknowledges receipt of your request.\n\n" \
           "Sincerely,\nFOIA Unit"
    assert letter_date(text) == date


@pytest.mark.parametrize("line", [
    # near misses: the other column says more than a reference (the day the request came in), or no gap parts them
    "December 10, 2026          Received: Request No. CRM-301718264",
    "December 10, 2026 we received Request No. CRM-301718264",
])
def test_a_date_beside_more_than_a_reference_is_not_the_letters(line: str) -> None:
    text = f"{LETTERHEAD}{line}\n\nDear Ms. Roe:\n\nThe Criminal Division acknowledges receipt of your request.\n\n" \
           "Sincerely,\nFOIA Unit"
    assert letter_date(text) is None
