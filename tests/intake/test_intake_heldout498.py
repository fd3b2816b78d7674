"""The four-hundred-and-ninety-eighth held-out set: 14 letters (letters/heldout498) from federal offices across
government under the federal FOIA, four of them after the first answer: a Centers for Medicare & Medicaid Services
acknowledgement giving the day it received the request and the day it expects to answer; a Federal Law Enforcement
Training Centers e-mail denying a fee waiver and estimating $318.00 in an itemized table; an Antitrust Division final
response (PDF) releasing 367 pages and withholding 45 under Exemption 3 with the Hart-Scott-Rodino confidentiality
statute, 15 U.S.C. 18a(h), and Exemptions 4, 5, 6 and 7(C); a Defense Logistics Agency first interim response in Word
with a table of records, pages, actions and exemptions; a Fish and Wildlife Service "no records" response with the
search described; a Mine Safety and Health Administration e-mail releasing 53 pages in full; an Office of the
Comptroller of the Currency denial (PDF) withholding 184 pages under Exemptions 4 and 8; a Federal Trade Commission
acknowledgement taking 10 more working days for unusual circumstances; a Department of Labor Office of the Solicitor
e-mail acknowledging an appeal of a Wage and Hour Division response; a Department of Health and Human Services appeal
decision in Word upholding Exemption 4 on an NIH request and reversing Exemption 5, releasing 14 pages; a Department
of the Interior Office of the Solicitor decision affirming the Park Service's Exemption 5 withholdings; a Defense
Contract Audit Agency supplemental response after an appeal remand (scanned PDF), 31 pages released and 7 withheld; a
Treasury Inspector General for Tax Administration acknowledgement denying expedited processing; and a Nuclear
Regulatory Commission letter (PDF) asking whether the requester is still interested. Written blind and committed
before the rules were run on them.

- p01-cms-ack-estimated-completion.txt: CMS Freedom of Information Group, control number 112320267144 received
  November 23, 2026, response anticipated by February 26, 2027 (the request's survey dates are 2024 to 2026).
- p02-fletc-fee-waiver-denied-estimate.eml: FLETC, FOIA 2027-FLFO-00017, fee waiver denied under 6 C.F.R. 5.11(k),
  estimate of $318.00 (search $252.00, duplication $66.00; the $25.00 threshold also named).
- p03-atr-final-partial-hsr.pdf: Antitrust Division FOIA/PA Unit, ATFY26-311, 412 pages reviewed, 288 in full and 79
  in part released (367), 45 withheld, (b)(3) 15 U.S.C. 18a(h), (b)(4), (b)(5), (b)(6), (b)(7)(C); OIP appeal.
- p04-dla-first-interim-table.docx: DLA, FOIA case DLA-2026-00873, first interim response, a table of four groups of
  records and a total row: 259 pages released (121 with redactions), 22 withheld, (b)(4), (b)(5), (b)(6).
- p05-fws-refuge-no-records.txt: Fish and Wildlife Service, FWS-2027-00164 ("In Reply Refer To"), no records after a
  described search of Sabine National Wildlife Refuge's files; appeal to the Department's Appeals Officer.
- p06-msha-final-full.eml: Department of Labor, MSHA, 2027-F-00942, 53 pages (34 and 19) released in full, no fees.
- p07-occ-denied-exemption-8.pdf: OCC Disclosure Services, #2027-00063-FOIA, 184 pages withheld in full under (b)(4)
  and (b)(8) (with 12 C.F.R. 4.36 named as the OCC's own rule); appeal to the Chief Counsel.
- p08-ftc-ack-unusual-circumstances.txt: FTC, FOIA-2027-00281 received December 15, 2026, 10 more working days under
  5 U.S.C. 552(a)(6)(B)(iii) and 16 C.F.R. 4.11.
- p09-dol-sol-appeal-ack-whd.eml: DOL Office of the Solicitor (MALS), appeal 2027-A-00058 of WHD request
  2026-F-11873, received December 18, 2026 (the appeal letter dated December 16 and WHD's response of November 24).
- p10-hhs-appeal-nih-in-part.docx: HHS, Appeal No. 2026-00418-A-PHS on NIH FOIA Case No. 61873, granted in part: the
  (b)(4) withholdings upheld, (b)(5) reversed and 14 pages released with (b)(6) redactions, (b)(6) not appealed; a
  table of the decision on each exemption.
- p11-doi-sol-appeal-nps-affirmed.txt: Interior Office of the Solicitor, FOIA Appeal No. 2027-021 on NPS-2026-01927,
  denied: Exemption 5 (deliberative process and attorney-client) upheld; Exemption 6 not challenged.
- p12-dcaa-supplemental-after-remand-scanned.pdf: DCAA, DCAA-FOIA-2026-0119 with its appeal 2027-AP-004 in the
  reference block, supplemental response after remand: 31 pages released with redactions, 7 withheld, (b)(4), (b)(6).
- p13-tigta-ack-expedite-denied.txt: TIGTA Disclosure Branch, 2027-FOI-00087 received January 7, 2027, expedited
  processing denied (news media, no urgency shown).
- p14-nrc-still-interested.pdf: NRC, FOIA/PA request NRC-2026-000391, asked whether still interested and invited to
  narrow, closed after 30 calendar days without an answer; page 2 headed with the name and number.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- p01 CMS acknowledgement: CMS's FOIA processing page (tracking number, first-in first-out, 20 working days),
  https://webarchive.library.unt.edu/eot2008/20080916040027/http:/www.cms.hhs.gov/FOIA/03_process.asp, CMS's FOIA
  FAQs, https://www.cms.gov/Regulations-and-Guidance/Legislation/FOIA/About/CMS-FOIA-FAQs, and the HHS FOIA rule's
  fee categories, https://regulations.vlex.com/vid/freedom-of-information-regulations-652056285
- p02 FLETC fee waiver and estimate: the DHS FOIA regulations at 6 C.F.R. Part 5 (5.11(e) notice of fees above $25,
  5.11(k) fee waiver factors), https://regulations.justia.com/regulations/fedreg/2016/11/22/2016-28095.html and
  https://govregs.com/regulations/expand/title6_chapterI_part5_subpartA_section5.7
- p03 Antitrust Division final response: the Division Manual's chapter on information requests and confidentiality of
  HSR material, https://docslib.org/doc/207618/antitrust-division-manual-fifth-edition-chapter-vii and
  https://webarchive.library.unt.edu/eot2008/20090508141627/http:/www.usdoj.gov/atr/public/divisionmanual/chapter3.htm,
  and DOJ components' stock exclusion, OGIS and OIP appeal paragraphs
- p04 DLA interim response: the DoD FOIA program rule, 32 C.F.R. Part 286 (DLA as its own appellate authority, appeals
  within 90 calendar days), https://law.lawstack.com/laws/32-cfr_s_286-11_processing-of-appeals and
  http://regulations.vlex.com/vid/dod-freedom-of-information-657517793
- p05 FWS no records: the Interior FOIA appeal practice (appeals to the FOIA/Privacy Act Appeals Officer, MS-6556),
  https://www.yumpu.com/en/document/view/26021475/february-2-2007-attn-foia-appeals-officer-department-of-the-
- p06 MSHA release: the Department of Labor FOIA rule at 29 C.F.R. Part 70 (fees, appeals to the Solicitor of Labor),
  https://regulations.vlex.com/vid/revision-of-foia-regulations-660594233 and
  https://checkoutapi.com/regulations/expand/title29_part70_subpartA_section70.4
- p07 OCC denial: the OCC's FOIA rule, 12 C.F.R. Part 4,
  https://chanrobles.com/usa/uslaws/cfr/title12/12-1.0.1.1.4.2.php and
  http://www.gpo.gov/fdsys/pkg/FR-2016-12-23/html/2016-30725.htm, an OCC withholding of a whole set of pages under
  Exemptions 5 and 8, https://cetient.com/case/4555328/the-james-madison-project-v-department-of-the-treasury,
  and Exemption 8's scope,
  https://www.acus.gov/recommendation/application-and-modification-exemption-8-freedom-information-act
- p08 FTC unusual circumstances: 16 C.F.R. 4.11 and the FTC's FOIA practice in court records,
  https://cetient.com/case/2667616/carter-fullerton-and-hayes-lcc-v-federal-trade-commission
- p09 DOL appeal acknowledgement: 29 C.F.R. 70.22 and the Solicitor's Division of Management and Administrative Legal
  Services, http://federal.elaws.us/fr/citation/2017-00453 and https://osha.gov/laws-regs/federalregister/2006-05-30
- p10 HHS appeal decision: the HHS FOIA rule (Deputy Agency Chief FOIA Officer decides appeals),
  https://regulations.vlex.com/vid/freedom-of-information-regulations-652056285, NIH grant records under Exemptions 4
  and 6, https://supreme.justia.com/cases/federal/district-courts/district-of-columbia/dcdce/1:2021cv00642/228624/57/
  and https://print.casetext.com/case/empower-oversight-whistleblowers-research-v-natl-institutes-of-health
- p11 Interior appeal decision: an appeal to Interior's Appeals Officer on Exemption 5 withholdings,
  https://www.yumpu.com/en/document/view/26021475/february-2-2007-attn-foia-appeals-officer-department-of-the-, and
  the Department's deliberative-process withholdings in http://casetext.com/case/sierra-club-v-us-department-of-interior
- p12 DCAA supplemental response: 32 C.F.R. 286.11 (DCAA as its own appellate authority),
  https://law.lawstack.com/laws/32-cfr_s_286-11_processing-of-appeals, and 32 C.F.R. 286.24 on appeals,
  https://chanrobles.com/usa/uslaws/cfr/title32/32-2.1.1.2.56.5.1.3.php
- p13 TIGTA expedite denial: the Treasury FOIA rule, 31 C.F.R. Part 1 (1.4(e) expedited processing),
  https://regulations.justia.com/regulations/fedreg/2019/02/27/2019-03320.html and http://laws9.com/cfr/text/31/1/5
- p14 NRC still-interested letter: 10 C.F.R. 9.23 (clarification), https://www.lexfed.com/cfr/10/i/9/a/9-23, the NRC
  FOIA desk guide (administrative closures, need for clarification), https://kanterella.com/ML25099A105, and NRC
  acknowledgement and response forms, https://kanterella.com/ML11311A124 and https://kanterella.com/ML25190A552

Sealed measurement: written blind on a branch of its own and kept out of the rules' reach while the round's fixes were
made, then scored once after them, at 7d2fd9b5: 13 of 14 fully right. Wrong were:
- p12 (p12-dcaa-supplemental-after-remand-scanned.pdf): exemptions ['(b)(4)'] != ['(b)(4)', '(b)(6)']
After a general fix (a list of the FOIA's paragraphs, each with what it covers after it, kept going past one sentence
more of an item when the next item follows it: "(b)(4) Confidential commercial ... ." / "Meridian ... objected to
release of its rates and computations." / "(b)(6) Names, employee identification numbers ..."), 14 of 14: p12 right.
"""

from __future__ import annotations

import pytest
from intake_scoring import exemptions_in, set_tests

SET = "heldout498"
# What the rules reached on this set when it was scored once, sealed (13); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


# --- A list of the FOIA's paragraphs, each with what it covers after it, an item going on for a sentence (p12) --------

_LEAD = ("The withheld portions are withheld under the following exemptions of the FOIA, 5 U.S.C. § 552:\n\n"
         "(b)(4) Confidential commercial or financial information submitted by the contractor. {more}\n\n"
         "(b)(6) Names and salaries of contractor employees.\n\n"
         "The 31 released pages are enclosed.\n")


@pytest.mark.parametrize("more", [
    "Meridian was consulted under Executive Order 12600 and objected to release of its rates.",  # p12
    "The submitter was given notice and an opportunity to object.",
    "The company asked in writing that its unit prices and indirect rates be withheld.",
])
def test_an_item_that_goes_on_for_a_sentence_keeps_the_list_going(more: str) -> None:
    assert exemptions_in(_LEAD.format(more=more)) == ["(b)(4)", "(b)(6)"]


def test_a_code_after_two_sentences_that_end_the_list_is_no_item() -> None:
    # Near miss: two sentences of no item after the list's last item end it; a line after them opening with a
    # paragraph of the Act is no ground this office applied.
    body = ("The withheld portions are withheld under the following exemption of the FOIA, 5 U.S.C. § 552:\n\n"
            "(b)(4) Confidential commercial or financial information submitted by the contractor.\n\n"
            "The 31 released pages are enclosed. You may appeal this response within 90 days.\n\n"
            "(b)(6) Names and salaries of contractor employees, if any, may be asked for in a new request.\n")
    assert exemptions_in(body) == ["(b)(4)"]
