"""The three-hundredth held-out set: 14 letters (letters/heldout300) that come after the first answer, federal and
state mixed, from fourteen offices, in the formats they really send: a Department of Energy Office of Hearings and
Appeals Decision and Order (PDF) granting an appeal in part, remanding for a new search and upholding Exemption 5; an
EPA National FOIA Office e-mail acknowledging an appeal with its appeal number and day of receipt; an ICE e-mail
granting expedited processing to a lawyer for a detained person (loss of substantial due process rights); a NOAA
letter denying a fee waiver under 15 C.F.R. 4.11(l) to a trade association; an Army Installation Management Command
letter asking whether the requester is still interested, with the 30-day close; a USCIS National Records Center letter
(PDF) administratively closing an A-file request because it is now in a lawsuit; a Bureau of Prisons release in Word
after an OIP remand, with a page table and the 552(c) notice; an SEC supplemental response e-mail (letter attached as
PDF) releasing more pages after OGIS's assistance; an Arkansas Attorney General opinion finding a custodian's
withholding of employee-evaluation records consistent with the FOIA (docket only); a Delaware Attorney General FOIA
petition opinion (PDF) finding that the Department of Transportation violated FOIA (docket only); a Department of the
Interior appeal closed as moot after the Fish and Wildlife Service answered; a City of Fort Wayne supplemental response
e-mail (letter attached in Word) releasing disciplinary records after a Public Access Counselor advisory opinion; an
FDA fifth interim production in FOIA litigation; and a Washington Department of Corrections letter in Word closing a
request whose installment was not paid for or claimed (RCW 42.56.120(4)). Written blind and committed before the rules
were run on them.

- z01-doe-oha-appeal-granted-in-part.pdf: DOE OHA Decision and Order, FIA-27-0019, granted in part (search remanded),
  Exemption 5 upheld, Exemption 6 not challenged.
- z02-epa-appeal-ack.eml: EPA appeal acknowledgement, appeal 2027-EPA-00518, received November 19, 2026.
- z03-ice-expedite-granted.eml: ICE expedited processing granted under 6 C.F.R. 5.5(e)(1)(iii), detained client.
- z04-noaa-fee-waiver-denied.txt: NOAA fee waiver denied (commercial interest, no dissemination shown).
- z05-army-still-interested.txt: Army IMCOM "still interested?" letter, 30 calendar days to reply.
- z06-uscis-closed-litigation.pdf: USCIS NRC administrative closure because the request is in litigation.
- z07-bop-release-after-remand.docx: BOP response on remand from OIP, 186 pages reviewed, 9 in full, 163 in part, 14
  withheld, Exemptions 6, 7(C), 7(E), 7(F).
- z08-sec-supplemental-after-ogis.eml: SEC supplemental response after OGIS, 46 more pages, Exemptions 6 and 7(C), the
  rest still withheld under Exemption 8.
- z09-ar-ag-opinion-custodian.txt: Arkansas Attorney General Opinion No. 2026-142, custodian's withholding under A.C.A.
  25-19-105(c)(1) consistent with the FOIA.
- z10-de-ag-petition-violated.pdf: Delaware Attorney General Opinion No. 26-IB61, DelDOT violated FOIA (potential
  litigation exemption not shown), records to be provided.
- z11-doi-appeal-closed-moot.txt: DOI FOIA/Privacy Act Appeals Office, non-response appeal closed as moot.
- z12-in-fort-wayne-release-after-pac.eml: Fort Wayne release after Formal Complaint 26-FC-287, 17 pages, Social
  Security numbers redacted, the rest of the personnel files withheld.
- z13-fda-litigation-interim-production.txt: FDA fifth interim production in litigation, 500 pages processed, 371 in
  full, 97 in part, 32 withheld, Exemptions 4, 5, 6.
- z14-wa-doc-closed-installment.docx: Washington DOC closing letter, second installment not paid for or claimed.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- z01 DOE OHA Decision and Order: the OHA FOIA appeal decisions ("appealed a determination letter issued to him by the
  Department of Energy's (DOE) Office of Public Information (OPI) regarding Request No. ...", "we grant the Appeal in
  part and deny it in part", "It is hereby ordered that ... This is a final order of the Department of Energy from
  which any aggrieved party may seek judicial review"), OHA's summaries of appeals granted for an inadequate search
  and remanded to OPI (FIA-18-0033, FIA-19-0010, FIA-21-0002),
  https://www.energy.gov/oha/downloads/fia-18-0033-matter-national-security-archive,
  https://www.energy.gov/oha/downloads/fia-19-0010-matter-american-oversight,
  https://bbmglobalsynergy.com/node/4693715, and OGIS on OHA's appeal letters,
  http://foia.blogs.archives.gov/2015/12/18/the-appeal-of-the-appeal-letter
- z02 EPA appeal acknowledgement: 40 C.F.R. 2.108 (appeals to the National FOIA Office) and 2.104 (written
  acknowledgement with the date received and the number assigned), EPA's PAL numbers of earlier sets (2026-EPA-05517,
  2027-EPA-00402), https://jjkellercompliancenetwork.com/regsense/2-108-administrative-appeals and
  https://www.law.cornell.edu/cfr/text/40/2.104
- z03 ICE expedited processing: 6 C.F.R. 5.5(e)(1) and the ICE letter formulas of earlier sets ("Provisions of the FOIA
  allow us to recover part of the cost of complying with your request"), the ILRC request to ICE,
  https://dokumen.tips/documents/submitted-via-electronic-mail-to-ice-foiadhs-jun-22-2017-guadalupe-siordia-ortiz.html,
  and the DHS step-by-step guide,
  https://docslib.org/download/2599424/a-step-by-step-guide-to-completing-foia-requests-with-dhs
- z04 NOAA fee waiver denial: 15 C.F.R. 4.11(l) and the Commerce appeal paragraph ("An appeal must be received within
  ... by the Assistant General Counsel ... Room 5875", "clearly marked 'Freedom of Information Act Appeal'"),
  https://info.5y1.org/waived-fee-meaning_1_25670c.html and
  https://checkoutapi.com/regulations/expand/title15_part4_subpartA_section4.1
- z05 Army still-interested letter: the still-interested letters of earlier sets (the 30-day reply and administrative
  close) and the Army's FA- control numbers; the Army FOIA page https://www.poa.usace.army.mil/feesandwaivers/
- z06 USCIS closure for litigation: the NRC letter layout (control number top right, "request received in this office
  on"), https://docs.justia.com/cases/federal/district-courts/louisiana/laedce/2:2015cv00796/165421/10, and
  https://valawyersweekly.com/2023/03/13/uscis-moots-claims-in-foia-suit/
- z07 BOP release on remand: the DOJ component letter formulas (552(c) notice, OGIS and OIP appeal paragraphs) as in
  the OIP letters of earlier sets, and
  https://brucedocumentblog.blogspot.com/2022/12/doj-office-of-information-policy-foia.html
- z08 SEC supplemental response after OGIS: OGIS's final response letters and its advisory opinion on agency
  communications, http://archives.gov/ogis/advisory-opinions/2018-01-agency-comms-with-requesters and
  https://unredacted.com/2015/11/20/ogis-posts-more-response-letters-online/
- z09 Arkansas AG opinion: "I am writing in response to a request, made pursuant to A.C.A. § 25-19-105(c)(3)(B), for
  my opinion on whether ...", "My duty ... is to determine whether a custodian's decision ... is consistent with the
  FOIA", https://www.courtlistener.com/api/rest/v3/opinions/3265524/ and https://arkansasag.gov/
- z10 Delaware AG petition opinion: https://attorneygeneral.delaware.gov/opinions/page/13 and
  https://attorneygeneral.delaware.gov/opinions/page/3 ("We treat your correspondence as a Petition for a
  determination pursuant to 29 Del. C. § 10005", "DECIDED: The Department violated FOIA by failing to meet its burden")
- z11 DOI appeal closed as moot: the DOI appeals page ("FREEDOM OF INFORMATION APPEAL", appeals after a bureau's
  failure to answer in time), https://webarchive.library.unt.edu/web/20120928003125/http://www.doi.gov/foia/appeals.cfm,
  and the DOI appeal letters of earlier sets.
- z12 Fort Wayne release after the PAC: Ind. Code 5-14-3-4(b)(8)(C) and the Indiana PAC advisory opinions of earlier
  sets (formal complaint numbers 26-FC-231, 26-FC-301).
- z13 FDA litigation production: the litigation production letters of earlier sets (interim productions on a schedule
  in a joint status report, questions to the Assistant United States Attorney) and FDA's Division of Freedom of
  Information address.
- z14 Washington DOC closing letter: WAC 44-14-04006 ("A records request has been fulfilled and can be closed when
  ... a request or installment has not been claimed or reviewed"),
  https://apps.leg.wa.gov/wac/default.aspx?cite=44-14-04006, and
  https://lawfilesext.leg.wa.gov/Law/WAC/WAC%20430%20%20TITLE/WAC%20430%20-%2001%20%20CHAPTER/WAC%20430%20-%2001%20-110.htm

Sealed measurement: written blind on a branch of its own and kept out of the rules' reach while the round's fixes were
made, then scored once after them, at c8e5389e: 8 of 14 fully right. Wrong were:
- z01 (z01-doe-oha-appeal-granted-in-part.pdf): exemptions ['(b)(5)'] != ['(b)(5)', '(b)(6)']
- z07 (z07-bop-release-after-remand.docx): pages_released None != 172
- z08 (z08-sec-supplemental-after-ogis.eml): exemptions ['(b)(4)', '(b)(6)', '(b)(7)(C)', '(b)(8)'] != ['(b)(6)',
  '(b)(7)(C)', '(b)(8)']
- z09 (z09-ar-ag-opinion-custodian.txt): kinds ['final_determination'] != ['appeal_decision']; appeal_number None !=
  '2026-142'; exemptions ['Ark. Code Ann. § 25-19-105(c)(3)(B)(i)', 'Ark. Code Ann. § 25-19-105(c)(1)'] != ['Ark. Code
  Ann. § 25-19-105(c)(1)']
- z12 (z12-in-fort-wayne-release-after-pac.eml): pages_released None != 17
- z14 (z14-wa-doc-closed-installment.docx): outcome 'full_grant' != 'withdrawn'; pages_released 186 != None

After general fixes (what the office's own earlier letter withheld, recalled in a later one that applies its own
exemptions, is that letter's: "By letter dated August 27, 2026, we released 19 pages ... and withheld the remaining
records in full under FOIA Exemptions 4, 6 and 8"; "your request for my opinion under A.C.A. § 25-19-105(c)(3)(B)(i)"
asks for an attorney general's opinion, and that section is procedure, not the exemption applied), 10 of 14.
After general fixes (a table counting each record's pages by what was done with them: "| Records | Pages reviewed |
Released in full | Released in part | Withheld in full |", its total row the rows above summed; a sum set after
records released at length: "Enclosed are the Chief of Police's letters of suspension for the two officers, which
state the factual basis for the final action taken, and the Board of Public Safety's findings and order affirming the
suspensions, a total of 17 pages"), 10 of 14.
The two sets of general fixes above, made apart and both applied: 12 of 14.
After a further general fix (a request closed because an installment was never paid for or claimed is withdrawn, and
the installments a table counts as given out before are no release of this letter: "Because you have not paid for or
claimed the second installment, the Department is closing your request"), 13 of 14: z14 right.
After general fixes (a withholding the appeal leaves unchallenged stands beside what a decision in part upholds: "The
Appellant does not challenge the redactions made under Exemption 6"), 13 of 14.
The two fixes above, made apart and both applied: 14 of 14.
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout300"
# What the rules reached on this set when it was scored once, sealed (8); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))
