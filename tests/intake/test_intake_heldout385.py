"""The three-hundred-and-eighty-fifth held-out set: 14 everyday letters (letters/heldout385) from fourteen federal
departments and agencies other than DHS and DOJ, in the formats they really send: a Wage and Hour Division release of
an H-2A investigative file under Exemptions 6, 7(C) and 7(D); an FAA e-mail acknowledging a request and taking 10 more
working days; a USGS no-records letter with the DOI appeal paragraph; an NHTSA partial release (PDF) of a defect
investigation file under Exemptions 4 (49 C.F.R. part 512) and 6; a USPTO fee estimate to a commercial requester with
an advance payment; an Amtrak e-mail with its first interim response attached as PDF; an HRSA e-mail acknowledging a
request and granting a fee waiver; a SAMHSA letter in Word referring all the records to the DEA; a Forest Service full
release in Word with a table of the records; a DCSA letter (PDF) that neither confirms nor denies background
investigation records about a named person; an EPA Region 5 fee-waiver denial; an NTSB denial (PDF) of a cockpit voice
recorder recording under Exemption 3 and 49 U.S.C. 1114(c) and of crew interview recordings under Exemption 6; an MSPB
appeal decision granted in part; and a NASA e-mail acknowledging an appeal, the letter attached in Word. Written blind
and committed before the rules were run on them.

- q01-whd-final-partial.txt: WHD Northeast Region, 2027-F-01186, 212 pages, 150 in full, 48 in part, 14 withheld,
  Exemptions 6, 7(C), 7(D).
- q02-faa-ack-extension.eml: FAA National FOIA Staff acknowledgement, 2027-001873, received November 30, 2026, 10 more
  working days (field facilities, consultation).
- q03-usgs-no-records.txt: USGS final response, DOI-USGS-2027-000214, no records of monitoring-network changes.
- q04-nhtsa-final-partial.pdf: NHTSA Office of the Chief Counsel, NHTSA-2027-000412, 173 pages, 120 in full, 44 in
  part, 9 withheld, Exemptions 4 and 6.
- q05-uspto-fee-estimate.txt: USPTO fee estimate, F-27-00093, commercial use, $1,588.00 in advance.
- q06-amtrak-interim-release.eml: Amtrak first interim response (attached as PDF), FOIA-2027-00162, 300 pages reviewed,
  212 in full, 61 in part, 27 withheld, Exemptions 4, 5, 6.
- q07-hrsa-ack-fee-waiver-granted.eml: HRSA acknowledgement, 27F-0092, received December 1, 2026, fee waiver granted.
- q08-samhsa-referral.docx: SAMHSA final response, S27-0041, all 64 pages referred to the DEA, none of its own.
- q09-forest-service-final-full.docx: Forest Service Pacific Northwest Region, 2027-FS-R6-00417-F, 88 pages in full.
- q10-dcsa-final-glomar.pdf: DCSA, DCSA-F-27-00213, neither confirm nor deny, Exemptions 6 and 7(C), denied.
- q11-epa-r5-fee-waiver-denied.txt: EPA Region 5, EPA-R5-2027-000318, fee waiver denied (public domain, commercial
  interest), the estimate to follow under separate cover.
- q12-ntsb-final-denied.pdf: NTSB, FOIA-2027-00087, CVR audio withheld under Exemption 3 and 49 U.S.C. 1114(c)(1), crew
  interview recordings under Exemption 6, denied in full.
- q13-mspb-appeal-partly.txt: MSPB Office of the General Counsel, appeal MSPB-OCB-2027-000006 of request
  MSPB-2027-000058, granted in part: 23 pages of settlement agreements released with Exemption 6 redactions, the
  4-page draft bench memorandum kept under Exemption 5.
- q14-nasa-appeal-ack.eml: NASA appeal acknowledgement (attached in Word), appeal 27-HQ-A-00009 of JSC request
  27-JSC-F-00142, received December 16, 2026.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- q01 WHD release: the WHD acknowledgement on MuckRock ("The Wage and Hour Division (WHD) of the U.S. Department of
  Labor (DOL) received your Freedom of Information Act (FOIA) request dated ...", tracking numbers 2022-F-06841),
  https://www.muckrock.com/foi/united-states-of-america-10/whd-foh-126531/, WHD's FOIA pages on investigative files,
  https://www.dol.gov/agencies/whd/foia/foiaRequest and https://webharvest.gov/congress115th/20190108195744/https://www.dol.gov/whd/foia/index.htm,
  and DOL's exemption codes, https://efoia.dol.gov/app/ExemptionCodes.aspx
- q02 FAA acknowledgement and extension: FAA acknowledgements and production extensions as logged by a requester,
  http://aireform.com/resources/foia/air-foia/air-foia-fy2013/, the FAA number format ("FOIA Request 2019-004306"),
  https://assets.documentcloud.org/documents/5999971/Allied-Pilots-Union-FOIA-Request.txt, and https://www.faa.gov/foia
- q03 USGS no records: the USGS final response letter ("This letter is our final response to your Freedom of
  Information Act (FOIA) request dated ..."), https://assets.documentcloud.org/documents/5766242/2018-00114-Final-Response-Signed.txt,
  the USGS acknowledgement on MuckRock, https://www.muckrock.com/foi/united-states-of-america-10/usgs-data-visualization-style-guides-68696/,
  https://www.usgs.gov/about/organization/science-support/foia/overview-usgs-foia-process and the DOI appeal page,
  https://webarchive.library.unt.edu/web/20120928003125/http://www.doi.gov/foia/appeals.cfm
- q04 NHTSA partial release: 49 C.F.R. part 512 and its class determinations (Exemption 4; the last six characters of
  VINs under Exemption 6), http://federal.elaws.us/fr/7/28/2003/03-19069 and
  https://regulations.justia.com/regulations/fedreg/2007/10/19/E7-20368.html
- q05 USPTO fee estimate: the USPTO fee categories ("Commercial requesters are required to pay fees for search, review,
  and duplication"), https://www.uspto.gov/learning-and-resources/general-help/foia-and-privacy-act-faqs, 37 C.F.R.
  102.4, https://law.lawstack.com/laws/37-cfr_s_102-4_requirements-for-making-requests-23724131-e229-4a5d-8bfb-d91383334ea4,
  and requests for examiner statistics, http://www.mriplaw.com/blog/2015/7/28/freedom-of-information-act-foia-requests-at-the-uspto
- q06 Amtrak interim release: Amtrak's FOIA instructions and fee categories, https://www.amtrak.com/submitting-a-foia-request,
  and 49 C.F.R. part 701 (701.9 business information, 701.10 appeals), http://m.mydoc123.com/d-702235.html
- q07 HRSA acknowledgement and fee waiver and q08 SAMHSA referral: the HHS FOIA regulations (45 C.F.R. 5.24
  acknowledgements, 5.25 requests involving another Federal agency),
  https://www.ecfr.gov/current/title-45/subtitle-A/subchapter-A/part-5/subpart-B/section-5.24, https://ecfr.io/Title-45/Part-5
  and https://regulations.vlex.com/vid/freedom-of-information-regulations-652056285
- q09 Forest Service full release: the Forest Service FOIA handbook, https://studylib.net/doc/10559240/forest-service-handbook-national-headquarters--wo--washin...,
  and Forest Service responses as reported, https://flatheadbeacon.com/2008/09/23/forest-service-offers-partial-response-to-foia-request/
  and https://kyheartwood.org/forest-blog/legal/kentucky-resources-council-files-foia-appeal-on-behalf-of-kentucky-heartwood/
- q10 DCSA neither confirm nor deny: DCSA's pages on background investigation records (Boyers office, consent of
  the subject),
  https://www.dcsa.mil/Contact-Us/Privacy-Civil-Liberties-FOIA/Requesting-Background-Investigation-Records/
  and https://www.dcsa.mil/Contact-Us/Privacy-Civil-Liberties-FOIA/FOIA-Requests/, and the FBI third-party letters of
  earlier sets (heldout142 m06)
- q11 EPA Region 5 fee-waiver denial: 40 C.F.R. 2.107 (fee waivers in paragraph (n) since the 2023 revision),
  http://www.complianceregs.com/40cfr/ChapterI/subA/Part2/2-107.html, http://federal.elaws.us/cfr/40-cfr-2.107(h)(1) and
  https://jjkellercompliancenetwork.com/regsense/freedom-of-information-act-regulations-update-phase-ii, and the EPA
  appeal paragraph of earlier sets
- q12 NTSB denial: 49 U.S.C. 1114(c) as in the NTSB letters of earlier sets (heldout339 v04, heldout353 c11)
- q13 MSPB appeal decision: the MSPB appeal letter ("This letter responds to your June 10, 2014 appeal of the MSPB
  Clerk's Office's May 16, 2014 response ... For the reasons set forth below, I am granting your appeal", "This is the
  Board's final decision in your appeal"), http://exploredoc.com/doc/3331058/%5E-u.s.-merit-systems-protection-board
- q14 NASA appeal acknowledgement: 14 C.F.R. 1206.700 and 1206.701 (appeals to the Administrator, 20 working days after
  receipt by the Administrator's Office), https://self-law.org/code/us/cfr/t14/s%C2%A7%201206.700 and
  https://www.govregs.com/regulations/expand/title14_chapterV_part1206_subpartG_section1206.702

Sealed measurement: written blind on a branch of its own and kept out of the rules' reach while the round's fixes were
made, then scored once after them, at f19220ef: 12 of 14 fully right. Wrong were:
- q08 (q08-samhsa-referral.docx): outcome 'no_records' != 'other'
- q13 (q13-mspb-appeal-partly.txt): exemptions ['(b)(5)'] != ['(b)(5)', '(b)(6)']; pages_withheld None != 4

After general fixes (the office's own records said to be none in other words beside the pages it refers to the agency
they came from, so the letter is a referral and not a finding of nothing: "SAMHSA did not locate any records that
originated with SAMHSA itself" beside "we have referred the 64 pages to the DEA for processing and direct response to
you"), 13 of 14.

After general fixes (the reviewer's finding that records may go out is the decision's release, so the ground of what
it redacts in them is applied: "I have determined that the settlement agreements may be released to you with certain
information redacted pursuant to FOIA Exemption 6"; and a record kept withheld in full by its name, "I am affirming
the withholding of the draft bench memorandum in full under Exemption 5", counts the pages the letter counted it in,
"a 4-page draft bench memorandum"), 14 of 14: q13 right.
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout385"
# What the rules reached on this set when it was scored once, sealed (12); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))
