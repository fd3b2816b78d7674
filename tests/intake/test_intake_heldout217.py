"""The two-hundred-and-seventeenth held-out set: 14 letters (letters/heldout217) shaped like the check of the
must-hold, seven from federal departments little covered (USDA, Commerce, Labor, HUD, Transportation, NARA, OPM) and
seven from agencies of the seven largest states: a USDA APHIS final response (PDF) with pages released, redacted and
withheld in full under Exemptions 4, 6 and 7(C); a NOAA fee estimate e-mail with an itemised search charge and advance
payment; a Labor Department Wage and Hour Division no-records letter that states the day the request was received;
a HUD acknowledgement e-mail that extends the time by ten working days to a named date; an NHTSA letter denying
expedited processing; a NARA acknowledgement of an appeal e-mail; an OPM appeal decision affirming in part and
reversing in part (PDF); a California Highway Patrol CPRA extension notice e-mail (14 days, with the date); a Texas
Department of Criminal Justice itemised statement of estimated charges in Word; a New York Executive Chamber FOIL
acknowledgement with an approximate date; a Florida Department of Corrections special service charge estimate in
Word; a University of Illinois Urbana-Champaign partial denial (PDF) with the earlier five-day extension recalled; a
Pennsylvania State Police Right-to-Know final response granting in part and denying in part (PDF); and a City of
Cleveland no-records notice from its records portal. Committed before the rules were run on them.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- h01 APHIS final response: APHIS's letter of January 9, 2013 ("This is our final response to your ... Freedom of
  Information Act (FOIA) request (enclosed). Your request was received in this office on ... and assigned case
  number ...", "Agency employees conducted a thorough search of their files and located 54 pages ...", "information
  has been withheld under FOIA Exemption 6, 5 U.S.C. 552(b)(6)"), https://vdocuments.net/aphis-appeal-w-exhibits.html,
  and APHIS's case numbers (2018-APHIS-05109-F) on
  https://vdocument.in/via-e-mail-kevinasheaaphisusdagov-tonyagwoods-2-for-these-reasons.html
- h02 NOAA fee estimate: NOAA's FOIA fee notification e-mails and numbers (DOC-NOAA-2014-001694) described on
  http://itssdusa.org/itssd-iqa-focused-foia-requests-filed-with-doc-noaa.html and
  https://wattsupwiththat.com/2015/03/27/outrageous-noaa-demands-262000-fee-for-looking-at-their-public-data/comment-page-5
  (a fee notification with a date by which the requester must answer or the request is closed), and the fee
  categories as published at http://www.faa.gov/foia/fee_category/
- h03 Labor no-records letter: DOL's decentralised FOIA practice and appeals to the Solicitor of Labor,
  https://www.dol.gov/general/foia/reports/chief-foia-officer/2025 and https://efoia.dol.gov/app/ExemptionCodes.aspx
- h04 HUD acknowledgement with extension: HUD's request numbers (17-FI-HQ-00842, 17-FI-R06-00415) on
  https://www.muckrock.com/foi/united-states-of-america-10/foia-march-madness-2017-ii-appeal-logs-procedures-letters-opinions-department-of-housing-and-urban-development-34879/
  and https://fr.scribd.com/document/335236475/HUD-s-Response-to-Dallas-Morning-News-FOIA-Request, and the
  unusual-circumstances notice prescribed in the USPS Handbook AS-353 4-4.x and 7 CFR 1.16,
  https://about.usps.com./handbooks/as353/as353c4_025.htm, http://edocket.access.gpo.gov/cfr_2005/janqtr/7cfr1.16.htm
- h05 NHTSA expedite denial: NHTSA's letter on FOIA Request #ES13-003557 ("This responds to your ... FOIA request
  seeking records related to ...", "I have decided to deny your requests for expedited processing.", 49 CFR
  7.31(c)(3)), https://dokumen.tips/documents/nhtsa-foia-correspondence.html
- h06 NARA appeal acknowledgement: NARA's tracking numbers (NGC23-504, NGC24-130) on
  https://www.muckrock.com/foi/united-states-of-america-10/nara-23-f-muckrock-foia-advisory-committee-june-8-2023-chat-comments-149148/
  and NARA's FOIA regulations (36 CFR 1250), https://www.govregs.com/regulations/expand/title36_chapterXII_part1250_subpartB_section1250.26
  and https://anthonygarvan.github.io/allregs/html/sections/36CFR1250.30.html
- h07 OPM appeal decision: OPM's published appeal address (Office of the General Counsel),
  https://cybercemetery.unt.edu/archive/oilspill/20130218035007/https://www.opm.gov/information-management/freedom-of-information-act/,
  OPM's request numbers (2021-01094) on https://www.muckrock.com/foi/united-states-of-america-10/political-conversions-105325/,
  and the structure of OIP-style appeal decisions in earlier sets.
- h08 CHP extension: Government Code § 7922.535(b) and (c) ("setting forth the reasons for the extension and the date
  on which a determination is expected to be dispatched", no more than 14 days),
  https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=GOV&sectionNum=7922.535, and CDCR's
  operations manual 13040.18.1, https://www.cdcr.ca.gov/operations-manual/dom/chapter-1-general-administration/article-16-public-records/13040-18-1-extension-of-time-limits/
- h09 TDCJ itemised statement: Gov't Code § 552.2615 and 1 TAC § 70.7 (the itemised statement, the less costly
  alternative, the ten business days after which the request is withdrawn),
  https://lawserver.com/law/state/texas/tx-codes/texas_government_code_552-2615 and
  https://www.law.cornell.edu/regulations/texas/1-Tex-Admin-Code-SS-70-7
- h10 New York Executive Chamber acknowledgement: Public Officers Law § 89(3)(a) as the Committee on Open Government
  explains it ("acknowledge the receipt of the request in writing ... and offer an approximate date"),
  http://docs.dos.ny.gov/coog/ftext/f19644.htm and https://northportny.gov/documents/freedom-of-information-act-form-and-information-about-the-act
- h11 Florida DOC special service charge: Fla. Admin. Code R. 33-102.101 ("more than 15 minutes", "computed to the
  nearest quarter of an hour exceeding 15 minutes", "Payment of costs ... must be received before copies will be
  provided", Form DC1-201),
  https://casetext.com/regulation/florida-administrative-code/department-33-department-of-corrections/division-33-departmental/chapter-33-102-legal-services/section-33-102101-public-information-and-inspection-of-records
- h12 University of Illinois partial denial: 5 ILCS 140/3(e) and 9(a) (the five-business-day extension; the denial
  naming the person responsible and the review by the Public Access Counselor), as summarised on
  https://www.law.cornell.edu/regulations/illinois/Ill-Admin-Code-tit-2-SS-726.400 and
  https://vdocuments.site/to-dr-mike-riggle-from-rosanne-williamson-2017-5-19-michael-piskel-mpiskelglenbrook225org.html
- h13 Pennsylvania State Police final response: a requester's account of PSP's RTKL responses (a 30-day extension,
  then a final response denying access), https://pt.scribd.com/doc/16049985/Pa-State-Police-RTKL-appeal, the
  appeal to the Office of Open Records within 15 business days, http://pafoic.org/right-to-know-request-and-appeals-process/
  and https://rocklandtownshipberks.org/open-records, and Castillo v. PSP (708(b)(16) and CHRIA),
  https://print.casetext.com/case/castillo-v-pa-state-police
- h14 City of Cleveland no-records notice: R.C. 149.43(B)(1) as the Court of Claims explains it,
  https://ohiocourtofclaims.gov/ococ_faq/what-happens-after-i-make-my-request-for-a-public-record/, and the GovQA
  "Records Center" notification layout of earlier sets (no page was found for Cleveland itself in the time available).

Blind score: 14 of 14 fully right, and 14 of 14 matched to its request by its number. No letter was wrong, so no
rule was changed for this set.
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout217"
# What the rules reach on this set now (blind: 14); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))
