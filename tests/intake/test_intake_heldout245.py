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
After general fixes (a range of a section's last subdivisions, "K.S.A. 45-221(a)(10)(A) through (F)", "R.C.
149.43(A)(2)(a) to (d)", cites the section itself; an earlier estimate recalled from a letter "sent to you on" a day,
by the office named at length, "the New York City Police Department (NYPD) estimated", counts as given before; a
numbered item of a list of redactions, "1. Social security numbers, ..., under O.C.G.A. § 50-18-72(a)(20)(A).", is
read as one, also when its marker closes the sentence that introduces the list, "... redacted as follows: 1."), 14 of
14.
"""

from __future__ import annotations

import datetime as dt

import pytest
from intake_scoring import events_in, set_tests

from foiatrack.intake.exemptions import find_exemptions

SET = "heldout245"
# What the rules reach on this set now (first run, after reading the rules: 11); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The City has considered whether disclosure would be in the public interest under K.S.A. 45-221(a)(10)(A) "
     "through (F) and has determined that disclosure would interfere with a prospective law enforcement action.",
     ["K.S.A. 45-221(a)(10)"]),
    ("The records are withheld under R.C. 149.43(A)(2)(a) to (d).", ["R.C. 149.43(A)(2)"]),
    ("The Department withholds the records under Va. Code § 2.2-3706.1(B)(1) through (4).",
     ["Va. Code \u00a7 2.2-3706.1(B)"]),
    # The near miss: two subdivisions named, not a range.
    ("The records are withheld under K.S.A. 45-221(a)(10) and (a)(30).",
     ["K.S.A. 45-221(a)(10)", "K.S.A. 45-221(a)(30)"]),
])
def test_a_range_of_subdivisions_cites_the_section(sentence: str, expected: list[str]) -> None:
    assert find_exemptions(sentence, withholding=True) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("In the acknowledgement sent to you on October 27, 2026, the New York City Police Department (NYPD) estimated "
     "that it would respond by December 8, 2026. The NYPD has determined that it requires additional time to respond "
     "to your request. The NYPD now expects to provide a response on or about 02/09/2027.", dt.date(2027, 2, 9)),
    ("In our e-mail sent on November 2, 2026, the Office of Records Management estimated that the records would be "
     "ready by December 1, 2026. The Office now anticipates that it will provide them by January 12, 2027.",
     dt.date(2027, 1, 12)),
])
def test_an_estimate_recalled_from_a_letter_sent_on_a_day_is_moved_by_the_new_one(body: str,
                                                                                     expected: dt.date) -> None:
    events = events_in(body, date_line="December 8, 2026")
    assert [(e.kind.value, e.expected_by) for e in events] == [("extension", expected)]


@pytest.mark.parametrize("body", [
    "The City is producing 56 pages of records. Portions of the records have been redacted as follows:\n"
    "1. Social security numbers, dates of birth, home addresses and telephone numbers of officers and individuals, "
    "under O.C.G.A. \u00a7 50-18-72(a)(20)(A).\n"
    "2. Medical information of individuals involved in the incidents, under O.C.G.A. \u00a7 50-18-72(a)(2).",
    "The County is releasing 56 pages. The following information has been redacted:\n"
    "(a) Personal e-mail addresses and cellular telephone numbers of employees and of members of the public, "
    "pursuant to O.C.G.A. \u00a7 50-18-72(a)(20)(A).\n"
    "(b) Records of medical treatment of persons in custody, pursuant to O.C.G.A. \u00a7 50-18-72(a)(2).",
])
def test_numbered_items_of_a_list_of_redactions_cite_their_exemptions(body: str) -> None:
    events = events_in(body)
    assert events[-1].exemptions == ("O.C.G.A. \u00a7 50-18-72(a)(20)(A)", "O.C.G.A. \u00a7 50-18-72(a)(2)")


def test_a_numbered_list_of_what_the_law_allows_is_no_redaction() -> None:
    # The near miss: a list after a sentence that withholds nothing.
    events = events_in("The City is producing all 56 pages of records in full. The Act sets out these categories:\n"
                       "1. Social security numbers and dates of birth, under O.C.G.A. \u00a7 50-18-72(a)(20)(A).\n"
                       "2. Medical information of individuals, under O.C.G.A. \u00a7 50-18-72(a)(2).")
    assert all(not e.exemptions for e in events)
