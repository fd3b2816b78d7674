"""The four-hundred-and-twenty-sixth held-out set: 14 letters (letters/heldout426) from state and local public-records
offices in fourteen states, each under its own law, through portals and by letter: a Washington State Patrol five-day
letter with the day of receipt and an estimated first installment; a California Department of Motor Vehicles answer
(PDF) releasing 137 redacted pages and withholding 12 under the Government Code, the Vehicle Code and the Evidence
Code; a City of Dallas itemized statement of estimated charges under Tex. Gov't Code 552.2615; a Springfield (Illinois)
Police Department answer in Word granting in part with a table of the records and the Public Access Counselor notice;
an e-mail acknowledgement from the New York Executive Chamber with the approximate date FOIL requires; a Pennsylvania
Department of Education Right-to-Know answer that it possesses no records; a Broward Sheriff's Office JustFOIA notice
of a special service charge under s. 119.07(4)(d); a City of Akron denial of an open investigation file under R.C.
149.43; a City of Lansing mayor's decision (PDF) upholding an attorney-client withholding on a Michigan FOIA appeal; an
Atlanta Police Department Open Records Act answer with three subsections cited in a list; a Jersey City OPRA e-mail
asking four questions to clarify an overbroad request; a Hennepin County Sheriff's Office first release of data in Word
(a table of the data and their classifications); a scanned Virginia State Police letter taking the seven more working
days of Va. Code 2.2-3704(B)(4); and a Baltimore County Police Department denial of a fee waiver under GP 4-206(e).
Written blind and committed before the rules were run on them.

- b01-wa-wsp-pra-five-day-letter.txt: Washington State Patrol, PDR-26-11874, received December 2, 2026, first
  installment or further response on or before January 21, 2027.
- b02-ca-dmv-cpra-partial.pdf: California DMV Legal Affairs Division, PRA-26-3318, 137 pages released with redactions
  under Government Code 7927.700, Vehicle Code 1808.21 and Government Code 7922.000, 12 pages withheld under Government
  Code 7927.705 and Evidence Code 954.
- b03-tx-dallas-pia-cost-estimate.txt: City of Dallas, Public Information Request #26-41937, received December 4,
  2026, itemized estimate $286.00, withdrawn if no answer by December 24.
- b04-il-springfield-pd-foia-partial.docx: Springfield Police Department, SPD-26-2873, granted in part: 58 pages (a
  table) with redactions under 5 ILCS 140/7(1)(b) and (c), 9 pages withheld under 7(1)(d)(i).
- b05-ny-executive-chamber-foil-ack.eml: Executive Chamber, FOIL Request #2026-EC-01742, received December 9, 2026,
  grant or deny on or before January 13, 2027.
- b06-pa-pde-rtk-no-records.txt: Pennsylvania Department of Education, Right-to-Know Law Request No. 2026-0918,
  denied because the Department does not possess the records (65 P.S. 67.705), appeal to the Office of Open Records.
- b07-fl-bso-justfoia-special-service-charge.eml: Broward Sheriff's Office, R26-11482, received through the portal
  December 8, 2026, special service charge estimate $612.35, full deposit, abandoned after 30 days.
- b08-oh-akron-pd-records-denial.txt: City of Akron Department of Law, AKR-PR-26-4471, denied under R.C.
  149.43(A)(1)(h) and (A)(2)(a), (b) and (c).
- b09-mi-lansing-foia-appeal-decision.pdf: City of Lansing, FOIA Appeal No. A26-017 of request L26-1193, the FOIA
  Coordinator's withholding of 16 pages under MCL 15.243(1)(g) upheld, appeal denied.
- b10-ga-atlanta-pd-ora-partial.txt: Atlanta Police Department, ORR 26-08812, 44 pages and six videos released with
  redactions under O.C.G.A. 50-18-72(a)(20)(A) and (a)(26.2), 11 pages withheld under (a)(4); request closed.
- b11-nj-jersey-city-opra-clarification.eml: Jersey City Clerk, OPRA request W-26-3918, received December 15, 2026,
  four questions, closed if no answer by January 7, 2027.
- b12-mn-hennepin-sheriff-data-interim.docx: Hennepin County Sheriff's Office, Data Request No. HCSO-DR-26-3317, first
  release of 214 pages (a table), redactions under Minn. Stat. 13.85, subd. 2 and 13.384, subd. 3, 23 pages withheld
  under 13.43, subd. 2, completion anticipated by February 26, 2027.
- b13-va-vsp-foia-extension.pdf: Virginia State Police (scanned), FOIA Request #26-0931-VSP, received December 16,
  2026, seven additional working days under Va. Code 2.2-3704(B)(4).
- b14-md-bcopd-mpia-fee-waiver-denied.txt: Baltimore County Police Department, PIA No. 26-1874, fee waiver denied
  under GP 4-206(e); the earlier estimate stands, with no amount given.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- b01 Washington State Patrol five-day letter: RCW 42.56.520 (acknowledging receipt and a reasonable estimate of the
  time; more time to locate, assemble and notify third persons),
  https://legalfix.com/statutes/state-codes/washington/title-42/chapter-42-56/section-42-56-520 and
  https://www.co.lincoln.wa.us/public-records/how-are-the-five-business-days-calculated-when-responding-to-a-public-records-request/
- b02 California DMV answer: the DMV's Public Records Act letters ("Re: Public Records Act Request PRA-19-104"),
  https://www.muckrock.com/foi/california-52/gender-x-drivers-licenses-and-state-ids-department-of-motor-vehicles-72168/
  and the grounds the DMV cites, https://firstamendmentcoalition.org/2010/08/aa-dmv-denied-request-for-records-previously-accessed-what-should-i-do-next/
- b03 Dallas itemized statement: Tex. Gov't Code 552.2615 (itemized statement over $40, withdrawn after 10 business
  days), https://lawserver.com/law/state/texas/tx-codes/texas_government_code_552-2615 and
  https://www.ci.la-porte.tx.us/158/Cost-of-Records
- b04 Springfield police answer: the Public Access Counselor notice of the earlier Illinois sets and 5 ILCS 140/9.5
  and 140/11; the exemptions as Illinois police departments cite them (7(1)(b), (c), (d)(i)).
- b05 Executive Chamber acknowledgement: Public Officers Law 89(3)(a) (acknowledgement with an approximate date, not
  more than twenty business days), https://northportny.gov/documents/freedom-of-information-act-form-and-information-about-the-act
  and http://docs.dos.ny.gov/coog/ftext/F19355.html
- b06 Pennsylvania Department of Education answer: the Right-to-Know Law's final response and appeal notice (15
  business days to the Office of Open Records; no duty to create a record),
  https://centrecountypa.nextrequest.com/faqs and https://codelibrary.amlegal.com/codes/bradfordtwp/latest/bradfordt_pa/0-0-0-270
- b07 Broward Sheriff's Office special service charge: s. 119.07(4)(d), Florida Statutes, as offices quote it,
  https://www.fkaa.com/282/Public-Records-Request and
  https://www.mymanatee.org/home/government/departments/property-management/public-records.html
- b08 Akron denial: R.C. 149.43(A)(1)(h) and (A)(2) (confidential law enforcement investigatory records) and the
  Ohio denials of the earlier sets; State ex rel. Steckman v. Jackson on investigatory work product.
- b09 Lansing appeal decision: MCL 15.240 (appeal to the head of the public body; 180 days to sue) and the Attorney
  General's FOIA Handbook, https://vdocuments.site/freedom-of-information-act-handbook-6-example-by-mailing-a-letter-or-electronically.html
  and https://cunninghamdalman.com/news/always-something-new-sun-sunshine-law
- b10 Atlanta police answer: Georgia Law Enforcement and the Open Records Act ("the Blue Book"),
  https://studylib.net/doc/8442958/georgia-law-enforcement-and-the-open-records-act and
  https://www.ramsinghlegal.com/post/georgia-police-footage
- b11 Jersey City clarification: OPRA's requirement of reasonably identified records (MAG Entertainment v. Division of
  Alcoholic Beverage Control), https://law.justia.com/cases/new-jersey/appellate-division-published/2005/a0128-04-opn.html
  and https://njopralaw.com/?p=207, and the Government Records Council's contact lines,
  https://vdocuments.site/amp/the-open-public-records-act-new-jersey-the-government-records-council-among-other.html
- b12 Hennepin County Sheriff's Office release: Minn. Stat. chapter 13 (13.384 medical data, 13.43 personnel data,
  13.85 corrections and detention data), https://www.revisor.mn.gov/statutes/2010/cite/13/full and
  https://mitchellhamline.edu/minnesota-administrative-procedure/chapter-13-the-minnesota-government-data-practices-act-and-contested-case-hearings
- b13 Virginia State Police extension: the Department's FOIA pages and Va. Code 2.2-3704(B)(4),
  https://vsp.virginia.gov/foia/ and http://vsp.virginia.gov/Freedom_of_Information.shtm
- b14 Baltimore County police fee-waiver denial: GP 4-206(e) and Baltimore Police Department v. Open Justice Baltimore
  (the factors of a waiver in the public interest), https://lexace.ai/us/statute/maryland/GP-4-206 and
  https://cetient.com/case/9804782/balt-police-dept-v-open-justice-balt, and the Ombudsman and Compliance Board,
  https://instalawyer.io/laws/maryland-statutes/section-4-1a-05-unreasonable-fee

Sealed measurement: written blind on a branch of its own and kept out of the rules' reach while the round's fixes were
made, then scored once after them, at 2b88d626: 10 of 14 fully right. Wrong were:
- b03 (b03-tx-dallas-pia-cost-estimate.txt): kinds ['fee_estimate', 'final_determination'] != ['acknowledged',
  'fee_estimate']; received None != '2026-12-04'
- b08 (b08-oh-akron-pd-records-denial.txt): exemptions None != ['R.C. 149.43(A)(1)(h)', 'R.C. 149.43(A)(2)(a)', 'R.C.
  149.43(A)(2)(b)', 'R.C. 149.43(A)(2)(c)']
- b10 (b10-ga-atlanta-pd-ora-partial.txt): exemptions ['O.C.G.A. § 50-18-72(a)(20)(A)', 'O.C.G.A. § 50-18-72(a)(4)'] !=
  ['O.C.G.A. § 50-18-72(a)(20)(A)', 'O.C.G.A. § 50-18-72(a)(26.2)', 'O.C.G.A. § 50-18-72(a)(4)']
- b12 (b12-mn-hennepin-sheriff-data-interim.docx): expected_by None != '2027-02-26'; pages_withheld None != 23

After general fixes (an itemized statement named alone is what the records will cost, no records given: "Therefore,
under section 552.2615 of the Government Code, we are providing you this itemized statement", so b03 is an
acknowledgement with its day of receipt and a fee estimate; and pages a law classes before they are withheld are
withheld, the citation's numbers and commas no count and no clause's end: "23 pages of data relating to an open
investigation by the Office of Professional Standards are not public under Minn. Stat. § 13.43, subd. 2, and are
withheld in full at this time"), 11 of 14: b03 right; b12's pages withheld read, its expected_by left as the
convention has it for an interim release ("We anticipate completing our response by February 26, 2027": heldout225's
j09 says the same words and logs no expected_by, as heldout406's s04 and heldout403's r11 log none for their next
release's day).

One expected value was corrected after scoring, in a commit of its own, to the convention the earlier sets keep: an
interim release logs no expected_by, whatever day it gives for the rest (225 j09's "We anticipate completing our
response by January 29, 2027", 406 s04 and 403 r11 log none): b12's 2027-02-26 is dropped, and with its pages withheld
read, b12 is right. The blind score stays 10.

After general fixes (several whole citations standing alone after the reason they are cited for, joined by "and" or
a comma: "See R.C. 149.43(A)(1)(h) and R.C. 149.43(A)(2)(a), (b) and (c)."; Georgia's paragraph numbered with a
decimal, inserted between two others: "O.C.G.A. § 50-18-72(a)(26.2): Portions of body-worn camera recordings taken
inside a private residence ..."), 14 of 14: b08 and b10 right.
"""

from __future__ import annotations

import datetime as dt

import pytest
from intake_scoring import events_in, exemptions_in, set_tests

from foiatrack.core.vocabulary import EventKind
from foiatrack.intake.pages import PageCounts, read_pages

SET = "heldout426"
# What the rules reached on this set when it was scored once, sealed (10); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


@pytest.mark.parametrize("sentence", [
    # the wording read (b03), and the same statement of charges named in other words
    "Therefore, under section 552.2615 of the Government Code, we are providing you this itemized statement.",
    "The City is providing you with an itemised estimate of the charges below.",
    "We are providing you this itemized cost statement, as the Act requires.",
    "Enclosed is an itemized bill for the copies you asked for.",
])
def test_an_itemized_statement_provided_is_a_fee_estimate_and_no_answer(sentence: str) -> None:
    found = events_in("The City of Dallas received your request for public information on December 4, 2026. The "
                      "charges for providing the information you requested are estimated to exceed $40.00. "
                      f"{sentence}\n\nTotal estimated charges $286.00", date_line="December 10, 2026")
    assert [(e.kind, e.received) for e in found] == [(EventKind.ACKNOWLEDGED, dt.date(2026, 12, 4)),
                                                     (EventKind.FEE_ESTIMATE, None)]


@pytest.mark.parametrize("sentence", [
    # The near misses: records provided beside the statement, and a statement that is no bill
    "We are providing you the responsive records and this itemized statement.",
    "We are providing you the 14 pages of responsive records.",
])
def test_records_provided_beside_or_without_a_statement_are_an_answer(sentence: str) -> None:
    found = events_in(f"The City received your request on December 4, 2026. {sentence}", date_line="December 10, 2026")
    assert EventKind.FINAL_DETERMINATION in [e.kind for e in found]


@pytest.mark.parametrize("sentence", [
    # the wording read (b12), and the class a law puts withheld pages in said otherwise
    "In addition, 23 pages of data relating to an open investigation by the Office of Professional Standards are not "
    "public under Minn. Stat. § 13.43, subd. 2, and are withheld in full at this time.",
    "The 23 pages are private under Utah Code § 63G-2-302(2)(d) and are being withheld.",
    "Twenty-three pages of personnel data are classified as private under Minn. Stat. § 13.43, subd. 4, and have been "
    "withheld in their entirety.",
    "23 pages of booking data are confidential pursuant to Minn. Stat. § 13.85, subd. 2, and are withheld in full.",
])
def test_pages_a_law_classes_and_then_withheld_are_withheld(sentence: str) -> None:
    counts = PageCounts()
    read_pages(sentence, counts)
    assert (counts.withheld_full, counts.released, counts.released_part) == (23, None, None)


@pytest.mark.parametrize("sentence", [
    # The near misses: pages a law classes that are released with redactions, and data classed that are not counted
    "23 pages are private under Minn. Stat. § 13.43 and are released with redactions.",
    "The data are not public under Minn. Stat. § 13.82, subd. 7, and are withheld.",
    "23 pages are released; the home addresses, which are private under Minn. Stat. § 13.43, subd. 5, and are "
    "withheld, were redacted.",
])
def test_no_withholding_of_the_pages_counted_is_no_page_withheld(sentence: str) -> None:
    counts = PageCounts()
    read_pages(sentence, counts)
    assert counts.withheld_full is None


# --- Rules fixed for this set ---------------------------------------------------------------------------------------


# b08: several whole citations standing alone after the reason they are cited for, joined by "and" or a comma: "See
# R.C. 149.43(A)(1)(h) and R.C. 149.43(A)(2)(a), (b) and (c)." (one citation alone was read already).
@pytest.mark.parametrize(("body", "codes"), [
    ("Your request is respectfully denied. See R.C. 149.43(A)(1)(h) and R.C. 149.43(A)(2)(a), (b) and (c).",
     ["R.C. 149.43(A)(1)(h)", "R.C. 149.43(A)(2)(a)", "R.C. 149.43(A)(2)(b)", "R.C. 149.43(A)(2)(c)"]),
    ("The records were withheld in full. Their release would interfere with the investigation. See R.C. "
     "149.43(A)(1)(h), R.C. 149.43(A)(2)(c).", ["R.C. 149.43(A)(1)(h)", "R.C. 149.43(A)(2)(c)"]),
    ("The report is withheld as confidential under Ohio law. R.C. 149.43(A)(1)(h) and R.C. 149.43(A)(2)(c).",
     ["R.C. 149.43(A)(1)(h)", "R.C. 149.43(A)(2)(c)"]),
    ("Your request is denied because the records are confidential. See Minn. Stat. § 13.82, subd. 7 and Minn. Stat. "
     "§ 13.43, subd. 2.", ["Minn. Stat. § 13.82, subd. 7", "Minn. Stat. § 13.43, subd. 2"]),
    # near misses: no citation, or a case alone
    ("Your request is denied. Please see Attachment A and Exhibit 2.", []),
    ("Your request is denied. See Smith v. Jones, 70 Ohio St.3d 420 (1994).", []),
])
def test_several_citations_alone_after_the_reason(body: str, codes: list[str]) -> None:
    assert exemptions_in(body) == codes


# b10: Georgia's paragraph inserted between two others, numbered with a decimal: "O.C.G.A. § 50-18-72(a)(26.2)".
@pytest.mark.parametrize(("body", "codes"), [
    ("Portions of the video were withheld pursuant to O.C.G.A. § 50-18-72(a)(26.2).", ["O.C.G.A. § 50-18-72(a)(26.2)"]),
    ("The recordings were withheld under Ga. Code Ann. § 50-18-72(a)(26.2).", ["O.C.G.A. § 50-18-72(a)(26.2)"]),
    ("Portions were redacted under O.C.G.A. § 50-18-72(a)(26.2) and (a)(4).",
     ["O.C.G.A. § 50-18-72(a)(26.2)", "O.C.G.A. § 50-18-72(a)(4)"]),
    # near miss: a whole-number paragraph is read as before, no decimal added
    ("The investigative file was withheld pursuant to O.C.G.A. § 50-18-72(a)(4).", ["O.C.G.A. § 50-18-72(a)(4)"]),
])
def test_georgia_decimal_paragraph(body: str, codes: list[str]) -> None:
    assert exemptions_in(body) == codes
