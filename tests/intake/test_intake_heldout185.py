"""The hundred-and-eighty-fifth held-out set: 14 letters (letters/heldout185) from state and local agencies of the
Northeast and mid-Atlantic, written after the rules had been read and changed for set 177 (so its score is not a
blind one, and is recorded apart from the blind ones): a Baltimore City GovQA acknowledgement; a Maryland State Police
PIA denial of an open investigative file (PDF); a VDOT VFOIA response granted in part; a Fairfax County Public Schools
cost estimate with the deposit required over $200; a DC Public Schools no-records e-mail pointing to another agency; a
Mayor's Office of Legal Counsel appeal acknowledgement; a Connecticut State Police FOI response granted in part in
Word, with state and federal statutes; a City of Hartford acknowledgement with a date the records are expected by; a
Rhode Island State Police APRA denial; a Vermont State Police response granted in part (PDF) with the custodian's
certification; a City of Portland (Maine) FOAA cost estimate; a City of Concord (New Hampshire) Right-to-Know response
granted in full, in Word; a Delaware DNREC notice that more time is needed; and a Montgomery County (Maryland) e-mail
releasing the records in full.
Committed before the rules were run on them.

Score (not blind: written after the rules were read): 9 of 14 fully right, and 14 of 14 matched to its request by its
number. Wrong were:
- b02 (Maryland State Police denial, PDF): no pages withheld for "MSP has identified 318 pages of records responsive to
  your request. Your request is denied." and "The records are therefore withheld in their entirety pursuant to GP §
  4-351(b)(1) and (2)."
- b07 (Connecticut State Police, Word): § 19a-411 left out of the exemptions: "The remaining 3 pages, which contain the
  medical examiner's preliminary findings, are withheld in full pursuant to Conn. Gen. Stat. § 19a-411."
- b10 (Vermont State Police, PDF): a federal "(b)(2)" read in the procedure cited: "Pursuant to 1 V.S.A. § 318(b)(2),
  the Department certifies that the withheld and redacted information is exempt".
- b13 (Delaware DNREC e-mail): no date expected for "DNREC anticipates that it will respond to your request on or
  before January 12, 2027."
- b14 (Montgomery County release e-mail): a fee estimate of $48.00 beside the release, for a fee already paid: "The
  estimated fee of $48.00 that you paid has been applied to this request and no further payment is due."
b13's expected date was wrong against the documented convention (README, "Understands"): a letter that only extends,
naming the new day without the days, leaves the days unsure and logs no expected date (as sets 10 and 93 do); the
expected value was corrected to that after scoring, and the score above stays as first recorded.
After general fixes (a subsection after a section's sign with a space before it is that section's, not FOIA's, "1
V.S.A. § 318(b)(2)"; a Connecticut title with a small letter, "Conn. Gen. Stat. § 19a-411"; a fee already paid and
applied is no estimate; a denial whose letter counts the pages found and then says the records as a whole are withheld
in their entirety, "MSP has identified 318 pages ... Your request is denied. ... The records are therefore withheld in
their entirety", withholds all of them, not one record among them named alone), 14 of 14.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- b01 Baltimore GovQA acknowledgement: the GovQA acknowledgement ("Your request was received in this office on ... and
  given the reference number ... for tracking purposes"), as in set 164, and Gen. Prov. § 4-203,
  https://codes.findlaw.com/md/general-provisions/md-code-gen-provis-sect-4-203/
- b02 Maryland State Police denial and b14 Montgomery County release: Gen. Prov. §§ 4-203(c), 4-351 and the remedies,
  https://docslib.org/doc/10462037/maryland-public-information-act-manual and
  https://online.flippingbook.com/view/691761/64
- b03 VDOT partial grant and b04 FCPS deposit: Va. Code § 2.2-3704(B), (F) and (I) as the FOIA Council explains them,
  https://foiacouncil.dls.virginia.gov/ref/Access%20to%20Public%20Records%202024%20DOC.html and
  https://visitlouisa.com/FAQ.aspx?QID=190
- b05 DCPS no records and b06 MOLC appeal acknowledgement: the DC FOIA regulations on appeals to the Mayor (1 DCMR §
  412, the agency's response within five days),
  https://print.casetext.com/regulation/district-of-columbia-administrative-code/title-15-public-utilities-and-cable-television/chapter-15-7-freedom-of-information-act-requests/rule-15-706-appeals
  and https://dcogc.org/blog/decisions-by-the-mayor-on-d-c-foia-appeals-now-more-accessible/
- b07 Connecticut State Police and b08 Hartford: the FOI Commission's final decisions reciting agencies'
  acknowledgements and redactions, http://www.state.ct.us/foi/2011FD/20110829/FIC2010-765.htm and
  http://state.ct.us/foi/2009FD/20090708/FIC2008-480.htm
- b09 Rhode Island State Police denial: R.I. Gen. Laws §§ 38-2-3(b) (no reasonably segregable information), 38-2-7
  and 38-2-8, https://instalawyer.io/laws/rhode-island-general-laws/section-38-2-3-right-to and
  http://webserver.rilegislature.gov/Statutes/TITLE38/38-2/38-2-7.htm
- b10 Vermont State Police partial grant: 1 V.S.A. § 318(b)(2) (certify in writing, identify the records withheld, the
  statutory basis, the names of those who reviewed them, the right to appeal to the head of the agency),
  https://legislature.vermont.gov/statutes/section/01/005/00318
- b11 Portland (Maine) cost estimate: 1 M.R.S. § 408-A as the state's FOAA pages explain it,
  http://www.maine.gov/foaa/faq/index.shtml and https://www.cityofbath.com/foaa
- b12 Concord (New Hampshire) release: the City of Nashua's Right-to-Know response template ("The XX department
  conducted a reasonable search for the pertinent records. They are attached in satisfaction of your request"),
  https://www.nashuacity.com/index.php/node/16252
- b13 Delaware DNREC more time: 29 Del. C. § 10003(h)(2) as the Delaware FOIA Policy Manual explains it,
  https://fdocuments.us/document/delaware-freedom-of-information-act-2019-11-14-foia-section-10003h-sets-specific.html
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout185"
# What the rules reach on this set now; it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))
