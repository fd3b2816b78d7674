"""The four-hundred-and-eighty-eighth held-out set: 14 letters (letters/heldout488) from federal departments and
independent agencies other than DHS and DOJ, across a request's whole life, from less common offices, in the formats
they really send: a U.S. Southern Command Staff Judge Advocate's first interim release (PDF) withholding under
Exemptions 1, 3 (10 U.S.C. § 130b) and 6; a Federal Maritime Commission e-mail acknowledging a commercial requester's
request with a fee estimate; an Office of Special Counsel final answer in part on Hatch Act files; a Farm Credit
Administration no-records answer in Word; a Department of Energy Carlsbad Field Office acknowledgement of a transferred
request with a ten-working-day extension and a new completion date; an Office of Government Ethics e-mail acknowledging
a request and granting a fee waiver; a Navy Personnel Command release in full under a Navy serial line; a U.S. Agency
for Global Media acknowledgement granting expedited processing; a NASA Stennis Space Center denial in full of Space Act
Agreement test data (a scanned PDF); a VA Office of Accountability and Whistleblower Protection final answer in part
(PDF); an EPA Region 2 e-mail confirming a withdrawal; a National Endowment for the Humanities appeal decision
affirming Exemptions 5 and 6 for panelists' evaluations; an Export-Import Bank appeal decision in Word granted in part
(a table); and a Federal Mediation and Conciliation Service letter asking whether the requester is still interested.
Written blind and committed before the rules were run on them.

- u01-southcom-interim-release.pdf: USSOUTHCOM SJA, case 26-0187, first interim response: 214 pages, 121 in full, 59
  in part, 34 withheld, Exemptions (b)(1), (b)(3) 10 U.S.C. § 130b and (b)(6); next interim response about February
  26, 2027.
- u02-fmc-ack-fee-estimate.eml: FMC Office of the Secretary, FY27-011, received December 4, 2026, commercial use
  category, estimated fee $930.00, 30 working days to agree.
- u03-osc-final-partial.txt: OSC, FOIA File No. FO-27-0046, 54 pages, 46 released with redactions, 8 withheld in
  full; Exemptions 5, 6 and 7(C).
- u04-fca-no-records.docx: FCA, FOIA-27-0009, received November 12, 2026, no responsive records; appeal to the
  General Counsel within 90 days.
- u05-doe-cbfo-ack-extension.txt: DOE Carlsbad Field Office, HQ-2027-00318-F, received December 3, 2026, extended by
  ten working days for unusual circumstances, completion estimated by February 12, 2027.
- u06-oge-ack-fee-waiver-granted.eml: OGE, OGE-2027-017, received December 7, 2026, fee waiver granted under 5
  C.F.R. § 2604.505.
- u07-navpers-final-full.txt: Navy Personnel Command, DON-NAVY-2027-000843, 37 pages released in their entirety.
- u08-usagm-ack-expedite-granted.txt: USAGM, USAGM-27-0052, received December 10, 2026, expedited processing granted.
- u09-ssc-denied-scanned.pdf: NASA Stennis Space Center, 27-SSC-F-00011, 126 pages withheld in full under Exemptions 4
  and 6 (scanned).
- u10-va-oawp-final-partial.pdf: VA OAWP, 27-00394-F, 75 pages: 21 in full, 42 in part, 12 withheld; Exemptions 5,
  6 and 7(C).
- u11-epa-r2-withdrawn.eml: EPA Region 2, EPA-R2-2027-001276, withdrawal after a telephone call confirmed, closed.
- u12-neh-appeal-affirmed.txt: NEH Deputy Chairman, appeal A27-003 of request NEH-26-0114, denied:
  Exemptions 5 and 6 upheld.
- u13-exim-appeal-partly.docx: EXIM Office of the General Counsel, appeal 202700006A of request 202600231F, granted in
  part: 14 pages released in full, 31 still withheld under Exemptions 4 and 5 (a table).
- u14-fmcs-still-interested.txt: FMCS, FMCS-2026-00087, still interested? 30 calendar days (by January 22, 2027) to
  reply before administrative closure.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- u01 SOUTHCOM interim release: the Command's FOIA page (SCSJA-FOIA, 9301 NW 33rd St, Doral),
  http://www.southcom.mil/FOIA/How-to-file-A-FOIA-Request/ and https://www.jiatfs.southcom.mil/FOIA/File-a-FOIA-Request/,
  and Bigwood v. Department of Defense (Southcom's withholdings),
  http://elawyers.us/opinion/dcd/2015/infdco20150928621/bigwood-v-united-states-department-of-defense
- u02 FMC fee estimate: 46 C.F.R. part 503 (requests to the Secretary, fees),
  https://getpocketlaw.com/law/cfr_46/section-503-31-records-available-upon-written-request-under-the-freedom-of-information-act_e638f7e520c1
  and http://cclme.org/viewcontents/?f=1-46CFR503.txt, the FOIA Requester Service Center (202-523-5707),
  https://webarchive.library.unt.edu/eot2008/20090114015654/http:/www.fmc.gov/home/faq/index.asp?F_CATEGORY_ID=21
- u03 OSC final answer: OSC's FOIA Handbook and 5 C.F.R. part 1820, https://www.osc.gov/Pages/FOIA-Handbook.aspx and
  http://federal.elaws.us/cfr/title5.part1830.section1830.6, and an OSC response citing Exemptions 6 and 7(C),
  https://muckrock.com/foi/united-states-of-america-10/osc-garneau-letter-from-32521
- u04 FCA no records: FCA's FOIA pages and 12 C.F.R. part 602,
  https://www.fca.gov/required-notices/submitting-a-foia-request and
  https://www.legalfix.com/CFR/2019/title-12/chapter-vi/part-602/section-602%2E4
- u05 DOE Carlsbad extension: the Carlsbad Field Office's FOIA page (P.O. Box 3090, 4021 National Parks Highway, the
  FOIA/Privacy Act Public Liaison), https://wipp.energy.gov/how-to-submit-a-foia-request.asp, and 10 C.F.R. part 1004
  (receipt by the field FOIA Officer, time limits), https://www.law.cornell.edu/cfr/text/10/1004.4 and
  http://laws9.com/cfr/text/10/1004/5
- u06 OGE fee waiver: 5 C.F.R. part 2604 and OGE's FOIA pages,
  http://www.oge.gov/FOIA-and-Privacy-Act/Freedom-of-Information-Act/Submitting-a-FOIA-Request/Submitting-a-FOIA-Request/,
  https://checkoutapi.com/regulations/expand/title5_chapterXVI_part2604_subpartC_section2604.302 and
  https://thefederalregister.org/80-FR/57070
- u07 Navy Personnel Command release: MyNavy HR's FOIA page (SECNAVINST 5720.42G, fees),
  https://www.mynavyhr.navy.mil/References/FOIA/ and 32 C.F.R. part 701,
  https://govinfo.gov/content/pkg/CFR-2002-title32-vol5/html/CFR-2002-title32-vol5-part701-subpartA.htm
- u08 USAGM expedite: 22 C.F.R. part 503 and requests to the USAGM FOIA Office (330 Independence Avenue SW),
  https://docslib.org/doc/2952774/june-17-2020-sent-via-email and
  https://docslib.org/doc/8102666/foia-requests-to-a-broad-audience-of-persons-interested-in-the-subject-matter
- u09 NASA Stennis denial: 14 C.F.R. § 1206.307 (the denial's contents),
  https://d1tvxue8o4w0fl.cloudfront.net/regulation/code-of-federal-regulations/title-14-aeronautics-and-space/chapter-v-national-aeronautics-and-space-administration/part-1206-procedures-for-disclosure-of-records-under-the-freedom-of-information-act-foia/subpart-c-procedures/section-1206307-denying-a-request
  and the Stennis FOIA Office (Mail Code CA00), https://ja.scribd.com/document/993062/NASA-68487main-2001-annual-report
- u10 VA OAWP final answer: 38 C.F.R. § 1.559 (appeals to the Office of the General Counsel (024), 810 Vermont
  Avenue NW), https://ecfr.io/Title-38/Section-1.559, VA request numbers (24-11792-F),
  https://muckrock.com/foi/united-states-of-america-10/upper-level-vba-loan-guaranty-employees-deliberative-process-regarding-va-circular-26-20-12-161423,
  and the MSPB appeal letter's OGIS wording, http://exploredoc.com/doc/3331058/%5E-u.s.-merit-systems-protection-board
- u11 EPA Region 2 withdrawal: the withdrawal confirmations of earlier sets and EPA's regional FOIA contacts.
- u12 NEH appeal decision: 45 C.F.R. § 1171.10 (appeals decided by the Deputy Chairman, the OGIS notice),
  https://www.govregs.com/regulations/title45_chapterXI_part1171_section1171.10 and
  http://www.gpo.gov/fdsys/pkg/FR-2014-02-19/html/2014-03549.htm
- u13 EXIM appeal decision: EXIM's request numbers (201800076F) and withholdings under Exemptions 4 and 5,
  https://cetient.com/case/6113244/cause-of-action-institute-v-export-import-bank-of-the-united-states and
  https://www.exim.gov/about/freedom-information-act/foia-annual-reports/2018
- u14 FMCS still interested: 29 C.F.R. part 1401 (FOIA rules; § 1401.2, mediators' confidentiality; the FOIA
  telephone (202) 606-5444), https://www.govinfo.gov/content/pkg/FR-1999-11-03/html/99-28678.htm and
  https://www.pawtectors.org/openregs/cfr_sections?agency=FMCS&part_number=1401, and the still-interested letters of
  earlier sets.

Sealed measurement: written blind on a branch of its own and kept out of the rules' reach while the round's fixes were
made, then scored once after them, at c0306872: 12 of 14 fully right. Wrong were:
- u01 (u01-southcom-interim-release.pdf): exemptions ['(b)(1)', '(b)(3)', '(b)(6)'] != ['(b)(1)', '(b)(3) 10 U.S.C. §
  130b', '(b)(6)']
- u13 (u13-exim-appeal-partly.docx): exemptions ['(b)(4)', '(b)(5)', '(b)(6)'] != ['(b)(4)', '(b)(5)']; pages_withheld
  19 != 31

After general fixes (u01: the statute named after the colon of an Exemption 3 item, "- (b)(3): 10 U.S.C. § 130b, names
and duty addresses of personnel assigned to units that are overseas, sensitive, or routinely deployable;"), 13 of 14.
Correction after scoring: u13 logs (b)(6) beside the grounds upheld: "You do not challenge the redaction of the names
and contact information of private individuals under Exemption 6", and earlier sets log a ground not challenged
beside those upheld (344 n03, 359 d14, 447 h11); the sealed score stands, and u13 is still not right (its pages still
withheld, the 19 affirmed and the 12-page Board memorandum, are read as 19).
After the pages an appeal decision keeps back read from its table of the records where the text names only one row's
("| Financial model | 0 | 19 | (b)(4) |" and "| Board memorandum | 0 | 12 | (b)(5) |" under "Released on appeal |
Withheld in full", the table releasing the 14 pages the text releases), 14 of 14: u13 right.
"""

from __future__ import annotations

import pytest
from intake_scoring import set_tests

from foiatrack.intake.exemptions import find_exemptions

SET = "heldout488"
# What the rules reached on this set when it was scored once, sealed (12); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


# u01: the statute an Exemption 3 item of a list names after its colon is the one the exemption rests on ("- (b)(3):
# 10 U.S.C. § 130b, names and duty addresses ..."); a statute that does not follow the colon directly is not.
@pytest.mark.parametrize(("sentence", "expected"), [
    ("- (b)(3): 10 U.S.C. § 130b, names and duty addresses of personnel assigned to units that are overseas, "
     "sensitive, or routinely deployable;", ["(b)(3) 10 U.S.C. § 130b"]),
    ("(b)(3): 26 U.S.C. § 6103, return information of third parties.", ["(b)(3) 26 U.S.C. § 6103"]),
    ("(b)(3): 50 U.S.C. § 3024(i)(1), intelligence sources and methods.", ["(b)(3) 50 U.S.C. § 3024(i)(1)"]),
    # near misses: the statute not right after the colon, or the FOIA itself
    ("(b)(3): information protected by statute; 10 U.S.C. § 130b was not applied.", ["(b)(3)"]),
    ("(b)(3): 5 U.S.C. § 552(b)(3), information protected by statute.", ["(b)(3)"]),
])
def test_exemption_3_statute_after_a_list_items_colon(sentence: str, expected: list[str]) -> None:
    assert find_exemptions(sentence) == expected
