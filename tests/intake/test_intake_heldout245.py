"""The two-hundred-and-forty-fifth held-out set: 14 letters (letters/heldout245) from state and local agencies of
eight states, about time and the everyday answers that follow it. Written after the rules were read (after the fixes
of set 241), so its score is recorded apart from the blind ones; committed before the rules were run on it.

A City of Dallas itemised statement of estimated charges under Gov't Code 552.2615 with its ten-business-day
withdrawal warning and a deposit under 552.263 (PDF); a City of El Paso release after an Attorney General letter
ruling, withholding under 552.108(a)(1) and redacting under 552.130; a City of Topeka KORA denial e-mail under K.S.A.
45-221(a)(10); a PennDOT final response that it has no records, after a Section 902 extension it recalls; an NYPD
FOIL status e-mail moving the date its acknowledgement estimated (Public Officers Law 89(3)(a)); a New York City DEP
FOIL determination in Word with a table of redactions under 87(2)(b), (f) and (i) and a plan withheld in full; a Cook
County Sheriff's Office e-mail taking five more business days under 5 ILCS 140/3(e); a Chicago Police no-records
letter with the Public Access Counselor paragraph; a City of Atlanta production with redactions under O.C.G.A.
50-18-72(a)(20)(A), (a)(2) and (a)(3) and pages withheld under (a)(4), recalling its three-day letter; a City of
Detroit acknowledgement of a FOIA appeal that extends the time to decide it under MCL 15.240(2)(d); a City of
Richmond advance cost estimate with a deposit under Va. Code 2.2-3704(H); a Seattle Police first installment with its
next estimate; a Denver CORA extension of seven working days with its date; and a Fulton County Sheriff's Office
three-business-day letter under O.C.G.A. 50-18-71(b)(1)(A) in Word.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- b01 Dallas estimate: Gov't Code 552.2615 (itemised statement over $40, less costly alternative, withdrawn unless
  answered in ten business days), https://lawserver.com/law/state/texas/tx-codes/texas_government_code_552-2615 and
  https://www.ci.la-porte.tx.us/158/Cost-of-Records (deposit over $100).
- b02 El Paso release: Gov't Code 552.301 and the Attorney General's letter rulings (OR numbers),
  https://instalawyer.io/laws/texas-statutes/section-552301-request-for-attorney; earlier sets' Dallas and Houston
  releases after a ruling.
- b03 Topeka denial: K.S.A. 45-221(a)(10) and the written statement of grounds for denial,
  http://www.ksag.org/page/g-response-time-and-process
- b04 PennDOT no records: RTKL Sections 705 and 902 and the OOR appeal paragraph,
  http://panewsmedia.org/newspublications/news/2017/10/04/legal-hotline---rtkl-time-extension-voluminous
- b05 NYPD status and b06 DEP determination: Public Officers Law 89(3)(a) as the Committee on Open Government
  explains it (a date certain when more time is needed), http://docs.dos.ny.gov/coog/ftext/f19644.htm; the NYPD
  acknowledgement wording ("has determined that it requires additional time ... expects to provide a response ... on
  or about") of earlier sets.
- b07 Cook County extension and b08 CPD no records: the Illinois 3(e) reasons,
  https://www.law.cornell.edu/regulations/illinois/Ill-Admin-Code-tit-2-SS-726.400, and the PAC review paragraph
  (5 ILCS 140/9.5(a)) of Illinois denial letters.
- b09 Atlanta production and b14 Fulton County letter: O.C.G.A. 50-18-71(b)(1)(A), (c)(1) and (d),
  https://forsythpl.org/open-records and http://gfaf.org/open_records_request/
- b10 Detroit appeal extension: MCL 15.240 (appeal to the head of the public body, one 10-business-day extension for
  unusual circumstances), as the Southwestern Michigan College appeal form puts it ("We are extending the date to
  respond to your FOIA fee appeal for no more than 10 business days"),
  https://fill.io/Southwestern-Michigan-Colleges-FOIA-Appeal-FormTo-Appeal-a
- b11 Richmond estimate: Va. Code 2.2-3704(F) and (H) (advance estimate, deposit over $200, time tolled),
  https://communications.virginia.edu/foia/costs and https://opengovva.org/foi-advisory-council-opinion-ao-01-22
- b12 SPD installment: RCW 42.56.520 and the GovQA "Records Center" installment e-mails of earlier sets; installments
  and estimates, https://law-journals-books.vlex.com/vid/chapter-6-5-developing-1023463442
- b13 Denver extension: C.R.S. 24-72-203(3)(b) (extenuating circumstances, seven working days),
  https://pbmprd.org/board-of-directors/colorado-open-records-act-request/

Score when first run (written after reading the rules, so not a blind score): 11 of 14 fully right, and 14 of 14
matched to its request by its number. Wrong were:
- b03 (Topeka KORA denial, e-mail): exemptions ["K.S.A. 45-221(a)(10)(A)"] instead of ["K.S.A. 45-221(a)(10)"], from
  a range of the provision's public-interest factors: "The City has considered whether disclosure would be in the
  public interest under K.S.A. 45-221(a)(10)(A) through (F) ..." beside "it declines to do so under K.S.A.
  45-221(a)(10)".
- b05 (NYPD FOIL status e-mail): the extension without the day now expected, where the earlier estimate is recalled
  in words the rule did not know: "In the acknowledgement sent to you on October 27, 2026, the New York City Police
  Department (NYPD) estimated that it would respond to your request by December 8, 2026." and "... the NYPD now
  expects to provide a response to your request on or about 02/09/2027."
- b09 (City of Atlanta production, PDF): exemptions only (a)(3) and (a)(4), the first two items of the numbered list
  of redactions lost: "1. Social security numbers, dates of birth, home addresses and telephone numbers of officers
  and individuals, under O.C.G.A. § 50-18-72(a)(20)(A)." and "2. Medical information of individuals involved in the
  incidents, under O.C.G.A. § 50-18-72(a)(2)."
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout245"
# What the rules reach on this set now (first run, after reading the rules: 11); it may only go up.
FLOOR = 11
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {"b03-ks-topeka-kora-denial.eml", "b05-ny-nypd-foil-more-time.eml", "b09-ga-atlanta-ora-partial.pdf"}


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))
