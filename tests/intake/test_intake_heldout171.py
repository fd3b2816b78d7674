"""The hundred-and-seventy-first held-out set: 14 more letters on appeals and on decisions about fees, fee waivers and
expedited processing (letters/heldout171), seven federal and seven state or local, from offices and in letter types
set 163 did not cover. WRITTEN AFTER READING THE RULES (after set 163's fixes were merged), so its score is recorded
apart from the blind ones; the letters were still written from real agencies' published forms and decisions, before
anything was run on them: a CIA appeal acceptance with the Agency Release Panel and day-month-year dates, an
Education appeal decision reversing a fee category (Word), an FBI duplication fee estimate on CDs (PDF), a NASA
acknowledgement e-mail granting expedited processing and a fee waiver, a Labor Solicitor's decision denying a fee
waiver appeal, a TSA appeal acknowledgement taking ten more working days, an Army Corps of Engineers commercial-use fee
estimate with advance payment; a Maryland PIA Compliance Board order reducing an unreasonable fee, a New Jersey
Government Records Council final decision on a special service charge, a Colorado CORA e-mail taking seven more working
days with a research and retrieval estimate, a Connecticut FOI Commission final decision on a per-page fee, a
Pennsylvania OOR final determination on a duplication fee (PDF), a Utah GRAMA appeal decision affirming a fee waiver
denial, and a Tennessee records production cost estimate form (Word).

Real sources each letter is modelled on (structure, formulas and vocabulary; names, numbers and dates invented):
- e01: CIA appeals to the Agency Release Panel: https://www.cia.gov/readingroom/how-appeal-foia-denial,
  https://cia.gov/readingroom/node/2073995 (the CIA's letter form, "Reference: F-2014-00746", day-month-year dates)
- e02: Education's FOIA regulations (34 C.F.R. part 5):
  https://ecfr.federalregister.gov/api/renderer/v1/content/enhanced/2021-07-27/title-34?part=5&subtitle=A
- e03: FBI fee practice under 28 C.F.R. § 16.10: https://www.justice.gov/oip/foia-guide-2004-edition-fees-and-fee-waivers
- e04, e05, e06: agency fee waiver and expedition standards and appeal time limits:
  https://lawserver.com/law/country/us/cfr/32_cfr_1900-42, https://www.stateoig.gov/foiaappeals,
  http://www.rcfp.org/federal-foia-appeals-guide/fees/ii-fee-waiver
- e07: DoD fee categories and advance payment (32 C.F.R. part 286), as in set 163's federal fee letters.
- e08: Maryland's PIA Compliance Board (GP § 4-1A-04: "reduce the fee to an amount determined by the Board to be
  reasonable"): https://instalawyer.io/laws/maryland-statutes/section-4-1a-04-duties,
  https://www.marylandattorneygeneral.gov/Pages/OpenGov/piacb.aspx
- e09: New Jersey GRC final decisions on special service charges: https://www.nj.gov/grc/decisions/2003-15.html,
  https://www.nj.gov/grc/decisions/2005-98.html
- e10: Colorado CORA (three working days, seven more for extenuating circumstances, research and retrieval after the
  first hour): https://pbmprd.org/board-of-directors/colorado-open-records-act-request/,
  https://www.fedheights.org/index.asp?SEC=9EF994F7-64CB-4CCE-AF44-B3FD723F7527&DE=657A5407-0FA1-436C-A3D6-DE1BC0FDA05E
- e11: Connecticut FOI Commission final decisions (findings, conclusions, "The following order by the Commission is
  hereby recommended"), § 1-212(a) copy fees.
- e12: Pennsylvania OOR final determinations: https://www.openrecords.pa.gov/Appeals/PostFD.cfm
- e13: Utah GRAMA appeals to the chief administrative officer (Utah Code §§ 63G-2-203(4), 63G-2-401).
- e14: Tennessee Office of Open Records Counsel's cost estimate form and schedule of reasonable charges.

Score when first run (written after reading the rules, recorded apart from the blind scores): 11 of 14 fully right,
and 13 of 14 matched to its request by its number. Wrong were:
- e08 (Maryland PIA Compliance Board): a fee estimate of $1,240.00 (the fee complained of, "The Department estimated a
  fee of $1,240.00") and a final determination (from "the Public Access Ombudsman, who issued a final determination on
  October 28, 2026") instead of the Board's decision and the fee it sets: "We find that the Department charged an
  unreasonable fee under § 4-206." and "Accordingly, we order the Department to reduce the fee to $460.00 and ...
  refund the difference."; the Board's number "PIACB 27-06" was read as request numbers "CB 27-06" and "27-06" ahead
  of the request's "PIA No. 26-4471".
- e09 (New Jersey Government Records Council): a fee estimate of $612.00 from the Council's finding "The Custodian has
  failed to bear her burden of proving that the proposed special service charge of $612.00 ... was warranted and
  reasonable" instead of an appeal decision for the requester ("The Custodian shall therefore disclose the responsive
  records to the Complainant without the special service charge"), and no appeal number from "Complaint No.
  2026-188".
- e12 (Pennsylvania OOR, PDF): no request number from "The County granted the Request, assigned it No. 2026-1188, and
  advised ..." (a number the office "assigned it"), so it was not matched to its request.
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout171"
# What the rules reach on this set now (first run: 11); it may only go up.
FLOOR = 11
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {
    "e08-md-piacb-fee-reduced.txt", "e09-nj-grc-special-service-charge.txt", "e12-pa-oor-fee-final.pdf",
}


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))
