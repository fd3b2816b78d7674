"""The two-hundred-and-seventy-eighth held-out set: 14 more everyday federal letters (letters/heldout278) from other
DoD components, military services, VA, State, SSA, IRS, HHS and DHS offices, with dates and numbers as they write
them (day-first dates, "22 Oct 2026", "Dec. 2, 2026", numeric "12/01/2026" at a letter's head; page counts in words;
amounts with and without cents; replies above the requester's quoted message): a USACE Omaha District final e-mail
releasing thirty-two pages in full; a DLA commercial-requester fee estimate with its itemised lines; an Air Force
wing's no-records memorandum (PDF); an Army Office of General Counsel appeal decision upholding Exemption 5; a
Department of the Navy appeal acknowledgement replying above the requester's quoted appeal; a VBA initial agency
decision granting a request in full; a State Department acknowledgement denying expedited processing (with its
stock sentence that unusual circumstances "may arise"); an SSA no-records letter in Word; an IRS final response with
IRC 6103 and Notice 393; a CMS second interim release e-mail; an NIH reply to a status inquiry that acknowledges the
request with an estimated date of completion above the requester's quoted message; a CBP final e-mail releasing
seventeen pages under the $14 minimum; a TSA "still interested" letter in Word; and an ICE OPLA appeal decision
affirming the withholdings (PDF). Written after set 277's fixes were made and while they were being merged into
main, so after reading the rules: its score is recorded apart from the blind ones. Committed before the rules were
run on them.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- b01 USACE: AR 25-55 and the Army FOIA rule, https://cryptome.org/doa022206.htm, and the district FOIA page
  https://www.mvp.usace.army.mil/Contact/Freedom-of-Information-Act/
- b02 DLA: 32 CFR part 1285 (DLA FOIA program, fees) and DLA's FOIA teams,
  http://edocket.access.gpo.gov/cfr_2005/julqtr/32cfr1285.5.htm and
  https://www.dla.mil/HQ/GeneralCounsel/FOIA/Freedom-of-Information/FOIA-Request/
- b03 Air Force: the memorandum form and appeal to SAF/GCA of 32 CFR 806.27 and AFMAN 33-302,
  https://anthonygarvan.github.io/allregs/html/sections/32CFR806.27.html
- b04 Army appeal: the appellate authority (the Secretary of the Army, delegated to the General Counsel),
  http://ininet.org/misc-pub-27-8-legal-handbook-commanders-2019.html?page=273, and OIP-style appeal decisions.
- b05 Navy appeal acknowledgement: SECNAVINST 5720.42G / 32 CFR part 701 (appeals to DON OGC),
  https://www.29palms.marines.mil/Staff-Offices/G-1-Manpower-Directorate/Adjutant/
- b06 VBA: 38 CFR 1.557 (initial agency decision), http://anthonygarvan.github.io/allregs/html/sections/38CFR1.557.html
- b07 State: the IPS acknowledgement of the samples (s01) and State's regulation on expedited processing, 22 C.F.R.
  § 171.11(f); the no-records letter https://fr.scribd.com/document/356208139/DoS-FOIA-Response for the appeal text.
- b08 SSA: POMS GN 03350.005, https://secure.ssa.gov/poms.nsf/lnx/0203350005, and 20 CFR 402.105 (appeals).
- b09 IRS: IRM 11.3.13 (Notice 393 with a partial denial, IRC 6103 under (b)(3)), https://www.irs.gov/irm/part11/irm_11-003-013
- b10 CMS, b11 NIH: 45 CFR 5.24 and 5.28, https://www.ecfr.gov/current/title-45/subtitle-A/subchapter-A/part-5/subpart-B/section-5.24
  and https://dev.compliancecosmos.org/how-does-hhs-respond-my-request
- b12 CBP: the DHS final response formula and CBP's "$14 minimum" sentence of earlier sets,
  https://docslib.org/doc/3095698/homeland-security-washington-dc-20528
- b13 TSA: the DHS "still interested" letters of earlier sets (6 C.F.R. § 5.3(c)).
- b14 ICE: ICE OPLA appeal decisions of earlier sets (Government Information Law Division).

Score on first run (written after reading the rules, so not a blind score): 13 of 14 fully right, and 14 of 14 matched
to its request by its number. Wrong was:
- b09 (IRS final response): an acknowledgement (received November 3, 2026) instead of a final determination granted
  in part, 50 pages released and 14 withheld, under (b)(3) with IRC 6103, (b)(5) and (b)(6): the release in
  contractions was not read, "We're releasing 41 pages in full and 9 pages in part, and we're withholding 14 pages
  in full."
After a general fix (records released or withheld in contractions, "we're releasing", "I'm releasing", "we're
enclosing", as in full words; and, seen while testing it, the letter itself provided is no record, "We are providing
this letter to let you know that ..."), 14 of 14.
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout278"
# What the rules reach on this set now (first run: 13); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))
