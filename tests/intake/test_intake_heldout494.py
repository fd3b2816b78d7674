"""The four-hundred-and-ninety-fourth held-out set: 14 letters (letters/heldout494) from federal offices outside DHS
and DOJ, under the federal FOIA, in the formats they really send: a National Geospatial-Intelligence Agency
acknowledgement taking ten more working days for unusual circumstances, under a reference line with a second number;
a CDC FOIA Office e-mail estimating $412.75 in search fees; an FDA Division of Freedom of Information partial release
(PDF) of an inspection file, with pages counted in full, in part and withheld under Exemptions 4, 5 and 6; a Bureau of
Land Management Nevada State Office second interim release in Word with a table of records; a National Marine
Fisheries Service final response finding no records after a described search; a Department of Labor e-mail
acknowledging an OSHA request and denying expedited processing; a Department of Education "still interested" letter;
a National Nuclear Security Administration denial in full (scanned PDF) of 48 pages under Exemption 3 (Atomic Energy
Act section 148, UCNI) and Exemption 6; an SEC Office of FOIA Services release in full of 63 pages (PDF) with a table
of records; an NLRB e-mail acknowledging an appeal; a Department of State letter referring every record located to the
Defense Security Cooperation Agency and closing the case; a GSA acknowledgement in Word, with the request's items in a
table, denying a fee waiver; a Department of the Army Office of the General Counsel appeal decision (PDF) remanding a
request for a new search; and a Social Security Administration acknowledgement with an estimated completion date.
Written blind and committed before the rules were run on them.

- f01-nga-ack-extension.txt: National Geospatial-Intelligence Agency, NGA FOIA Case #20270041 (letter reference
  U-0061-27/FOIA), received November 24, 2026, ten more working days for unusual circumstances.
- f02-cdc-fee-estimate.eml: CDC/ATSDR FOIA Office, #27-00218-FOIA, estimated fees of $412.75 (6.5 hours of search
  after two free hours), above the $100.00 the requester agreed to pay; processing on hold.
- f03-fda-inspection-final-partial.pdf: FDA Division of Freedom of Information, FOIA Request 2026-8841, 214 pages: 125
  in full, 62 with deletions, 27 withheld, Exemptions 4, 5 and 6 (with 21 C.F.R. 20.61 and 20.63 beside them).
- f04-blm-nevada-interim.docx: BLM Nevada State Office, FOIA BLM-2027-00118 (and the file code 1278 (NV-952)),
  second interim release of 396 pages, 340 in full and 56 in part, Exemptions 5 and 6; a next release date given.
- f05-noaa-nmfs-no-records.txt: NMFS Southeast Regional Office for NOAA, DOC-NOAA-2027-000231, no records.
- f06-osha-ack-expedite-denied.eml: Department of Labor for OSHA, 2027-F-01872 received December 11, 2026, expedited
  processing denied under 29 C.F.R. 70.25(b).
- f07-ed-fsa-still-interested.txt: Department of Education FOIA Service Center, 27-00394-F, still interested or
  narrow, closed after 30 calendar days without an answer.
- f08-nnsa-denied-scanned.pdf: NNSA Office of the General Counsel, NNSA-27-00052-F, 48 pages withheld in full under
  (b)(3) with 42 U.S.C. 2168 and (b)(6).
- f09-sec-corpfin-final-full.pdf: SEC Office of FOIA Services, 27-00841-FOIA, 63 pages released in full.
- f10-nlrb-appeal-ack.eml: NLRB Division of Legal Counsel, appeal NLRB-2027-000412 of request NLRB-2026-003958,
  received December 30, 2026.
- f11-state-referral-closed.txt: Department of State, Case No. F-2026-14472, all 11 documents (64 pages) referred to
  the Defense Security Cooperation Agency for direct response; case closed.
- f12-gsa-ack-fee-waiver-denied.docx: GSA FOIA Requester Service Center, GSA-2027-000219 received January 5, 2027,
  fee waiver denied under 41 C.F.R. 105-60.807; commercial use requester.
- f13-army-ogc-appeal-remand.pdf: Army Office of the General Counsel, OGC Appeal No. 27-0014 of request FA-26-0318,
  remanded to the Fort Bragg garrison for a new search.
- f14-ssa-ack-expected.txt: Social Security Administration, SSA-2027-003118 received January 13, 2027, completion
  estimated by March 3, 2027.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- f01 NGA acknowledgement and extension: the unusual circumstances of 5 U.S.C. 552(a)(6)(B)(iii) as agencies state
  them, https://www.mvp.usace.army.mil/Contact/Freedom-of-Information-Act/ and NOAA's note on the ten-day extension,
  http://www.rdc.noaa.gov/~foia/training_tutorials/extensions.html
- f02 CDC fee estimate: the CDC/ATSDR FOIA process and fee letters, https://cdc.gov/foia/faq/index.html,
  https://www.cdc.gov/od/foia/request/process/index.htm and https://occupyme.net/2017/06/22/cdc-hilarity/
- f03 FDA partial release: FDA's FOI handbook and staff manual guides (sample letters, minor deletions),
  https://www.fda.gov/regulatory-information/freedom-information/foi-information and
  http://www.fda.gov/AboutFDA/ReportsManualsForms/StaffManualGuides/ucm138410.htm
- f04 BLM interim release: the BLM's "In Reply Refer To: 1278" letters,
  https://vdocument.in/rcd-jul-412014-bpa-elizabeth-walls-and-tamara-yingling-bum-osofoia-a.html and
  https://muleapi.blm.gov/policy/im-2014-113, and https://www.blm.gov/wo/st/en/res/FOIA.html
- f05 NMFS no records: NOAA's FOIA pages and appeal paragraph, https://www.noaa.gov/information-technology/foia-home
  and http://www.rdc.noaa.gov/~foia/training_tutorials/appeals.html
- f06 DOL expedite decision: the expedited processing standards as agencies set them out,
  https://www.govregs.com/regulations/expand/title14_chapterV_part1206_subpartD_section1206.403
- f07 Education still-interested letter: the clarification and administrative closure practice,
  https://lawserver.com/law/country/us/cfr/36_cfr_1250-26
- f08 NNSA denial: the Department of Energy's FOIA practice and appeal to the Office of Hearings and Appeals as in
  earlier sets' letters of the Department, and the Exemption 3 withholdings of agencies' FOIA pages,
  https://www.fda.gov/regulatory-information/freedom-information/foi-information
- f09 SEC release: the SEC's FOIA reference guide, https://www.sec.gov/foia-services/foia-reference-guide and
  http://www.sec.gov/Article/foia-reference-guide.html
- f10 NLRB appeal acknowledgement: the NLRB's FOIA reference guide (29 C.F.R. 102.117),
  https://nlrb.gov/guidance/freedom-of-information-act-foia/foia-reference-guide-0
- f11 State referral: the Department's final response letters ("I refer to your communication ..."),
  https://fr.scribd.com/document/356208139/DoS-FOIA-Response and 22 C.F.R. 171.11,
  https://law.lawstack.com/laws/22-cfr_s_171-11_processing-requests-135b0f2b-f38e-4c6f-a5fb-c621a2c1e2fd
- f12 GSA fee waiver denial: GSA's FOIA rule, 41 C.F.R. Part 105-60,
  https://regulations.justia.com/regulations/fedreg/2020/01/29/2020-00057.html and
  https://ecfr.io/Title-41/Section-105-60.800
- f13 Army appeal remand: the Army's FOIA rules on appeals and judicial review, http://laws9.com/cfr/text/32/518/18,
  and the adequacy-of-search standard, http://casetext.com/case/oglesby-v-us-dept-of-army
- f14 SSA acknowledgement: the complex processing track and estimated completion dates,
  https://www.govregs.com/regulations/expand/title14_chapterV_part1206_subpartD_section1206.403 and the 20-day
  limit and its extension as agencies explain them, https://lawserver.com/law/country/us/cfr/36_cfr_1250-26

Sealed measurement: written blind on a branch of its own and kept out of the rules' reach while the round's fixes were
made, then scored once after them, at 56a8e32f: 14 of 14 fully right.
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout494"
# What the rules reached on this set when it was scored once, sealed (14); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))
