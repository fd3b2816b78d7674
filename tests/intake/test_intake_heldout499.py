"""The four-hundred-and-ninety-ninth held-out set: 14 letters (letters/heldout499) from state and local public-records
offices in fourteen states, each under its own law, with two letters from state review bodies: a City of Mobile
e-mail acknowledging an Alabama Open Records Act request as a standard request with a day for the substantive
response; a Mississippi State University estimate of the actual cost of search, review and production under Miss.
Code Ann. 25-61-7; a North Dakota Attorney General's open records opinion (PDF) finding that a parks district withheld
a separation agreement and must provide it free of charge (docket only); a Marshall University FOIA response in Word
with a table of records, releasing 88 pages (17 redacted) and withholding 6 under W. Va. Code 29B-1-4(a)(2) and
(a)(8) and FERPA; a UC Berkeley e-mail taking the CPRA's fourteen days for unusual circumstances; a Hennepin County
Sheriff's Office letter asking a data requester to narrow a request under the Data Practices Act; a Jacksonville
Port Authority letter finding no records under Chapter 119; an MTA FOIL appeal determination in Word upholding
privacy redactions under Public Officers Law 87(2)(b) and ordering the factual tabulations of withheld audits
released; a King County Metro first installment (PDF) of 134 pages with RCW 42.56 redactions and a date for the next;
a Connecticut Freedom of Information Commission final decision (PDF) ordering an internal affairs report disclosed
with officers' addresses redacted under G.S. 1-217 (docket only); a Chicago Transit Authority e-mail extending the
time by five business days under 5 ILCS 140/3(e) and granting a fee waiver under Section 6(c); a City of Sioux Falls
still-interested letter under SDCL 1-27-37(3); a Raleigh Police Department denial (scanned PDF) of camera recordings
and investigative records under G.S. 132-1.4A(b) and 132-1.4(a); and a Regional Transportation District CORA
response providing 58 pages in full. Written blind and committed before the rules were run on them.

- q01-al-mobile-ora-acknowledgment.eml: City of Mobile, MOB-ORR-2026-1417 received November 24, 2026, a standard
  request under Ala. Code 36-12-43 and 36-12-44; substantive response on or before December 22, 2026.
- q02-ms-msstate-public-records-cost-estimate.txt: Mississippi State University, PRR 26-372 received November 30,
  2026, estimated cost of $212.50 under Miss. Code Ann. 25-61-7(1), payable in advance.
- q03-nd-ag-open-records-opinion.pdf: North Dakota Attorney General, opinion 2026-O-21 to the Williston Parks and
  Recreation District: records not provided within a reasonable time and an open separation agreement withheld;
  the agreement to be provided free of charge (docket only).
- q04-wv-marshall-foia-partial.docx: Marshall University, MU FOIA No. 2026-214, 94 pages found, 88 released (17 with
  redactions) and 6 withheld, W. Va. Code 29B-1-4(a)(2), 20 U.S.C. 1232g and 29B-1-4(a)(8), in a table.
- q05-ca-ucb-cpra-extension.eml: UC Berkeley Public Records Act Office, request 26-1187 received December 4, 2026,
  fourteen-day extension under Government Code 7922.535 to December 28, 2026.
- q06-mn-hcso-data-request-clarify.txt: Hennepin County Sheriff's Office, HCSO-DR-26-04412 received December 9, 2026,
  clarification asked for (summary data or reports, video, scope); closed after 10 business days without an answer.
- q07-fl-jaxport-public-records-no-records.txt: Jacksonville Port Authority, JAXPORT PRR No. 2026-0388, no records
  after a search of e-mail, devices and project files.
- q08-ny-mta-foil-appeal-in-part.docx: MTA FOIL Appeals Office, Appeal No. AP-26-0931 on request #R002318-101426,
  87(2)(b) redactions upheld, the 87(2)(g) withholding reversed but for the auditors' recommendations: in part.
- q09-wa-kcmetro-pdr-first-installment.pdf: King County Metro Transit, PDR No. M012977-111926, first installment of
  134 pages, redactions under RCW 42.56.250(4), 42.56.240(1) and 42.56.420(1); next installment by January 29, 2027.
- q10-ct-foic-final-decision.pdf: Connecticut Freedom of Information Commission, Docket #FIC 2026-0274 against the
  Glastonbury Police Department: the 1-210(b)(2) claim rejected, the records to be provided with officers'
  residential addresses redacted under 1-217(a)(2) (docket only).
- q11-il-cta-foia-extension-fee-waiver.eml: Chicago Transit Authority, FOIA Request No. 2026-FOIA-03318 received
  December 28, 2026, extended five business days to January 12, 2027 (5 ILCS 140/3(e)), fee waiver granted (6(c)).
- q12-sd-siouxfalls-open-records-still-interested.txt: City of Sioux Falls, Request No. 26-1077, still interested?
  The request to be deemed withdrawn under SDCL 1-27-37(3) if no clarification comes by January 21, 2027.
- q13-nc-raleigh-pd-public-records-denial-scanned.pdf: Raleigh Police Department, request #26-4471, denied under
  N.C. Gen. Stat. 132-1.4A(b) (recordings) and 132-1.4(a) (criminal investigation records).
- q14-co-rtd-cora-records-provided.txt: Regional Transportation District, RTD CORA No. 2027-0042, 58 pages provided in
  full after the seven-working-day extension, no charge.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- q01 Mobile acknowledgement: the Alabama Open Records Act as amended in 2024 (standard request, acknowledgement within
  10 days, substantive response within 15 business days, 15-day extensions, written procedures),
  https://lexace.ai/us/statute/alabama/36-12-45 and
  https://fastdemocracy.com/bill-summary/?billsummary_id=ALB00017074&billsummary_session=2024rs&billsummary_state=al
- q02 Mississippi State estimate: the Mississippi Public Records Act's actual-cost rule and the universities' practice
  of an advance estimate at the lowest qualified employee's rate, http://www.mississippi.edu/pr/request1.asp,
  https://legal.olemiss.edu/legal-issues/mississippi-public-records-act/ and
  https://www.openmygovernment.org/mississippi/
- q03 North Dakota opinion: the Attorney General's open records opinions (Facts Presented, Issues, Analysis,
  Conclusions, Steps Needed to Remedy Violations, seven days), https://groups.google.com/g/ndnewsfeed/c/SOVuIL-fwfg,
  https://ezel.ai/ag-opinions/nd/2024-o-01-the-morton-county-board-of-equalization-did-not-respond-to-a and
  https://lexace.ai/us/statute/north-dakota/44-04-21.1
- q04 Marshall University response: W. Va. Code 29B-1-4 ((a)(2) privacy, (a)(8) internal memoranda) and 29B-1-5,
  in the partial releases of West Virginia agencies in earlier sets, with a record table as universities send.
- q05 UC Berkeley extension: Government Code 7922.535 (ten days, fourteen more for unusual circumstances) as the
  California campuses write it, with the NextRequest-style message of earlier sets.
- q06 Hennepin County Sheriff clarification: the Sheriff's data request page (summary data, inspection free of
  charge), https://hennepinsheriff.org/services/data-requests, and the Commissioner's advisory opinions on Hennepin
  County requests, https://mn.gov/admin/data-practices/opinions/library/index.jsp?id=36-267820
- q07 JAXPORT no records: Chapter 119 practice (no duty to create a record, diligent search described), as in the
  Florida letters of earlier sets.
- q08 MTA appeal determination: the MTA FOIL Appeals Office's letters ("I am writing in response to your FOIL appeal,
  dated ... and received by the MTA FOIL Appeals Office on ..."),
  https://trellis.law/doc/209908272/exhibit-s-e-denial-foil-appeal and
  https://trellis.law/doc/209907603/exhibit-s-e-response-denying-foil-appeal, and the Comptroller's audit of
  MTA FOIL, https://docslib.org/doc/1920862/compliance-with-freedom-of-information-law-requirements
- q09 King County Metro installment: RCW 42.56.520 and King County's public records pages,
  https://legalfix.com/statutes/state-codes/washington/title-42/chapter-42-56/section-42-56-520,
  https://cd10-prod.kingcounty.gov/en/dept/council/governance-leadership/county-council/clerk-of-the-council/public-records-requests
  and https://cd10-prod.kingcounty.gov/en/dept/sheriff/courts-jails-legal-system/sheriff-records/faqs
- q10 Connecticut FOIC final decision: the Commission's final decisions (numbered findings, "It is found", "It is
  concluded", the order, the parties under 4-180(c)), as in the Commission's published decisions, with the Perkins
  test for 1-210(b)(2).
- q11 CTA extension and waiver: 5 ILCS 140/3(e) and 6(c) as restated in agency rules,
  https://law.cornell.edu/regulations/illinois/Ill-Admin-Code-tit-2-SS-1127.401 and
  https://publicinformationrequests.com/agencies/il/chicago-transit-authority-cta, and the Public Access Counselor's
  opinion on CTA's deadlines,
  https://www.airdowerwas.com/blog/2025/may/foia-compliance-reminder-pac-issues-third-bindin
- q12 Sioux Falls still-interested: SDCL 1-27-37 (ten business days, clarification, deemed withdrawn),
  https://instalawyer.io/laws/south-dakota-codified-laws/section-1-27-37-written-request
- q13 Raleigh Police denial: G.S. 132-1.4A (recordings not public records, disclosure, release by the superior court)
  and 132-1.4, https://www.davislawfirmnc.com/publications/police-recordings-and-north-carolina-law/,
  https://hollyspringsnc.gov/2383/Request-for-Police-Recording-Body-Worn-C and
  https://www.sog.unc.edu/blogs/coates-canons/answers-questions-about-north-carolina%E2%80%99s-body-worn-camera-law
- q14 RTD CORA response: C.R.S. 24-72-203 (three working days, seven more for extenuating circumstances) and CORA
  custodian policies, https://colorado.public.law/statutes/crs_24-72-203 and
  https://pbmprd.org/board-of-directors/colorado-open-records-act-request/

Sealed measurement: written blind on a branch of its own and kept out of the rules' reach while the round's fixes were
made, then scored once after them, at 7d2fd9b5: 8 of 14 fully right. Wrong were:
- q04 (q04-wv-marshall-foia-partial.docx): exemptions ['20 U.S.C. § 1232g', 'W. Va. Code § 29B-1-4(a)(2)', 'W. Va. Code
  § 29B-1-4(a)(8)'] != ['W. Va. Code § 29B-1-4(a)(2)', '20 U.S.C. § 1232g', 'W. Va. Code § 29B-1-4(a)(8)']
- q05 (q05-ca-ucb-cpra-extension.eml): kinds ['extension'] != ['acknowledged', 'extension']; received None !=
  '2026-12-04'
- q08 (q08-ny-mta-foil-appeal-in-part.docx): exemptions None != ['Public Officers Law § 87(2)(b)', 'Public Officers Law
  § 87(2)(g)']
- q09 (q09-wa-kcmetro-pdr-first-installment.pdf): expected_by None != '2027-01-29'; exemptions ['RCW 42.56.250(4)', 'RCW
  42.56.240(1)'] != ['RCW 42.56.250(4)', 'RCW 42.56.240(1)', 'RCW 42.56.420(1)']
- q10 (q10-ct-foic-final-decision.pdf): outcome 'full_grant' != 'partial_grant'; exemptions None != ['Conn. Gen. Stat. §
  1-217(a)(2)']
- q13 (q13-nc-raleigh-pd-public-records-denial-scanned.pdf): exemptions ['N.C. Gen. Stat. § 132-1.4A(b)', 'N.C. Gen.
  Stat. § 132-1.4A(g)', 'N.C. Gen. Stat. § 132-1.4(a)'] != ['N.C. Gen. Stat. § 132-1.4A(b)', 'N.C. Gen. Stat. §
  132-1.4(a)']
Correction after scoring: q09 logs no expected_by: an interim release logs no expected_by, whatever day it gives for the
rest, the convention set 426 wrote down (225 j09, 406 s04, 403 r11, 426 b12); the sealed score stands, and q09 is still
wrong on its grounds, 8 of 14.
After a general fix (North Carolina's release of law enforcement recordings by a superior court's order, G.S.
132-1.4A(f) and (g), is the way to ask the court for them, never a ground), 9 of 14: q13 right.
After a general fix (the items of a list set in by an indent, each wrapped onto lines set in deeper under its words,
are each read, the last one too), 10 of 14: q09 right.
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout499"
# What the rules reached on this set when it was scored once, sealed (8); it may only go up.
FLOOR = 10
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {
    "q04-wv-marshall-foia-partial.docx",
    "q05-ca-ucb-cpra-extension.eml",
    "q08-ny-mta-foil-appeal-in-part.docx",
    "q10-ct-foic-final-decision.pdf",
}


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))
