"""The three-hundred-and-thirty-fifth held-out set: 14 letters (letters/heldout335) on the theme of sets 305, 306, 319
and 320, partial releases told in items and shares rather than one tidy count, from fourteen other offices and in
other wordings, federal and state mixed, in the formats they really send. Written blind and committed before the rules
were run on them: an OSD/Joint Staff final response (PDF) releasing the rest in part "with the exception of 16 pages,
which are withheld in full", pages referred to AFRICOM and 10 U.S.C. 130b named; a FEMA final response (PDF attached
to an e-mail) with pages and three spreadsheets; a Civil Rights Division final response with duplicates and
non-responsive pages removed before review; a DIA second interim release (Word attached to an e-mail) counting
documents and their pages, with two (b)(3) statutes and documents out for consultation; a VA Office of Accountability
and Whistleblower Protection response in Word with a table of records and pages released earlier; a Navy JAG response
box by box with a record referred to NCIS; a DOJ Inspector General final response (PDF) with audio recordings withheld,
pages referred to BOP and consulted with EOUSA; a Massachusetts State Police e-mail record type by record type; a New
York DOCCS FOIL response with a copying fee; a Cleveland Division of Police response (PDF) custodian by custodian; a
Florida Department of Law Enforcement response attachment by attachment, with pages released earlier; a Los Angeles
Police Department records-center e-mail on an SB 1421 release; a Seattle Police Department installment in Word with
a table; and a Louisiana State Police response item by item.

- q01-osdjs-final-referral.pdf: OSD/JS 27-F-0214, 176 pages, 30 referred to AFRICOM, 146 released in part but 16
  withheld in full, Exemptions 3 (10 U.S.C. 130b), 5, 6.
- q02-fema-final-spreadsheets.eml: FEMA 2027-FEFO-00231, 214 pages and 3 spreadsheets, 162 in full, 37 in part, 15
  withheld, Exemptions 5 and 6.
- q03-doj-crt-final-duplicates.txt: Civil Rights Division CRT-2026-00871, about 2,310 pages, 640 duplicates, 188 not
  responsive, 1,106 in full, 241 in part, 135 withheld, Exemptions 5, 6, 7(C), Bates range.
- q04-dia-interim-consultation.eml: DIA FOIA-00412-2026 second interim release, 31 documents (187 pages), 42 pages in
  full, 118 in part, 27 withheld, 36 pages out for consultation, Exemptions 1, 3 (10 U.S.C. 424, 50 U.S.C.
  3024(i)(1)), 6.
- q05-va-oawp-investigation-table.docx: VA OAWP 27-00418-F, table of 371 pages, 40 in full, 293 in part, 38 withheld,
  26 pages released on an earlier request, audio recordings withheld, Exemptions 5, 6, 7(C).
- q06-navy-jag-boxes.txt: Navy JAG DON-NAVY-2027-001142, three boxes: 310 pages released with redactions, 188 in full,
  44 withheld, photographs referred to NCIS, Exemptions 5 and 6.
- q07-doj-oig-final-audio.pdf: DOJ OIG 26-OIG-612, 612 pages, 171 in full, 388 redacted, 53 withheld, 14 audio
  recordings withheld, 47 pages referred to BOP, Exemptions 5, 6, 7(C), 7(E).
- q08-ma-msp-records-types.eml: Massachusetts State Police PRR-26-04812, seven record types, 12 pages provided, CORI
  printout (9 pages) withheld, G. L. c. 4, 7(26)(c), (f), (a) and c. 6, 172.
- q09-ny-doccs-foil-partial.txt: DOCCS FOIL Log #26-11533, 55 pages, 35 unredacted, 12 redacted, 8 withheld, videos
  denied, $11.75 copying fee, Public Officers Law 87(2)(b), (f).
- q10-oh-cleveland-pd-custodians.pdf: Cleveland Division of Police R017784-100526, three custodians, 143 Internal
  Affairs pages (89 in full, 31 redacted, 23 withheld), 18 Force Review Board pages, body-worn video, R.C. 149.43.
- q11-fl-fdle-attachments.txt: FDLE 2027-PR-0318, four attachments with Bates ranges (118, 63 and 31 pages), autopsy
  photographs withheld, 86 pages given before not duplicated, Fla. Stat. 406.136, 119.071, 119.0712.
- q12-ca-lapd-cpra-1421.eml: LAPD 26-18842, SB 1421 production of five items, 130 pages released, 14 withheld,
  Government Code 7927.705, 7922.000, 7923.600 and Penal Code 832.7(b)(6).
- q13-wa-seattle-pd-installment.docx: Seattle Police P061893-090826, installment 2 of 4, table by record, 203 of 212
  pages released, 9 withheld, RCW 42.56.240(2), (1), 42.56.230(7)(a), 42.56.240(14)(a)(iv).
- q14-la-lsp-records-items.txt: Louisiana State Police 26-04471, six items, 94 pages produced, 12 withheld, La. R.S.
  44:3(A)(2), 44:19.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- q01 OSD/JS: the OSD/JS FOIA Requester Service Center's letters and reading room (Initial Denial Authority, the appeal
  to the ODCMO Directorate for Oversight and Compliance, the OGIS paragraph), http://www.dod.mil/pubs/foi/rdroom.html,
  and the DoD annual report's list of components, http://www.dod.mil/pubs/foi/97report/97conten.htm
- q02 FEMA: FEMA's final response to the Protect Democracy Project, 2018-FELI-00002 ("A search of ... produced a
  total of ... pages. Of those pages, ... are releasable in their entirety"),
  https://de.scribd.com/document/379907774/Response-from-FEMA-Regarding-FEMA-Data, and the FEMA FOIA request page
  https://www.muckrock.com/foi/united-states-of-america-10/foia-processing-notes-dhs-occupy-sandy-10847/
- q03 Civil Rights Division: the Voting Section request in Brennan Center v. DOJ (pages released in full and in part,
  pages withheld under 5, 6, 7(A), 7(C)),
  http://ecases.us/case/dcd/c8567823/brennan-center-for-justice-at-new-york-university-school-of-law-v-us, and the
  DOJ component letter formulas (552(c) notice, OGIS, OIP appeal) of earlier sets.
- q04 DIA: Khatchadourian v. DIA (10 U.S.C. 424 and 50 U.S.C. 3024(i) under Exemption 3, Vaughn index),
  http://casetext.com/case/khatchadourian-v-def-intelligence-agency, and Wickwire Gavin v. DIA,
  https://cetient.com/case/2314270/wickwire-gavin-pc-v-defense-intelligence-agency
- q05 VA OAWP: the VA final response and appeal paragraphs (Office of General Counsel (024), FOIA Public Liaison,
  OGIS) of earlier sets' VA letters, and the VA OIG index of set 320.
- q06 Navy JAG: the Department of the Navy letter layout ("IN REPLY REFER TO 5720 Ser", "SUBJECT: FREEDOM OF
  INFORMATION ACT REQUEST", "By direction") of earlier sets and the Army's FOIA regulation on referrals and Initial
  Denial Authorities, http://careersdocbox.com/US_Military/76960207-The-department-of-the-army-freedom-of-information-act-program.html
- q07 DOJ OIG: the OIG's production letter in Citizens United v. DOJ ("We have processed 460 pages of responsive
  records. It has been determined that certain portions such records should be withheld ... as follows:"),
  https://www.scribd.com/document/630191231/CU-v-DOJ-IG-Production-1, and the OIG FOIA reading room page
  https://updategamers.netlify.app/host-https-oig.justice.gov/foia-reading-room
- q08 Massachusetts State Police: the Department's fee letter ("The Department of State Police ('Department') is in
  receipt of your ... public records request", M.G.L. c. 4, § 7 cl. 26),
  https://daili.ingbo.tv/default/https/www.scribd.com/document/783927329/State-Police-want-more-than-176k-to-review-public-records-request,
  and https://www.muckrock.com/foi/massachusetts-1/mass-state-police-reports-55975/
- q09 NY DOCCS: Matter of Appellate Advocates v. DOCCS (partial grants with redactions),
  https://nycourts.gov/Reporter/3dseries/2024/2024_06091.htm, and the FOIL appeal regulations ("fully explain in
  writing the reasons for further denial"), https://www4.erie.gov/clerk/how-appeal-foil-decision
- q10 Cleveland Division of Police: R.C. 149.43(B)(3) (explaining redactions) and the Ohio letters of earlier sets.
- q11 FDLE: the Florida letters of earlier sets (Fla. Stat. 119.071(4)(d)2., 119.071(5)(a), 119.0712(2)) and
  Fla. Stat. 406.136 on autopsy photographs.
- q12 LAPD: the City of Los Angeles records center, https://lacity.nextrequest.com/requests/19-6469, and the SB 1421
  requests in Garcia v. City of Los Angeles,
  https://rulings.law/rulings/judge-james-c-chalfant/23stcp02244-2024-06-13.html
- q13 Seattle Police Department: RCW 42.56.240(14) on body-worn camera recordings,
  https://maximumdisclosure.substack.com/p/bodycam-footage-and-open-record-requests, and
  https://www.eastwenatcheewa.gov/216/Police-Body-Worn-Camera-Recording
- q14 Louisiana State Police: the Louisiana letters of earlier sets (La. R.S. 44:3(A)(2), 44:19, review under
  44:35).

Blind score (written before the rules were run on it): 4 of 14 fully right, and 13 of 14 matched to its request by its
number (q07's number, printed only in brackets after the subject's "Request", was not read). Wrong were:
- q01 (OSD/JS, PDF): 146 pages released instead of 130, the 16 withheld in full not taken from the pages the sentence
  releases: "... has determined that the remaining 146 pages are appropriate for release in part, with the exception
  of 16 pages, which are withheld in full."
- q03 (Civil Rights Division): Exemption 5 missed, the list of exemptions under "pursuant to the following FOIA
  exemptions set forth in 5 U.S.C. 552(b):" not read ("(5) which permits the withholding of inter-agency or
  intra-agency memorandums ..."); only "Exemptions 6 and 7(C) have been applied to the names ..." was.
- q05 (VA OAWP, Word): 359 pages released instead of 333, the report given out on an earlier request added to the
  table's: "The report itself, 26 pages, was released to you in redacted form on August 14, 2026, in response to your
  earlier request 26-09112-F, and it has not been processed again."
- q06 (Navy JAG): 542 pages released instead of 498 and none withheld, the third box's pages counted as released:
  "Box 3 (enclosures (62) through (70): ...): 44 pages." followed by "These pages are withheld in their entirety under
  5 U.S.C. § 552(b)(6), ..."
- q07 (DOJ OIG, PDF): no tracking number, so not matched: "Subject: Freedom of Information/Privacy Act Request
  [26-OIG-612]".
- q10 (Cleveland Division of Police, PDF): R.C. 149.43(A)(1)(jj) and (A)(17)(h) missed: "The recordings are released
  with the faces of two juvenile bystanders blurred, pursuant to R.C. 149.43(A)(1)(jj) and (A)(17)(h)."
- q11 (FDLE): 94 pages released instead of 212, the pages given out before taken and the attachments' pages not
  summed: "The 86 pages of the Polk County Sheriff's Office incident reports that were provided to you on October 2,
  2026, in response to your earlier request 2026-PR-2291, are not duplicated here." beside "Attachment A -
  Investigative Summary and Reports of Investigation (FDLE-000001 through FDLE-000118): 118 pages, 44 of which contain
  redactions."
- q12 (LAPD, e-mail): Penal Code § 832.7(b)(1) logged as an exemption, though it names the records the law opens:
  "... 14 pages, which are not records described in Penal Code section 832.7(b)(1) and are withheld pursuant to
  Government Code section 7927.705 and Government Code section 7922.000, ..."
- q13 (Seattle Police, Word): 88 pages released instead of 203 (the share redacted taken for the pages released), and
  no exemptions from the list of reasons: "Of the 212 pages in this installment, 203 are released, 88 of them with
  redactions, and 9 pages of the Force Review Board packet are withheld in full."; "- Witness and victim identifying
  information, RCW 42.56.240(2);"
- q14 (Louisiana State Police): the 12 pages withheld in full missed: "Item 2: Coroner's autopsy report and toxicology
  report, 12 pages. Withheld in full; autopsy reports are confidential pursuant to La. R.S. 44:19."

After general fixes (a request's number in square brackets after its label: "Freedom of Information/Privacy Act
Requests [20-OIG-171]"; faces blurred or pixelated under a law cite it: "released with the faces of two juvenile
bystanders blurred, pursuant to R.C. 149.43(A)(1)(jj)"; the law that opens records, named to say the records withheld
are not of its kind, is no ground: "which are not records described in Penal Code section 832.7(b)(1)"; pages given
out on the requester's earlier request are no release of this letter: "in response to your earlier request"; the
pages of a release named by it: "Of the 212 pages in this installment, 203 are released, 88 of them with redactions";
a short lead after a sentence on the redactions introduces their grounds: "... set out in the exemption log ... In
summary:", a bulleted ground read in its middle; the items after "set forth in 5 U.S.C. 552(b):" are its paragraphs:
"(5) which permits the withholding of ..."; pages released but for some withheld in full count without them: "with
the exception of 16 pages, which are withheld in full"; what was done to an item's pages said with no subject in the
next sentence: "12 pages. Withheld in full; ..."; an investigation's enclosures named by their numbers are no pages
enclosed: "enclosures (62) through (70)"; an item's pages after its label, a share of them redacted, are given out:
"118 pages, 44 of which contain redactions."), 14 of 14.
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout335"
# What the rules reached on this set when it was scored once, blind (4), then after its fixes; it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))
