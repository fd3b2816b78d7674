"""The four-hundred-and-eleventh held-out set: 14 letters (letters/heldout411) from fourteen federal departments and
agencies other than DHS and DOJ, across a request's whole life, in the formats they really send: a Postal Service
e-mail granting a newspaper's expedited processing of election-mail records; an IRS Disclosure Office letter asking a
lawyer to describe his request better and to send a power of attorney, with the 35-day close; a Federal Reserve Board
partial release (PDF) of a bank's supervisory correspondence under Exemptions 4, 5, 6 and 8; a VA medical center
e-mail confirming a request withdrawn by the requester; a NASA Johnson Space Center fee estimate in Word to a
commercial requester, a table of the fees and the 20 working days to commit; an EEOC district office denial of an open
charge file under Exemption 3 (Title VII sections 706(b) and 709(e)) and 7(A); an SBA first interim release of disaster
loan records under Exemptions 4 and 6; an FTC partial release (PDF) of a closed investigation under Exemption 3 (section
21(f) of the FTC Act), 4, 5, 6 and 7(C); a State Department e-mail with its second interim response attached as PDF,
counted in records and marked B1, B5 and B6; a Department of Energy acknowledgement denying expedited processing; a
DCAA full release in Word with a table of the memoranda; an NLRB FOIA Branch release of a closed case file under
Exemptions 5, 6, 7(C) and 7(D); a BOEM letter (PDF) closing a request whose fee estimate went unanswered; and an NRCS
denial of conservation program files under Exemption 3 (section 1619 of the 2008 Farm Bill) and 6. Written blind and
committed before the rules were run on them.

- c01-usps-expedite-granted.eml: USPS HQ FOIA Requester Service Center, 2027-FPRO-01263, received December 3, 2026,
  expedited processing granted under 39 CFR 265.5(e).
- c02-irs-clarification.txt: IRS Disclosure Office 7, case 2027-03118, received November 24, 2026, request does not
  reasonably describe the records; more information and Form 2848 or 8821 asked for within 35 days.
- c03-frb-final-partial.pdf: Federal Reserve Board, F-2027-00041, 97 pages, 52 in full, 31 in part, 14 withheld,
  Exemptions 4, 5, 6, 8.
- c04-va-withdrawn.eml: VA Palo Alto Health Care System, 27-01874-F, withdrawn at the requester's e-mail and closed.
- c05-nasa-jsc-fee-estimate.docx: NASA JSC, 27-JSC-F-00187, received November 30, 2026, commercial use, $1,218.00
  (a table), on hold until a commitment to pay within 20 working days.
- c06-eeoc-denied-open-charge.txt: EEOC Chicago District Office, FOIA 440-2027-000762 (charge 440-2026-04117), denied:
  Exemption 3 with 42 U.S.C. 2000e-5(b) and 2000e-8(e), and Exemption 7(A).
- c07-sba-interim-release.txt: SBA first interim response, SBA-2027-000814, 412 pages reviewed, 298 in full, 96 in
  part, 18 withheld, Exemptions 4, 6; next release about January 15, 2027.
- c08-ftc-final-partial.pdf: FTC Office of the General Counsel, FOIA-2027-00217, 236 pages, 112 in full, 61 in part,
  63 withheld, Exemptions 3 (15 U.S.C. 57b-2(f)), 4, 5, 6, 7(C).
- c09-state-interim-b-codes.eml: State Department second interim response (attached as PDF), F-2026-13097, 41
  records: 11 in full, 25 in part, 5 withheld (no page counts), B1, B5, B6, the exemption enclosure listing them all.
- c10-doe-ack-expedite-denied.txt: DOE Office of Public Information acknowledgement, HQ-2027-00561-F, received December
  9, 2026, expedited processing denied under 10 C.F.R. 1004.5(d)(6).
- c11-dcaa-final-full.docx: DCAA FOIA/PA Office, DCAA-FOIA-2027-0031, six memoranda, 46 pages released in full (a
  table).
- c12-nlrb-final-partial.txt: NLRB FOIA Branch, NLRB-2027-000418, closed case file 19-CA-301182, 168 pages, 101 in
  full, 52 in part, 15 withheld, Exemptions 5, 6, 7(C), 7(D).
- c13-boem-closed-fee-unpaid.pdf: BOEM Gulf of America Region, DOI-BOEM-2027-000312, closed administratively: no
  answer to the $486.00 fee estimate of November 9, 2026.
- c14-nrcs-denied-section-1619.txt: NRCS Iowa State Office, 2027-NRCS-00418-F, denied in full under Exemption 3 (7
  U.S.C. 8791(b)(2)) and Exemption 6.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- c01 USPS expedite grant: the Postal Service's FOIA handbook AS-353 (writing the response, adverse determinations,
  expedited processing), https://about.usps.com/handbooks/as353/as353c4_036.htm and
  http://about.usps.com/handbooks/as353/as353add_003.htm, and the requester guidance on expedited processing,
  http://support.postagewizard.com/kb/a2076/how-does-the-usps-respond-to-a-foia-request.aspx
- c02 IRS clarification: 26 C.F.R. 601.702 (requests that must reasonably describe the records, return information),
  http://laws9.com/cfr/text/26/601/702, and the IRS FOIA guidelines (Disclosure Offices),
  https://www.readkong.com/page/freedom-of-information-act-foia-guidelines-7209969
- c03 Federal Reserve Board partial release: 12 C.F.R. part 261 (Exemption 8, confidential supervisory information,
  appeals within 90 days), https://govinfo.gov/content/pkg/FR-2020-09-15/html/2020-18806.htm and
  https://frrsdigital.com/display-related-section/GUID-DFCAEAE5-72E8-4F96-87A3-5ECABD66F09A=1=en=/GUID-5A6B34BF-9AFB-4ECE-BDC1-C93D09800B4C=1=en=/GUID-B5DD26A0-D92F-4FA1-9C61-306D0D85EAB6.html
- c04 VA withdrawal: the VA's FOIA regulations (38 C.F.R. 1.550 to 1.562) and the withdrawal letters of earlier sets,
  https://www.law.cornell.edu/cfr/text/38/1.556
- c05 NASA fee estimate: 14 C.F.R. 1206.504 ("the request shall be placed on hold ... within 20 working days ... closed
  without further notification"), https://www.law.cornell.edu/cfr/text/14/1206.504, and the final rule,
  http://www.gpo.gov/fdsys/pkg/FR-2014-08-11/html/2014-18770.htm
- c06 EEOC denial: EEOC's questions and answers on charge files (Exemption 7(A) before the investigation ends; sections
  706(b) and 709(e) of Title VII for members of the public), http://www1.eeoc.gov/eeoc/foia/qanda_foiacharge.cfm?renderforprint=1
  and https://foiaadvisor.com/blog/2019/6/28/qampa, and the FOIA reference guide,
  http://www1.eeoc.gov/eeoc/foia/handbook.cfm
- c07 SBA interim release: 13 C.F.R. part 102 and the interim letters of earlier sets,
  https://www.law.cornell.edu/cfr/text/13/102.2
- c08 FTC partial release: 16 C.F.R. 4.11 (appeals to the General Counsel) and section 21(f) of the FTC Act,
  https://www.law.cornell.edu/cfr/text/16/4.11 and https://www.law.cornell.edu/uscode/text/15/57b-2
- c09 State interim response: the Office of Information Programs and Services' production letter ("As we noted in our
  letter dated ..., we are processing your request ... Upon review, we have determined that the record may be released
  in part", and its enclosure of exemptions with the 1.4 categories),
  https://www.scribd.com/document/723967581/CU-v-State-FOIA-Production-COVID-Origins-March-2024, and the Department's
  annual report (IPS), https://cupdf.com/document/us-department-of-state-holdings-including-classified-and-other-sensitive-material.html
- c10 DOE acknowledgement and expedite denial: 10 C.F.R. 1004.5 (expedited processing; appeals to the Office of
  Hearings and Appeals), https://www.law.cornell.edu/cfr/text/10/1004.5
- c11 DCAA full release: 32 C.F.R. part 286 (DoD FOIA program, fees), https://www.law.cornell.edu/cfr/text/32/286.12
- c12 NLRB release: 29 C.F.R. 102.117 (appeals to the Division of Legal Counsel within 90 days),
  https://www.law.cornell.edu/cfr/text/29/102.117, and the NLRB closed case file releases of earlier sets.
- c13 BOEM closure: the Department of the Interior's FOIA regulations, 43 C.F.R. part 2 (fee estimates; a request
  not processed further until the requester agrees to pay), https://www.law.cornell.edu/cfr/text/43/part-2, and the
  administrative closures of earlier sets.
- c14 NRCS denial: NRCS's FOIA page on section 1619 of the Farm Bill under Exemption 3,
  https://webarchive.library.unt.edu/web/20170124192014/https://www.nrcs.usda.gov/wps/portal/nrcs/detailfull/national/about/?cid=stelprdb1186374
  and an NRCS Exemption 3 denial as reported,
  http://wildbirdsbroadcasting.blogspot.com/2016/04/nrcs-avoids-public-disclosure-of.html

Sealed measurement: written blind on a branch of its own and kept out of the rules' reach while the round's fixes were
made, then scored once after them, at 2bd8c2cf: 8 of 14 fully right. Wrong were:
- c03 (c03-frb-final-partial.pdf): exemptions ['(b)(2)', '(b)(4)', '(b)(5)', '(b)(6)', '(b)(8)'] != ['(b)(4)', '(b)(5)',
  '(b)(6)', '(b)(8)']
- c06 (c06-eeoc-denied-open-charge.txt): exemptions ['(b)(3) 42 U.S.C. § 2000e-5(b)', '(b)(7)(A)'] != ['(b)(3) 42 U.S.C.
  § 2000e-5(b)', '(b)(3) 42 U.S.C. § 2000e-8(e)', '(b)(7)(A)']
- c08 (c08-ftc-final-partial.pdf): pages_released 112 != 173
- c09 (c09-state-interim-b-codes.eml): exemptions None != ['(b)(1)', '(b)(5)', '(b)(6)']
- c13 (c13-boem-closed-fee-unpaid.pdf): outcome 'withdrawn' != 'other'
- c14 (c14-nrcs-denied-section-1619.txt): exemptions ['(b)(3)', '(b)(6)'] != ['(b)(3) 7 U.S.C. § 8791(b)(2)', '(b)(6)']

Its expected value for c13 was then corrected, in a commit of its own, to the earlier sets' convention (a request
closed because the fee estimate went unanswered is logged as withdrawn, as heldout135 k08, heldout169 k02 and
heldout350 h03 and h14 log it), 9 of 14.

After general fixes (what was read, with the sentence quoted), 12 of 14:
- c03, a numbered item of the letter's own list after a citation is no exemption: "... exempt under exemption 5, 5
  U.S.C. § 552(b)(5); (2) information about the bank's financial condition exempt under exemptions 4 and 8; and (3)
  ..." (the "(2)" follows the "(1)" that opened an earlier item, and opens words, not a code);
- c06, sections of one title under a double section sign are each an Exemption 3: "42 U.S.C. §§ 2000e-5(b) and
  2000e-8(e), which prohibit the Commission from making public charges of discrimination";
- c14, a statute that forbids the office to disclose, the office named between, is the one Exemption 3 rests on when
  the letter applies Exemption 3 to it by name in a later sentence: "Section 1619 ..., codified at 7 U.S.C. §
  8791(b)(2), prohibits NRCS from disclosing information provided by an agricultural producer ..." and "Section 1619
  is a statute that qualifies under Exemption 3 of the FOIA, 5 U.S.C. § 552(b)(3)".

After general fixes (c08: the manner of a release told by the access it gives, before the count: "Of these, I am
granting full access to 112 pages and partial access to 61 pages, which are enclosed", 173 released; c09: the State
Department's exemption codes in brackets after what they withhold: "... sections 1.4(b) and 1.4(d) (B1), consists of
predecisional deliberative material (B5), or is personal information ... (B6)"), 14 of 14.
"""

from __future__ import annotations

import pytest
from intake_scoring import exemptions_in, pages_in, set_tests

from foiatrack.intake.exemptions import find_exemptions

SET = "heldout411"
# What the rules reached on this set when it was scored once, sealed (8); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


# --- A numbered item of the letter's own list is no exemption --------------------------------------------------------


@pytest.mark.parametrize(("sentence", "codes"), [
    # c03's wording: the next item "(2)" after an item's citation and a semicolon
    ("The redactions in the 31 pages released in part consist of (1) staff's preliminary analyses, which are exempt "
     "under exemption 5, 5 U.S.C. § 552(b)(5); (2) information about the bank's financial condition exempt under "
     "exemptions 4 and 8; and (3) the names of the bank's employees, exempt under exemption 6, 5 U.S.C. § 552(b)(6).",
     ["(b)(5)", "(b)(4)", "(b)(8)", "(b)(6)"]),
    ("The withheld material consists of (1) draft memoranda exempt under exemption 5, (2) contractor pricing exempt "
     "under exemption 4, and (3) names exempt under exemption 6.", ["(b)(5)", "(b)(4)", "(b)(6)"]),
    ("We withheld (1) memoranda under (b)(5); and (2) names of employees under (b)(6).", ["(b)(5)", "(b)(6)"]),
    # The near misses: a list of exemptions after a semicolon or comma, no numbered item before it
    ("The information was withheld under (b)(5); (6) and (7)(C).", ["(b)(5)", "(b)(6)", "(b)(7)(C)"]),
    ("The information was withheld under (b)(1) and (2) of the FOIA.", ["(b)(1)", "(b)(2)"]),
    ("The withholdings rest on (1) exemption (b)(5), (6) and (7)(C) of the FOIA.", ["(b)(5)", "(b)(6)", "(b)(7)(C)"]),
])
def test_a_numbered_item_after_a_citation_is_no_exemption(sentence: str, codes: list[str]) -> None:
    # (which codes, not their order: the event puts them in the law's)
    assert sorted(find_exemptions(sentence)) == sorted(codes)


# --- Sections of one title under a double section sign, each its own Exemption 3 -------------------------------------


@pytest.mark.parametrize(("sentence", "codes"), [
    # c06's wording: the title said once, "§§", two sections
    ("In addition, the file is withheld under FOIA Exemption 3, 5 U.S.C. § 552(b)(3), in conjunction with Sections "
     "706(b) and 709(e) of Title VII of the Civil Rights Act of 1964, as amended, 42 U.S.C. §§ 2000e-5(b) and "
     "2000e-8(e), which prohibit the Commission from making public charges of discrimination.",
     ["(b)(3) 42 U.S.C. § 2000e-5(b)", "(b)(3) 42 U.S.C. § 2000e-8(e)"]),
    ("The records are withheld under Exemption 3 in conjunction with 42 U.S.C. §§ 1306, 1307 and 1309.",
     ["(b)(3) 42 U.S.C. § 1306", "(b)(3) 42 U.S.C. § 1307", "(b)(3) 42 U.S.C. § 1309"]),
    ("The returns are withheld under Exemption 3 in conjunction with 26 U.S.C. §§ 6103 and 6105, and Exemption 6.",
     ["(b)(3) 26 U.S.C. § 6103", "(b)(3) 26 U.S.C. § 6105", "(b)(6)"]),
    # The near misses: one section sign is one section; a number of something else is no section
    ("The file is withheld under Exemption 3 in conjunction with 42 U.S.C. § 2000e-5(b) and 2000e-8(e).",
     ["(b)(3) 42 U.S.C. § 2000e-5(b)"]),
    ("The file is withheld under Exemption 3 in conjunction with 42 U.S.C. §§ 2000e-5(b) and 8 pages are released.",
     ["(b)(3) 42 U.S.C. § 2000e-5(b)"]),
    ("The file is withheld under Exemption 3 in conjunction with 42 U.S.C. §§ 2000e-5(b) and 12 U.S.C. § 1828(x).",
     ["(b)(3) 42 U.S.C. § 2000e-5(b)", "(b)(3) 12 U.S.C. § 1828(x)"]),
])
def test_sections_of_one_title_are_each_an_exemption_3(sentence: str, codes: list[str]) -> None:
    assert find_exemptions(sentence) == codes


# --- A statute that forbids the office to disclose, the office named between, is Exemption 3's -----------------------


@pytest.mark.parametrize("bar", [
    # c14's wording: the statute in a sentence of its own, Exemption 3 applied to it by name in the next
    "prohibits NRCS from disclosing information provided by an agricultural producer",
    "bars the Service from releasing information provided by an agricultural producer",
    "forbids the Department from making public information provided by an agricultural producer",
])
def test_a_statute_forbidding_the_office_to_disclose_is_exemption_3s(bar: str) -> None:
    body = (f"Section 1619 of the Food, Conservation, and Energy Act of 2008, codified at 7 U.S.C. § 8791(b)(2), "
            f"{bar}. Section 1619 is a statute that qualifies under Exemption 3 of the FOIA, 5 U.S.C. § 552(b)(3), "
            "and we therefore have no discretion to release the records. Your request is denied.")
    assert exemptions_in(body) == ["(b)(3) 7 U.S.C. § 8791(b)(2)"]


@pytest.mark.parametrize("no_bar", [
    # The near misses: a bar denied, and one on the requester
    "does not prohibit NRCS from disclosing aggregate data by county",
    "prohibits you from publishing the data of individual producers",
])
def test_a_bar_denied_or_on_the_requester_names_no_statute(no_bar: str) -> None:
    body = (f"Section 1619 of the Food, Conservation, and Energy Act of 2008, codified at 7 U.S.C. § 8791(b)(2), "
            f"{no_bar}. In addition, the records are withheld under Exemption 3 of the FOIA, 5 U.S.C. § 552(b)(3), and "
            "Exemption 6. Your request is denied.")
    assert exemptions_in(body) == ["(b)(3)", "(b)(6)"]


# --- The manner of a release told by the access it gives, before the count -------------------------------------------


@pytest.mark.parametrize(("sentence", "released"), [
    # c08's wording
    ("Of these, I am granting full access to 112 pages and partial access to 61 pages, which are enclosed.", 173),
    ("We are granting you complete access to 50 pages and limited access to the remaining 30 pages.", 80),
    ("The Commission grants partial access to 61 pages and full access to 12 pages.", 73),
])
def test_full_and_partial_access_to_pages_both_release_them(sentence: str, released: int) -> None:
    assert pages_in(sentence).pages_released == released


def test_access_denied_to_pages_is_still_a_withholding() -> None:
    # The near miss: access refused, not given in part
    counts = pages_in("The Commission is denying access to 10 pages in their entirety.")
    assert (counts.pages_released, counts.withheld_full) == (None, 10)


# --- The State Department's exemption codes in brackets ("B1", "B5", "B6") -------------------------------------------


@pytest.mark.parametrize(("withheld", "codes"), [
    # c09's wording
    ("Information withheld from the 25 records released in part is properly classified in the interest of foreign "
     "relations under Executive Order 13526, sections 1.4(b) and 1.4(d) (B1), consists of predecisional deliberative "
     "material (B5), or is personal information the release of which would constitute a clearly unwarranted invasion "
     "of personal privacy (B6).", ["(b)(1)", "(b)(5)", "(b)(6)"]),
    ("The material withheld is law enforcement information (b7C) and personal information (b6).",
     ["(b)(6)", "(b)(7)(C)"]),
])
def test_a_bracketed_exemption_code_after_what_it_withholds_is_read(withheld: str, codes: list[str]) -> None:
    body = f"Upon review, we have determined that 11 records may be released in full and 25 in part. {withheld}"
    assert sorted(set(exemptions_in(body))) == codes


@pytest.mark.parametrize("withheld", [
    # The near misses: a section's lettered part, and a list item, are no exemption codes
    "Information was withheld under sections 1.4(b) and 1.4(d) of the order.",
    "Information was withheld as described in paragraph (b) 6 of the enclosure.",
])
def test_a_lettered_part_in_brackets_is_no_exemption_code(withheld: str) -> None:
    body = f"Upon review, we have determined that 11 records may be released in full and 25 in part. {withheld}"
    assert exemptions_in(body) == []
