"""The two-hundred-and-thirteenth held-out set: 14 letters (letters/heldout213) from federal and state agencies as the
files arrive, seven federal and seven state, each from a different agency and the states each different: a USCIS
acknowledgement e-mail from the National Records Center placing the request in Track Two and invoking a 10-day
extension for unusual circumstances; a DHS Privacy Office final response (PDF) with pages releasable in their
entirety, partially releasable and withheld in their entirety under Exemptions 5, 6 and 7(E) and a no-charge
sentence; a State Department no-records letter (searches of a bureau, a consulate and the Central File); an HHS fee
letter by e-mail with an itemised estimate (search hours and rate, duplication beyond 100 pages) and an advance
payment over $250; a Department of Education final response in Word with a table of records, pages and exemptions;
a Social Security Administration appeal decision (PDF) affirming an Exemption 6 withholding; a Department of the
Army Office of the General Counsel appeal acknowledgement e-mail; a Vermont Agency of Natural Resources
acknowledgement and ten-business-day extension under 1 V.S.A. § 318 attached as PDF to an e-mail; an Arkansas State
Police FOIA response (PDF) with numbered redactions and a mention of the evaluation-records test that withholds
nothing; a Nebraska Department of Correctional Services four-business-day delay letter with the earliest practicable
date and a special-services cost estimate; a Wyoming Department of Transportation acknowledgement e-mail with the
date the records will be available; a New Mexico Taxation and Revenue Department IPRA final response in Word
releasing a bulleted list of records in full; a Hawaii Department of Labor and Industrial Relations Notice to
Requester (PDF) with checkboxes, an itemised fee table, the $30 waiver and a 50% prepayment; and a Kentucky Cabinet
for Health and Family Services open records response in Word attached to an e-mail, redacting and withholding under
KRS 61.878 with the Attorney General review notice. Committed before the rules were run on them.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- h01 USCIS acknowledgement with extension: USCIS control numbers (NRC, COW ...) and processing tracks,
  https://www.uscis.gov/about-us/freedom-information-and-privacy-act-foia/foia-request-status-check-average-processing-times/check-status-foia-request
  and the USCIS FOIA request guide (acknowledgment letters),
  https://slidelegend.com/uscis-foia-request-guide_59bb53681723dd2da9b61944.html
- h02 DHS Privacy Office final response: https://docslib.org/doc/3095698/homeland-security-washington-dc-20528 ("Of
  those pages, I have determined that N pages of the records are releasable in their entirety, N pages are partially
  releasable, and N pages are withheld in their entirety pursuant to Title 5 U.S.C. § 552 ...")
- h03 State Department no-records letter: https://fr.scribd.com/document/356208139/DoS-FOIA-Response and the
  Interior sample "records do not exist" letter, https://vdocuments.us/sample-foia-response-letters.html
- h04 HHS fee estimate: HHS fee guidelines (requester categories, $250 notice),
  https://public3.pagefreezer.com/content/HHS.gov/30-12-2021T15:27/https:/www.hhs.gov/foia/fees/index.html and
  45 C.F.R. § 5.51 (advance payment over $250, closing after 20 working days),
  https://www.customsmobile.com/regulations/expand/title45_chapterA_part5_subpartE_section5.51
- h05 Education final response: the Department's FOIA directive OCIO:1-102 (release or denial of records),
  https://info.5y1.org/department-of-state-foia-guide_1_16b2ac.html, and HHS's 45 C.F.R. § 5.28 on what a response
  states (pages withheld, appeal, OGIS), https://dev.compliancecosmos.org/how-does-hhs-respond-my-request
- h06 SSA appeal decision: SSA POMS GN 03350.005 (FOIA denials and appeals, the Office of Privacy and Disclosure),
  http://pomsresource.org/poms/GN-03350.005/FOIA-and-privacy-act-denials-and-appeals and
  https://secure.ssa.gov/poms.nsf/lnx/0203350005
- h07 Army appeal acknowledgement: 32 C.F.R. § 286.11 (appeals to the Component's appellate authority),
  https://law.lawstack.com/laws/32-cfr_s_286-11_processing-of-appeals, and the Army's appellate authority delegated
  to the Office of the General Counsel, http://ininet.org/misc-pub-27-8-legal-handbook-commanders-2019.html?page=273
- h08 Vermont ANR acknowledgement and extension: 1 V.S.A. § 318 (three business days, unusual circumstances, ten
  business days), https://legislature.vermont.gov/statutes/section/01/005/00318 and
  https://sos.vermont.gov/vsara/learn/public-records-act/procedure
- h09 Arkansas State Police response: Arkansas Attorney General opinions on redactions under A.C.A.
  § 25-19-105(b)(12) and the (c)(1) evaluation-records test,
  https://ezel.ai/ag-opinions/ar/2025-132-question-is-the-custodian-s-decision-to-release-the-requeste and
  https://cetient.com/opinion/3265690/combs-v-edmiston
- h10 Nebraska DCS delay and cost letter: Neb. Rev. Stat. § 84-712 as the Attorney General outlines it (four
  business days, written explanation, earliest practicable date, estimate over $50, four free hours),
  https://ago.nebraska.gov/public_records/statutes and https://peer.org/nebraska-public-record-laws/
- h11 Wyoming DOT acknowledgement: Wyo. Stat. § 16-4-202 (seven business days from acknowledged receipt, thirty
  days), https://casetext.com/statute/wyoming-statutes/title-16-city-county-state-and-local-powers/chapter-4-uniform-municipal-fiscal-procedures-public-records-documents-and-meetings/article-2-public-records/section-16-4-202-right-of-inspection-rules-and-regulations-unavailability-training
- h12 New Mexico TRD final response: the IPRA notice and deadlines (three business days, fifteen calendar days),
  https://1st-jda.com/ipra/ and https://nmfog.org/submit-records-request/
- h13 Hawaii DLIR Notice to Requester: OIP's rules and model Notice to Requester (HAR §§ 2-71-14, 2-71-19, 2-71-31:
  $30 waiver, 50% prepayment), https://oip.hawaii.gov/laws-rules-opinions/rules/quick-guide-to-oips-administrative-rules/
  and https://ags.hawaii.gov/oip/uipa-training/
- h14 Kentucky CHFS response: KRS 61.880 (specific exception and brief explanation, copy to the Attorney General,
  review), https://codelibrary.amlegal.com/codes/eminenceky/latest/eminence_ky/0-0-0-889 and
  https://kyopengov.org/law/ag/1993/93-ord-008

Blind score: 11 of 14 fully right, and 14 of 14 matched to its request by its number. Wrong were:
- h11 (Wyoming DOT acknowledgement e-mail): an extension was proposed beside the acknowledgement, though the date is
  the statute's own thirty days and nothing is extended: "The records you have requested are not immediately
  available, as they must be compiled from ... The Department estimates that the records will be available on or
  before December 23, 2026, which is within thirty (30) calendar days of receipt of your request as provided in Wyo.
  Stat. § 16-4-202(d)(i)."
- h12 (New Mexico TRD final response, Word): pages released 34 instead of 118: only the first item of the bulleted
  list of records released in full was counted ("- Film Production Tax Credit Application Review Procedures, revised
  March 2026 (34 pages);" ... "(17 pages);" "(22 pages);" "(45 pages).").
- h13 (Hawaii DLIR Notice to Requester, PDF): a final determination granted in part instead of an acknowledgement
  (the unticked box "[ ] The agency will disclose the requested record(s) in part; portions will be withheld as
  described below." was read as the decision, beside the ticked "[X] ... in their entirety"), no day of receipt
  ("Date Request Received: November 16, 2026"), and amount 110.00 instead of 119.00 (the net fees for search and
  review, "Net fees for search and review: $110.00", instead of "TOTAL ESTIMATED FEES AND COSTS: $119.00").

After general fixes (a day the office names that it places within the law's own time, or beside the law's time
restated, "which is within thirty (30) calendar days of receipt of your request as provided in ...", "the Department has
thirty days from receipt to respond", is no delay, whatever the records' not being available now: h11; a
disclosure in a clause of time, "The remaining balance will be due before the records are disclosed", "once the records
are made available", is no release, as one "before the records are released" was not, so the notice form is read as
the acknowledgement it is, with its "Date Request Received:", and a fee form's bottom line after what is owed net of the
waiver, "TOTAL ESTIMATED FEES AND COSTS: $119.00" below "Net fees for search and review: $110.00" and the copying
costs, is the fee: h13): 13 of 14. h13's unticked box was in fact already left out (the form's empty boxes are dropped
before the letter is read); what read as a grant in part was the balance due "before the records are disclosed",
its outcome taken from the form's "Records or portions of records withheld and the justification: None.".
A list of the records sent under a heading that says where they are put ("The following records are attached to this
email:", "enclosed with this response:", "attached herewith:"), its items closed by semicolons ("... (22 pages);"), is
read item by item, its pages summed: h12. 14 of 14.
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout213"
# What the rules reach on this set now (blind: 11); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))
