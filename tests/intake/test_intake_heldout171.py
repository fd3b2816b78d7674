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

Score when first run (written after reading the rules): not yet scored.
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout171"
# What the rules reach on this set now; it may only go up.
FLOOR = 0
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {
    "e01-cia-appeal-accepted.txt", "e02-ed-fee-category-appeal-reversed.docx", "e03-fbi-fee-estimate.pdf",
    "e04-nasa-ack-expedite-waiver-granted.eml", "e05-dol-waiver-appeal-denied.txt", "e06-tsa-appeal-ack-ext.txt",
    "e07-army-fee-commercial.txt", "e08-md-piacb-fee-reduced.txt", "e09-nj-grc-special-service-charge.txt",
    "e10-co-cdphe-cora-ext-estimate.eml", "e11-ct-foic-fee-decision.txt", "e12-pa-oor-fee-final.pdf",
    "e13-ut-grama-waiver-appeal.txt", "e14-tn-cost-estimate-form.docx",
}


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))
