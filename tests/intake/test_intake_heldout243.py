"""The two-hundred-and-forty-third held-out set: 14 letters (letters/heldout243), more final determinations with page
counts and exemption schedules and the letters around them; seven federal and seven from state agencies of seven
states: a CBP final response (PDF) with pages released in full, in part and "Ten pages" exempt in their entirety and a
(b)(3) statute; an FBI eFOIPA interim release e-mail with its grid of exemption boxes and a deleted page sheet; a DEA
fee estimate with an hourly rate, a $25.00 threshold and an approximate count of pages found; a Department of State
interim release (PDF) counting records, not pages; an Army Crime Records Center no-records letter; a DOJ Office of
Information Policy decision affirming the FBI under Exemption 7(A) and setting Exemptions 6 and 7(C) aside; a
Department of the Army Office of the General Counsel appeal decision granting in part; a Texas DPS response after an
Attorney General ruling, its exceptions numbered; a New Jersey State Police OPRA response in Word with a table of
records, pages, disposition and legal basis; a Virginia State Police FOIA e-mail listing the Code sections per
category; a Connecticut DESPP response per record; a Florida FDLE special service charge estimate with a deposit; an
Oregon State Police acknowledgement with its estimated completion date; and an Ohio State Highway Patrol final
response (PDF) per record.

Written after the rules were read (the misses of set 239 fixed and merged), before anything was run on these letters;
its score is recorded apart from the blind ones.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- b01 CBP final response: the DHS final response formula and CBP's appeal address and fee sentence,
  https://docslib.org/doc/3095698/homeland-security-washington-dc-20528 and the CBP letters of earlier sets.
- b02 FBI eFOIPA interim release: the FBI FOIPA letters quoted on MuckRock,
  https://muckrock.com/foi/united-states-of-america-10/narafbi-fpotus-records-referenced-in-sd-florida-case-no-922-mj-08332-expedited-federal-bureau-of-investigation-133095
- b03 DEA fee estimate: DEA's description of its letters, https://dea.gov/es/foia/what-happens-after , and the DOJ fee
  regulation 28 C.F.R. 16.10 (fee categories, notice over $25).
- b04 State interim release: https://www.scribd.com/document/723967581/CU-v-State-FOIA-Production-COVID-Origins-March-2024
  ("As we noted in our letter dated ..., we are processing your request", "We will keep you informed as your case
  progresses").
- b05 Army no-records letter: AR 25-55 (a no-records response is adverse and may be appealed to the Secretary of the
  Army), https://vdocuments.net/information-management-the-department-of-the-army-freedom-requests-from-government.html
- b06 OIP affirmance: the OIP decisions of earlier sets ("After carefully considering your appeal, I am affirming",
  "I need not address ...").
- b07 Army OGC appeal decision: AR 25-55 (the Office of the General Counsel decides appeals for the Secretary of the
  Army), https://vdocuments.net/information-management-the-department-of-the-army-freedom-requests-from-government.html
- b08 Texas DPS: the Texas letters of earlier sets (Open Records Letter rulings, Gov't Code §§ 552.101, 552.108,
  552.130).
- b09 New Jersey State Police: OPRA's requirement to give the specific basis for each denial, N.J.S.A. 47:1A-5(g),
  https://www.nj.gov/grc/public/complaints/denial.html , and the OPRA request form's reasons for denial,
  https://main.govpilot.com/web/public/6384fd83-022_Open-Records-Request-Borough-of-Leonia?id=1&pu=1&ust=NJ
- b10 Virginia State Police: the response a public body owes in part, citing the Code section for each category
  withheld, and the additional seven work days, https://visitlouisa.com/FAQ.aspx?QID=190 and
  https://roanokecountyva.gov/1964/Countys-Responsibility-Responding-to-You
- b11 Connecticut DESPP: Conn. Gen. Stat. § 1-206 (written denial, appeal to the Freedom of Information Commission
  within thirty days), https://portal.ct.gov/FOI/Regulations/The-FOI-Act/Section-1206-Formerly-Sec-121i--Denial-of-access-to-public-records-or-meetings--Appeals--Notice--Ord
- b12 Florida FDLE: § 119.07(4)(d), Fla. Stat. (special service charge), as in the Florida letters of earlier sets.
- b13 Oregon State Police: ORS 192.324(2) and 192.329 (acknowledgement within five business days, completion as soon
  as practicable), as in the Oregon letters of earlier sets.
- b14 Ohio State Highway Patrol: R.C. 149.43(B)(3) (explain the legal authority for each redaction) and R.C. 2743.75
  (complaint to the Court of Claims), as in the Ohio letters of earlier sets.

Score when first run (written after reading the rules, so not blind): 10 of 14 fully right, and 14 of 14 matched to
its request by its number. Wrong were:
- b07 (Army OGC appeal decision, PDF): 8 pages released, counted from "the factual findings on pages 12 through 19 are
  therefore released to you with this decision" (expected none: a range of page numbers in an appeal decision; the
  expected value is debatable, since those pages are released by the decision itself).
- b08 (Texas DPS after a ruling): only "Gov't Code § 552.108(a)(1)"; the numbered items after "the Department is
  releasing the responsive information with the following information withheld:" were missed: "2. Texas driver's
  license numbers, license plate numbers and vehicle identification numbers, under section 552.130 of the Government
  Code." and "3. Dates of birth and medical information of private individuals, under section 552.101 of the
  Government Code in conjunction with common-law privacy."
- b09 (New Jersey State Police OPRA, Word): 25 pages released instead of 18, the redacted pages added to the pages
  they are part of: "18 pages are provided, 7 of them with redactions, and 5 pages are withheld."
- b14 (Ohio State Highway Patrol, PDF): 101 pages released instead of 64, the same: "Responsive records totaling 64
  pages are provided with this letter. Of these, 37 pages contain redactions."
After general fixes (a Word table's row whose last cells are empty, "Dispatch report | 11 | Provided in full" under
"Record | Pages | Disposition | Legal basis", is still a row of the table; records "totaling 64 pages are provided" are
pages given out, and "Of these, 37 pages contain redactions" after pages given out is a share of them, the rest in full;
a schedule of records under the letter's own count, "Scene diagrams, 22 pages: provided in full", is not counted
again, as the items of a list are not; an item after its marker, "2." / "Texas driver's license numbers, under section
552.130 of the Government Code.", in a list a withholding sentence introduced names the law it is withheld under), 13
of 14. Left as it is: b07, whose expected value is debatable (a range of pages released by the appeal decision).
It was settled later for every set: pages an appeal decision itself gives out are released by it ("Attached please
find 37 pages", set 287 h10), so b07's "the factual findings on pages 12 through 19 are therefore released to you with
this decision" is 8 pages released; its expected value was corrected in its own commit, which the rules proposed: 14
of 14 against the corrected values.
Found while checking b08's wording, and fixed by a general rule too: "The Department is releasing 37 pages with the
following information withheld:" was read as 37 pages withheld in full and the request denied; pages given "with the
following information withheld", "with personal information withheld" are released in part, as "with certain
information withheld" already were.
"""

from __future__ import annotations

import pytest
from intake_scoring import events_in, exemptions_in, set_tests

from foiatrack.core.vocabulary import EventKind
from foiatrack.intake.pages import table_rows_respelt

SET = "heldout243"
# What the rules reach on this set now (first run: 10); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


def _pages(body: str) -> tuple[int | None, int | None]:
    event = next(e for e in events_in(body) if e.kind in (EventKind.FINAL_DETERMINATION, EventKind.INTERIM_RELEASE))
    return event.pages_released, event.pages_withheld


@pytest.mark.parametrize(("lines", "rows"), [
    (["Record | Pages | Disposition | Legal basis",
      "Use of force report | 4 | Provided with redactions | N.J.S.A. 47:1A-1.1",
      "Dispatch report | 11 | Provided in full",
      "Investigation report | 5 | Withheld | N.J.S.A. 47:1A-3(a)"],
     ["4 pages are provided with redactions.", "11 pages are provided in full.", "5 pages are withheld."]),
    (["Document | Pages | Action | Exemption | Note",
      "Photographs | 20 | Released in full",
      "Witness statements | 6 | Withheld | RCW 42.56.240(1)"],
     ["20 pages are released in full.", "6 pages are withheld."]),
    # The near miss: a row too short to reach the pages and the action ends the table.
    (["Record | Pages | Disposition | Legal basis", "See the notes below"], []),
])
def test_a_table_row_with_empty_last_cells_is_still_a_row(lines: list[str], rows: list[str]) -> None:
    assert list(table_rows_respelt(lines).values()) == rows


@pytest.mark.parametrize(("body", "pages"), [
    ("Responsive records totaling 64 pages are provided with this letter. Of these, 37 pages contain redactions.",
     (64, None)),
    ("We are enclosing 90 pages. Of these, 12 pages have been redacted.", (90, None)),
    ("Records comprising 40 pages are enclosed. Of these, 9 pages contain redactions. 3 pages are withheld in full.",
     (40, 3)),
    # The near miss: the pages a search produced are the whole, and only the pages released in part go out.
    ("Our review produced 126 responsive pages. Of these, 40 pages are released in part.", (40, None)),
])
def test_pages_carrying_redactions_are_a_share_of_the_pages_given_out(body: str, pages: tuple[int, int | None]) -> None:
    assert _pages(body) == pages


@pytest.mark.parametrize(("body", "pages"), [
    ("Responsive records totaling 64 pages are provided with this letter. Of these, 37 pages contain redactions. In "
     "addition, 3 pages are withheld in their entirety.\n\nTraffic crash report, 6 pages: Social Security numbers "
     "redacted.\n\nInvestigation narrative, 31 pages: witness identities redacted.\n\nScene diagrams, 27 pages: "
     "provided in full.\n\nReconstructionist's notes, 3 pages: withheld in full.", (64, 3)),
    ("We are releasing 30 pages, 10 of them with redactions, and withholding 4 pages in full.\n\nIncident report, 10 "
     "pages \u2013 released with redactions.\n\nPhotographs, 20 pages \u2013 released in full.\n\nInformant file, 4 "
     "pages \u2013 withheld in full.", (30, 4)),
    # The near miss: entries with no count of the letter's own are the count.
    ("We have completed our review of your request and the records are enclosed.\n\nIncident report, 6 pages: "
     "released in part.\n\nScene diagrams, 10 pages: released in full.", (16, None)),
])
def test_a_schedule_of_records_under_the_letters_own_count_is_not_counted_again(
        body: str, pages: tuple[int, int | None]) -> None:
    assert _pages(body) == pages


@pytest.mark.parametrize(("body", "codes"), [
    ("The Department is releasing the responsive information, 12 pages, with the following information "
     "withheld:\n\n1. Information relating to a pending prosecution, under section 552.108(a)(1) of the Government "
     "Code.\n\n2. Texas driver's license numbers, under section 552.130 of the Government Code.\n\n3. Dates of birth, "
     "under section 552.101 of the Government Code in conjunction with common-law privacy.",
     ["Gov't Code § 552.108(a)(1)", "Gov't Code § 552.130", "Gov't Code § 552.101"]),
    ("We are producing 40 pages. The following information has been redacted:\n\n1. Home addresses of employees, "
     "pursuant to RCW 42.56.250(4).\n\n2. Driver's license numbers, per RCW 42.56.230(7)(a).",
     ["RCW 42.56.250(4)", "RCW 42.56.230(7)(a)"]),
    # The near miss: a numbered item after a list no withholding introduced cites no exemption.
    ("We are producing 40 pages. Please note the following steps:\n\n1. Review the records, under section 552.221 "
     "of the Government Code.\n\n2. Contact us with questions.", []),
])
def test_an_item_after_its_marker_names_the_law_it_is_withheld_under(body: str, codes: list[str]) -> None:
    assert exemptions_in(body) == codes


@pytest.mark.parametrize(("body", "pages"), [
    ("The Department is releasing 37 pages with the following information withheld: driver's license numbers, under "
     "section 552.130 of the Government Code.", (37, None)),
    ("We are releasing 37 pages with personal information withheld under Exemption 6.", (37, None)),
    ("Enclosed are 12 pages with the home addresses information redacted under RCW 42.56.250(4).", (12, None)),
    # The near miss: everything in the pages kept back is a withholding in full.
    ("The 37 pages are withheld with all information withheld under Exemption 7(A).", (None, 37)),
])
def test_pages_given_with_information_withheld_are_released_in_part(body: str, pages: tuple[int | None, ...]) -> None:
    assert _pages(body) == pages
