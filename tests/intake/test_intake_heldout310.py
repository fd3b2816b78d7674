"""The three-hundred-and-tenth held-out set: 14 letters (letters/heldout310) on national security and intelligence
answers from offices set 309 did not have, WRITTEN AFTER READING THE RULES (after set 309's fixes were made), so its
score is not a blind one. The letters:
- w01 a CIA Agency Release Panel decision (PDF) upholding a Glomar response on appeal, the statutes by their sections
  and their codified numbers;
- w02 an NSA/CSS acknowledgement with its fee category, its queue and that it cannot answer within the statutory time;
- w03 an FBI eFOIPA e-mail with a third interim release in litigation: the ticked exemption boxes with the Exemption 3
  statute below them, the reviewed-and-released formula, a referral and the classified-information paragraph;
- w04 an ODNI final response in Word releasing two documents in part, with a table and 50 U.S.C. § 3024(m)(1);
- w05 an Army INSCOM letter: no investigative records in the repository, and a Glomar for the rest;
- w06 an NGA final response e-mail with its letter attached, under 10 U.S.C. §§ 455 and 424, pages denied in full;
- w07 a State Department Appeals Review Panel decision affirming in part and reversing in part;
- w08 a TSA final response (PDF) under 49 U.S.C. § 114(r), with pages referred to the FBI and I&A;
- w09 a DHS appeal decision (the Coast Guard's Administrative Law Judge program) remanding I&A's search;
- w10 a Reagan Library acknowledgement in Word of a mandatory declassification review request, with a table of the
  folders and their pages;
- w11 a New Jersey State Police OPRA denial of ROIC records under N.J.S.A. 47:1A-1.1 and Executive Orders 21 and 47;
- w12 a Texas DPS e-mail that it has asked the Attorney General for a ruling under sections 552.101 (with 418.176-.182)
  and 552.108;
- w13 a Michigan State Police FOIA notice (PDF) granting in part under MCL 15.243(1)(y), (b)(iv) and (a);
- w14 a Massachusetts State Police e-mail withholding Commonwealth Fusion Center records under G. L. c. 4, § 7(26)(n)
  and (f), with a refusal to confirm or deny beside the release.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- w01 CIA ARP: 32 C.F.R. § 1900.44, http://www.law.cornell.edu/cfr/text/32/1900.44, the CIA's page on appeals,
  https://cia.gov/readingroom/appeal-declassification-determinations, and the CIA letters of set 309 (v01).
- w02 NSA and w03 FBI: the NSA/CSS letters of earlier sets (120 g11, 189 a12 and the acknowledgement of set 106) and the
  FBI FOIPA release letters (283 k09, 273 m03), as quoted on
  https://muckrock.com/foi/united-states-of-america-10/narafbi-fpotus-records-referenced-in-sd-florida-case-no-922-mj-08332-expedited-federal-bureau-of-investigation-133095
- w04 ODNI, w05 INSCOM and w06 NGA: https://archives.gov/ogis/resources/foia-ombuds-observer/2025-02 (the Intelligence
  Community's FOIA offices) and the DoD and IC letters of earlier sets (189 a10: NGA under 10 U.S.C. § 455).
- w07 State ARP: https://www.scribd.com/document/723967581/CU-v-State-FOIA-Production-COVID-Origins-March-2024 (the
  Department's exemption categories) and State's appeal letters of earlier sets.
- w08 TSA: 49 U.S.C. § 114(r), 49 C.F.R. Part 1520 and the TSA letters of earlier sets (190 b01, 259 h10).
- w09 DHS appeal: the Coast Guard ALJ appeal letters of earlier sets (283 k07).
- w10 Reagan Library MDR: http://archives.gov/declassification/iscap/mdr-appeals.html and
  http://laws9.com/cfr/text/36/1260/52 (referral to the agencies whose information it is).
- w11 New Jersey State Police: Executive Order No. 21 (McGreevey 2002),
  https://nj.gov/infobank/circular/eom21.shtml, and the OPRA denial reasons listed on https://main.govpilot.com/web/public/b5d05f41-6d3.html?id=1&pu=1&ust=NJ
- w12 Texas DPS: the Public Information Handbook, https://prisonlegalnews.org/news/publications/public-information-handbook-attorney-general-texas-2016,
  and https://cetient.com/case/2952469/texas-department-of-public-safety-the-texas-observer-v-greg-abbott-attorney-general-for-the-state-of-texas-and-the-texas-observer-cross-appellee-texas-department-of-public-safety
  (section 418.182 and section 552.108 asserted by DPS).
- w13 Michigan State Police: MCL 15.243(1)(y) and MCL 15.240 and the Michigan notices of earlier sets.
- w14 Massachusetts State Police: G. L. c. 4, § 7(26)(n) and (f), 950 CMR 32.08 and the Massachusetts letters of
  earlier sets.

Score on the rules after set 309's fixes (not blind: written after reading the rules): 7 of 14 fully right, and all 14
matched to their request by their number. One expected value was corrected after scoring to the earlier sets'
convention: w02's "Your request for a fee waiver is moot at this time" is a fee-waiver decision (outcome other), as set
16 (v01, "we have determined that it is moot") logs it; the rules had it so, and the letter was wrong for the missing
extension alone. Wrong were:
- w01 (CIA Agency Release Panel, PDF): Exemption 3 without its statutes, named in the next sentence after the exemption
  they are for: "The relevant statutes for exemption (b)(3) are Section 6 of the Central Intelligence Agency Act of
  1949, 50 U.S.C. § 3507, and Section 102A(i)(1) of the National Security Act of 1947, 50 U.S.C. § 3024(i)(1)."
- w02 (NSA acknowledgement): no extension: "Because of the significant backlog and the need to coordinate the review of
  records with other elements of the Intelligence Community, we will be unable to respond within the statutory time
  period."
- w03 (FBI interim release e-mail): Exemption 3 without its statute, on a line of its own below the table of boxes
  rather than right under the ticked "(b)(3)": "50 U.S.C. § 3024(i)(1)".
- w04 (ODNI, Word): Exemption 3 without its statutes, the act named by its title before the Code's section and the
  second after what the first protects: "(b)(3), which protects information exempted from disclosure by statute,
  specifically the National Security Act of 1947, as amended, 50 U.S.C. § 3024(i)(1), which protects intelligence
  sources and methods, and 50 U.S.C. § 3024(m)(1), which protects, among other things, the names and identifying
  information of ODNI personnel; and"
- w05 (Army INSCOM): Exemption 3 without its statute, given as the reason: "... and Title 5 U.S. Code 552(b)(3), as
  intelligence sources and methods are protected from disclosure by Title 50 U.S. Code 3024(i)(1)."
- w07 (State Appeals Review Panel): Exemption 5 dropped from a decision affirmed in part, though the Panel found it
  applies: "Portions of one document are also exempt under FOIA Exemption 5 as predecisional and deliberative
  material."
- w08 (TSA, PDF): a (b)(9) read from the paragraphs of TSA's regulation: "Specifically, the records contain selection
  criteria used in screening processes, security programs, and intelligence information protected by 49 C.F.R. §§
  1520.5(b)(1), (b)(9) and (b)(10)."
After general fixes (an office "unable to respond within the statutory time period", "cannot respond within the FOIA's
statutory deadline", extends the time; the statutes named in the sentence after Exemption 3's, "The relevant statutes
for exemption (b)(3) are ...", "The statutes under Exemption 3 are ..."; a statute on its own line below a form's table
of boxes is the ticked "(b)(3)"'s; Exemption 3's statute after the act's title ("specifically the National Security Act
of 1947, as amended, 50 U.S.C. § 3024(i)(1)"), the next after a clause on what the first protects, and one given as the
reason ("as ... are protected from disclosure by Title 50 U.S. Code 3024(i)(1)", "because they are protected from
disclosure by 10 U.S.C. § 424"); of a decision granted in part, a ground it finds applies of itself ("are also exempt
under FOIA Exemption 5") kept beside those it upholds; the further paragraphs of another section, "49 C.F.R. §§
1520.5(b)(1), (b)(9) and (b)(10)", "§ 67.708(b)(6), (b)(10)", never FOIA's exemptions), 14 of 14.
"""

from __future__ import annotations

import pytest
from intake_scoring import events_in, exemptions_in, set_tests

from foiatrack.core.vocabulary import EventKind

SET = "heldout310"
# What the rules reach on this set now (written after reading the rules: 7); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


@pytest.mark.parametrize(("body", "kinds"), [
    # An office that cannot answer within the statute's time, named as such, extends it.
    ("This acknowledges receipt of your request, received by this office on 18 November 2026. Because of the "
     "significant backlog, we will be unable to respond within the statutory time period.",
     [EventKind.ACKNOWLEDGED, EventKind.EXTENSION]),
    ("Your request was received on 2 November 2026. Due to the volume of records, we cannot respond within the FOIA's "
     "statutory deadline.", [EventKind.ACKNOWLEDGED, EventKind.EXTENSION]),
    # The near miss: what the office will do if it cannot.
    ("Your request was received on 2 November 2026. If we are unable to respond within the statutory time period, we "
     "will notify you.", [EventKind.ACKNOWLEDGED]),
    # ... and what may happen.
    ("Your request was received on 2 November 2026. Because of the number of requests ahead of yours, we may be unable "
     "to complete it within the statutory time limit.", [EventKind.ACKNOWLEDGED]),
])
def test_unable_to_respond_within_the_statutory_time_is_an_extension(body: str, kinds: list[EventKind]) -> None:
    assert [e.kind for e in events_in(body)] == kinds


@pytest.mark.parametrize(("body", "codes"), [
    # The further paragraphs of a regulation's section are that section's, not FOIA's exemptions.
    ("We are releasing 12 pages in part, withholding portions under Exemption 3. The records contain selection "
     "criteria protected by 49 C.F.R. §§ 1520.5(b)(1), (b)(9) and (b)(10).", ["(b)(3)"]),
    ("The records are withheld in full under 65 P.S. § 67.708(b)(6), (b)(10) and (b)(16).",
     ["65 P.S. § 67.708(b)(6)", "65 P.S. § 67.708(b)(10)", "65 P.S. § 67.708(b)(16)"]),
    # The near misses: FOIA's own list, and FOIA's next exemption after a statute cited for Exemption 3.
    ("The records are withheld under 5 U.S.C. § 552(b)(6) and (b)(7)(C).", ["(b)(6)", "(b)(7)(C)"]),
    ("We are releasing 12 pages in part. The names are withheld under (b)(3), 50 U.S.C. § 3024(i)(1), and (b)(6).",
     ["(b)(3) 50 U.S.C. § 3024(i)(1)", "(b)(6)"]),
])
def test_the_further_paragraphs_of_another_section_are_not_foia_exemptions(body: str, codes: list[str]) -> None:
    assert exemptions_in(body) == codes


@pytest.mark.parametrize(("body", "codes"), [
    # The statute of Exemption 3 after its act's title, and the next one after what the first protects.
    ("Information has been withheld under (b)(3), which protects information exempted from disclosure by statute, "
     "specifically the National Security Act of 1947, as amended, 50 U.S.C. § 3024(i)(1), which protects intelligence "
     "sources and methods, and 50 U.S.C. § 3024(m)(1), which protects the names of ODNI personnel.",
     ["(b)(3) 50 U.S.C. § 3024(i)(1)", "(b)(3) 50 U.S.C. § 3024(m)(1)"]),
    # ... or given as the reason the information is protected.
    ("We can neither confirm nor deny the existence of such records pursuant to Title 5 U.S. Code 552(b)(1), as the "
     "information is properly classified, and Title 5 U.S. Code 552(b)(3), as intelligence sources and methods are "
     "protected from disclosure by Title 50 U.S. Code 3024(i)(1).", ["(b)(1)", "(b)(3) 50 U.S.C. § 3024(i)(1)"]),
    ("The names are withheld under Exemption 3, because they are protected from disclosure by 10 U.S.C. § 424.",
     ["(b)(3) 10 U.S.C. § 424"]),
    # The near misses: FOIA's next exemption after a clause about the statute; a reason that names no statute.
    ("The names are withheld under Exemption 3 in conjunction with 50 U.S.C. § 3024(i)(1), which protects sources and "
     "methods, and (b)(6).", ["(b)(3) 50 U.S.C. § 3024(i)(1)", "(b)(6)"]),
    ("We are releasing 12 pages in part. The names are withheld under (b)(3) and (b)(6), as the names are protected "
     "by the Privacy Act.", ["(b)(3)", "(b)(6)"]),
])
def test_the_statute_of_exemption_3_after_its_act_or_as_the_reason(body: str, codes: list[str]) -> None:
    assert exemptions_in(body) == codes


@pytest.mark.parametrize(("body", "codes"), [
    ("The ARP has determined that your appeal is denied on the basis of FOIA exemptions (b)(1) and (b)(3). The "
     "relevant statutes for exemption (b)(3) are Section 6 of the Central Intelligence Agency Act of 1949, 50 U.S.C. "
     "§ 3507, and Section 102A(i)(1) of the National Security Act of 1947, 50 U.S.C. § 3024(i)(1).",
     ["(b)(1)", "(b)(3) 50 U.S.C. § 3507", "(b)(3) 50 U.S.C. § 3024(i)(1)"]),
    ("Your request is denied under Exemptions 1 and 3. The statutes under Exemption 3 are 50 U.S.C. § 3024(i)(1) and "
     "10 U.S.C. § 424.", ["(b)(1)", "(b)(3) 50 U.S.C. § 3024(i)(1)", "(b)(3) 10 U.S.C. § 424"]),
    # The near miss: statutes named in a sentence that does not follow Exemption 3's.
    ("Your request is denied under Exemption 3. The enclosed sheet explains each exemption. The relevant statutes for "
     "the Agency's fees are 5 U.S.C. § 552(a)(4) and 32 C.F.R. § 1900.13.", ["(b)(3)"]),
])
def test_the_statutes_named_for_exemption_3_in_the_next_sentence(body: str, codes: list[str]) -> None:
    assert exemptions_in(body) == codes


@pytest.mark.parametrize(("body", "codes"), [
    # A form's table of boxes, its statute for the ticked "(b)(3)" on a line after the last row.
    ("Section 552                  Section 552a\n[X] (b)(1)    [X] (b)(7)(A)   [ ] (d)(5)\n[X] (b)(3)    [X] (b)(7)(C)"
     "   [ ] (k)(1)\n[X] (b)(6)                    [ ] (k)(7)\n\n50 U.S.C. § 3024(i)(1)\n\n507 pages were reviewed and "
     "341 pages are being released.",
     ["(b)(1)", "(b)(3) 50 U.S.C. § 3024(i)(1)", "(b)(6)", "(b)(7)(A)", "(b)(7)(C)"]),
    # The near miss: the statute below a table whose "(b)(3)" is not ticked.
    ("Section 552                  Section 552a\n[X] (b)(1)    [X] (b)(7)(A)   [ ] (d)(5)\n[ ] (b)(3)    [X] (b)(7)(C)"
     "   [ ] (k)(1)\n[X] (b)(6)                    [ ] (k)(7)\n\n50 U.S.C. § 3024(i)(1)\n\n507 pages were reviewed and "
     "341 pages are being released.",
     ["(b)(1)", "(b)(6)", "(b)(7)(A)", "(b)(7)(C)"]),
])
def test_a_statute_below_a_forms_table_of_boxes_is_its_ticked_exemption_3s(body: str, codes: list[str]) -> None:
    assert exemptions_in(body) == codes


@pytest.mark.parametrize(("body", "codes"), [
    # A decision granted in part keeps the grounds it finds apply beside those it upholds.
    ("Appeal No. A-2026-00219. The Department withheld the documents under FOIA Exemptions 1 and 5. The Panel has "
     "determined that portions of two of the documents may now be released. The withheld material is properly "
     "classified and is exempt from release under FOIA Exemption 1. Portions of one document are also exempt under "
     "FOIA Exemption 5 as predecisional and deliberative material. Accordingly, the Department's decision is "
     "affirmed in part and reversed in part.", ["(b)(1)", "(b)(5)"]),
    # The near miss: a ground the decision finds wrongly used goes, whatever the agency asserted.
    ("Appeal No. A-2026-00219. The Department withheld the memoranda under Exemptions 5 and 6. The names were properly "
     "withheld under Exemption 6. The Department asserts that the memoranda are exempt under Exemption 5, but they "
     "were improperly withheld under Exemption 5 and will be released. Your appeal is granted in part.", ["(b)(6)"]),
])
def test_a_ground_a_partial_decision_finds_applies_is_kept(body: str, codes: list[str]) -> None:
    assert exemptions_in(body) == codes
