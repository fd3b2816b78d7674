"""The three-hundred-and-thirty-ninth held-out set: 14 letters (letters/heldout339) of the everyday kind from
fourteen federal offices outside the Departments of Homeland Security and Justice, in the formats they really send:
a FinCEN final response (PDF) withholding Geographic Targeting Order reports in full under the Bank Secrecy Act; a
Consumer Product Safety Commission partial release citing section 6(b)(5) of the CPSA; a USPTO partial release in
Word withholding quality reviews of unpublished applications under 35 U.S.C. 122(a); an NTSB first interim response
in Word with a page table and the cockpit voice recorder notes withheld under 49 U.S.C. 1114(c); a Bureau of
Reclamation no-records letter with the Interior appeal paragraph; an FAA acknowledgement placing a company in the
commercial fee category with a fee estimate; an EEOC district office e-mail (determination attached as PDF) releasing
a charge file in part to the charging party's lawyer; an APHIS second interim release by e-mail withholding premises
information under section 1619 of the 2008 Farm Bill; a Wage and Hour Division acknowledgement e-mail (letter in
Word) with the complex track, a ten-day extension and a fee waiver granted; an OCC e-mail acknowledging an appeal;
an HRSA partial release that refers CMS pages for direct response; a DOT Office of the General Counsel appeal
decision (PDF) affirming FRA's withholding under 49 U.S.C. 20118 and Exemption 5; a Federal Reserve Board partial
release (PDF) under Exemptions 4, 5 and 8; and an FNS acknowledgement with the complex track, a ten-day extension and
an estimated completion date. Written blind and committed before the rules were run on them.

- v01-fincen-denied-bsa.pdf: FinCEN final response, 212 pages withheld in full under Exemption 3 and 31 U.S.C. 5319.
- v02-cpsc-final-partial-6b.txt: CPSC final response, 143 pages released (119 in full, 24 in part), 18 withheld,
  Exemption 3 with 15 U.S.C. 2055(b)(5), Exemptions 4 and 6; other CPSA sections cited for notice, not withholding.
- v03-uspto-final-partial.docx: USPTO final response, 64 pages released, 31 withheld, 35 U.S.C. 122(a) and (b)(6).
- v04-ntsb-interim-release.docx: NTSB first interim response, table of 312 pages (251 in full, 37 in part, 24
  withheld), 49 U.S.C. 1114(c), Exemptions 4 and 6.
- v05-usbr-no-records.txt: Bureau of Reclamation California-Great Basin Region, no records located.
- v06-faa-ack-fee-estimate.txt: FAA acknowledgement, received November 16, 2026, commercial category, $2,016.00.
- v07-eeoc-charge-file-partial.eml: EEOC Chicago District Office charge file, 198 pages released, 19 withheld,
  Exemptions 5, 6 and 7(C); Section 706(b) named as a limit on further disclosure, not as a withholding.
- v08-aphis-interim-release.eml: APHIS second interim release, 437 pages released, 63 withheld, 7 U.S.C. 8791(b)(2),
  Exemptions 4 and 6.
- v09-dol-whd-ack-ext-waiver.eml: DOL Wage and Hour Division acknowledgement, received November 17, 2026, complex
  track, 10-working-day extension, fee waiver granted.
- v10-occ-appeal-ack.eml: OCC appeal acknowledgement, appeal 2027-00021-A received November 30, 2026.
- v11-hrsa-partial-referral-cms.txt: HRSA final response, 22 pages released with Exemption 6 redactions, 9 pages
  referred to CMS.
- v12-dot-ogc-appeal-affirmed-fra.pdf: DOT General Counsel appeal decision, FRA's withholding under 49 U.S.C. 20118
  and Exemption 5 affirmed; the initial release's page counts recalled as background.
- v13-frb-final-partial.pdf: Federal Reserve Board final response, 96 pages released, 40 withheld, Exemptions 4, 5
  and 8.
- v14-fns-ack-complex-extension.txt: FNS acknowledgement, received November 17, 2026, complex track, 10-working-day
  extension, estimated completion February 12, 2027.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- v01 FinCEN: the Disclosure Office's FOIA page (P.O. Box 39, Vienna; "a letter of acknowledgement will be sent"),
  https://fincen.gov/filing-foia-request, and the Exemption 3 withholding of GTO reports under 31 U.S.C. 5319 in
  Center for Investigative Reporting v. Treasury (N.D. Cal. 2021), https://www.studicata.com/summaries/united-states-
  district-court-northern-district-of-california/ctr-for-investigative-reporting-v-united-states-department-of-
  treasury-2021-h6hfs1
- v02 CPSC: the CPSC response letter to Public Citizen ("Thank you for your Freedom of Information Act ('FOIA')
  request to the U.S. Consumer Product Safety Commission ('Commission')", exemptions 3, 4 with sections 6(a)(2),
  6(b)(1), 6(b)(5) of the CPSA), http://www.citizen.org/congress/civjus/prod_liability/articles.cfm?ID=17881,
  https://www.citizen.org/article/cpsc-foia-appeal-2/ and 16 C.F.R. 1015.3,
  https://checkoutapi.com/regulations/16/1015.3
- v03 USPTO: 35 U.S.C. 122 as an Exemption 3 statute (Irons & Sears v. Dann; Lee Pharmaceuticals v. Kreps),
  https://print.casetext.com/case/irons-sears-v-dann, http://t.openjurist.org/577/f2d/610/lee-pharmaceuticals-v-m-
  kreps, USPTO FOIA denials with Exemption 6, http://www.mriplaw.com/blog/2015/7/28/freedom-of-information-act-foia-
  requests-at-the-uspto, and 37 C.F.R. part 102, https://www.uspto.gov/web/offices/com/sol/og/2020/week52/TOCCN/
  item-115.htm
- v04 NTSB: the NTSB's exemptions page ("Title 49 U.S.C. § 1114(c) prohibits the release of any CVR tape"),
  https://www.ntsb.gov/about/foia/Pages/foia_exemptions.aspx, and 49 C.F.R. part 801,
  https://thefederalregister.org/82-FR/58354
- v05 Bureau of Reclamation: the MuckRock thread with BOR's acknowledgement ("assigned tracking number
  BOR-2013-00245"), https://www.muckrock.com/foi/united-states-of-america-10/mou-and-moa-bureau-of-reclamation-lower-
  colorado-region-6671/, the no-records search in AquAlliance v. Bureau of Reclamation,
  https://app.midpage.ai/case/aqualliance-v-united-states-bureau-5132913, 43 C.F.R. 2.21,
  http://laws9.com/cfr/text/43/2/21, and the DOI appeal paragraphs of earlier sets.
- v06 FAA: the FAA fee-category page, http://www.faa.gov/foia/fee_category/, and the DOT fee rules as the FHWA
  states them (49 C.F.R. part 7; notice above $25), https://highways.dot.gov/foia/fhwa-foia-fees
- v07 EEOC: the EEOC FOIA reference guide and its charge-file questions and answers (District Director, first 100
  pages free, Section 83), http://www1.eeoc.gov/eeoc/foia/qanda_foiacharge.cfm?renderforprint=1 and
  https://webarchive.library.unt.edu/eot2008/20090813032955/http:/eeoc.gov/foia/hb-10.html
- v08 APHIS: APHIS final response letters ("Agency employees conducted a thorough search of their files and located
  54 pages"), https://vdocuments.net/aphis-appeal-w-exhibits.html, and the PETA appeal of an APHIS response,
  https://vdocument.in/via-e-mail-kevinasheaaphisusdagov-tonyagwoods-2-for-these-reasons.html
- v09 DOL WHD: 29 C.F.R. part 70 and the DOL acknowledgement letters of earlier sets (complex track, unusual
  circumstances, fee waiver factors).
- v10 OCC: 12 C.F.R. 4.15 and 4.18 (appeals, the Chief Counsel), http://www.law.cornell.edu/cfr/text/12/4.15 and
  https://chanrobles.com/usa/uslaws/cfr/title12/12-1.0.1.1.4.2.php
- v11 HRSA: the HHS FOIA annual report's list of operating divisions and appeal address (Suite 729H),
  https://www.criminallegalnews.org/news/publications/us-dept-of-health-and-human-services-fiscal-year-2024-foia-
  annual-report, and the HHS referral letters of earlier sets.
- v12 DOT OGC: 49 U.S.C. 20118 (railroad risk reduction records exempt from 5 U.S.C. 552),
  https://practice.cmmctraining.academy/cui-registry/railroad-safety-analysis-records/ and
  https://regulations.justia.com/regulations/fedreg/2011/05/09/2011-11141.html, and the appeal decisions of earlier
  sets.
- v13 Federal Reserve Board: 12 C.F.R. part 261 (exemptions including 8, confidential supervisory information),
  https://govinfo.gov/content/pkg/FR-2020-09-15/html/2020-18806.htm and
  https://frrsdigital.com/display-related-section/GUID-DFCAEAE5-72E8-4F96-87A3-5ECABD66F09A=1=en=/GUID-5A6B34BF-
  9AFB-4ECE-BDC1-C93D09800B4C=1=en=/GUID-B5DD26A0-D92F-4FA1-9C61-306D0D85EAB6.html
- v14 FNS: 7 C.F.R. 1.16 and the USDA acknowledgement letters of earlier sets (multi-track processing, unusual
  circumstances, estimated completion date).

Blind score (written before the rules were run on it): 12 of 14 fully right, and all 14 matched to their requests.
Wrong were:
- v03 (v03-uspto-final-partial.docx): exemptions ['(b)(3)', '(b)(6)'] != ['(b)(3) 35 U.S.C. § 122(a)', '(b)(6)'];
  the statute is named in the paragraph under the heading "Exemption (b)(3)": "Section 122(a) of the Patent Act, 35
  U.S.C. § 122(a), requires that applications for patents be kept in confidence by the USPTO".
- v09 (v09-dol-whd-ack-ext-waiver.eml): received None != '2026-11-17': "This letter acknowledges receipt of your
  Freedom of Information Act (FOIA) request submitted to the U.S. Department of Labor (DOL), Wage and Hour Division
  (WHD), on November 17, 2026."

After general fixes (the receipt of a request acknowledged with the day it was put in, the office it was put in to
named between: "acknowledges receipt of your FOIA request submitted to the U.S. Department of Labor (DOL), Wage and
Hour Division (WHD), on November 17, 2026"; the statute Exemption 3 rests on, named in the sentence after the
exemption, that keeps something "in confidence": "35 U.S.C. § 122(a), requires that applications for patents be kept
in confidence by the USPTO"), 14 of 14.
"""

from __future__ import annotations

import datetime as dt

import pytest
from intake_scoring import events_in, exemptions_in, set_tests

SET = "heldout339"
# What the rules reach on this set now (blind: 12); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


def _received(body: str) -> dt.date | None:
    return next((e.received for e in events_in(body, "November 19, 2026") if e.received), None)


@pytest.mark.parametrize(("body", "received"), [
    ("This letter acknowledges receipt of your Freedom of Information Act (FOIA) request submitted to the U.S. "
     "Department of Labor (DOL), Wage and Hour Division (WHD), on November 17, 2026.", dt.date(2026, 11, 17)),
    ("We acknowledge receipt of your FOIA request sent via FOIA.gov on November 16, 2026.", dt.date(2026, 11, 16)),
    ("This confirms receipt of your records request, filed with the Office of the Secretary on November 12, 2026.",
     dt.date(2026, 11, 12)),
    # The near miss: the day it was put in, and the day it came in told after.
    ("We acknowledge receipt of your request submitted to the Department on November 3, 2026, which was received in "
     "this office on November 9, 2026.", dt.date(2026, 11, 9)),
])
def test_the_receipt_of_a_request_put_in_to_an_office_on_a_day(body: str, received: dt.date) -> None:
    assert _received(body) == received


_B3_FIRST = ("We are withholding 31 pages in full. Exemption (b)(3) of the FOIA protects from disclosure information "
             "that is specifically exempted by another statute. ")


@pytest.mark.parametrize(("body", "expected"), [
    (_B3_FIRST + "Section 122(a) of the Patent Act, 35 U.S.C. § 122(a), requires that applications for patents be "
     "kept in confidence by the USPTO.", ["(b)(3) 35 U.S.C. § 122(a)"]),
    (_B3_FIRST + "Under 12 U.S.C. § 1828(x), such information is held in confidence by the Board.",
     ["(b)(3) 12 U.S.C. § 1828(x)"]),
    # The near miss: a statute named after the exemption that keeps nothing back.
    (_B3_FIRST + "The Patent Act, 35 U.S.C. § 122(b), provides for the publication of applications after eighteen "
     "months.", ["(b)(3)"]),
])
def test_a_statute_that_keeps_records_in_confidence_is_the_one_exemption_3_rests_on(
        body: str, expected: list[str]) -> None:
    assert exemptions_in(body) == expected


@pytest.mark.parametrize(("bar", "statute"), [
    # the statute the bar says the information was given under is where it came from, not the bar
    ("Section 6(b)(5) prohibits the Commission from disclosing information submitted to it under section 15(b) of the "
     "CPSA, 15 U.S.C. § 2064(b), unless the Commission has filed a complaint.", "15 U.S.C. § 2055(b)(5)"),
    ("The Act prohibits the disclosure of reports filed under 15 U.S.C. § 2064(b).", "15 U.S.C. § 2055(b)(5)"),
])
def test_exemption_3_rests_on_the_statute_the_sentence_applying_it_names(bar: str, statute: str) -> None:
    """A letter that names Exemption 3's statute by its act's section and its codified citation, then explains what
    the statute bars, rests Exemption 3 on the codified citation given with the exemption."""
    body = ("Information has been withheld under FOIA Exemption 3, 5 U.S.C. § 552(b)(3), in conjunction with section "
            "6(b)(5) of the Consumer Product Safety Act (\"CPSA\"), 15 U.S.C. § 2055(b)(5). " + bar)
    assert exemptions_in(body) == [f"(b)(3) {statute}"]
