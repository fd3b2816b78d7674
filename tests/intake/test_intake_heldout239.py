"""The two-hundred-and-thirty-ninth held-out set: 14 letters (letters/heldout239), long final determinations with page
counts stated several ways and exemption schedules, and the everyday letters around them; seven federal and seven
from state agencies of six states: an FBI FOIPA release (PDF) with its grid of exemption check boxes ("418 pages were
reviewed and 351 pages are being released") and pages referred to another agency; a DEA determination with a table of
pages reviewed, released in full, in part, withheld and referred and an enclosed list of exemptions marked in their
blocks; a Department of State final response (PDF) counting records, not pages, with its enclosure explaining every
FOIA exemption; an ICE final response e-mail with the letter attached (1,286 pages found, non-responsive and referred
pages set aside, pages released in their entirety, in part and withheld, exemptions named in reverse order); a CBP
SecureRelease acknowledgement invoking the ten-day extension; a Department of the Army final response in Word with a
per-item table of pages, action and exemption; a DOJ Office of Information Policy appeal decision remanding a DEA
request; a Washington Department of Corrections fourth and final installment in Word with its exemption log; a
Pennsylvania State Police Right-to-Know final response (PDF) listing each record with its exemption; a Michigan State
Police FOIA response with the page counts in words; an Illinois State Police FOIA response e-mail listing each
document with the section of 5 ILCS 140/7 applied; a Georgia Bureau of Investigation three-business-day response with
a timeline and a cost estimate; a Massachusetts State Police ten-business-day response extending the time and
estimating the fee; and an ICE appeal acknowledgement e-mail. Committed before the rules were run on them.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- i01 FBI release: the FBI FOIPA letters quoted on MuckRock ("The enclosed documents were reviewed under the
  Freedom of Information/Privacy Acts", the boxes under Section 552 and 552a, "N pages were reviewed and N pages are
  being released", OGA referral boxes, appeal to OIP within ninety days),
  https://muckrock.com/foi/united-states-of-america-10/narafbi-fpotus-records-referenced-in-sd-florida-case-no-922-mj-08332-expedited-federal-bureau-of-investigation-133095
  and https://www.fbi.gov/foia/foia-pa-terms
- i02 DEA determination: DEA's own description of its determination letter ("Each exemption utilized or applied
  will have a check mark in its respective block", "the number of pages reviewed with a breakdown of pages withheld
  and/or released. If pages were referred ... these will be listed as well"), https://dea.gov/es/foia/what-happens-after
- i03 State final response: Department of State letters (Case No. F-YYYY-NNNNN; "Where we have made redactions, the
  applicable FOIA exemptions are marked", "An enclosure explains the FOIA exemptions", the enclosure listing (b)(1) to
  (b)(9)), https://www.scribd.com/document/723967581/CU-v-State-FOIA-Production-COVID-Origins-March-2024 and
  https://fr.scribd.com/document/356208139/DoS-FOIA-Response
- i04 ICE final response: the DHS final response formula ("N pages will be released in their entirety, N pages will
  be released in part, and N pages will be withheld in their entirety pursuant to Title 5 U.S.C. § 552"),
  https://docslib.org/doc/3095698/homeland-security-washington-dc-20528 , and the ICE letters of earlier sets.
- i05 CBP acknowledgement: the DHS acknowledgement formula shared by ICE and CBP ("the FOIA does permit a 10-day
  extension of this time period", "We will construe the submission of your request as an agreement to pay up to
  $25.00"), http://noneinc.com/tBSWM/tBSWM_FOIA/tBSWM-FOIA_ICE-20101021_1of2.txt
- i06 Army final response: AR 25-55 (Initial Denial Authority, appeal to the Secretary of the Army through the IDA,
  Office of the General Counsel), https://vdocuments.net/information-management-the-department-of-the-army-freedom-requests-from-government.html
  and https://www.amcom.army.mil/FOIA/Exemptions-and-Denials/
- i07 OIP remand: OIP appeal decisions of earlier sets ("After carefully considering your appeal, I am remanding your
  request to DEA for a further search", "You may appeal any future adverse determination"), and the appeal to OIP on
  https://dea.gov/es/foia/what-happens-after
- i08 Washington DOC final installment: WAC 44-14-04004 (closing letter, installments),
  https://app.leg.wa.gov/wac/default.aspx?cite=44-14-04004 , WAC 44-06-085 (estimate of when an installment will be
  available), https://lawfilesext.leg.wa.gov/Law/WACArchive/2022/htm/WAC%20%2044%20%20TITLE/WAC%20%2044%20-%2006%20%20CHAPTER/WAC%20%2044%20-%2006%20-085.htm
  and the exemption log of RCW 42.56.210(3).
- i09 Pennsylvania State Police: the OOR appeal notice (15 business days, the three things to send),
  https://centrecountypa.nextrequest.com/faqs and http://pafoic.org/right-to-know-request-and-appeals-process/ , and
  Management Directive 205.36, http://www.osfc.pa.gov/About%20OSFC/Public%20Information/Right%20To%20Know/Pages/Management-Directive.aspx
- i10 Michigan State Police: MCL 15.235(2) (granted in part and a written notice denying in part, one ten-day
  extension) and MCL 15.240 (appeal to the head of the public body or the Court of Claims within 180 days),
  https://print.casetext.com/statute/michigan-compiled-laws/chapter-15-public-officers-and-employees/freedom-of-information-act/section-15235-request-to-inspect-or-receive-copy-of-public-record-response-to-request-failure-to-respond-damages-contents-of-notice-denying-request-signing-notice-of-denial-notice-extending-period-of-response-action-by-requesting-person-law-enforcement-records-management-system-alternate-responses
- i11 Illinois State Police: the denial notice a public body must give (PAC review within 60 days, judicial review),
  https://il-batavia.civicplus.com/919/Denied-Request and
  https://law.cornell.edu/regulations/illinois/Ill-Admin-Code-tit-2-SS-1531.425
- i12 Georgia GBI: O.C.G.A. § 50-18-71(b)(1)(A) (three business days, a description and a timeline), (c)(1) (the
  lowest paid employee's hourly rate, no charge for the first quarter hour), (d) (notice of costs over $25),
  https://law.justia.com/codes/georgia/2020/title-50/chapter-18/article-4/section-50-18-71/ and https://forsythpl.org/open-records
- i13 Massachusetts State Police: 950 CMR 32.06 (written response by the tenth business day) and the fee rules
  ($25 an hour, the first four hours free for agencies),
  https://www.law.cornell.edu/regulations/massachusetts/950-CMR-32-06 and
  https://www.sec.state.ma.us/pre/prepetitions/petitionsidx.htm
- i14 ICE appeal acknowledgement: ICE's appeal numbers (YYYY-ICAP-NNNNN) and OPLA's Government Information Law
  Division as in earlier sets; no new page found in the time available.

Blind score: 10 of 14 fully right, and 14 of 14 matched to its request by its number. Wrong were:
- i01 (FBI release, PDF): 67 pages withheld worked out by subtraction from "418 pages were reviewed and 351 pages are
  being released.", though the letter never says the rest is withheld in full (the box "This information has been
  referred to the OGA(s) for review and direct response to you" is checked, and a deleted page information sheet
  only marks "where pages were withheld entirely"); no pages withheld should be logged.
- i02 (DEA determination): a bare "(b)(7)" among the exemptions, taken from the enclosed explanation "(b)(7) Records
  or information compiled for law enforcement purposes, but only to the extent that ... (C) ...; (D) ...; (F) ...",
  whose subparagraphs are the exemptions marked in the blocks ("[X] (b)(7)(C)  [X] (b)(7)(D)", "[X] (b)(7)(F)").
- i03 (Department of State final response, PDF): every exemption of the enclosure "The Freedom of Information Act (5
  USC 552) FOIA Exemptions" ((b)(2), (b)(3), (b)(4), (b)(8), (b)(9) too), instead of those the letter applied:
  "Information has been withheld under FOIA Exemptions 1, 5, and 6, 5 U.S.C. § 552(b)(1), (b)(5), and (b)(6)."
- i08 (Washington DOC final installment, Word): "RCW 42.56.210(3)" among the exemptions, from "Under RCW
  42.56.210(3), the Department is required to identify the specific exemption and give a brief explanation of how it
  applies to each record withheld or redacted." (the duty to explain, not an exemption).
The expected value of i01 was wrong and was corrected after scoring: the letter's 67 pages withheld are what the
project logs for the FBI's "N pages were reviewed and N pages are being released" with its deleted page information
sheets, referral or not (sets 33, 120, 158, 178, 199 and 215 expect the same, and the FBI's sheets count referred pages
among the pages withheld); so i01 was in fact read right blind, the blind score above stays as recorded.
After general fixes (Exemption 7 named alone beside its lettered parts, "(b)(7)" with "(b)(7)(C)", is those parts; an
enclosed legend of every exemption under a title that is only a title, "FOIA Exemptions" / "(b)(1) Information
specifically authorized ...", ends the letter, also where the title runs into the first entry; a state's section cited
as the law that makes the office identify and explain its exemptions, "Under RCW 42.56.210(3), the Department is
required to identify the specific exemption", "as required by RCW 42.56.210(3)", is no exemption), 14 of 14.
"""

from __future__ import annotations

import pytest
from intake_scoring import exemptions_in, set_tests

SET = "heldout239"
# What the rules reach on this set now (blind: 10); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


@pytest.mark.parametrize(("body", "codes"), [
    # a form's marked blocks and its enclosed explanation of Exemption 7 with its lettered parts
    ("The processing of your request identified certain materials that will be released to you; 40 pages are "
     "released in part.\n\n[X] (b)(6)     [X] (b)(7)(C)     [X] (b)(7)(D)\n\n(b)(7) Records or information "
     "compiled for law enforcement purposes, but only to the extent that the production of such records (C) "
     "could reasonably be expected to constitute an unwarranted invasion of personal privacy; (D) could "
     "reasonably be expected to disclose the identity of a confidential source.", ["(b)(6)", "(b)(7)(C)", "(b)(7)(D)"]),
    ("We are releasing 12 pages in part. Information was withheld under Exemption 7, in particular Exemptions 7(C) and "
     "7(E).", ["(b)(7)(C)", "(b)(7)(E)"]),
    ("We are releasing 9 pages in part under FOIA Exemption (b)(7). The names of witnesses are withheld under "
     "Exemption (b)(7)(C).", ["(b)(7)(C)"]),
    # The near miss: Exemption 7 named alone stays.
    ("We are releasing 9 pages in part. Portions were withheld under Exemptions 6 and 7 of the FOIA.",
     ["(b)(6)", "(b)(7)"]),
])
def test_exemption_7_beside_its_lettered_parts_is_those_parts(body: str, codes: list[str]) -> None:
    assert exemptions_in(body) == codes


_LEGEND = ("(b)(1) Information specifically authorized by an executive order to be kept secret in the interest of "
           "national defense or foreign policy.\n(b)(2) Related solely to the internal personnel rules and practices "
           "of an agency\n(b)(4) Trade secrets and confidential commercial or financial information\n(b)(9) "
           "Geological and geophysical information and data, including maps, concerning wells")


@pytest.mark.parametrize(("body", "codes"), [
    ("The search retrieved 12 records; 5 may be released in part. Information has been withheld under FOIA Exemptions "
     f"1 and 6.\n\nEnclosure\n\nThe Freedom of Information Act (5 USC 552)\n\nFOIA Exemptions\n\n{_LEGEND}",
     ["(b)(1)", "(b)(6)"]),
    ("We are releasing 30 pages with redactions made under 5 U.S.C. § 552(b)(5) and (b)(6).\n\nExemptions of the "
     f"Freedom of Information Act:\n\n{_LEGEND}", ["(b)(5)", "(b)(6)"]),
    # ... the title run into the first entry, as a PDF's lines are read
    ("We are releasing 30 pages with redactions made under Exemption 4.\n\nFOIA Exemptions "
     f"{_LEGEND}", ["(b)(4)"]),
    # The near miss: a title over a form's marked boxes is no legend.
    ("We are releasing 30 pages with redactions.\n\nFOIA Exemptions\n\n[X] (b)(5)     [X] (b)(6)",
     ["(b)(5)", "(b)(6)"]),
])
def test_an_enclosed_legend_of_every_exemption_is_not_applied(body: str, codes: list[str]) -> None:
    assert exemptions_in(body) == codes


@pytest.mark.parametrize(("body", "codes"), [
    ("This installment consists of 20 pages, 4 released with redactions. Under RCW 42.56.210(3), the Department is "
     "required to identify the specific exemption and give a brief explanation of how it applies to each record "
     "withheld or redacted. Personal e-mail addresses of employees are redacted under RCW 42.56.250(4).",
     ["RCW 42.56.250(4)"]),
    ("We are releasing 20 pages with redactions. RCW 42.56.210(3) requires the agency to state the specific exemption "
     "authorizing the withholding. Home addresses were redacted under RCW 42.56.250(4).", ["RCW 42.56.250(4)"]),
    ("We are releasing 20 pages with redactions. The enclosed log identifies each exemption and explains how it "
     "applies, as required by RCW 42.56.210(3). Home addresses were redacted under RCW 42.56.250(4).",
     ["RCW 42.56.250(4)"]),
    # The near miss: the law that requires the withholding is the ground.
    ("We are releasing 20 pages with redactions. Under RCW 42.56.240(1), the Department is required to withhold "
     "specific intelligence information.", ["RCW 42.56.240(1)"]),
])
def test_the_law_that_makes_the_office_explain_its_exemptions_is_none(body: str, codes: list[str]) -> None:
    assert exemptions_in(body) == codes
