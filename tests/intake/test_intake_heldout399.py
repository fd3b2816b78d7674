"""The three-hundred-and-ninety-ninth held-out set: 14 letters (letters/heldout399) that come after the first answer,
federal and state mixed, from fourteen offices, in the formats they really send: a Department of Veterans Affairs
Office of General Counsel e-mail acknowledging an appeal with its appeal number and day of receipt; a Department of
Labor Office of the Solicitor appeal decision (PDF) affirming the Wage and Hour Division's withholdings under
Exemptions 6, 7(C) and 7(D); a HUD Office of General Counsel appeal decision in Word granted in part, releasing 14
pages and upholding Exemption 5 for 27 more; an ICE Government Information Law Division letter remanding an appeal
for a new search for a detained client's medical and segregation records; a CBP e-mail closing a non-response appeal
as moot after the FOIA Division answered; a Justice Department Office of Information Policy letter closing a
prisoner's appeal as untimely; a Hawaii Office of Information Practices memorandum opinion (PDF) ordering most of a
Board of Water Supply's draft plan disclosed but upholding the frustration exception for well locations (docket only);
a Boston Police Department release in Word after the Supervisor of Records' determination, redacted under G. L. c. 4,
§ 7(26)(c) and (f); a USGS fee-waiver grant to a non-profit; a State Department e-mail (letter attached as PDF)
denying expedited processing; an Army Corps of Engineers district letter asking whether the requester is still
interested, with the 30-day close; an EPA letter (PDF) administratively closing a request because it is now in a
lawsuit; a DOE third interim production in FOIA litigation, e-mailed with the letter attached in Word; and a Coast
Guard supplemental response releasing 38 more pages after OGIS's assistance. Written blind and committed before the
rules were run on them.

- w01-va-appeal-ack.eml: VA OGC appeal acknowledgement, appeal 27-00312-A of request 26-09417-F, received December 2,
  2026.
- w02-dol-appeal-affirmed.pdf: DOL Solicitor, appeal 2027-A-00041 of request 2026-F-09817, WHD's determination
  affirmed under Exemptions 6, 7(C) and 7(D).
- w03-hud-appeal-partly.docx: HUD OGC, appeal 27-FA-HQ-00019 of request 26-FI-HQ-01742, granted in part: 14 pages
  released (Exemption 6 redactions), 27 pages still withheld in full under Exemption 5.
- w04-ice-appeal-remanded.txt: ICE OPLA GILD, appeal 2027-ICAP-00087 of request 2026-ICFO-41873, remanded for a new
  search (IHSC and Custody Management not tasked).
- w05-cbp-appeal-moot.eml: CBP, appeal CBP-AP-2027-000214 of request CBP-FO-2026-118734, non-response appeal closed as
  moot after the FOIA Division's final response.
- w06-oip-appeal-untimely.txt: DOJ OIP, appeal A-2027-00318 of BOP request 2026-05512, closed as untimely (postmarked
  more than 90 days after the response).
- w07-hi-oip-appeal-decision.pdf: Hawaii OIP memorandum opinion, U APPEAL 26-44, Board of Water Supply must disclose
  the drafts (Peer News) but may withhold well locations and maps under HRS 92F-13(3).
- w08-ma-boston-release-after-spr.docx: Boston Police Department release after SPR26/2418, request R001873-091526,
  143 pages, redactions under G. L. c. 4, § 7(26)(c) and (f).
- w09-usgs-fee-waiver-granted.txt: USGS fee waiver granted under 43 C.F.R. 2.45 and 2.48, DOI-USGS-2027-000214.
- w10-state-expedite-denied.eml: State Department expedited processing denied under 22 C.F.R. 171.11(f),
  F-2027-02418.
- w11-usace-still-interested.txt: USACE Jacksonville District "still interested?" letter, FA-26-0871, 30 calendar days
  to reply.
- w12-epa-closed-litigation.pdf: EPA administrative closure of EPA-HQ-2026-007318 because the request is in litigation.
- w13-doe-litigation-production.eml: DOE third interim production in litigation, HQ-2026-01873-F, 612 pages
  processed, 402 in full, 163 in part, 47 withheld, Exemptions 4, 5, 6.
- w14-uscg-supplemental-release.txt: Coast Guard supplemental response after OGIS, 2026-CGFO-03318, 38 more pages (21
  in full, 17 in part), Exemptions 6 and 7(C).

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- w01 VA appeal acknowledgement: 38 C.F.R. 1.559 (appeals to the Office of General Counsel (024), e-mail appeals to
  the official mailboxes), https://ecfr.io/Title-38/Section-1.559, and VA's request numbers (24-11792-F),
  https://muckrock.com/foi/united-states-of-america-10/upper-level-vba-loan-guaranty-employees-deliberative-process-regarding-va-circular-26-20-12-161423
- w02 DOL appeal decision: 29 C.F.R. 70.24 ("A decision affirming, in whole or in part, the decision below will
  include a brief statement of the reason or reasons for the affirmance"),
  https://www.osha.gov/laws-regs/regulations/standardnumber/70/70.24, and an appeal to the Solicitor from WHD,
  https://tr.scribd.com/document/319364046/Americans-for-Limited-Government-FOIA-Appeal
- w03 HUD appeal decision: 24 C.F.R. 15.110 and 15.111 (de novo review; decisions that overturn in whole or in part),
  https://law.lawstack.com/laws/24-cfr_s_15-110_hud-response-to-appeals-4d2c4ece-6497-41d1-a2d6-b8ee8535b168 and
  http://laws9.com/cfr/text/24/15/111, and HUD's request numbers (17-FI-HQ-00842),
  https://www.muckrock.com/foi/united-states-of-america-10/foia-march-madness-2017-ii-appeal-logs-procedures-letters-opinions-department-of-housing-and-urban-development-34879/
- w04 ICE remand: ICE request and appeal numbers and remands to the ICE FOIA Office,
  https://www.muckrock.com/foi/united-states-of-america-10/ice-foia-too-broad-records-85180/ and
  https://muckrock.com/foi/united-states-of-america-10/director-dashboard-june-2022-131195, and
  https://foia.wiki/wiki/U.S._Immigration_%26_Customs_Enforcement
- w05 CBP appeal closed as moot: CBP appeal numbers (CBP-AP-2015-005534),
  https://www.muckrock.com/foi/united-states-of-america-10/guidelines-for-detainment-at-border-6889/, 6 C.F.R. 5.8,
  and the moot closures of earlier sets.
- w06 OIP untimely appeal: the OIP letter formulas of earlier sets ("You appealed from the action of ...", the OGIS
  paragraph, "X" signature) and the BOP appeal route to OIP, http://laws9.com/cfr/text/28/513/66
- w07 Hawaii OIP opinion: OIP's memorandum opinions on the frustration exception, https://oip.hawaii.gov/u-memo-15-8,
  and Peer News v. City & County of Honolulu (2018),
  https://assets.documentcloud.org/documents/5663000/SCAP-16-0000114.txt and
  https://iguazu-staging.vlex.com/cases/march-2020-1-the-937351350
- w08 Boston release after the Supervisor of Records: 950 CMR 32.08,
  https://e.casetext.com/regulation/code-of-massachusetts-regulations/department-950-cmr-office-of-the-secretary-of-the-commonwealth/title-950-cmr-3200-public-records-access/section-3208-appeals,
  the municipal appeal paragraph, https://www.plymouth-ma.gov/FAQ.aspx?QID=191, and the SPR appeal numbers,
  https://www.statereference.com/pages/ma_prd_appeals
- w09 USGS fee waiver: 43 C.F.R. 2.45 to 2.48,
  http://www.ecfr.gov/cgi-bin/text-idx?c=ecfr&rgn=div6&view=text&node=43:1.1.1.1.2.7&idno=43 and
  http://edocket.access.gpo.gov/cfr_2002/octqtr/43cfr2.21.htm
- w10 State Department expedite denial: the Department's letter ("Our published regulations regarding expedition ...
  require a specific showing of a compelling need", "Regrettably, I must advise that you have not provided adequate
  justification for expedition"),
  https://de.scribd.com/document/325964564/Denial-of-Expedited-Processing-Of-Russ-Feingold-State-Department-Correspondence
  and https://fr.scribd.com/document/356208139/DoS-FOIA-Response
- w11 USACE still-interested letter: the still-interested letters of earlier sets (30-day reply, administrative close)
  and https://papersplease.org/wp/2016/08/11/
- w12 EPA closure for litigation: EPA request numbers (EPA-HQ-2017-007766),
  https://vdocuments.us/via-electronic-mail-2017-07-05-us-depat-of-state-v-ray-502-us-164-173.html, and the litigation
  closures of earlier sets.
- w13 DOE litigation production: the litigation production letters of earlier sets (productions on a schedule in a
  joint status report, questions to the Assistant United States Attorney) and DOE's request numbers of earlier sets
  (HQ-2026-01562-F).
- w14 Coast Guard supplemental response: the Coast Guard FOIA process guide (CG-6P),
  https://bayfury.com/how-to-check-us-coast-guard-licence-1656, the Commandant letterhead with staff symbol,
  http://uscgcstoris.blogspot.com/2017/01/foia-appeal-sent-to-cg-effort-now-over.html, and the supplemental responses
  after OGIS of earlier sets.

Sealed measurement: written blind on a branch of its own and kept out of the rules' reach while the round's fixes were
made, then scored once after them, at b16f424f: 10 of 14 fully right. Wrong were:
- w07 (w07-hi-oip-appeal-decision.pdf): outcome 'full_grant' != 'partial_grant'; exemptions None != ['HRS § 92F-13(3)']
- w11 (w11-usace-still-interested.txt): kinds ['final_determination'] != ['clarification_requested']
- w12 (w12-epa-closed-litigation.pdf): outcome 'denied' != 'other'
- w14 (w14-uscg-supplemental-release.txt): exemptions ['(b)(5)', '(b)(6)', '(b)(7)(C)'] != ['(b)(6)', '(b)(7)(C)']

After general fixes (a search for the records said done is not the request said done, "Our search for records
responsive to your request has been completed, and the records are undergoing review", so the letter asking whether
the requester is still interested stays a question about the request), 11 of 14.

After general fixes (a request closed because it is now in a lawsuit is closed so when the office is closing it by its
number, "Accordingly, EPA is administratively closing FOIA request EPA-HQ-2026-007318 in its FOIA tracking system",
after "Because your request is now the subject of litigation": finished here, outcome other, not a denial), 12 of 14.

After general fixes (an earlier answer the office issued, recalled with its day and what it released, "On August 27,
2026, the Coast Guard issued a final response to your request, releasing 212 pages with redactions under FOIA
Exemptions (b)(5), (b)(6) and (b)(7)(C)", keeps its exemptions to itself beside the (b)(6) and (b)(7)(C) this
supplemental release applies), 13 of 14.

After general fixes (a review's order to give out the records "redacted as described above", "BWS shall provide
Requester with the records, redacted as described above, promptly", is a release with parts taken out, so the opinion
that BWS must disclose the drafts but "may withhold that information under HRS § 92F-13(3)" decides in part and
applies that ground), 14 of 14.
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout399"
# What the rules reached on this set when it was scored once, sealed (10); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))
