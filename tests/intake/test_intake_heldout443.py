"""The four-hundred-and-forty-third held-out set: 14 letters (letters/heldout443) from the whole life of a request, all
federal, from fourteen of the less often seen offices of departments and independent agencies other than DHS and DOJ,
in the formats they really send: a Bureau of Labor Statistics acknowledgement that takes ten more business days for a
Consumer Price Index request, with the day of receipt and the day it expects to answer; a Foreign Agricultural Service
final answer in part (PDF, two pages) under Exemptions 4, 5 and 6; a Minority Business Development Agency e-mail
finding no records, with the Department of Commerce's appeal paragraph; a Federal Student Aid fee estimate in Word
for a commercial requester, its charges in a table; a National Cemetery Administration release in full; a
Southwestern Power Administration first partial release withholding Critical Electric Infrastructure Information
under Exemption 3 and the Federal Power Act, with Exemptions 4 and 6; an HHS Office of the Secretary e-mail granting a
reporter expedited processing of a request assigned to ASPR, with the day of receipt; a Bureau of Indian Education
letter asking a legal aid society to clarify a request that does not reasonably describe the records; an NCIS answer
in part (PDF) to a lawyer under Exemptions 6, 7(C) and 7(E); a Marshall Space Flight Center fee-waiver denial to a
subscription newsletter, with the day of receipt; a CFPB appeal decision in Word remanding for a new search, its
offices in a table; a Postal Service Law Department appeal decision reversing an Exemption 3 withholding under 39
U.S.C. 410(c)(2) and releasing the 16 pages; an SEC e-mail confirming a request withdrawn after a telephone call; and
a scanned Great Lakes St. Lawrence Seaway Development Corporation letter denying cargo declarations in full under
Exemption 4.

- x01-bls-ack-extension.txt: BLS, 2027-F-00412, received December 1, 2026, ten more business days, response by
  December 30, 2026.
- x02-fas-final-partial.pdf: USDA FAS, 2026-FAS-05218-F, in part: 64 pages released (41 in full, 23 in part), 9
  withheld in full, Exemptions 4, 5 and 6.
- x03-mbda-no-records.eml: Commerce MBDA, DOC-MBDA-2027-000187, no records (the award was not renewed).
- x04-fsa-fee-estimate.docx: ED Federal Student Aid, 27-00644-F, received November 19, 2026, commercial use, fee
  estimate $486.00 (a table of search, review and duplication).
- x05-nca-final-full.txt: VA National Cemetery Administration, 27-01033-F, 37 pages released in their entirety.
- x06-swpa-interim-release.txt: DOE Southwestern Power Administration, HQ-2027-00271-F, first partial response: 212
  pages, 150 in full, 48 in part, 14 withheld; Exemption 3 (16 U.S.C. 824o-1(d)(1)), 4 and 6.
- x07-aspr-ack-expedite-granted.eml: HHS OS FOIA Office for ASPR, 2027-00219-FOIA-OS, received December 10, 2026,
  expedited processing granted.
- x08-bie-clarification.txt: Interior BIE, DOI-BIE-2027-000093, clarification asked (time period, schools, kind of
  records), 20 workdays to reply.
- x09-ncis-final-partial.pdf: NCIS, DON-NAVY-2027-001742, in part: 58 pages released (12 in full, 46 in part), 6
  withheld in full, Exemptions 6, 7(C) and 7(E).
- x10-nasa-msfc-fee-waiver-denied.txt: NASA MSFC, 27-MSFC-F-00088, received December 3, 2026, fee waiver denied under
  14 C.F.R. 1206.505.
- x11-cfpb-appeal-remanded.docx: CFPB, appeal CFPB-2027-0012-A of request CFPB-2026-0418-F, remanded for a new search
  (a table of the offices to search).
- x12-usps-appeal-reversed.txt: USPS Law Department, appeal 2027-FOIA-APP-00041 of FOIA case 2026-FPRO-01873,
  granted: the 16 pages withheld under 39 U.S.C. 410(c)(2) released in full.
- x13-sec-withdrawn.eml: SEC Office of FOIA Services, 27-00781-FOIA, withdrawn after a telephone conversation.
- x14-gls-final-denied-scanned.pdf: Great Lakes St. Lawrence Seaway Development Corporation, GLS-2027-0007, denied:
  31 pages withheld in full under Exemption 4 (scanned).

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- x01 BLS acknowledgement and extension: the BLS FOIA pages (the FOIA Disclosure Officer, Postal Square Building,
  CIPSEA and establishment microdata, requests e-mailed to foiarequests@dol.gov assigned to BLS),
  https://www.bls.gov/bls/foia-faqs.htm and https://www.bls.gov/bls/blsfoia.htm, and 29 C.F.R. 70.25 (unusual
  circumstances), https://law.lawstack.com/laws/29-cfr_s_70-25_time-limits-and-order-in-which-requests-and-appeals-must-be-processed-d03c0e40-eda2-4620-9eb2-cc2c079586d7
- x02 FAS final answer in part: USDA's FOIA regulations, 7 C.F.R. part 1, subpart A,
  https://regulations.vlex.com/vid/departmental-freedom-of-information-819890817 and
  http://www.fns.usda.gov/foia/legal-requirements
- x03 MBDA no records: the Department of Commerce appeal paragraph (Assistant General Counsel, FOIAAppeals@doc.gov,
  "Freedom of Information Act Appeal" on the letter and envelope), https://www.noaa.gov/information-technology/foia-home
  and https://legacy.trade.gov/ooms/foia/tg_ooms_002518.asp, and 15 C.F.R. 4.10,
  https://lawserver.com/law/country/us/cfr/15_cfr_4-10
- x04 FSA fee estimate: the Department of Education's fee page (commercial requesters, advance payment above $250),
  http://www2.ed.gov/policy/gen/leg/foia/fees.html, and 34 C.F.R. part 5,
  https://ecfr.federalregister.gov/api/renderer/v1/content/enhanced/2021-07-27/title-34?part=5&subtitle=A
- x05 NCA release in full: VA's FOIA regulations, 38 C.F.R. 1.550-1.562 (a decentralised system, each administration
  answering its own requests), https://www.law.cornell.edu/cfr/text/38/1.554 and
  https://govinfo.gov/content/pkg/FR-2019-04-01/html/2019-06101.htm
- x06 Southwestern partial release: Southwestern's FOIA page (10 C.F.R. part 1004, One West Third Street, Tulsa),
  https://webarchive.library.unt.edu/eot2008/20090512221235/http://www.swpa.gov/foia-privacyact.aspx, and the DOE
  appeal to the Office of Hearings and Appeals of earlier sets.
- x07 HHS expedite granted: 45 C.F.R. part 5 (acknowledgements, expedited processing),
  https://www.ecfr.gov/current/title-45/subtitle-A/subchapter-A/part-5/subpart-B/section-5.24 and
  http://federal.elaws.us/fr/citation/2016-25684
- x08 BIE clarification: 43 C.F.R. part 2 (reasonable description, the bureau will contact you to clarify, the time
  limit does not start), http://edocket.access.gpo.gov/cfr_2003/octqtr/43cfr2.8.htm and
  https://www.law.cornell.edu/cfr/text/43/2.21
- x09 NCIS answer in part: 32 C.F.R. part 701 (the Department of the Navy FOIA program and appeals),
  https://govinfo.gov/content/pkg/CFR-2002-title32-vol5/html/CFR-2002-title32-vol5-part701-subpartA.htm
- x10 NASA fee-waiver denial: 14 C.F.R. part 1206 (fee waivers, appeals to the Administrator),
  http://www.gpo.gov/fdsys/pkg/FR-2014-08-11/html/2014-18770.htm and
  http://www.ecfr.gov/cgi-bin/text-idx?c=ecfr&rgn=div6&view=text&node=14:5.0.1.1.8.3&idno=14
- x11 CFPB remand: 12 C.F.R. 1070.21 (administrative appeals),
  https://legalfix.com/CFR/2019/title-12/chapter-x/part-1070/section-1070%2E21 and
  https://www.ecfr.gov:443/api/renderer/v1/content/enhanced/2021-09-23/title-12?chapter=X&part=1070
- x12 USPS appeal granted: the Postal Service's appeals to the General Counsel ("The decision of the General Counsel
  constitutes the final decision of the Postal Service"), https://about.usps.com./handbooks/as353/as353c4_038.htm,
  and 39 C.F.R. part 265, http://federal.elaws.us/fr/11/30/2016/2016-28430
- x13 SEC withdrawal: the SEC's FOIA Reference Guide (the Office of FOIA Services, foiapa@sec.gov, (202) 551-7900),
  https://www.sec.gov/foia-services/foia-reference-guide, and 17 C.F.R. 200.80,
  https://dart.deloitte.com/USDART/home/accounting/sec/rules-regulations/200-organization-conduct-ethics-information-requests/d-information-requests
- x14 Seaway denial: 49 C.F.R. part 7, appendix H (the Seaway Development Corporation in Massena) and DOT's submitter
  consultation, http://federal.elaws.us/cfr/title49.part7.subparti.appendix_h_to_part_7 and
  https://omb.report/icr/201003-2139-001/doc/16638401

Sealed measurement: written blind on a branch of its own and kept out of the rules' reach while the round's fixes were
made, then scored once after them, at 42f444c3: 13 of 14 fully right. Wrong were:
- x06 (x06-swpa-interim-release.txt): pages_released 150 != 198; pages_withheld 62 != 14

After general fixes (pages that hold exempt information, set against pages released whole in the same sentence, go
out in part, as in x06's "150 pages may be released in their entirety and that 48 pages contain information that is
exempt from disclosure"), 14 of 14.
"""

from __future__ import annotations

import pytest
from intake_scoring import pages_in, set_tests

SET = "heldout443"
# What the rules reached on this set when it was scored once, sealed (13); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


# --- Pages that hold exempt information, beside pages released whole, go out in part (x06) -----------------------


@pytest.mark.parametrize(("sentence", "full", "part"), [
    ("Upon review, we have determined that 150 pages may be released in their entirety and that 48 pages contain "
     "information that is exempt from disclosure.", 150, 48),
    ("Thirty pages are released in full and twelve pages include material which is exempt under the FOIA.", 30, 12),
    ("Twenty pages are released in their entirety and nine pages contain exempt information.", 20, 9),
])
def test_pages_with_exempt_information_beside_whole_ones_are_released_in_part(sentence: str, full: int,
                                                                              part: int) -> None:
    counts = pages_in(sentence)
    assert (counts.released_full, counts.released_part, counts.withheld_full) == (full, part, None)


@pytest.mark.parametrize("sentence", [
    "48 pages contain information that is exempt from disclosure.",
    "150 pages are released in full, and 48 pages contain information that is exempt and are withheld in full.",
])
def test_pages_with_exempt_information_alone_or_withheld_whole_are_not_released(sentence: str) -> None:
    # The near misses: no pages released whole to set them against, or the pages said to be withheld in full.
    counts = pages_in(sentence)
    assert counts.released_part is None
    assert counts.withheld_full == 48
