"""The three-hundred-and-eighteenth held-out set: 14 letters (letters/heldout318) that come after the first answer,
federal and state mixed, from fourteen offices, in the formats they really send: a Department of Justice Office of
Information Policy e-mail acknowledging an appeal from an FBI response, with its appeal number and day of receipt; a
CBP FOIA Appeals, Policy and Litigation Branch decision (PDF) affirming the withholding of a traveler's inspection
records under Exemptions 6, 7(C) and 7(E); a Navy Office of the Judge Advocate General letter remanding a "no
records" response for a new search; a State Department Appeals Review Panel letter (PDF) affirming in part and
reversing in part, releasing more of six documents and keeping Exemptions 1, 5 and 6; an FTC General Counsel appeal
decision e-mailed as an attached PDF, granting an appeal once the investigation behind an Exemption 7(A) withholding
had closed; an FBI litigation release (PDF), its third interim release with the checkbox page of exemptions; a DHS
Privacy Office letter denying expedited processing to a news organization; a Department of Labor Wage and Hour
Division e-mail granting a fee waiver to a farmworker advocacy group; a Veterans Health Administration letter in Word
administratively closing a request because it is now in a lawsuit; a HUD supplemental response (e-mail with the letter
attached in Word) releasing records found after OGIS's assistance; a Hawaii Office of Information Practices
memorandum opinion upholding a police department's denial (docket only); a Cook County Sheriff's Office supplemental
response in Word releasing records after an Illinois Public Access Bureau determination; an Indiana Public Access
Counselor opinion finding a police department answered late but withheld investigatory records properly (docket
only); and a Seattle Police Department letter closing a request the requester did not clarify. Written blind and
committed before the rules were run on them.

- w01-oip-appeal-ack.eml: DOJ OIP appeal acknowledgement, appeal A-2027-00412 from FBI request 1612345-000, received
  November 18, 2026.
- w02-cbp-appeal-affirmed.pdf: CBP appeal CBP-AP-2027-004186 (request CBP-FO-2026-118742), initial determination
  affirmed, Exemptions 6, 7(C) and 7(E).
- w03-navy-appeal-remanded.txt: Navy OJAG appeal DON-NAVY-2027-000392, NAVFAC SE "no records" response remanded for a
  new search.
- w04-state-arp-affirmed-in-part.pdf: State Department Appeals Review Panel, F-2025-09817 / A-2026-00631, affirmed in
  part and reversed in part, Exemptions 1, 5 and 6 kept.
- w05-ftc-appeal-granted.eml: FTC appeal FOIA-2027-00118 granted (Exemption 7(A) no longer applies), records to be
  processed for release.
- w06-fbi-litigation-interim.pdf: FBI third interim release in litigation, 523 pages reviewed, 312 released,
  Exemptions 6, 7(C), 7(D), 7(E).
- w07-dhs-expedite-denied.txt: DHS Privacy Office expedited processing denied under 6 C.F.R. 5.5(e).
- w08-dol-fee-waiver-granted.eml: DOL Wage and Hour Division fee waiver granted under 29 C.F.R. 70.42.
- w09-va-closed-litigation.docx: VHA FOIA Service administrative closure because the request is in litigation.
- w10-hud-supplemental-after-ogis.eml: HUD supplemental response after OGIS, 88 pages found, 71 in full, 12 in part,
  5 withheld, Exemptions 5 and 6.
- w11-hi-oip-appeal-decision.txt: Hawaii OIP memorandum opinion, U APPEAL 26-18, denial upheld under HRS 92F-13(3)
  and 92F-13(1).
- w12-il-ccso-release-after-pac.docx: Cook County Sheriff's Office release after 2026 PAC 86102, 41 pages, 5 ILCS
  140/7(1)(b) and 7(1)(c) redactions.
- w13-in-pac-opinion-late-but-proper.txt: Indiana PAC Formal Complaint 26-FC-344, late response but investigatory
  records properly withheld under Ind. Code 5-14-3-4(b)(1).
- w14-wa-seattle-pd-closed.txt: Seattle Police Department closing letter, clarification not received (RCW
  42.56.520(3)(b)).

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- w01 OIP appeal acknowledgement: OIP's template paragraphs for appeals ("This is to advise you that your
  administrative appeal from the action of the ... was received by this Office on ...", "we have adopted a general
  practice of assigning appeals in the approximate order of receipt"),
  https://pdf4pro.com/file/303ae/5docs_DOJ_OIPTemplatesAAL_Database_2011.pdf.pdf, and OGIS on appeal numbers,
  https://www.archives.gov/ogis/resources/the-ogis-library/how-to-file-an-appeal-s-p274
- w02 CBP appeal affirmed: the CBP appeal letters of earlier sets (FOIA Appeals, Policy and Litigation Branch, H-
  ruling numbers, CBP-AP- appeal numbers), the court's account of CBP's 7(E) withholdings on secondary inspections,
  https://cetient.com/case/9367337/sabra-v-us-customs-and-border-protection, and OGIS's model language,
  https://ogis.archives.gov/mediation-program/model-letter-language.htm
- w03 Navy appeal remanded: 32 C.F.R. 701.12 (appellate authority delegated to the Judge Advocate General),
  http://laws9.com/cfr/text/32/701/12, and the DON-NAVY appeal letters of earlier sets.
- w04 State Appeals Review Panel: the Department's letter formulas ("Case No.: F-2014-18175", appeal rights, OGIS),
  https://fr.scribd.com/document/356208139/DoS-FOIA-Response, and the Panel's practice,
  https://joecadillic.substack.com/p/a-peek-inside-the-state-departments-10-10-22
- w05 FTC appeal granted: 16 C.F.R. 4.11, http://federal.elaws.us/cfr/16-cfr-4.11(a)(1)(ii), and the FTC FOIA
  handbook, https://docslib.org/doc/8209767/foia-handbook
- w06 FBI litigation release: the FBI's release letter with its checkbox page ("The enclosed documents were reviewed
  under the Freedom of Information/Privacy Acts (FOIPA)", "... pages were reviewed and ... pages are being released")
  as in the FBI letters of earlier sets, and the counts of a litigated FBI production,
  http://ecases.us/case/casd/c762877/council-on-american-islamic-relations-v-federal-bureau-of-investigation
- w07 DHS expedite denied: the DHS Privacy Office letter layout ("Privacy Office, Mail Stop 0655", the appeal
  paragraph under 6 C.F.R. Part 5 § 5.8), https://docslib.org/doc/3095698/homeland-security-washington-dc-20528, and
  6 C.F.R. 5.5(e).
- w08 DOL fee waiver granted: 29 C.F.R. 70.42 and the DOL and OGIS paragraphs of earlier sets; OGIS's model language,
  https://ogis.archives.gov/mediation-program/model-letter-language.htm
- w09 VHA closure for litigation: the litigation closures of earlier sets (ICE, USCIS, FBI) and DHS's rule that an
  appeal is not acted on once the request is in litigation,
  https://ecfr.federalregister.gov/current/title-6/chapter-I/part-5/subpart-B/section-5.25
- w10 HUD supplemental after OGIS: OGIS's advisory opinion on agency communications,
  http://archives.gov/ogis/advisory-opinions/2018-01-agency-comms-with-requesters, and the DHS Privacy Office's page
  counts ("produced a total of forty-five (45) pages ... twenty-eight (28) pages ... releasable in their entirety"),
  https://docslib.org/doc/3095698/homeland-security-washington-dc-20528
- w11 Hawaii OIP memorandum opinion: OIP's opinion summaries on the frustration exception for police records,
  https://oip.hawaii.gov/u-memo-24-07,
  https://hawaiifreepress.com/Articles-Main/ID/41709/OIP-Issues-Eight-New-Opinions,
  and https://oip.hawaii.gov/six-new-opinions-issued
- w12 Cook County Sheriff after the PAC: 5 ILCS 140/9.5 (request for review), Ill. Admin. Code tit. 2, 1531.425,
  https://law.cornell.edu/regulations/illinois/Ill-Admin-Code-tit-2-SS-1531.425, and the Illinois letters of earlier
  sets (PAC file numbers "2026 PAC 84417").
- w13 Indiana PAC opinion: IC 5-14-5 (formal complaints), http://laws9.com/statutes/indiana/title5/ar14/ch5, the
  PAC's reasonable-time factors (Opinion 20-FC-87), https://indianacog.org/resources/, and the PAC opinions of earlier
  sets (26-FC-231, 26-FC-301).
- w14 Seattle Police Department closure: RCW 42.56.520(3)(b) (a request not clarified need not be answered), and
  reporting on SPD's request handling,
  https://www.axios.com/local/seattle/2022/08/22/seattle-police-open-record-requests-backlog-2800 and
  https://publicola.com/2026/02/05/police-department-reverses-course-on-public-records-after-lawsuit-loss

Sealed measurement: written blind on a branch of its own and kept out of the rules' reach while the round's fixes were
made, then scored once after them, at ab37245e: 11 of 14 fully right. Wrong were:
- w11 (w11-hi-oip-appeal-decision.txt): outcome 'full_grant' != 'denied'; exemptions None != ['HRS § 92F-13(3)', 'HRS §
  92F-13(1)']
- w12 (w12-il-ccso-release-after-pac.docx): exemptions ['5 ILCS 140/7(1)(d)(i)', '5 ILCS 140/7(1)(b)', '5 ILCS
  140/7(1)(c)'] != ['5 ILCS 140/7(1)(b)', '5 ILCS 140/7(1)(c)']
- w13 (w13-in-pac-opinion-late-but-proper.txt): outcome 'partial_grant' != 'denied'

After general fixes (a review's finding that the agency only answered late now reads "by failing to" too: "violated
the Access to Public Records Act by failing to respond to the request within a reasonable time", beside a withholding
upheld, is an affirmance), 12 of 14. Then (a denial found proper with the request named, "HCPD properly denied
Requester's request for the Office of Professional Standards investigation file", affirms; a wrongful denial told only
as a condition, "when Requester has been improperly denied access to a government record", decides nothing), 13 of 14.
After general fixes (what the rules now read: the office's own earlier answer named by its day, and what it withheld,
is that answer's and not this letter's, "In its June 24, 2026 response, CCSO withheld the responsive records in their
entirety pursuant to Section 7(1)(d)(i) of FOIA"), 12 of 14.
The two sets of general fixes above, made apart and both applied: 14 of 14.
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout318"
# What the rules reached on this set when it was scored once, sealed (11); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))
