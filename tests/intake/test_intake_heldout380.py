"""The three-hundred-and-eightieth held-out set: 14 everyday letters (letters/heldout380) from fourteen federal
departments and agencies other than DHS and DOJ, in the formats they really send: a Defense Intelligence Agency e-mail
acknowledging a request, placing it in the complex queue and taking 10 more working days; a Department of Education
fee estimate with an advance payment; a Fish and Wildlife Service partial release (PDF) under Exemptions 5 and 6 with
the DOI appeal paragraph; a Bureau of Indian Affairs no-records letter to a lawyer for a detained tribal member; an
APHIS e-mail with its first interim response attached as PDF under Exemptions 4 and 6; a NIST full release in Word with
a table of the records; a Treasury Departmental Offices letter referring all the records to the IRS; an OCC e-mail with
a fee-waiver denial attached in Word; a FinCEN denial in full (PDF) under Exemption 3 and 31 U.S.C. 5319; an FCC letter
extending the time by ten business days to a named day; an EEOC district office release of a charge file in Word with
a page table; a Peace Corps appeal acknowledgement e-mail; a DOT Office of Inspector General appeal decision affirming
Exemption 7(A); and an Army Office of the General Counsel appeal decision (PDF) granted in part on a Corps of Engineers
request. Written blind and committed before the rules were run on them.

- v01-dia-ack-extension.eml: DIA acknowledgement, FOIA-00412-2027, received November 16, 2026, complex queue, 10 more
  working days under 5 U.S.C. 552(a)(6)(B)(i).
- v02-education-fee-estimate.txt: Education FOIA Service Center, 27-00318-F, received November 9, 2026, all-other
  requester, 12 billable search hours, $700.80, advance payment.
- v03-fws-final-partial.pdf: FWS final response, FWS-2027-00122, 102 pages, 71 in full, 25 in part, 6 withheld,
  Exemptions 5 and 6.
- v04-bia-no-records.txt: BIA final response, BIA-2027-00063, no records of an allotment probate, requester pointed to
  OHA and BTFA.
- v05-aphis-interim-release.eml: APHIS first interim response (attached as PDF), 2027-APHIS-00417-F, 388 pages
  reviewed, 240 in full, 121 in part, 27 withheld, Exemptions 4 and 6.
- v06-nist-final-full.docx: NIST full release, DOC-NIST-2027-000186, 53 pages in a table.
- v07-treasury-referral.txt: Treasury Departmental Offices final response, 2027-FOIA-00208, all 37 pages referred to
  the IRS, none of its own found.
- v08-occ-fee-waiver-denied.eml: OCC fee-waiver denial (attached in Word), 2027-00095-F, received November 18, 2026,
  records sought for private litigation, commercial use category.
- v09-fincen-final-denied.pdf: FinCEN denial, 2027-FINF-00051, 14 pages of BSA reports withheld in full under
  Exemption 3 and 31 U.S.C. 5319.
- v10-fcc-extension.txt: FCC extension, FOIA Control No. 2027-000214, ten business days, to December 22, 2026.
- v11-eeoc-final-partial.docx: EEOC Houston District Office charge file release, FOIA No. 460-2027-000872, 241 pages,
  188 in full, 34 in part, 19 withheld, Exemptions 5, 6, 7(C).
- v12-peace-corps-appeal-ack.eml: Peace Corps appeal acknowledgement, appeal 27-A-0007 of request 26-0211, received
  December 2, 2026.
- v13-dot-oig-appeal-affirmed.txt: DOT OIG appeal FOIA-APP-2027-00011 of request FOIA-2026-00389, withholding in full
  under Exemption 7(A) affirmed, investigation still open.
- v14-army-appeal-partly.pdf: Army OGC appeal 27-0052 of USACE Omaha District request FA-26-0877, granted in part:
  the final inspection report released (9 pages, in part), the drafts kept under Exemption 5, the unappealed Exemption 6
  redactions applied again.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- v01 DIA acknowledgement: the DoD acknowledgement letters of earlier sets (unusual circumstances, 10 additional working
  days, OGIS paragraph), DIA's backlog and queues, http://www.slugsite.com/archives/1421,
  https://www.executivegov.com/tag/ic-ig/ and https://managingfoia.wordpress.com/category/department-of-defense/
- v02 Education fee estimate: the Department's fee page ("If the fees total more than $250, ED will request payment in
  advance", salary plus 16 percent), http://www2.ed.gov/policy/gen/leg/foia/fees.html, and 34 C.F.R. part 5,
  http://federal.elaws.us/fr/6/14/2010/2010-14127
- v03 FWS partial release and v04 BIA no records: the DOI response letters ("You may appeal this response to the
  Department's FOIA/Privacy Act Appeals Officer ... no later than 90 workdays", the 552(c) notice, the $50 billing
  floor), https://ufoseekers.com/2020/01/01/foia-nps-2019-01569-death-valley-national-park-ufo-documents/ and the DOI
  letters of earlier sets.
- v05 APHIS interim release: APHIS response letters ("Your request was received in this office on ... and assigned case
  number", "Of those 149 pages, 42 pages are being provided to you in part under FOIA Exemption 5"),
  https://vdocuments.net/aphis-appeal-w-exhibits.html,
  https://id.scribd.com/document/225775807/Staten-Island-Turkeys-FOIA-USDA-Response-13-04918-Response-Letter,
  https://fdocuments.us/document/usda-foia-14-04327-pt-2-letter-response-to-item-2-3-4-mute-swans-turkeys and
  https://www.aphis.usda.gov/aphis/resources/foia/ct_foia
- v06 NIST full release: the Commerce appeal paragraph of earlier sets ("An appeal must be received within 90 calendar
  days ... by the Assistant General Counsel for Employment, Litigation, and Information"),
  https://info.5y1.org/waived-fee-meaning_1_25670c.html
- v07 Treasury referral: the Treasury FOIA regulations (31 C.F.R. part 1) and the referral letters of earlier sets
  (heldout367 w08), https://www.fincen.gov/archive/201605?page=7
- v08 OCC fee-waiver denial: 12 C.F.R. 4.15 and 4.17, https://www.govregs.com/regulations/expand/title12_chapterI_part4_subpartB_section4.15,
  http://www.law.cornell.edu/cfr/text/12/4.15 and http://federal.elaws.us/fr/notice/2/22/2024/2024-02990
- v09 FinCEN denial: 31 U.S.C. 5319 as an Exemption 3 statute,
  https://www.studicata.com/summaries/united-states-district-court-northern-district-of-california/ctr-for-investigative-reporting-v-united-states-department-of-treasury-2021-h6hfs1
  and http://print.casetext.com/case/sciba-v-board-of-governors-of-the-federal-reserve-system
- v10 FCC extension: 47 C.F.R. 0.461 (unusual circumstances, consultation with submitters of confidential material),
  http://hallikainen.org/org/FCC/FccRules/2012/0/461 and https://docs.fcc.gov/public/attachments/FCC-16-171A1.txt
- v11 EEOC charge file release: the EEOC FOIA reference guide and charge-file questions and answers,
  http://www1.eeoc.gov/eeoc/foia/handbook.cfm, http://www1.eeoc.gov/eeoc/foia/qanda_foiacharge.cfm?renderforprint=1
  and http://www1.eeoc.gov/eeoc/foia/hb-11.cfm?renderforprint=1
- v12 Peace Corps appeal acknowledgement: 22 C.F.R. 303.12 (appeals to the Associate Director for Management, 20
  business days), https://www.law.cornell.edu/cfr/text/22/303.12?quicktabs_7=0 and
  https://www.peacecorps.gov/about/open-government/foia/foia-faqs/
- v13 DOT OIG appeal decision: 49 C.F.R. 7.32, https://www.govregs.com/regulations/title49_chapterA_part7_subpartD_section7.32,
  and Exemption 7(A) as in http://casetext.com/case/alyeska-pipeline-service-co-v-usepa
- v14 Army appeal decision: the Army appeal letters of earlier sets and the Corps district FOIA pages,
  http://www.mvk.usace.army.mil/About/Our-Offices/Office-of-Counsel/ and
  https://www.studicata.com/summaries/united-states-district-court-western-district-of-washington/friends-earth-v-united-states-army-corps-of-engrs-2019-homel4

Sealed measurement: written blind on a branch of its own and kept out of the rules' reach while the round's fixes were
made, then scored once after them, at dec40611: 12 of 14 fully right. Wrong were:
- v03 (v03-fws-final-partial.pdf): pages_withheld 17 != 6
- v11 (v11-eeoc-final-partial.docx): kinds ['interim_release'] != ['final_determination']; outcome None !=
  'partial_grant'

After general fixes (the pages something is withheld on or from are pages released in part, not pages withheld: v03's
"We are withholding, on 11 pages, the personal cellular telephone numbers of Service employees and the names and home
addresses of private landowners" names pages among the 96 released, so only the "6 pages in their entirety" are kept
back), 13 of 14: v03 right.

After general fixes (the rest of the pages told by the way they go out, "the remaining pages are released
electronically" in the sentence on fees, is no installment still to come, as "the remaining pages will be released
electronically as they are processed" would be), 14 of 14: v11 right.
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout380"
# What the rules reached on this set when it was scored once, sealed (12); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))
