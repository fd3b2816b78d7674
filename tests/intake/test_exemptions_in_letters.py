"""Exemption citations, federal and state, in the canonical form."""

from __future__ import annotations

import pytest
from intake_scoring import events_in, exemptions_in

from foiatrack.intake import Letter, understand
from foiatrack.intake.exemptions import b3_statutes, find_exemptions, list_item_exemptions
from foiatrack.intake.text import fold, sentences


@pytest.mark.parametrize(("sentence", "expected"), [
    ("7 pages are withheld in full under 5 U.S.C. 552(b)(6) and (b)(7)(C).", ["(b)(6)", "(b)(7)(C)"]),
    ("withheld pursuant to Title 5 U.S.C. § 552 (b)(6), (b)(7)(C), and (b)(7)(E).",
     ["(b)(6)", "(b)(7)(C)", "(b)(7)(E)"]),
    ("portions were withheld under FOIA Exemptions 5, 6, and 7(E).", ["(b)(5)", "(b)(6)", "(b)(7)(E)"]),
    ("the exemptions applied are (b)(6), (7)(C) and (7)(E).", ["(b)(6)", "(b)(7)(C)", "(b)(7)(E)"]),
    ("information was redacted pursuant to b6 and b7c.", ["(b)(6)", "(b)(7)(C)"]),
    ("withheld under Exemption (b)(3) in conjunction with 8 U.S.C. § 1202(f), and (b)(5).",
     ["(b)(3) 8 U.S.C. § 1202(f)", "(b)(5)"]),
    ("records are exempt under Gov. Code § 7927.705.", ["Government Code § 7927.705"]),
    ("redacted under RCW 42.56.240(1) and RCW 42.56.250(4).", ["RCW 42.56.240(1)", "RCW 42.56.250(4)"]),
    ("denied pursuant to Public Officers Law § 87(2)(b) and (e).",
     ["Public Officers Law § 87(2)(b)", "Public Officers Law § 87(2)(e)"]),
    ("excepted from disclosure under sections 552.101 and 552.108 of the Government Code.",
     ["Gov't Code § 552.101", "Gov't Code § 552.108"]),
])
def test_exemptions(sentence: str, expected: list[str]) -> None:
    assert find_exemptions(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # A subsection of the Privacy Act or of another section is not a FOIA exemption ...
    ("The record is withheld under section 7(b)(2) of the Privacy Act.", []),
    ("The names are withheld under (b)(6) of the FOIA and (b)(2) of the Privacy Act.", ["(b)(6)"]),
    ("The file is withheld under 5 U.S.C. 552a(b)(2).", []),
    # ... FOIA's own section, however named, still is.
    ("The memoranda are withheld under Section 552(b)(5) of the Freedom of Information Act.", ["(b)(5)"]),
    ("The names are withheld under 5 U.S.C. § 552(b)(6) and (b)(7)(C).", ["(b)(6)", "(b)(7)(C)"]),
])
def test_another_acts_b_subsection_is_no_foia_exemption(sentence: str, expected: list[str]) -> None:
    assert find_exemptions(sentence, withholding=True) == expected


@pytest.mark.parametrize("sentence", [
    "we are extending the time under Government Code section 7922.535 by 14 days.",
    "we will extend the time as allowed by 5 U.S.C. § 552(a)(6)(B).",
    "Exemption 8(C) is not a thing.",
    "Please send b6 forms.",
])
def test_not_exemptions(sentence: str) -> None:
    assert find_exemptions(sentence) == []


@pytest.mark.parametrize("sentence", [
    "Portions are withheld under Gov. Code § 7927.705.",
    "Portions are withheld under Government Code section 7927.705.",
    "Portions are withheld under Govt. Code § 7927.705.",
    "Portions are withheld under Cal. Gov. Code § 7927.705.",
    "Portions are withheld under California Government Code § 7927.705.",
])
def test_californias_government_code_is_cited_in_one_form(sentence: str) -> None:
    assert find_exemptions(sentence) == ["Government Code § 7927.705"]


def test_texas_government_code_keeps_its_own_form() -> None:
    # The near miss: Texas's chapter 552, however the code is spelled.
    assert find_exemptions("The information is excepted under Texas Government Code § 552.101.") == [
        "Gov't Code § 552.101"]
    # ... and its sections of four digits after the point, cited either way round
    assert find_exemptions("Information was redacted as permitted by section 552.1175(f) of the Government Code.") == [
        "Gov't Code § 552.1175(f)"]
    assert find_exemptions("redacted under sections 552.101 and 552.1175 of the Texas Government Code.") == [
        "Gov't Code § 552.101", "Gov't Code § 552.1175"]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("We are withholding 12 pages in full under Exemption 3, in conjunction with 50 U.S.C. § 3024(i)(1) and 10 U.S.C. "
     "§ 424, and Exemption 6.", ["(b)(3) 50 U.S.C. § 3024(i)(1)", "(b)(3) 10 U.S.C. § 424", "(b)(6)"]),
    ("Information was withheld under (b)(3), 10 U.S.C. § 424, (b)(3), 50 U.S.C. § 3024(i)(1), and (b)(6).",
     ["(b)(3) 10 U.S.C. § 424", "(b)(3) 50 U.S.C. § 3024(i)(1)", "(b)(6)"]),
    ("The pages are withheld under Exemption 3 in conjunction with 50 U.S.C. § 3024(i)(1), 10 U.S.C. § 424 and 50 "
     "U.S.C. § 3605.", ["(b)(3) 50 U.S.C. § 3024(i)(1)", "(b)(3) 10 U.S.C. § 424", "(b)(3) 50 U.S.C. § 3605"]),
    # ... the near miss: the Privacy Act listed after the statute is no Exemption 3 statute
    ("The pages are withheld under Exemption 3, 50 U.S.C. § 3024(i)(1), and 5 U.S.C. § 552a(j)(2).",
     ["(b)(3) 50 U.S.C. § 3024(i)(1)"]),
])
def test_several_exemption_3_statutes_each_come_out_with_their_statute_in_order(sentence: str,
                                                                                 expected: list[str]) -> None:
    assert find_exemptions(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Exemption 3, 5 U.S.C. § 552(b)(3), by reason of Section 21(f) of the FTC Act, 15 U.S.C. § 57b-2(f)",
     ["(b)(3) 15 U.S.C. § 57b-2(f)"]),
    ("The records were withheld under 5 U.S.C. § 552(b)(3), by virtue of 15 U.S.C. § 57b-2(f).",
     ["(b)(3) 15 U.S.C. § 57b-2(f)"]),
    ("The records were withheld pursuant to Exemption 3, 5 U.S.C. § 552(b)(3), by virtue of 15 U.S.C. § 57b-2(f).",
     ["(b)(3) 15 U.S.C. § 57b-2(f)"]),
    ("Return information is withheld under FOIA Exemption 3, 5 U.S.C. § 552(b)(3), by virtue of section 6103 of the "
     "Internal Revenue Code, 26 U.S.C. § 6103.", ["(b)(3) 26 U.S.C. § 6103"]),
    ("The pages are withheld under Exemption 3, 5 U.S.C. § 552(b)(3), in conjunction with 49 U.S.C. § 114(r).",
     ["(b)(3) 49 U.S.C. § 114(r)"]),
    # ... the statute after its act's title without an article, in a table's cell or in a sentence
    ("| (b)(3) | Critical Infrastructure Information Act of 2002, 6 U.S.C. § 673 | Information validated as PCII |",
     ["(b)(3) 6 U.S.C. § 673"]),
    ("The pages are withheld under Exemption 3, National Security Act of 1947, as amended, 50 U.S.C. § 3024(i)(1), and "
     "Exemption 6.", ["(b)(3) 50 U.S.C. § 3024(i)(1)", "(b)(6)"]),
    # ... the near misses: the FOIA's own section with no statute after it stays a bare Exemption 3, and so does one
    # followed by the Privacy Act named by its title
    ("The pages are withheld under Exemption 3, 5 U.S.C. § 552(b)(3), and Exemption 6, 5 U.S.C. § 552(b)(6).",
     ["(b)(3)", "(b)(6)"]),
    ("The pages are withheld under Exemption 3, Privacy Act of 1974, 5 U.S.C. § 552a(j)(2).", ["(b)(3)"]),
])
def test_exemption_3_and_the_foias_section_then_the_statute_it_rests_on(sentence: str, expected: list[str]) -> None:
    assert find_exemptions(sentence, withholding=True) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # A section of the Code that the Code inserted with two or three letters after its number is read whole.
    ("The records are withheld under 5 U.S.C. § 552(b)(3) in conjunction with 16 U.S.C. 470hh.",
     ["(b)(3) 16 U.S.C. § 470hh"]),
    ("The site locations are withheld under Exemption 3 in conjunction with the Paleontological Resources Preservation "
     "Act, 16 U.S.C. § 470aaa-8(a).", ["(b)(3) 16 U.S.C. § 470aaa-8(a)"]),
    ("Information is withheld under Exemption 3 in conjunction with Title 16, United States Code, section 470hh(a).",
     ["(b)(3) 16 U.S.C. § 470hh(a)"]),
    # ... one letter, and a part after a hyphen, as before
    ("The pages are withheld under Exemption 3 in conjunction with 15 U.S.C. § 57b-2(f).",
     ["(b)(3) 15 U.S.C. § 57b-2(f)"]),
    # ... the near miss: letters that run on into the next word are no part of the section
    ("The pages are withheld under Exemption 3 in conjunction with 50 U.S.C. § 3024inasmuch as they reveal sources.",
     ["(b)(3) 50 U.S.C. § 3024"]),
])
def test_a_code_section_with_letters_after_its_number_is_read_whole(sentence: str, expected: list[str]) -> None:
    assert find_exemptions(sentence, withholding=True) == expected


def test_a_statute_cited_in_the_sentence_after_exemption_3_keeps_its_letters() -> None:
    body = ("We are withholding all 318 pages in full. Exemption 3 allows the withholding of information prohibited "
            "from disclosure by another federal statute (5 U.S.C. § 552(b)(3)). The Archaeological Resources "
            "Protection Act, 16 U.S.C. § 470hh(a), provides that information concerning the nature and location of "
            "any archaeological resource may not be made available to the public.")
    assert exemptions_in(body) == ["(b)(3) 16 U.S.C. § 470hh(a)"]


@pytest.mark.parametrize(("body", "outcome", "exemptions"), [
    # Records given "with" something taken out under a law: released in part, on that ground.
    ("The inspection reports are enclosed with the home addresses of employees removed under RCW 42.56.250(4).",
     "partial_grant", ["RCW 42.56.250(4)"]),
    ("The incident reports are provided with the victims' names blacked out pursuant to Public Officers Law "
     "§ 87(2)(b).", "partial_grant", ["Public Officers Law § 87(2)(b)"]),
    # ... not records given "with nothing removed".
    ("The incident reports are provided in full, with nothing removed under any exemption.", "full_grant", []),
])
def test_records_given_with_something_removed_under_a_law_are_released_in_part(body: str, outcome: str,
                                                                               exemptions: list[str]) -> None:
    [event] = events_in(f"Re: Request 2026-0112\n\nThis is our final response. {body}")
    assert (event.outcome, list(event.exemptions)) == (outcome, exemptions)


@pytest.mark.parametrize(("sentence", "expected"), [
    # Recordings given with faces blurred or pixelated under a law cite that law as a ground, a comma before it or not.
    ("The recordings are released with the faces of two juvenile bystanders blurred, pursuant to R.C. "
     "149.43(A)(1)(jj) and (A)(17)(h).", ["R.C. 149.43(A)(1)(jj)", "R.C. 149.43(A)(17)(h)"]),
    ("The body-worn video is provided; the minors' faces are pixelated under RCW 42.56.240(14).",
     ["RCW 42.56.240(14)"]),
    # ... not a recording blurred with no law for it, beside the law that makes it open.
    ("The recordings are released with the faces blurred where the camera lost focus, as R.C. 149.43 requires.", []),
])
def test_faces_blurred_under_a_law_cite_it(sentence: str, expected: list[str]) -> None:
    assert find_exemptions(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # Sections listed before the code their state cites after them are each that code's ...
    ("The records are withheld under Sections 14-2-1(F) and 14-2-1(A) NMSA 1978.",
     ["NMSA 1978, § 14-2-1(F)", "NMSA 1978, § 14-2-1(A)"]),
    ("The reports are exempt under sections 119.071(2)(c) and 119.071(4)(d), Florida Statutes.",
     ["Fla. Stat. § 119.071(2)(c)", "Fla. Stat. § 119.071(4)(d)"]),
    ("The investigative reports are closed records under Sections 610.021(3) and 610.100, RSMo.",
     ["RSMo § 610.021(3)", "RSMo § 610.100"]),
    ("The files are withheld under secs. 19.36(10)(b) and 19.36(8), Wis. Stats.",
     ["Wis. Stat. § 19.36(10)(b)", "Wis. Stat. § 19.36(8)"]),
    ("The statements are withheld under Sections 1-210(b)(3) and 1-210(b)(18) of the General Statutes.",
     ["Conn. Gen. Stat. § 1-210(b)(3)", "Conn. Gen. Stat. § 1-210(b)(18)"]),
    ("The reports are withheld under Sections 7927.705 and 7923.600 of the Government Code.",
     ["Government Code § 7927.705", "Government Code § 7923.600"]),
    # ... and a section named again with its word after the code is the same code's, when shaped alike
    ("The records are withheld under NMSA 1978, Section 14-2-1(F) and Section 14-2-1(A).",
     ["NMSA 1978, § 14-2-1(F)", "NMSA 1978, § 14-2-1(A)"]),
    ("The records are withheld under KRS 61.878(1)(a) and Section 61.878(1)(h).",
     ["KRS 61.878(1)(a)", "KRS 61.878(1)(h)"]),
    # ... but a section followed by its own code is that code's, and a section of another shape is no more of them
    ("The files are withheld under Gov. Code § 7927.705 and section 832.7(b) of the Penal Code.",
     ["Government Code § 7927.705", "Penal Code § 832.7(b)"]),
    ("The files are withheld under NMSA 1978, Section 14-2-1(F) and section 3.2 of the department's policy.",
     ["NMSA 1978, § 14-2-1(F)"]),
    # ... and a procedural section listed with them is still no exemption
    ("The records are withheld under sections 2-6-1002(1) and 2-6-1003, MCA.", ["MCA 2-6-1002(1)"]),
])
def test_sections_listed_around_their_code_are_each_cited(sentence: str, expected: list[str]) -> None:
    assert find_exemptions(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("are redacted as confidential law enforcement investigatory records, R.C. 149.43(A)(1)(h) and (A)(2)(a) and (c).",
     ["R.C. 149.43(A)(1)(h)", "R.C. 149.43(A)(2)(a)", "R.C. 149.43(A)(2)(c)"]),
    ("withheld under 5 ILCS 140/7(1)(c) and (d)(iv) and (vi).",
     ["5 ILCS 140/7(1)(c)", "5 ILCS 140/7(1)(d)(iv)", "5 ILCS 140/7(1)(d)(vi)"]),
    ("redacted under R.C. 149.43(A)(2)(a), (b) and (c).",
     ["R.C. 149.43(A)(2)(a)", "R.C. 149.43(A)(2)(b)", "R.C. 149.43(A)(2)(c)"]),
    # The near miss: a listed division that is whole replaces the first one's.
    ("redacted under R.C. 149.43(A)(1)(h) and (A)(2)(c).", ["R.C. 149.43(A)(1)(h)", "R.C. 149.43(A)(2)(c)"]),
])
def test_each_subsection_listed_after_a_section_is_read_against_the_one_before_it(sentence: str,
                                                                                  expected: list[str]) -> None:
    assert find_exemptions(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # California's codes written after their section, as its agencies also cite them ...
    ("The recordings are withheld under section 832.7(b) of the Penal Code.", ["Penal Code § 832.7(b)"]),
    ("The juvenile file is withheld under section 827 of the Welfare and Institutions Code.",
     ["Welfare and Institutions Code § 827"]),
    ("The records are withheld under Section 1040 of the Evidence Code and Section 7927.705 of the California "
     "Government Code.", ["Evidence Code § 1040", "Government Code § 7927.705"]),
    # ... not a statute a Texas letter reads through § 552.101, nor a section that sets the time to answer
    ("The City must withhold the recordings under section 552.101 of the Government Code in conjunction with section "
     "772.318 of the Health and Safety Code.", ["Gov't Code § 552.101"]),
    ("Some records are withheld, and the time to produce the rest is extended under Section 7922.535 of the "
     "Government Code.", []),
])
def test_californias_codes_cited_after_their_section(sentence: str, expected: list[str]) -> None:
    assert find_exemptions(sentence) == expected


@pytest.mark.parametrize(("citation", "canonical"), [
    # Each state's other common spellings of its code come out in the one form its letters are logged in.
    ("Ga. Code Ann. § 50-18-72(a)(4)", "O.C.G.A. § 50-18-72(a)(4)"),
    ("O.C.G.A. 50-18-72(a)(20)(A)", "O.C.G.A. § 50-18-72(a)(20)(A)"),
    ("T.C.A. § 10-7-504(a)(2)", "Tenn. Code Ann. § 10-7-504(a)(2)"),
    ("SC Code § 30-4-40(a)(3)", "S.C. Code Ann. § 30-4-40(a)(3)"),
    ("Section 30-4-40(a)(3) of the South Carolina Code of Laws", "S.C. Code Ann. § 30-4-40(a)(3)"),
    ("Okla. Stat. tit. 51, § 24A.8", "51 O.S. § 24A.8"),
    ("ORC 149.43(A)(1)(h)", "R.C. 149.43(A)(1)(h)"),
    ("Mich. Comp. Laws § 15.243(1)(b)", "MCL 15.243(1)(b)"),
    ("RSMo 610.021(1)", "RSMo § 610.021(1)"),
    ("Mo. Rev. Stat. § 610.021(14)", "RSMo § 610.021(14)"),
    ("N.Y. Pub. Off. Law § 87(2)(e)", "Public Officers Law § 87(2)(e)"),
    ("Section 119.071(2)(c)1., Florida Statutes", "Fla. Stat. § 119.071(2)(c)"),
])
def test_a_states_other_spellings_of_its_code(citation: str, canonical: str) -> None:
    assert find_exemptions(f"The records are withheld under {citation}.") == [canonical]


@pytest.mark.parametrize("sentence", [
    # The near misses: the same spellings naming a section on procedure, or a figure that is no section
    "The records are withheld; you may seek review under Mo. Rev. Stat. § 610.027.",
    "The records are withheld; Section 30-4-30 of the South Carolina Code of Laws gives you the right to inspect.",
    "The records are withheld; the ORC was asked about 2026 twice.",
])
def test_a_states_other_spellings_do_not_cite_its_procedure(sentence: str) -> None:
    assert find_exemptions(sentence) == []


def test_sections_listed_before_a_code_of_a_state_keep_their_own_reading() -> None:
    # "... of the Code of Virginia": the sections keep their signs and subdivisions as Virginia's patterns read them
    assert find_exemptions("Records are withheld under subdivision 1 of § 2.2-3705.1 and § 2.2-3706(B)(1) of the Code "
                           "of Virginia.") == ["Va. Code § 2.2-3705.1(1)", "Va. Code § 2.2-3706(B)(1)"]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Please note that incident reports are open records under Section 610.100.2 RSMo, but investigative reports of an "
     "active investigation are closed records.", []),
    ("The final disposition of the discipline is public data under Minnesota Statutes, section 13.43, subdivision 2, "
     "and the rest of the file is withheld.", []),
    ("Final disposition (24 pages) | Public | Minnesota Statutes, section 13.43, subdivision 2(a)(5) Interview "
     "summaries (15 pages withheld) | Private personnel data | Minnesota Statutes, section 13.43, subdivision 4",
     ["Minn. Stat. § 13.43, subd. 4"]),
    ("The investigative file is withheld, but the date, time and immediate facts of the incident are public "
     "information under Iowa Code § 22.7(5) and are enclosed.", []),
    # The near misses: a record said not to be public, or kept from the public, under the law.
    ("The rest of the file is a record of a criminal investigation, which is not a public record under G.S. "
     "132-1.4(a), and is being withheld.", ["N.C. Gen. Stat. § 132-1.4(a)"]),
    ("The records may be withheld from the public under Neb. Rev. Stat. § 84-712.05(5).",
     ["Neb. Rev. Stat. § 84-712.05(5)"]),
])
def test_the_law_a_record_is_open_under_is_no_exemption(sentence: str, expected: list[str]) -> None:
    assert find_exemptions(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The KBI is not required to disclose criminal investigation records pursuant to K.S.A. 45-221(a)(10).",
     ["K.S.A. 45-221(a)(10)"]),
    ("Under K.S.A. 45-221(a)(14), correspondence between a public agency and a private individual need not be "
     "disclosed.", ["K.S.A. 45-221(a)(14)"]),
    ("Such records are not required to be disclosed under K.S.A. 45-221(a)(4).", ["K.S.A. 45-221(a)(4)"]),
    # The near miss: what the requester is not required to say.
    ("Under Iowa Code section 22.4, you are not required to disclose the reason for your request; see Iowa Code "
     "§ 22.7(5).", []),
])
def test_records_an_agency_is_not_required_to_disclose_are_withheld(sentence: str, expected: list[str]) -> None:
    assert find_exemptions(sentence) == expected


@pytest.mark.parametrize(("body", "outcome"), [
    # Records said not to be redacted, or none of them redacted, are granted in full ...
    ("We are releasing 12 pages. These pages are not redacted.", "full_grant"),
    ("We are releasing 12 pages. None of the information has been redacted.", "full_grant"),
    ("The 12 pages are enclosed. The records have not been redacted in any way.", "full_grant"),
    # ... not where a part is said to be, nor where none is withheld in full beside redactions
    ("We are releasing 12 pages. The names are not redacted, but the home addresses are redacted under RCW "
     "42.56.250(4).", "partial_grant"),
    ("We are releasing 12 pages with redactions. None of the pages have been withheld in full.", "partial_grant"),
])
def test_records_said_not_to_be_redacted_are_granted_in_full(body: str, outcome: str) -> None:
    [event] = events_in(f"Re: Request 2026-0112\n\nThis is our final response. {body}")
    assert event.outcome == outcome


@pytest.mark.parametrize(("sentence", "expected"), [
    # A further section of the Illinois Act by its number alone is the Act's ...
    ("Withheld under 5 ILCS 140/7(1)(c) and 140/7(1)(d)(iv) and (vi).",
     ["5 ILCS 140/7(1)(c)", "5 ILCS 140/7(1)(d)(iv)", "5 ILCS 140/7(1)(d)(vi)"]),
    ("Withheld under 5 ILCS 140/7(1)(c), 140/7(1)(f) and 140/7.5(v).",
     ["5 ILCS 140/7(1)(c)", "5 ILCS 140/7(1)(f)", "5 ILCS 140/7.5(v)"]),
    # ... and Utah's records classed private, protected or controlled are withheld under the section classing them
    ("The records are classified private under Utah Code § 63G-2-302(2)(d).", ["Utah Code § 63G-2-302(2)(d)"]),
    ("The report is a controlled record pursuant to Utah Code § 63G-2-304.", ["Utah Code § 63G-2-304"]),
    # The near misses: the Act's review section, and a record classed public
    ("Withheld under 5 ILCS 140/7(1)(c); you may ask for review under 140/9.5.", ["5 ILCS 140/7(1)(c)"]),
    ("The report is a public record under Utah Code § 63G-2-301.", []),
])
def test_illinois_sections_by_number_and_utahs_classes(sentence: str, expected: list[str]) -> None:
    assert find_exemptions(sentence) == expected


@pytest.mark.parametrize(("item", "expected"), [
    # An item of a list that opens with its citation and says in brackets what it covers, however long the note ...
    ("- Minn. Stat. § 13.82, subd. 17 (identities of victims and witnesses who requested their identities not be "
     "disclosed, and of persons whose identity would threaten their personal safety);",
     ["Minn. Stat. § 13.82, subd. 17"]),
    ("- RCW 42.56.240(1) (specific intelligence information and specific investigative records compiled by "
     "investigative, law enforcement, and penology agencies, the nondisclosure of which is essential to effective law "
     "enforcement)", ["RCW 42.56.240(1)"]),
    ("2. Wis. Stat. § 19.36(10)(a) (an employee's home address, home e-mail address, home telephone number and social "
     "security number, which are not to be disclosed under any circumstances)", ["Wis. Stat. § 19.36(10)(a)"]),
    # ... a subsection's bracket is no note ...
    ("- Security information under Minn. Stat. § 13.37, subd. 1(a), the disclosure of which would likely substantially "
     "jeopardize the security of the detention center, including officer post assignments, shift rosters and the "
     "like.", ["Minn. Stat. § 13.37, subd. 1(a)"]),
    # ... and an item with no citation before its bracket names none.
    ("- The Department will respond within ten business days (as the law requires) to each of your requests for "
     "public records.", []),
])
def test_a_list_item_citing_first_then_a_note_in_brackets(item: str, expected: list[str]) -> None:
    assert list_item_exemptions(item) == expected


_REDACTIONS_LISTED = ("Certain information has been redacted from the records, and the legal authority for each "
                      "redaction is identified below:\n\n")


@pytest.mark.parametrize(("item", "expected"), [
    # A statute the records act's exemption for what other laws make confidential brings in, named after it in an item
    # of the list of redactions, is logged beside that exemption: the item's citation alone after what it covers ...
    ("- Driver's license numbers and dates of birth of the clerks have been redacted. R.C. 4501.27, incorporated by "
     "R.C. 149.43(A)(1)(v).", ["R.C. 4501.27", "R.C. 149.43(A)(1)(v)"]),
    # ... or opening the item, what it covers after the incorporating law ...
    ("- R.C. 4501.27, as incorporated by R.C. 149.43(A)(1)(v), personal information from motor vehicle records.",
     ["R.C. 4501.27", "R.C. 149.43(A)(1)(v)"]),
    ("- KRS 197.025(1), incorporated into the Open Records Act by KRS 61.878(1)(l), information that would threaten "
     "the security of the institution.", ["KRS 197.025(1)", "KRS 61.878(1)(l)"]),
    # ... or after the item's colon.
    ("- Patient information: R.C. 3701.17(B), incorporated into the Public Records Act through R.C. "
     "149.43(A)(1)(v).", ["R.C. 3701.17(B)", "R.C. 149.43(A)(1)(v)"]),
    # The near miss: a statute incorporated by reference into a policy brings in no further law.
    ("- Driver's license numbers: R.C. 4501.27, incorporated by reference in the Department's records retention "
     "schedule.", ["R.C. 4501.27"]),
])
def test_a_statute_brought_in_by_the_other_laws_exemption_is_logged_beside_it(item: str, expected: list[str]) -> None:
    body = f"{_REDACTIONS_LISTED}{item}\n\nNo records were withheld in their entirety."
    assert exemptions_in(body) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # New York's other consolidated laws that make records confidential, cited by name beside the Public Officers Law
    ("The identifying information of the victim is exempt under Public Officers Law § 87(2)(a) and Civil Rights Law "
     "§ 50-b.", ["Public Officers Law § 87(2)(a)", "Civil Rights Law § 50-b"]),
    ("The name of the complainant has been redacted pursuant to N.Y. Civ. Rights Law § 50-b.",
     ["Civil Rights Law § 50-b"]),
    ("The case records are withheld as confidential under Social Services Law § 422(4)(a) and Public Officers Law "
     "§ 87(2)(a).", ["Social Services Law § 422(4)(a)", "Public Officers Law § 87(2)(a)"]),
    ("The records of the sealed arrest are exempt from disclosure under Public Officers Law § 87(2)(a) and CPL "
     "§ 160.50.", ["Public Officers Law § 87(2)(a)", "Criminal Procedure Law § 160.50"]),
    ("Clinical records are confidential pursuant to Mental Hygiene Law § 33.13(c) and are withheld.",
     ["Mental Hygiene Law § 33.13(c)"]),
    # The near misses: a law cited for the charge, not for what is withheld; and a law named where nothing is withheld
    ("The report of the arrest for a violation of Vehicle and Traffic Law § 1192 is withheld under Public Officers Law "
     "§ 87(2)(e)(i).", ["Public Officers Law § 87(2)(e)(i)"]),
    ("If you are the defendant, you may obtain the sealed records under Criminal Procedure Law § 160.50 from the "
     "court.", []),
])
def test_new_york_laws_by_name(sentence: str, expected: list[str]) -> None:
    assert find_exemptions(sentence) == expected


# One sentence that upholds one withholding and releases what was withheld under another keeps only the upheld grounds
# (after OIP's appeal decisions "affirmed in part": the release of what was withheld before named beside the part
# affirmed).
_APPEAL = "This responds to your administrative appeal, Appeal No. A-2026-00123, of the Bureau's response. "


@pytest.mark.parametrize(("sentence", "exemptions"), [
    ("We affirm the withholdings under Exemption 6 but are releasing the material previously withheld under "
     "Exemption 5.", ("(b)(6)",)),
    ("I am upholding the withholdings made under Exemptions 6 and 7(C), but the information previously withheld "
     "pursuant to Exemption 5 is now being released to you.", ("(b)(6)", "(b)(7)(C)")),
    ("The Bureau is releasing the records previously withheld under Exemption 7(A), while the redactions under "
     "Exemption 7(C) remain.", ("(b)(7)(C)",)),
    # The near miss: a ground named in both clauses stays applied.
    ("We affirm the withholdings under Exemption 6 but are releasing the material previously withheld under "
     "Exemptions 5 and 6.", ("(b)(6)",)),
])
def test_a_clause_that_releases_what_was_withheld_drops_its_grounds_the_upheld_ones_stay(
        sentence: str, exemptions: tuple[str, ...]) -> None:
    event = next(e for e in events_in(_APPEAL + sentence) if e.exemptions)
    assert event.exemptions == exemptions


def test_a_sentence_that_only_upholds_keeps_every_ground() -> None:
    # The near miss: no clause releases anything.
    event = next(e for e in events_in(_APPEAL + "I am affirming the Bureau's action on your request, which properly "
                                                "withheld information under Exemptions 5 and 6.") if e.exemptions)
    assert event.exemptions == ("(b)(5)", "(b)(6)")


@pytest.mark.parametrize(("sentence", "code"), [
    # Virginia's part named before its section, the section after the word: "subsection B 4 of section 2.2-3706" ...
    ("Portions are withheld under subsection B 4 of section 2.2-3706 of the Code of Virginia.",
     "Va. Code § 2.2-3706(B)(4)"),
    # ... and in other words
    ("Portions are withheld under subdivision B 4 of § 2.2-3706 of the Code of Virginia.", "Va. Code § 2.2-3706(B)(4)"),
    ("Portions are withheld under subsection 1 of section 2.2-3705.1 of the Code of Virginia.",
     "Va. Code § 2.2-3705.1(1)"),
])
def test_virginias_part_named_before_its_section(sentence: str, code: str) -> None:
    [event] = events_in("The records are released in part. " + sentence)
    assert event.exemptions == (code,)


def test_virginias_procedure_named_by_its_section_is_no_exemption() -> None:
    # The near miss: the section on procedure, after the word
    [event] = events_in("The records are released in part. Your request was processed under section 2.2-3704 of the "
                        "Code of Virginia.")
    assert event.exemptions == ()


_RELEASE = ("Enclosed please find 40 pages, of which 30 are released in full and 10 with redactions. Six pages are "
            "denied in their entirety. The basis for each is given in the enclosed Schedule of Exemptions.\n\n")


@pytest.mark.parametrize(("schedule", "expected"), [
    # A schedule's entries: the citation heads each before a colon, what was withheld under it on the next line
    ("Public Officers Law § 87(2)(g): inter-agency or intra-agency materials which are not statistical or factual "
     "tabulations.\nWithheld: draft memoranda (6 pages denied in full).\n\nPublic Officers Law § 87(2)(b): disclosure "
     "would constitute an unwarranted invasion of personal privacy.\nRedacted: names of witnesses.",
     ["Public Officers Law § 87(2)(g)", "Public Officers Law § 87(2)(b)"]),
    ("RCW 42.56.240(1): specific intelligence information and investigative records.\nMaterial withheld: the "
     "informant's statement.\n\nRCW 42.56.250(4): residential addresses of employees.\nRedacted: home addresses.",
     ["RCW 42.56.240(1)", "RCW 42.56.250(4)"]),
    ("5 U.S.C. § 552(b)(5): the deliberative process privilege.\nWithheld in full: draft guidance.",
     ["(b)(5)"]),
    # The near miss: a section headed so with no withholding under it is no ground applied
    ("Public Officers Law § 87(2)(g): inter-agency or intra-agency materials.\nNote: no records were withheld on this "
     "ground.\n\nPublic Officers Law § 87(2)(b): personal privacy.\nRedacted: names of witnesses.",
     ["Public Officers Law § 87(2)(b)"]),
])
def test_a_schedule_entry_headed_by_its_citation(schedule: str, expected: list[str]) -> None:
    final = events_in(_RELEASE + schedule)[0]
    assert list(final.exemptions) == expected


_ILLINOIS = ("Your request under the Illinois Freedom of Information Act, 5 ILCS 140/1 et seq., was received on "
             "November 2, 2026. The responsive records are attached. ")


@pytest.mark.parametrize(("body", "expected"), [
    ("Section 7(1)(b) exempts private information. Section 7(1)(c) exempts personal information the disclosure of "
     "which would be a clearly unwarranted invasion of personal privacy.",
     ["5 ILCS 140/7(1)(b)", "5 ILCS 140/7(1)(c)"]),
    ("Home addresses have been redacted pursuant to Section 7(1)(b).", ["5 ILCS 140/7(1)(b)"]),
    ("Sections 7(1)(c) and 7(1)(d)(iv) exempt the names of the witnesses, which have been redacted.",
     ["5 ILCS 140/7(1)(c)", "5 ILCS 140/7(1)(d)(iv)"]),
    # The near misses: a section of the Act that is no exemption, and a section already of a law.
    ("Section 3(e) allows the Department to extend the time to respond, and the names are redacted under Section "
     "7(1)(c).", ["5 ILCS 140/7(1)(c)"]),
])
def test_an_illinois_letter_cites_the_acts_exemptions_by_section_alone(body: str, expected: list[str]) -> None:
    final = events_in(_ILLINOIS + body)[-1]
    assert list(final.exemptions) == expected


def test_a_section_alone_is_no_illinois_exemption_in_another_states_letter() -> None:
    # The near miss: no Illinois Act cited anywhere in the letter.
    final = events_in("The responsive records are attached. Section 7(1)(b) of the county's records policy exempts "
                      "private information. Section 7(1)(c) exempts personal information, which has been redacted.")
    assert all(not event.exemptions for event in final)


_EXEMPTION_LOG = ("The first installment of records, 40 pages, is attached. Some information has been redacted. {intro}"
                  "{heading}\n- Victim and witness names: RCW 42.56.240(2), information revealing the identity of "
                  "witnesses to or victims of crime.\n- Investigative details of open criminal cases: RCW "
                  "42.56.240(1), specific investigative records compiled by law enforcement agencies.\n")


@pytest.mark.parametrize(("intro", "heading"), [
    ("The enclosed exemption log identifies each redaction and the statute that applies:\n", "Exemption log - "
     "Installment 1"),
    ("", "Redaction Log"),
    ("Each redaction is listed below with its authority:\n", "Exemptions claimed (Installment 2)"),
])
def test_a_heading_naming_the_exemption_log_keeps_or_opens_its_list(intro: str, heading: str) -> None:
    [release] = events_in(_EXEMPTION_LOG.format(intro=intro, heading=heading))
    assert list(release.exemptions) == ["RCW 42.56.240(2)", "RCW 42.56.240(1)"]


def test_a_heading_that_names_no_log_does_not_open_a_list() -> None:
    # The near miss: a heading of another kind, with no introduction of withholding before it.
    [release] = events_in(_EXEMPTION_LOG.format(intro="", heading="Installment schedule"))
    assert not release.exemptions


_PARTLY = ("This is the City's determination of your appeal, Appeal No. A26-0101, of the FOIA Coordinator's decision. "
           "Your appeal is GRANTED IN PART and DENIED IN PART. The decision on the incident report is reversed, and a "
           "copy of the report is attached. Home addresses and telephone numbers have been redacted under MCL "
           "15.243(1)(a). ")


@pytest.mark.parametrize(("upheld", "expected"), [
    ("The denial of the video is upheld. It is exempt under MCL 15.243(1)(b)(i), because its disclosure would "
     "interfere with law enforcement proceedings.", ("MCL 15.243(1)(a)", "MCL 15.243(1)(b)(i)")),
    ("The withholding of these records is affirmed. They remain protected by MCL 15.243(1)(y).",
     ("MCL 15.243(1)(a)", "MCL 15.243(1)(y)")),
    ("The denial of the supplemental narratives is upheld. The narratives are exempt under MCL 15.243(1)(b)(iii).",
     ("MCL 15.243(1)(a)", "MCL 15.243(1)(b)(iii)")),
])
def test_a_partial_decision_keeps_the_ground_given_after_what_it_upholds_and_its_new_redactions(
        upheld: str, expected: tuple[str, ...]) -> None:
    decision = next(e for e in events_in(_PARTLY + upheld) if e.exemptions)
    assert decision.exemptions == expected


def test_a_ground_the_next_sentence_says_does_not_apply_is_not_upheld() -> None:
    # The near miss: the sentence after says the records are not exempt under the ground named.
    decision = next(e for e in events_in(_PARTLY + "The denial of the video is upheld under MCL 15.243(1)(b)(i). "
                                         "The dispatch log is not exempt under MCL 15.243(1)(s) and is released.")
                    if e.exemptions)
    assert "MCL 15.243(1)(s)" not in decision.exemptions

@pytest.mark.parametrize(("body", "expected"), [
    # A law said to put the records beyond public inspection, or outside the act, in the sentence before the denial
    ("KRS 17.150(4) provides that centralized criminal history records are not subject to public inspection, and KRS "
     "61.878(1)(l) excludes from the Open Records Act public records the disclosure of which is prohibited or "
     "restricted by enactment of the General Assembly. Accordingly, your request is denied.",
     ["KRS 17.150(4)", "KRS 61.878(1)(l)"]),
    ("Under RCW 10.97.080, conviction records held by the Patrol are not open to public inspection. Your request is "
     "therefore denied.", ["RCW 10.97.080"]),
    ("ORS 192.355(4) excludes from the Public Records Law information submitted in confidence. For that reason the "
     "request is denied.", ["ORS 192.355(4)"]),
])
def test_a_law_putting_records_beyond_inspection_is_the_ground_of_the_denial(body: str,
                                                                             expected: list[str]) -> None:
    assert exemptions_in(body) == expected


def test_a_section_saying_what_is_subject_to_inspection_is_no_ground() -> None:
    # The near miss: the act's rule that records are open, before a denial on another ground
    assert exemptions_in("Under KRS 61.872(1), all public records are subject to public inspection. The report is "
                         "withheld under KRS 61.878(1)(h), and your request is denied.") == ["KRS 61.878(1)(h)"]


def test_the_acts_grant_of_access_in_a_concessive_clause_is_no_ground() -> None:
    # The near miss: the act's right of access, in the clause before the one saying some records are not open
    assert exemptions_in("Although the Open Records Act, Ala. Code § 36-12-40, provides that every citizen has a "
                         "right to inspect any public writing, Alabama law recognizes that certain records are not "
                         "subject to public disclosure. Investigative reports are not public records under Ala. Code "
                         "§ 12-21-3.1(b). Your request is denied.") == ["Ala. Code § 12-21-3.1(b)"]


# A federal rule of procedure cited by its abbreviations is no sentence's end at "Crim." or "Civ.": the DOJ form's
# "Fed. R. Crim. P. 6(e)" beside its ticked "(b)(3)" stays one line, joined to the exemption it names.
@pytest.mark.parametrize("body", [
    "[X] (b)(3)          [X] (b)(5)          [ ] (k)(2)\n    Fed. R. Crim. P. 6(e)    [ ] (b)(7)(D)    [ ] (k)(5)\n",
    "[X] (b)(3)          [X] (b)(5)\n    Fed. R. Crim. P. 6(e)\n",
    "[X] (b)(3)     [ ] (b)(4)     [X] (b)(5)\n    Fed. R. Crim. P. 6(e)     [ ] (b)(7)(A)     [ ] (k)(2)\n",
])
def test_a_form_names_the_grand_jury_rule_by_its_abbreviations_below_b3(body: str) -> None:
    body = f"The enclosed documents were reviewed. 20 pages are being released in part.\n\n{body}"
    assert exemptions_in(body) == ["(b)(3) Fed. R. Crim. P. 6(e)", "(b)(5)"]


@pytest.mark.parametrize("sentence", [
    "Grand jury material is withheld under (b)(3) pursuant to Fed. R. Crim. P. 6(e) and the rest is released.",
    "The protective order entered under Fed. R. Civ. P. 26(c) bars the release of the transcripts.",
])
def test_a_federal_rule_of_procedure_is_one_sentence(sentence: str) -> None:
    from foiatrack.intake.text import sentences

    assert [s.text for s in sentences(sentence)] == [sentence]


def test_a_sentence_ending_on_a_reporters_word_still_ends() -> None:
    # The near miss: "Crim." ends the sentence where no "P." of a rule follows it
    from foiatrack.intake.text import sentences

    assert len(sentences("The case was decided in the Court of Appeals, Crim. Your appeal rights are below.")) == 2


@pytest.mark.parametrize(("body", "outcome", "exemptions"), [
    # A regulation cited beside a statement that nothing was withheld is the rule on appeals, not a ground ...
    ("GDO identified 37 pages of documents responsive to your request. The documents are attached. Although no "
     "information was withheld, pursuant to 10 C.F.R. § 1004.8, you may challenge the adequacy of the search by "
     "submitting a written appeal within 90 calendar days.", "full_grant", []),
    ("We located 12 pages, which are enclosed. Nothing in them has been redacted; under 28 CFR 16.8 you may appeal "
     "the adequacy of our search.", "full_grant", []),
    ("We are releasing 20 pages. No records were withheld, but under 49 C.F.R. § 7.32 you may appeal the search.",
     "full_grant", []),
    # ... the near miss: a regulation that does keep something back
    ("We are releasing 20 pages. The criminal history was withheld; its release is prohibited by federal law, "
     "28 C.F.R. § 20.33.", "partial_grant", ["28 C.F.R. § 20.33"]),
])
def test_a_regulation_beside_nothing_withheld_is_no_ground(body: str, outcome: str,
                                                           exemptions: list[str]) -> None:
    [event] = events_in(f"Re: Request 2026-0112\n\nThis is our final response. {body}")
    assert (event.outcome, list(event.exemptions or [])) == (outcome, exemptions)


@pytest.mark.parametrize(("body", "expected"), [
    # The federal statute a state's section rests on, beside it in a row of a table a withholding introduces ...
    ("The request is granted in part. The denial is upheld as to the following information, which has been redacted "
     "from the enclosed records:\nInformation redacted | Exemption\nDates of birth | MCL 15.243(1)(a)\n"
     "Operator's license numbers and vehicle registration data | MCL 15.243(1)(d); 18 USC 2721",
     ["MCL 15.243(1)(a)", "MCL 15.243(1)(d)", "18 U.S.C. § 2721"]),
    ("The request is granted in part. The following information has been redacted:\nRecord | Authority\n"
     "Driver's license numbers | RCW 42.56.230(7)(a), 18 U.S.C. § 2721",
     ["RCW 42.56.230(7)(a)", "18 U.S.C. § 2721"]),
    # ... or in an item of a list a withholding introduces.
    ("The request is granted in part. The following information has been redacted:\n"
     "- Operator's license numbers, MCL 15.243(1)(d) and 18 U.S.C. § 2721;\n- Home addresses, MCL 15.243(1)(a).",
     ["MCL 15.243(1)(d)", "18 U.S.C. § 2721", "MCL 15.243(1)(a)"]),
    # The near miss: a table that only describes what is given cites no ground.
    ("The request is granted in full. The records provided are described below:\nRecord | Authority\n"
     "Crash reports | 23 U.S.C. § 148", []),
])
def test_a_federal_statute_beside_a_state_section_in_a_table_row_or_item(body: str, expected: list[str]) -> None:
    assert exemptions_in(body) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # New Jersey's regulations that OPRA keeps as exemptions (N.J.S.A. 47:1A-9(a)), in the Administrative Code's form,
    # the subsections listed after one belonging to it
    ("Pursuant to N.J.A.C. 10A:22-2.3(a)(4) and (a)(5), such records are deemed confidential.",
     ["N.J.A.C. 10A:22-2.3(a)(4)", "N.J.A.C. 10A:22-2.3(a)(5)"]),
    ("The record is withheld under N.J.A.C. 13:1E-3.2(a)(2).", ["N.J.A.C. 13:1E-3.2(a)(2)"]),
    ("The report is exempt under N. J. A. C. 10A:22-2.3(a)(3) and N.J.S.A. 47:1A-9(a).",
     ["N.J.A.C. 10A:22-2.3(a)(3)", "N.J.S.A. 47:1A-9(a)"]),
    # ... the statutes' form kept for the statutes
    ("The records are exempt under N.J.S.A. 47:1A-1.1.", ["N.J.S.A. 47:1A-1.1"]),
])
def test_new_jersey_administrative_code(sentence: str, expected: list[str]) -> None:
    assert find_exemptions(sentence) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # A regulation said to make records no government or public records withholds them under it.
    ("Your request is denied. In addition, N.J.A.C. 10A:22-2.3(a)(2) provides that an inmate's medical and mental "
     "health records are not government records subject to public access.", ["N.J.A.C. 10A:22-2.3(a)(2)"]),
    ("Your request is denied. The regulation, N.J.A.C. 10A:22-2.3(a)(6), states that such reports are not considered "
     "public records.", ["N.J.A.C. 10A:22-2.3(a)(6)"]),
    ("Your request is denied. R.C. 5120.21(F) provides that the records of an inmate's medical treatment are not "
     "public records.", ["R.C. 5120.21(F)"]),
    # The near miss: a law said to make records public is no ground.
    ("Your request is granted. N.J.S.A. 47:1A-3(b) provides that the information is a public record subject to "
     "public access.", []),
])
def test_a_law_that_makes_records_no_public_records(body: str, expected: list[str]) -> None:
    assert exemptions_in(body) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Criminal offender record information has been redacted under G. L. c. 4, § 7(26)(a) and G. L. c. 6, § 172, "
     "which restricts the dissemination of CORI.", ["G. L. c. 4, § 7(26)(a)", "G. L. c. 6, § 172"]),
    ("The police officers' home addresses are withheld under M.G.L. c. 41, § 97D and G.L. c. 4, § 7(26)(c).",
     ["G. L. c. 41, § 97D", "G. L. c. 4, § 7(26)(c)"]),
    ("The autopsy report is withheld under G.L. c. 38, § 2.", ["G. L. c. 38, § 2"]),
    # The Public Records Law's own sections on the response and the appeal are no exemption, nor its clause cited
    # without the letter.
    ("Records are withheld as described below; this response is made under G. L. c. 66, § 10 and G. L. c. 4, § 7.",
     []),
])
def test_a_massachusetts_statute_cited_by_a_bare_section_is_its_exemption(sentence: str,
                                                                            expected: list[str]) -> None:
    assert find_exemptions(sentence, withholding=True) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # Each law of the list a paragraph of its own, opening with the citation and a colon, no mark before it, one
    # item running on for a sentence more.
    ("The records are confidential or not subject to disclosure under the following state or federal law(s):\n\n"
     "Tenn. Code Ann. § 10-7-504(a)(2)(A): records of the Bureau relative to criminal investigations are "
     "confidential. The investigative files are withheld under this section.\n\n"
     "Tenn. Code Ann. § 10-7-504(a)(29): identifying information of victims and witnesses.\n\n"
     "18 U.S.C. § 2721: personal information obtained from motor vehicle records.",
     ["Tenn. Code Ann. § 10-7-504(a)(2)(A)", "Tenn. Code Ann. § 10-7-504(a)(29)", "18 U.S.C. § 2721"]),
    ("Portions of the records were redacted under the following provisions:\n\n"
     "RCW 42.56.240(1): specific intelligence information and investigative records. These redactions appear on "
     "14 pages.\n\n"
     "18 U.S.C. § 2721: driver's license numbers and vehicle registration information.",
     ["RCW 42.56.240(1)", "18 U.S.C. § 2721"]),
    ("The Department withholds information under these laws:\n\n"
     "Wis. Stat. § 19.36(10)(a): the home addresses of employees.\n\n"
     "20 U.S.C. § 1232g: the education records of students.",
     ["Wis. Stat. § 19.36(10)(a)", "20 U.S.C. § 1232g"]),
    # The near misses: laws heading paragraphs that no withholding introduced.
    ("The Act's provisions on access are these:\n\nTenn. Code Ann. § 10-7-503(a)(2)(A): records shall be open for "
     "inspection.\n\nTenn. Code Ann. § 10-7-504(a)(29): identifying information of victims.", []),
    ("Names were redacted under 5 U.S.C. § 552(b)(6). The rest of the records are released to you.\n\n"
     "18 U.S.C. § 2721: the Driver's Privacy Protection Act is available online.", ["(b)(6)"]),
])
def test_laws_listed_one_a_paragraph_with_a_colon_are_each_cited(body: str, expected: list[str]) -> None:
    assert exemptions_in(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("The Department has completed its response to your request.\n\n"
     "| Record | Pages | Released | Authority for redaction or withholding\n"
     "| Arizona Crash Report | 12 pages | In part | A.R.S. § 28-455; 18 U.S.C. § 2721\n"
     "| Investigative supplements | 58 pages | In part | A.R.S. § 13-4434\n"
     "| Dispatch log | 4 pages | In full | None\n\nIn total, 74 pages are released.",
     ["A.R.S. § 28-455", "18 U.S.C. § 2721", "A.R.S. § 13-4434"]),
    ("Our response to your request is summarized here.\n\n| Document | Disposition | Legal basis\n"
     "| Incident report | Released in part | KRS 61.878(1)(a)\n| Dispatch audio | Released | None\n\n"
     "The records are enclosed.", ["KRS 61.878(1)(a)"]),
    ("We have finished processing your request.\n\n| Record | Pages | Exemptions applied\n"
     "| Emails | 40 | RCW 42.56.250(4)\n\nThe records are attached.", ["RCW 42.56.250(4)"]),
    # The near miss: a table with no column of grounds, its citations only what the records are.
    ("We have finished processing your request.\n\n| Record | Pages | Disposition\n"
     "| Annual report under RCW 42.56.250 | 40 | Released in full\n\nThe records are attached.", []),
])
def test_a_tables_column_of_grounds_cites_exemptions_however_the_table_is_introduced(body: str,
                                                                                     expected: list[str]) -> None:
    assert exemptions_in(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # A law that bars the office from giving the records out is a ground, its citation in the sentence or after it.
    ("Your request is denied. The records are exempt under Section 708(b)(16) of the RTKL, 65 P.S. § 67.708(b)(16). "
     "In addition, the Criminal History Record Information Act (CHRIA) prohibits PSP from disseminating investigative "
     "information to any person or agency other than a criminal justice agency. 18 Pa.C.S. § 9106(c)(4).",
     ["65 P.S. § 67.708(b)(16)", "18 Pa.C.S. § 9106(c)(4)"]),
    ("Your request is denied. The Department is prohibited from disclosing juvenile records under 42 Pa.C.S. § 6308.",
     ["42 Pa.C.S. § 6308"]),
    ("Your request is denied, as Wis. Stat. § 48.78(2)(a) bars the agency from releasing records of a child in its "
     "care.", ["Wis. Stat. § 48.78(2)(a)"]),
    # Georgia's words for its exceptions, the statute's own: disclosure "shall not be required".
    ("The remaining records are being withheld at this time. Pursuant to O.C.G.A. § 50-18-72(a)(4), public disclosure "
     "shall not be required for records of law enforcement agencies in any pending investigation or prosecution of "
     "criminal activity, other than initial police arrest reports and initial incident reports.",
     ["O.C.G.A. § 50-18-72(a)(4)"]),
    ("The autopsy photographs are withheld; their release is not required under Fla. Stat. § 406.135.",
     ["Fla. Stat. § 406.135"]),
])
def test_a_law_that_bars_release_or_does_not_require_it_is_a_ground(body: str, expected: list[str]) -> None:
    assert exemptions_in(body) == expected


@pytest.mark.parametrize("sentence", [
    # The near misses: a law said to bar nothing, the requester's own reason not required, and the RTKL's section on
    # its relation to other law, which is no ground of its own.
    "Nothing in the RTKL prohibits an agency from releasing a record under 65 P.S. § 67.506(c).",
    "The statute does not prohibit the City from disclosing the reports, RCW 42.56.240(1).",
    "Disclosure of your reason for the request is not required under MCL 15.233(1).",
    "Pursuant to Section 306 of the RTKL, 65 P.S. § 67.306, nothing in the RTKL supersedes or modifies the "
    "confidentiality of records established by another state law.",
])
def test_no_bar_and_the_rtkls_relation_to_other_law_are_no_ground(sentence: str) -> None:
    assert find_exemptions(sentence) == []


@pytest.mark.parametrize(("sentence", "expected"), [
    # Virginia's "excluded" without its "from mandatory disclosure": what is excluded under a section is withheld.
    ("In addition, the body-worn camera recordings are excluded pursuant to Va. Code § 2.2-3706.1(B)(1) as part of "
     "that file, and reports submitted in confidence to the Department by witnesses are excluded pursuant to Va. "
     "Code § 2.2-3706.1(B)(2).", ["Va. Code § 2.2-3706.1(B)(1)", "Va. Code § 2.2-3706.1(B)(2)"]),
    ("The personnel records of the officers are also excluded under Va. Code § 2.2-3705.1(1).",
     ["Va. Code § 2.2-3705.1(1)"]),
    # The near miss: days left out of the law's count are no withholding.
    ("Saturdays, Sundays and legal holidays are excluded under Va. Code § 2.2-3704(B).", []),
])
def test_what_is_excluded_under_a_section_is_withheld(sentence: str, expected: list[str]) -> None:
    assert find_exemptions(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # The law that opens records, named to say the records withheld are none of those it describes, is no ground.
    ("The Department has withheld the autopsy photographs, 14 pages, which are not records described in Penal Code "
     "section 832.7(b)(1) and are withheld pursuant to Government Code section 7927.705.",
     ["Government Code § 7927.705"]),
    ("The coroner's notes are not among the records listed in Penal Code section 832.7(b)(1); they are withheld "
     "under Government Code section 7922.000.", ["Government Code § 7922.000"]),
    # ... the near miss: records the law itself describes as confidential are withheld under it.
    ("Peace officer personnel records described in Penal Code section 832.7(a) are confidential and are withheld.",
     ["Penal Code § 832.7(a)"]),
])
def test_the_law_whose_records_the_withheld_ones_are_not_is_no_ground(sentence: str, expected: list[str]) -> None:
    assert find_exemptions(sentence) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # A short lead closed by a colon, just after a sentence about the redactions, introduces the list of grounds; a
    # bulleted item's ground may stand in its middle.
    ("We are releasing 203 pages, 88 of them with redactions. The reasons for each redaction and withholding are set "
     "out in the exemption log enclosed with this installment. In summary:\n\n- Witness and victim identifying "
     "information, RCW 42.56.240(2);\n- Specific intelligence information and investigative records whose "
     "nondisclosure is essential to effective law enforcement, RCW 42.56.240(1), applied to the 9 pages of the "
     "Force Review Board packet;\n- Driver's license numbers and identicard numbers, RCW 42.56.230(7)(a).",
     ["RCW 42.56.240(2)", "RCW 42.56.240(1)", "RCW 42.56.230(7)(a)"]),
    ("We are releasing 40 pages, 12 of them with redactions. Information was redacted from 12 pages. They are:\n\n"
     "- Home addresses of employees, RCW 42.56.250(4);\n- Witness identities, RCW 42.56.240(2).",
     ["RCW 42.56.250(4)", "RCW 42.56.240(2)"]),
    # ... the near miss: a short lead after a sentence about no withholding introduces no grounds.
    ("We are releasing 40 pages in full. The records are described below. In summary:\n\n- Incident reports, which "
     "RCW 42.56.520 required us to answer within five days;\n- Photographs.", []),
])
def test_a_short_lead_after_the_redactions_introduces_their_grounds(body: str, expected: list[str]) -> None:
    assert exemptions_in(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # A list after a lead naming the FOIA's section of exemptions: each item opens on the paragraph it applies.
    ("We are releasing 241 pages in part and 135 pages must be withheld in full, pursuant to the following FOIA "
     "exemptions set forth in 5 U.S.C. 552(b):\n\n(5) which permits the withholding of inter-agency or intra-agency "
     "memorandums or letters;\n\n(6) which permits the withholding of personnel and medical files;\n\n(7)(C) which "
     "permits the withholding of records or information compiled for law enforcement purposes.",
     ["(b)(5)", "(b)(6)", "(b)(7)(C)"]),
    ("Portions of 12 pages are withheld under the following exemptions set forth in 5 U.S.C. 552(b):\n\n(7)(E) which "
     "permits the withholding of techniques and procedures for law enforcement investigations.", ["(b)(7)(E)"]),
    # ... the near miss: numbered items under another lead are no paragraphs of the FOIA.
    ("We are releasing 40 pages in part, withheld under the following parts of the Department's regulations:\n\n"
     "(5) which permits us to consult other agencies.", []),
])
def test_items_of_a_list_after_the_foias_section_are_its_paragraphs(body: str, expected: list[str]) -> None:
    assert exemptions_in(body) == expected
@pytest.mark.parametrize(("body", "expected"), [
    # A Massachusetts letter names its exemptions by their letters alone, as headings and in the sentences under them,
    # once it has cited the clause that holds them, G. L. c. 4, § 7(26).
    ("Enclosed are 71 pages of records, redacted as explained below. Public records are defined broadly, unless "
     "falling within a statutory exemption. G.L. c. 4, § 7(26). The Department relies on the following exemptions:\n\n"
     "Exemption (a)\n\nClause (a) of G.L. c. 4, § 7(26) exempts from disclosure records that are specifically or by "
     "necessary implication exempted from disclosure by statute. The Department has redacted criminal offender record "
     "information, the dissemination of which is restricted by G.L. c. 6, § 172.\n\nExemption (c)\n\nClause (c) "
     "exempts from disclosure \"personnel and medical files or information\". The Department has redacted the names of "
     "witnesses.\n\nExemption (n)\n\nClause (n) exempts from disclosure records relating to the security or safety of "
     "persons or buildings. The Department has redacted the locations of cameras.",
     ["G. L. c. 4, § 7(26)(a)", "G. L. c. 6, § 172", "G. L. c. 4, § 7(26)(c)", "G. L. c. 4, § 7(26)(n)"]),
    ("The 40 pages responsive to your request are enclosed, redacted under M.G.L. c. 4, § 7(26)(c). The incident "
     "narratives are also redacted under Exemptions (f) and (n), as their release would prejudice effective law "
     "enforcement and jeopardize public safety.",
     ["G. L. c. 4, § 7(26)(c)", "G. L. c. 4, § 7(26)(f)", "G. L. c. 4, § 7(26)(n)"]),
    # The near misses: a letter under no Massachusetts law, whose "Exemption (c)" is another law's; and a ground the
    # office says it no longer withholds under.
    ("The 40 pages responsive to your request are enclosed. Names are redacted under Exemption (c) of the county's "
     "records policy.", []),
    ("Attached are the use of force reports, 14 pages. Names have been redacted pursuant to Exemption (c) of the "
     "Public Records Law, G. L. c. 4, § 7(26)(c). The City is no longer withholding these reports under Exemption (f).",
     ["G. L. c. 4, § 7(26)(c)"]),
])
def test_a_massachusetts_exemption_by_its_letter_alone_is_that_clause(body: str, expected: list[str]) -> None:
    assert exemptions_in(body) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # A law the letter says is repealed is no ground for withholding ...
    ("Since the repeal of Civil Rights Law § 50-a, records of this kind are no longer confidential in their entirety, "
     "and the Records Access Officer's reliance on that provision is not sustained.", []),
    ("The disciplinary records, once confidential under Civil Rights Law § 50-a, which was repealed in 2020, are "
     "withheld in part under Public Officers Law § 87(2)(b).", ["Public Officers Law § 87(2)(b)"]),
    # ... nor the law of a condition the answer may later meet, with no withholding of its own between.
    ("The CBI is not required to release them under C.R.S. § 24-31-902(2)(a) while the review is pending; the "
     "recordings will be released within 21 days after that review concludes unless a further delay is warranted "
     "under C.R.S. § 24-31-902(2)(b).", ["C.R.S. § 24-31-902(2)(a)"]),
    ("The footage is withheld under RCW 42.56.240(1) and will be provided once the case closes, unless disclosure is "
     "then still restricted by RCW 10.97.080.", ["RCW 42.56.240(1)"]),
    # The near misses: a ground applied after the condition, and a law merely amended.
    ("Unless and until the investigation is closed, the file is withheld under C.R.S. § 24-72-305(5).",
     ["C.R.S. § 24-72-305(5)"]),
    ("The records are withheld under Civil Rights Law § 50-b, as amended in 2021.", ["Civil Rights Law § 50-b"]),
])
def test_a_repealed_law_or_the_law_of_a_condition_is_no_ground(sentence: str, expected: list[str]) -> None:
    assert find_exemptions(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # New Hampshire's complaint to the Right-to-Know Ombudsman is review, never a ground.
    ("They are therefore exempt from disclosure under RSA 91-A:5, IV. To the extent this letter constitutes a denial "
     "of your request in part, you may petition the superior court under RSA 91-A:7, or file a complaint with the "
     "Right-to-Know Ombudsman under RSA 91-A:7-a.", ["RSA 91-A:5, IV"]),
    ("The 24 pages are withheld in full as exempt under RSA 91-A:5, IV. You may instead file a complaint with the "
     "ombudsman in accordance with RSA 91-A:7-b.", ["RSA 91-A:5, IV"]),
    # Idaho's duty to separate exempt from non-exempt information is procedure beside the exemption applied.
    ("The records are exempt from disclosure under Idaho Code § 74-124(1)(a). The Sheriff's Office has considered "
     "whether any portion could be released with redactions under Idaho Code § 74-112, and has determined that the "
     "exempt information cannot be reasonably separated from the remainder of the file.",
     ["Idaho Code § 74-124(1)(a)"]),
    # The near miss: the exemption of the same chapter beside them is still read.
    ("The investigative records are withheld under Idaho Code § 74-124(1)(c), as redaction under Idaho Code § 74-112 "
     "would leave nothing.", ["Idaho Code § 74-124(1)(c)"]),
])
def test_the_ombudsman_complaint_and_the_duty_to_separate_are_no_ground(sentence: str, expected: list[str]) -> None:
    assert exemptions_in(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # The law's bar said as the office's rule, the section cited after it.
    ("A public agency may not disclose a Social Security number contained in the records of the agency. IC "
     "5-14-3-4(a)(12).", ["IC 5-14-3-4(a)(12)"]),
    ("A public agency shall not disclose records declared confidential by state statute, IC 5-14-3-4(a)(1).",
     ["IC 5-14-3-4(a)(1)"]),
    # The near miss: a release only put off until something happens withholds nothing.
    ("The agency may not release the records until the fee is paid, KRS 61.878(1)(a).", []),
])
def test_the_laws_bar_said_as_the_offices_rule_withholds(sentence: str, expected: list[str]) -> None:
    assert find_exemptions(sentence) == expected


def test_a_citation_alone_after_the_bar_it_is_cited_for_is_applied() -> None:
    body = ("Enclosed are 23 pages. The narratives have been redacted under IC 5-14-3-4(b)(1). Social Security "
            "numbers. The Social Security numbers of the persons arrested have been redacted.\n\nA public agency may "
            "not disclose a Social Security number contained in the records of the agency. IC 5-14-3-4(a)(12).")
    assert exemptions_in(body) == ["IC 5-14-3-4(b)(1)", "IC 5-14-3-4(a)(12)"]


@pytest.mark.parametrize(("sentence", "statutes"), [
    # Exemption 3's statutes listed with the preposition said again before each.
    ("Any such reports would be protected from disclosure under Exemption 3 by 31 U.S.C. § 5319 and by 31 U.S.C. § "
     "5318(g)(2), which prohibits the disclosure of any Suspicious Activity Report.",
     ["31 U.S.C. § 5319", "31 U.S.C. § 5318(g)(2)"]),
    ("The names are withheld under Exemption 3 in conjunction with 10 U.S.C. § 130b, and under 10 U.S.C. § 130e.",
     ["10 U.S.C. § 130b", "10 U.S.C. § 130e"]),
    # The near miss: the FOIA itself named after the statute is no further statute.
    ("The reports are withheld under Exemption 3 by 31 U.S.C. § 5319 and by 5 U.S.C. § 552(b)(3).",
     ["31 U.S.C. § 5319"]),
])
def test_exemption_3_statutes_each_with_its_own_preposition(sentence: str, statutes: list[str]) -> None:
    assert b3_statutes(sentence) == statutes


@pytest.mark.parametrize(("body", "expected"), [
    # A federal statute cited with Florida's "s." for the section sign, after the state's section in a table's row ...
    ("The request is complete. Certain information has been redacted from the records as listed below:\n"
     "Record | Pages | Information redacted | Statutory basis\n"
     "Arrest Affidavit | 3 | Driver license numbers | s. 119.0712(2), F.S.; 18 U.S.C. s. 2721",
     ["Fla. Stat. § 119.0712(2)", "18 U.S.C. § 2721"]),
    # ... or in a sentence that redacts, the statute alone
    ("The request is complete. Personal information from motor vehicle records has been redacted pursuant to 18 U.S.C. "
     "s. 2721, the Driver's Privacy Protection Act. The remaining records are enclosed.",
     ["18 U.S.C. § 2721"]),
    # The near miss: a sentence that ends on "U.S.C." before one that opens with a figure stays two sentences, and
    # what the second one says is no citation.
    ("The request is complete. The Department's duties are set out in Title 5 of the U.S.C. 4 pages are enclosed, "
     "and nothing has been redacted.", []),
])
def test_a_federal_statute_with_floridas_section_sign(body: str, expected: list[str]) -> None:
    assert exemptions_in(body) == expected


@pytest.mark.parametrize(("sentence", "statutes"), [
    # The statute that makes the records what they are, then "and are exempt under" Exemption 3 with no "therefore".
    ("The hydropower plant diagrams are Critical Electric Infrastructure Information designated under section 215A(d) "
     "of the Federal Power Act, 16 U.S.C. § 824o-1(d)(1), and are exempt under 5 U.S.C. § 552(b)(3); the inundation "
     "maps are withheld under 5 U.S.C. § 552(b)(7)(F).", ["16 U.S.C. § 824o-1(d)(1)"]),
    ("The line lists were collected under an assurance of confidentiality given under 42 U.S.C. § 242m(d), which are "
     "protected by Exemption 3.", ["42 U.S.C. § 242m(d)"]),
    # Near misses: another exemption between, and the statute in a sentence of its own.
    ("The bids were marked confidential under 18 U.S.C. § 1905, and are withheld under (b)(4) and (b)(3).", []),
    ("The diagrams are designated under 16 U.S.C. § 824o-1(d)(1). Other records are exempt under (b)(3).", []),
])
def test_a_statute_joined_by_and_to_exemption_3_is_its_statute(sentence: str, statutes: list[str]) -> None:
    assert b3_statutes(sentence) == statutes


@pytest.mark.parametrize(("body", "expected"), [
    # A record classed as the kind an exemption names, and withheld for it in the same sentence (heldout342 h03).
    ("Post orders are security manuals within the meaning of Conn. Gen. Stat. § 1-210(b)(18)(A), and they are withheld "
     "in their entirety.", ["Conn. Gen. Stat. § 1-210(b)(18)(A)"]),
    ("The audit workpapers are preliminary drafts within the meaning of Conn. Gen. Stat. § 1-210(b)(1), and are "
     "therefore exempt from disclosure.", ["Conn. Gen. Stat. § 1-210(b)(1)"]),
    # ... not a law that only defines a word, its withholding elsewhere in the sentence ...
    ("The incident report is enclosed, with the Social Security numbers redacted under Section 610.035 RSMo. The "
     "investigative reports are closed records pursuant to Section 610.100.2 RSMo, because the investigation is active "
     "and has not become inactive within the meaning of Section 610.100.1(3) RSMo.",
     ["RSMo § 610.035", "RSMo § 610.100.2"]),
    # ... nor a finding that the records are public, which withholds nothing.
    ("It is concluded that the requested records are public records within the meaning of §§ 1-200(5) and 1-210(a), "
     "G.S., and they are to be provided to the complainant.", []),
])
def test_a_record_classed_under_an_exemption_and_withheld_for_it(body: str, expected: list[str]) -> None:
    assert exemptions_in(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # The law's own words for an exemption: it does not require the records to be disclosed.
    ("The Department has determined that the records are exempt from disclosure. Pursuant to Conn. Gen. Stat. § "
     "1-210(b)(18), nothing in the Freedom of Information Act shall be construed to require the disclosure of records, "
     "the disclosure of which the Commissioner of Correction has reasonable grounds to believe may result in a safety "
     "risk.", ["Conn. Gen. Stat. § 1-210(b)(18)"]),
    ("Your request is denied. Under Conn. Gen. Stat. § 1-210(b)(10), the Act does not require the disclosure of "
     "records of communications privileged by the attorney-client relationship.", ["Conn. Gen. Stat. § 1-210(b)(10)"]),
    # ... not a law that opens records: the requester is told what must be disclosed.
    ("Conn. Gen. Stat. § 1-210(a) requires the disclosure of public records, and the 12 pages are enclosed in full.",
     []),
])
def test_a_law_that_does_not_require_disclosure_is_its_ground(body: str, expected: list[str]) -> None:
    assert exemptions_in(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # A law that says what is no public record, in its own words, after the sentence that classes the records so
    # (heldout352 s11, N.J.S.A. 47:1A-10).
    ("Records concerning any discipline imposed on an officer are personnel records. Under N.J.S.A. 47:1A-10, the "
     "personnel or pension records of any individual in the possession of a public agency shall not be considered a "
     "government record and shall not be made available for public access.", ["N.J.S.A. 47:1A-10"]),
    ("The complaint files are withheld. Under N.J.S.A. 47:1A-1.1, criminal investigatory records shall not be deemed "
     "government records.", ["N.J.S.A. 47:1A-1.1"]),
    # ... not one that makes records public.
    ("Under N.J.S.A. 47:1A-10, an individual's name, title, position and salary shall be considered a government "
     "record, and they are enclosed.", []),
])
def test_a_law_saying_what_shall_not_be_a_public_record_is_its_ground(body: str, expected: list[str]) -> None:
    assert exemptions_in(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # An Exemption 3 statute the letter names whole, and with a subsection where it withholds, is the whole section
    # (heldout314 y13, heldout356 h13, heldout359 d10).
    ("Internal Revenue Code (IRC) Section 6103 prohibits disclosure of this information unless the taxpayer gives "
     "written permission. The records you requested are exempt from disclosure under FOIA exemption (b)(3) in "
     "conjunction with IRC Section 6103(a).", ["(b)(3) 26 U.S.C. § 6103"]),
    ("Title 13, United States Code, Section 9, prohibits the Census Bureau from disclosing the information. The "
     "address lists are withheld in full under Exemption 3 and 13 U.S.C. § 9(a).", ["(b)(3) 13 U.S.C. § 9"]),
    # ... a statute named only with its subsection keeps it ...
    ("The names of CIA employees are withheld under Exemption 3 in conjunction with 50 U.S.C. § 3024(i)(1), and under "
     "Exemption 6.", ["(b)(3) 50 U.S.C. § 3024(i)(1)", "(b)(6)"]),
    # ... and so does one whose whole section is another statute's: 26 U.S.C. § 6103 is not 26 U.S.C. § 7213.
    ("Internal Revenue Code section 7213 makes unauthorized disclosure a crime. The return information is withheld "
     "under FOIA exemption (b)(3) in conjunction with IRC § 6103(a).", ["(b)(3) 26 U.S.C. § 6103(a)"]),
])
def test_an_exemption_3_statute_named_whole_and_with_its_subsection_is_the_whole_section(
        body: str, expected: list[str]) -> None:
    assert exemptions_in(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # A state's rule of criminal procedure, the ground on which a police department refuses a pending case's file.
    ("Your request is denied for the following reason(s):\n[X] The records are part of an open and pending criminal "
     "investigation and prosecution and are not open for public inspection at this time. Tenn. R. Crim. P. 16(a)(2); "
     "The Tennessean v. Metropolitan Gov't of Nashville & Davidson County, 485 S.W.3d 857 (Tenn. 2016).",
     ["Tenn. R. Crim. P. 16(a)(2)"]),
    # ... the rule named in words, in either order
    ("Your request is denied. Under Rule 16(a)(2) of the Tennessee Rules of Criminal Procedure, reports and other "
     "internal documents made by law enforcement officers in investigating a case are not subject to disclosure "
     "while the case is pending, and the investigative file is withheld in its entirety.",
     ["Tenn. R. Crim. P. 16(a)(2)"]),
    ("The case file is withheld in full under Colorado Rule of Criminal Procedure 16 until the prosecution ends.",
     ["Colo. R. Crim. P. 16"]),
    # Near misses: the federal rule is Exemption 3's statute, and a rule named for where discovery is had withholds
    # nothing.
    ("The grand jury transcripts are withheld under Exemption 3 in conjunction with Rule 6(e) of the Federal Rules of "
     "Criminal Procedure.", ["(b)(3) Fed. R. Crim. P. 6(e)"]),
    ("Enclosed are the 12 pages of the incident report. The defendant's attorney may obtain discovery from the "
     "District Attorney General under Tenn. R. Crim. P. 16.", []),
])
def test_a_states_rule_of_criminal_procedure(body: str, expected: list[str]) -> None:
    assert exemptions_in(body) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # A Vermont section numbered with a letter, inserted after another, is cited whole (heldout358 g02) ...
    ("The Department has redacted criminal history record information that is confidential under 20 V.S.A. § 2056a.",
     ["20 V.S.A. § 2056a"]),
    ("Withheld under 20 V.S.A. § 2056a(a) and 1 V.S.A. § 317(c)(1).", ["20 V.S.A. § 2056a(a)", "1 V.S.A. § 317(c)(1)"]),
    ("The conviction record is withheld under 20 V.S.A. § 2056c.", ["20 V.S.A. § 2056c"]),
    # ... not the first of a range, cut at its letter ...
    ("Records are withheld under 20 V.S.A. §§ 2056a-2056c.", []),
    # ... and Maine's sections still read with their hyphened capital, its good-faith estimate still procedure.
    ("The names are withheld under 1 M.R.S. § 402(3)(B), and the estimate is given under 1 M.R.S. § 408-A(3).",
     ["1 M.R.S. § 402(3)(B)"]),
])
def test_a_vermont_section_numbered_with_a_letter(sentence: str, expected: list[str]) -> None:
    assert find_exemptions(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # Arkansas's records open only once a proceeding is final are closed till then, in the statute's words or the
    # letter's (heldout358 g06) ...
    ("Under Ark. Code Ann. § 25-19-105(c)(1), employee evaluation or job performance records are open to public "
     "inspection only upon final administrative resolution of any suspension or termination proceeding.",
     ["Ark. Code Ann. § 25-19-105(c)(1)"]),
    ("Pursuant to A.C.A. § 25-19-105(c)(1), such records shall be open to public inspection only upon final "
     "administrative resolution of the proceeding.", ["Ark. Code Ann. § 25-19-105(c)(1)"]),
    ("Under Ark. Code Ann. § 25-19-105(c)(1), the records are available for public inspection only after a final "
     "administrative resolution.", ["Ark. Code Ann. § 25-19-105(c)(1)"]),
    # ... not records said to be open, and released.
    ("Under Ark. Code Ann. § 25-19-105(c)(1), records of a final suspension are open to public inspection, and they "
     "are enclosed.", []),
])
def test_records_open_only_once_a_proceeding_is_final(sentence: str, expected: list[str]) -> None:
    assert find_exemptions(sentence) == expected


_OPEN_ONLY_UPON_FINAL = ("The 12 pages responsive to your request are enclosed. Under Ark. Code Ann. § "
                         "25-19-105(c)(1), employee evaluation records are open to public inspection only upon final "
                         "administrative resolution of any suspension proceeding. ")


@pytest.mark.parametrize(("after", "expected"), [
    # The law that keeps records closed till something happens is the ground when the letter then keeps them back ...
    ("The appeal of the suspension is pending, and those files, totaling 4 pages, are withheld in their entirety.",
     ["Ark. Code Ann. § 25-19-105(c)(1)"]),
    ("Because no such proceeding has occurred, these records are not subject to disclosure and are withheld.",
     ["Ark. Code Ann. § 25-19-105(c)(1)"]),
    # ... not when it says the thing happened and gives them (heldout213 h09).
    ("The suspension was upheld on final administrative review, and the Department has determined that a compelling "
     "public interest exists; those records are therefore included.", []),
    ("The suspension became final in May, and the evaluation has been released.", []),
])
def test_a_law_opening_records_once_a_proceeding_is_final_when_it_is(after: str, expected: list[str]) -> None:
    assert exemptions_in(_OPEN_ONLY_UPON_FINAL + after) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # Utah's class said of the records without the word "records" (heldout358 g11) ...
    ("The communications concerning his resignation are records of a personnel matter that did not result in a "
     "completed disciplinary action, and are private under Utah Code § 63G-2-302(2)(a).",
     ["Utah Code § 63G-2-302(2)(a)"]),
    ("The medical records are also private pursuant to Utah Code § 63G-2-302(1)(b).", ["Utah Code § 63G-2-302(1)(b)"]),
    ("The evaluation is controlled under Utah Code § 63G-2-304.", ["Utah Code § 63G-2-304"]),
    # ... not records said not to be.
    ("These records are not private under Utah Code § 63G-2-302(2)(a), and are enclosed.", []),
])
def test_utahs_classes_said_of_the_records_alone(sentence: str, expected: list[str]) -> None:
    assert find_exemptions(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # North Carolina's section inserted after another with a capital letter is that section, not the one before it
    # (heldout375 h06) ...
    ("The recordings are not public records under N.C.G.S. § 132-1.4A(b).", ["N.C. Gen. Stat. § 132-1.4A(b)"]),
    ("The recordings are withheld under G.S. 132-1.4A(b).", ["N.C. Gen. Stat. § 132-1.4A(b)"]),
    # ... and the section before it is still itself.
    ("The file is withheld under N.C. Gen. Stat. § 132-1.4(a).", ["N.C. Gen. Stat. § 132-1.4(a)"]),
])
def test_a_north_carolina_section_with_a_capital_letter(sentence: str, expected: list[str]) -> None:
    assert find_exemptions(sentence) == expected


_NC_FILE_WITHHELD = ("Enclosed are the incident report and arrest report, 6 pages. The remainder of the investigative "
                     "file, 63 pages, is withheld in its entirety; records of criminal investigations are not public "
                     "records under N.C. Gen. Stat. § 132-1.4(a).\n\n")


@pytest.mark.parametrize(("after", "expected"), [
    # A release only by a court's order cites the way to ask the court, not a ground (heldout375 h06) ...
    ("Recordings made by body-worn cameras and dashboard cameras are law enforcement agency recordings, which are not "
     "public records under N.C.G.S. § 132-1.4A(b). Such recordings may be released only pursuant to an order of the "
     "Superior Court, upon a petition filed in the Superior Court in the county where the recording is located, as "
     "provided in N.C.G.S. § 132-1.4A(g).", ["N.C. Gen. Stat. § 132-1.4A(b)"]),
    ("The recordings are withheld. Copies may be released only pursuant to the order of a court of competent "
     "jurisdiction, as provided in N.C. Gen. Stat. § 132-1.4A(g).", []),
    # ... in other words too: the court's order the recordings may be released by, § 132-1.4A(f) or (g), is the way
    # to them, the ground staying § 132-1.4A(b) (heldout499 q13)
    ("Recordings made by a law enforcement agency are not public records as defined by G.S. 132-1. N.C. Gen. Stat. § "
     "132-1.4A(b). They may be disclosed only to the persons listed in G.S. 132-1.4A(c), and released only by order "
     "of the superior court under G.S. 132-1.4A(g).", ["N.C. Gen. Stat. § 132-1.4A(b)"]),
    ("The recordings are withheld because they are not public records under N.C. Gen. Stat. § 132-1.4A(b); they can "
     "be released only if the superior court orders their release under N.C. Gen. Stat. § 132-1.4A(f).",
     ["N.C. Gen. Stat. § 132-1.4A(b)"]),
    ("The body-worn camera recordings are withheld under G.S. 132-1.4A(b). Their release is prohibited except "
     "by an order of the superior court, G.S. 132-1.4A(g).", ["N.C. Gen. Stat. § 132-1.4A(b)"]),
    # ... a release only as a law provides still withholds under it.
    ("The criminal history printout is withheld; criminal history information may be disseminated only as provided in "
     "NRS 179A.100.", ["NRS 179A.100"]),
    # The law told in general as a note, of a kind of record named without article, applies no withholding (heldout306
    # y09, heldout363 h13) ...
    ("Please note that recordings from body-worn and dashboard cameras are not public records and are not subject to "
     "disclosure under the Public Records Act. N.C. Gen. Stat. § 132-1.4A(b).", []),
    ("Please be advised that health care records are exempt from public disclosure under RCW 70.02.020.", []),
    # ... the letter's own records noted so, or a note of what was done, do.
    ("Please note that the recordings you requested are not public records under N.C. Gen. Stat. § 132-1.4A(b).",
     ["N.C. Gen. Stat. § 132-1.4A(b)"]),
    ("Please note that Social Security numbers are exempt under N.C. Gen. Stat. § 132-1.10(b)(5) and have been "
     "redacted.", ["N.C. Gen. Stat. § 132-1.10(b)(5)"]),
])
def test_a_release_by_court_order_or_a_note_of_the_law_is_no_ground(after: str, expected: list[str]) -> None:
    assert exemptions_in(_NC_FILE_WITHHELD + after) == ["N.C. Gen. Stat. § 132-1.4(a)", *expected]


_REFERRED = ("The FDIC located 64 pages of records that originated with the OCC. Accordingly, we have referred your "
             "request and the 64 pages to the OCC, which will respond to you directly. ")


@pytest.mark.parametrize(("note", "expected"), [
    # A note of the law a kind of record falls under, the kind named with what it includes and said to be another
    # agency's first, applies no withholding (heldout406 s08) ...
    ("Please note that non-public OCC information, including reports of examination, is the property of the OCC and "
     "is generally exempt from disclosure under Exemption 8 of the FOIA, 5 U.S.C. § 552(b)(8).", []),
    ("Please note that confidential supervisory information, such as examination reports, belongs to the Board and is "
     "exempt from disclosure under Exemption 8.", []),
    # ... a note of what was done still does.
    ("Please note that examination reports, including their appendices, are exempt and have been withheld under "
     "Exemption 8.", ["(b)(8)"]),
])
def test_a_note_of_another_agencys_records_is_no_ground(note: str, expected: list[str]) -> None:
    assert exemptions_in(_REFERRED + note) == expected


@pytest.mark.parametrize(("after", "expected"), [
    # A law cited for what is not exempt, what must be given out, is no ground (heldout375 h07) ...
    ("As required by La. R.S. 44:3(A)(4)(a), the initial report of the officer or officers investigating the complaint "
     "is not exempt from disclosure.", []),
    ("Basic information about an arrested person and the offense is not excepted from disclosure under section "
     "552.108(c) of the Government Code and is enclosed.", []),
    # ... what is exempt under it is.
    ("The witness statements are also exempt under La. R.S. 44:3(A)(2).", ["La. R.S. 44:3(A)(2)"]),
])
def test_a_law_cited_for_what_is_not_exempt_is_no_ground(after: str, expected: list[str]) -> None:
    assert exemptions_in("The remaining records are withheld under La. R.S. 44:3(A)(1). " + after) == [
        "La. R.S. 44:3(A)(1)", *expected]


_CLASSED_AS_FOLLOWS = ("Your request is approved in part and denied in part. The Department is providing 19 pages of "
                       "records, with redactions. The records and information not provided have been classified as "
                       "follows:\n\n")


@pytest.mark.parametrize(("paragraph", "expected"), [
    # A class of records not public set as the label of its paragraph, the section classing it at the end (heldout375
    # h11) ...
    ("Controlled: Records containing medical data about the individuals injured in the crash, the release of which "
     "could be detrimental to those individuals, Utah Code § 63G-2-304.", ["Utah Code § 63G-2-304"]),
    ("Private: Records containing data on individuals the disclosure of which constitutes a clearly unwarranted "
     "invasion of personal privacy, Utah Code § 63G-2-302(2)(d).", ["Utah Code § 63G-2-302(2)(d)"]),
    ("Not public: Security information about the jail's camera locations, Minn. Stat. § 13.37, subd. 1(a).",
     ["Minn. Stat. § 13.37, subd. 1(a)"]),
    # ... not a public class, nor a class word opening a sentence of its own.
    ("Public: The initial contact report, Utah Code § 63G-2-301(3)(a), is enclosed.", []),
    ("Controlled access to the evidence room is governed by Utah Code § 63G-2-304.", []),
])
def test_a_class_labelling_its_paragraph_withholds_under_the_section_it_ends_with(paragraph: str,
                                                                                  expected: list[str]) -> None:
    assert exemptions_in(_CLASSED_AS_FOLLOWS + paragraph) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # South Carolina's hearing before the Administrative Law Court, § 30-4-110, is the requester's remedy, never a
    # ground, however the sentence speaks of what was withheld (heldout358 g13) ...
    ("If you believe the University has improperly withheld records, you may seek relief in the court of common pleas "
     "as provided in S.C. Code Ann. § 30-4-100, or request a hearing before the Administrative Law Court under S.C. "
     "Code Ann. § 30-4-110.", []),
    ("If the records were wrongly withheld, you may apply to the Administrative Law Court under SC Code § 30-4-110.",
     []),
    # ... while the exemption beside it is read.
    ("The records are withheld under S.C. Code Ann. § 30-4-40(a)(4); you may request a hearing under S.C. Code Ann. § "
     "30-4-110.", ["S.C. Code Ann. § 30-4-40(a)(4)"]),
])
def test_south_carolinas_administrative_law_court_hearing_is_no_ground(sentence: str, expected: list[str]) -> None:
    assert find_exemptions(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # Texas's sections on who may see what, an employee's election (§ 552.024) above all, are the condition an
    # exception turns on, never a ground (heldout371 j02) ...
    ("Section 552.117(a)(3) of the Government Code excepts from public disclosure the home addresses and home "
     "telephone numbers of current or former employees, regardless of whether the employee made an election under "
     "section 552.024. This information has been redacted.", ["Gov't Code § 552.117(a)(3)"]),
    ("The home addresses of employees who elected to keep them confidential under section 552.024 of the Government "
     "Code have been withheld under section 552.117(a)(1) of the Government Code.", ["Gov't Code § 552.117(a)(1)"]),
    ("Pursuant to section 552.024(c)(2) of the Government Code, the City has redacted the information under section "
     "552.117(a)(1).", ["Gov't Code § 552.117(a)(1)"]),
    ("Although you have a special right of access under section 552.023 of the Government Code to information about "
     "yourself, the records are excepted under section 552.101.", ["Gov't Code § 552.101"]),
    # ... while the exception for a peace officer's own election, § 552.1175, is one.
    ("The information is excepted from disclosure under section 552.1175 of the Government Code.",
     ["Gov't Code § 552.1175"]),
])
def test_a_texas_employees_election_is_no_ground(sentence: str, expected: list[str]) -> None:
    assert find_exemptions(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # North Carolina's section inserted after another carries a capital letter after its number (heldout371 j06) ...
    ("Pursuant to N.C. Gen. Stat. § 132-1.4A(b), recordings are neither public records as defined by G.S. 132-1 nor "
     "personnel records.", ["N.C. Gen. Stat. § 132-1.4A(b)"]),
    ("Recordings are not public records. N.C. Gen. Stat. § 132-1.4A(b).", ["N.C. Gen. Stat. § 132-1.4A(b)"]),
    ("The recordings are withheld under G.S. 132-1.4A(c).", ["N.C. Gen. Stat. § 132-1.4A(c)"]),
    # ... and the section without one keeps its own number.
    ("The report is withheld under N.C. Gen. Stat. § 132-1.4(a).", ["N.C. Gen. Stat. § 132-1.4(a)"]),
])
def test_a_north_carolina_section_inserted_after_another_is_read_whole(sentence: str, expected: list[str]) -> None:
    assert find_exemptions(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # The information that identifies someone, redacted "as required by" a law, is redacted under it (heldout371
    # j06) ...
    ("Social Security numbers, driver's license numbers and other personal identifying information have been redacted "
     "as required by N.C. Gen. Stat. § 132-1.10(d).", ["N.C. Gen. Stat. § 132-1.10(d)"]),
    ("Driver's license and other identification numbers were redacted as required by RCW 42.56.230(7)(a).",
     ["RCW 42.56.230(7)(a)"]),
    # ... while the office's duty to identify the exemptions it applies is no ground.
    ("The exemptions are identified and explained below, as required by RCW 42.56.210(3).", []),
])
def test_identifying_information_redacted_as_a_law_requires(sentence: str, expected: list[str]) -> None:
    assert find_exemptions(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # Florida's section cited before its code, of a chapter numbered other than in three digits (heldout384 s03) ...
    ("The redactions are made pursuant to Section 1002.221, Florida Statutes, which makes education records "
     "confidential and exempt.", ["Fla. Stat. § 1002.221"]),
    ("Records of child abuse reports are confidential and exempt under section 39.202, Florida Statutes.",
     ["Fla. Stat. § 39.202"]),
    ("Personnel evaluations of school employees are withheld under s. 1012.31(3)(a), F.S.",
     ["Fla. Stat. § 1012.31(3)(a)"]),
    # ... while its section on inspection stays no ground.
    ("The records are withheld because they are exempt from s. 119.07(1), Florida Statutes.", []),
])
def test_a_florida_section_of_any_chapter_before_its_code(sentence: str, expected: list[str]) -> None:
    assert find_exemptions(sentence) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # A federal act named only for the meaning of a word the state law uses is no ground (heldout384 s03) ...
    ("The District is producing 298 pages, 41 of which contain redactions. The redactions are made pursuant to the "
     "following exemptions: 1. Section 1002.221, Florida Statutes, which provides that education records, as defined "
     "in the Family Educational Rights and Privacy Act (FERPA), 20 U.S.C. s. 1232g, and the federal regulations "
     "issued pursuant thereto, are confidential and exempt from s. 119.07(1), Florida Statutes.",
     ["Fla. Stat. § 1002.221"]),
    ("Enclosed are 40 pages with redactions. Patient records, as defined by the Health Insurance Portability and "
     "Accountability Act, 42 U.S.C. § 1320d, have been redacted as confidential under section 395.3025(4), Florida "
     "Statutes.", ["Fla. Stat. § 395.3025(4)"]),
    # ... while the act the record is kept back under is one.
    ("Enclosed are 40 pages with redactions. Student names have been redacted as confidential under the Family "
     "Educational Rights and Privacy Act, 20 U.S.C. § 1232g.", ["20 U.S.C. § 1232g"]),
    ("Enclosed are 40 pages with redactions. Student names have been redacted because the roster is an education "
     "record under the Family Educational Rights and Privacy Act, 20 U.S.C. § 1232g.", ["20 U.S.C. § 1232g"]),
])
def test_a_federal_act_defining_a_word_is_no_ground(body: str, expected: list[str]) -> None:
    assert exemptions_in(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # A section said to let records out is no ground, named bare after its code's section (heldout384 s10) ...
    ("Enclosed please find 187 pages, which are being released to you with redactions. Pursuant to Tenn. Code Ann. § "
     "37-5-107, records identifying a child or family receiving services are confidential and have been redacted. "
     "Although § 37-5-107(c)(4) permits disclosure of records concerning a child fatality, it requires the Department "
     "to redact the identifying information of other children.", ["Tenn. Code Ann. § 37-5-107"]),
    ("Enclosed are 12 pages with redactions. Names of students are redacted under Md. Code Ann., Gen. Prov. § 4-313, "
     "although § 4-313(b) allows the release of a student's directory information, which has been left in.",
     ["Gen. Prov. § 4-313"]),
    # ... while one said to let the office withhold is one.
    ("Enclosed are 12 pages with redactions. Names of students are redacted under Md. Code Ann., Gen. Prov. § 4-313, "
     "and § 4-311 permits the custodian to withhold the coach's personnel file, which is withheld.",
     ["Gen. Prov. § 4-313", "Gen. Prov. § 4-311"]),
])
def test_a_section_letting_records_out_is_no_ground(body: str, expected: list[str]) -> None:
    assert exemptions_in(body) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # ... nor named with its code: "permits disclosure", "allows the release of", "authorizes release"
    ("The report is withheld, although Iowa Code section 22.7(5) permits disclosure of the date and location of the "
     "incident.", []),
    ("The report is withheld under Iowa Code section 22.7(5), which permits the agency to withhold peace officers' "
     "investigative reports.", ["Iowa Code § 22.7(5)"]),
])
def test_a_section_with_its_code_letting_records_out_is_no_ground(sentence: str, expected: list[str]) -> None:
    assert find_exemptions(sentence) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # Tennessee's right of access "unless otherwise provided by state law", Tenn. Code Ann. § 10-7-503(a)(2)(A), is no
    # exception of its own: the other law it lets in is the ground (heldout384 s10) ...
    ("The 22 pages are withheld in full. They are exempt from disclosure under Tenn. R. Crim. P. 16(a)(2), as "
     "incorporated in the Public Records Act's state law exception, Tenn. Code Ann. § 10-7-503(a)(2)(A).",
     ["Tenn. R. Crim. P. 16(a)(2)"]),
    ("Your request is denied. The records are confidential under Tenn. Code Ann. § 37-1-153 and therefore are not "
     "open to inspection under Tenn. Code Ann. § 10-7-503(a)(2)(A).", ["Tenn. Code Ann. § 37-1-153"]),
    # ... while the exceptions of § 10-7-504 are.
    ("Your request is denied. The records are investigative records exempt under Tenn. Code Ann. § "
     "10-7-504(a)(2)(A).", ["Tenn. Code Ann. § 10-7-504(a)(2)(A)"]),
])
def test_tennessees_right_of_access_is_no_exception(body: str, expected: list[str]) -> None:
    assert exemptions_in(body) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # records said not to be given out under a law, the law right after the verb (heldout397 q01)
    ("The pursuit review board findings you requested are part of an administrative investigation that remains open, "
     "and they are not being provided at this time pursuant to Government Code section 7923.600 and Penal Code "
     "section 832.7, subdivision (a).", ["Government Code § 7923.600", "Penal Code § 832.7(a)"]),
    ("The body-worn camera recordings will not be released under RCW 42.56.240(1).", ["RCW 42.56.240(1)"]),
    ("The interview notes are not being produced, pursuant to Public Officers Law § 87(2)(e)(i).",
     ["Public Officers Law § 87(2)(e)(i)"]),
    # near misses: a release put off for a fee, and a form of release not given
    ("The records will not be provided until the deposit is paid, pursuant to Fla. Stat. § 119.07(4)(d).", []),
    ("The records are not being provided in electronic form under RCW 42.56.120.", []),
])
def test_records_not_given_out_under_a_law_are_withheld_under_it(sentence: str, expected: list[str]) -> None:
    assert find_exemptions(sentence) == expected


@pytest.mark.parametrize(("body", "outcome", "exemptions"), [
    # a ground named only to release under it all the same, by the office's discretion: nothing withheld
    ("We located 12 pages of records responsive to your request. Although portions of these records could be withheld "
     "under Exemption 5, we are releasing all 12 pages in full as a matter of administrative discretion.",
     "full_grant", []),
    ("Enclosed are 30 pages responsive to your request. The agency has made a discretionary release of material that "
     "would otherwise be exempt under FOIA Exemption 5. No information has been withheld.", "full_grant", []),
    ("We reviewed 8 pages. While this material is technically exempt under 5 U.S.C. 552(b)(5), we have determined to "
     "release it in its entirety because no foreseeable harm would result.", "full_grant", []),
    # ... but a withholding beside the discretion, or instead of it, still applies its ground
    ("We are releasing 40 pages in part. Although some of the withheld material could be released as a matter of "
     "discretion, we have withheld it under Exemption 5 because disclosure would harm the deliberative process.",
     "partial_grant", ["(b)(5)"]),
    ("We are releasing 40 pages in part. As a matter of discretion, we are releasing the names of senior officials; "
     "the names of other employees are withheld under Exemption 6.", "partial_grant", ["(b)(6)"]),
    ("We are releasing 40 pages. Material that could be withheld under Exemption 5 has been released as a matter of "
     "discretion, but the remaining deliberative drafts are still withheld under Exemption 5.",
     "partial_grant", ["(b)(5)"]),
])
def test_a_ground_released_under_by_discretion_is_not_applied(body: str, outcome: str, exemptions: list[str]) -> None:
    final = next(event for event in events_in(body) if event.kind == "final_determination")
    assert (final.outcome, list(final.exemptions)) == (outcome, exemptions)


@pytest.mark.parametrize(("body", "outcome"), [
    # what is said not to be withheld, now or before, withholds nothing
    ("We are releasing the responsive records to you. No records are being withheld from you.", "full_grant"),
    # ... and, said alone, neither refuses nor finds nothing: the outcome stays open
    ("We have processed your request. No records are being withheld from you.", None),
    ("We have processed your request and enclose the records. No documents were withheld.", "full_grant"),
    # ... but records withheld in part are
    ("We have processed your request. No records are withheld in full; 3 pages are released with redactions under "
     "Exemption 6.", "partial_grant"),
])
def test_records_said_not_withheld_withhold_nothing(body: str, outcome: str | None) -> None:
    final = next(event for event in events_in(body) if event.kind == "final_determination")
    assert final.outcome == outcome


@pytest.mark.parametrize(("body", "expected"), [
    # an Exemption 3 statute cited by one subsection, the letter citing another of its subsections for what it allows,
    # is the section whole ...
    ("The records are returns and return information of a taxpayer other than you, and you did not provide an "
     "authorization under Internal Revenue Code (IRC) section 6103(c). We are withholding the 40 pages in full under "
     "FOIA exemption (b)(3), in conjunction with IRC section 6103(a).", ["(b)(3) 26 U.S.C. § 6103"]),
    ("We are withholding 12 pages under Exemption 3 in conjunction with 26 U.S.C. § 6103(a). You did not provide the "
     "taxpayer's written consent under 26 U.S.C. § 6103(c), and you have not shown a material interest under 26 "
     "U.S.C. § 6103(e).", ["(b)(3) 26 U.S.C. § 6103"]),
    ("The 30 pages are withheld under 5 U.S.C. § 552(b)(3) and 26 U.S.C. § 6103(a). Disclosure to a designee requires "
     "the taxpayer's consent under 26 U.S.C. § 6103(c).", ["(b)(3) 26 U.S.C. § 6103"]),
    # ... not one cited by its subsection alone, nor by a subsection within a subsection, nor beside another subsection
    # that is an Exemption 3 statute itself
    ("We are withholding 12 pages under Exemption 3 in conjunction with 26 U.S.C. § 6103(a).",
     ["(b)(3) 26 U.S.C. § 6103(a)"]),
    ("We are withholding 12 pages under FOIA Exemption 3, 5 U.S.C. § 552(b)(3), in conjunction with 15 U.S.C. § "
     "2055(b)(5). As required by 15 U.S.C. § 2055(a)(3), the firm was notified before this release.",
     ["(b)(3) 15 U.S.C. § 2055(b)(5)"]),
    ("We withheld 10 pages under (b)(3) in conjunction with 50 U.S.C. § 3024(i), which protects intelligence sources "
     "and methods, and 50 U.S.C. § 3024(m), which protects the names of employees.",
     ["(b)(3) 50 U.S.C. § 3024(i)", "(b)(3) 50 U.S.C. § 3024(m)"]),
])
def test_a_b3_statute_cited_by_its_parts_is_its_whole_section(body: str, expected: list[str]) -> None:
    assert exemptions_in(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # Montana's security exception, the right to inspect's own subsection (2), is a ground however the code is written
    ("Your request is granted in part. The post orders are withheld in full under Mont. Code Ann. § 2-6-1003(2), as "
     "their release would jeopardize the safety of facility personnel.", ["MCA 2-6-1003(2)"]),
    ("We release 40 pages and withhold the facility's security plan under section 2-6-1003(2), MCA.",
     ["MCA 2-6-1003(2)"]),
    ("Your request is granted in part; 12 pages of camera placement diagrams are withheld under MCA 2-6-1003(2).",
     ["MCA 2-6-1003(2)"]),
    # ... not the right to inspect itself, cited whole or by its subsection (1)
    ("Under Mont. Code Ann. § 2-6-1003, every person has a right to examine public information. We enclose 40 pages; "
     "the inmates' medical records are withheld under Mont. Const. art. II, § 10.", ["Mont. Const. art. II, § 10"]),
    ("Under Mont. Code Ann. § 2-6-1003(1), every person has a right to examine public information. We enclose 40 "
     "pages; the inmates' medical records are withheld under Mont. Const. art. II, § 10.",
     ["Mont. Const. art. II, § 10"]),
])
def test_montanas_security_exception_is_a_ground(body: str, expected: list[str]) -> None:
    assert exemptions_in(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # Kansas's definitions (K.S.A. 45-217) say what a record is or what must be given, never why it is withheld
    ("Enclosed are 37 pages. The supplemental reports are closed under K.S.A. 45-221(a)(10). The front page of the "
     "incident report, with the information required by K.S.A. 45-217(c)(2), is provided without redaction.",
     ["K.S.A. 45-221(a)(10)"]),
    ("Enclosed are 12 pages. The information listed in K.S.A. 45-217(c)(2) is released in full; the investigative "
     "narrative is withheld under K.S.A. 45-221(a)(10).", ["K.S.A. 45-221(a)(10)"]),
    ("The reports are criminal investigation records under K.S.A. 45-217(c)(1), and the Sheriff's Office declines "
     "to disclose them under K.S.A. 45-221(a)(10).", ["K.S.A. 45-221(a)(10)"]),
    # ... its exemptions still are
    ("Enclosed are 37 pages. Home addresses of witnesses have been redacted under K.S.A. 45-221(a)(30).",
     ["K.S.A. 45-221(a)(30)"]),
])
def test_kansas_definitions_are_no_ground(body: str, expected: list[str]) -> None:
    assert exemptions_in(body) == expected


def _scan_exemptions(body: str, source: str = "ocr") -> list[str]:
    """The exemptions of every event proposed for *body* set in a plain letter read from *source* (a scan's OCR)."""
    text = f"Agency FOIA Office\n\nDecember 3, 2026\n\nDear Requester:\n\n{body}\n\nSincerely,\nFOIA"
    return [code for event in understand(Letter(text, source=source)).events for code in event.exemptions]


_KANSAS_SCAN = ("Enclosed are 37 pages of records, several with redactions. The reasons are as follows:\n\n"
                "* The supplemental narrative reports (9 pages) are criminal\ninvestigation records and are closed "
                "under K.S.A, 45-221 (a)(10).\n\n* Dates of birth and home addresses of witnesses have been redacted; "
                "their release\nwould be a clearly unwarranted invasion of personal privacy.\n\n__K.S.A, 45-221 "
                "(a)(30).")


@pytest.mark.parametrize(("body", "expected"), [
    # a citation as a scan's OCR reads it, a rule's underscores before it, the code's last stop read as a comma and a
    # space before the subsections, is read as printed ...
    (_KANSAS_SCAN, ["K.S.A. 45-221(a)(10)", "K.S.A. 45-221(a)(30)"]),
    ("Enclosed are 20 pages. The names of the juvenile witnesses are withheld under N.J.S.A, 47:1A-1.1.",
     ["N.J.S.A. 47:1A-1.1"]),
    ("Enclosed are 20 pages. The officer's home address is redacted under C.R.S. 24-72-204 (3)(a)(II).",
     ["C.R.S. § 24-72-204(3)(a)(II)"]),
])
def test_a_citation_as_a_scan_reads_it(body: str, expected: list[str]) -> None:
    assert _scan_exemptions(body) == expected


def test_a_letters_own_text_is_not_mended_as_a_scan() -> None:
    assert _scan_exemptions(_KANSAS_SCAN, source="pdf") == []


_FBI_FORM_SCAN = ("The enclosed documents were reviewed under the Freedom of Information/Privacy Acts (FOIPA), "
                  "Title 5, United States Code, Section 552/552a. Below you will find checked boxes under applicable "
                  "statutes for the exemptions asserted to protect information exempt from disclosure.\n\n"
                  "Section 552 Section 552a\n[] (b)(1) [] (6)(7)(A) [] (d)(5)\n[X] (b)(3) [X] (b)(7)(C) [ ] (k)(1)\n"
                  "50 U.S.C. § 3024(i)(1) [X] (6)(7)(D) [ ] (k)(2)\n[ ] (b)(4) [X] (6)(7)(E) [] (k)(5)\n"
                  "[X] (b)(6) [] (b)(8) [] (k)(7)\n\n264 pages were reviewed and 171 pages are being released.")


@pytest.mark.parametrize(("body", "expected"), [
    # a form's ticked exemption whose "b" a scan's OCR read as a "6" is the FOIA's, where the form spells others rightly
    (_FBI_FORM_SCAN,
     ["(b)(3) 50 U.S.C. § 3024(i)(1)", "(b)(6)", "(b)(7)(C)", "(b)(7)(D)", "(b)(7)(E)"]),
    ("The enclosed documents were reviewed under the FOIA, 5 U.S.C. § 552. The exemptions applied are checked "
     "below.\n\n[X] (b)(5) [ ] (b)(7)(A)\n[X] (6)(6) [X] (6)(7)(C)\n\n40 pages were reviewed and 31 pages are being "
     "released.", ["(b)(5)", "(b)(6)", "(b)(7)(C)"]),
    # ... not on a form that spells none rightly
    ("The enclosed documents were reviewed. The exemptions applied are checked below.\n\n[X] (6)(5) [ ] (6)(7)(A)\n"
     "[X] (6)(6) [X] (6)(7)(C)\n\n40 pages were reviewed and 31 pages are being released.", []),
])
def test_a_forms_ticked_exemption_as_a_scan_reads_it(body: str, expected: list[str]) -> None:
    assert _scan_exemptions(body) == expected
@pytest.mark.parametrize(("sentence", "expected"), [
    # a list of exemptions read on past what those named so far protect, told between them and the next
    ("USMS properly withheld certain information under 5 U.S.C. § 552(b)(6) and (7)(C), which concern material the "
     "release of which would constitute a clearly unwarranted invasion of the personal privacy of third parties, and "
     "(7)(E), which concerns records or information compiled for law enforcement purposes.",
     ["(b)(6)", "(b)(7)(C)", "(b)(7)(E)"]),
    ("The Bureau withheld information under Exemptions 6 and 7(C), which protect the personal privacy of third "
     "parties, and 7(E), which protects law enforcement techniques and procedures.",
     ["(b)(6)", "(b)(7)(C)", "(b)(7)(E)"]),
    ("The Service redacted portions of the e-mails under 5 U.S.C. § 552(b)(6), which covers personnel and similar "
     "files, and (b)(5), which protects privileged inter-agency communications.", ["(b)(6)", "(b)(5)"]),
    # ... never to a number that opens something else after the description
    ("Information was withheld under 5 U.S.C. § 552(b)(6), which covers personnel files, and (2) the remaining records "
     "were released in full.", ["(b)(6)"]),
    ("Information was withheld under Exemption 6, which protects personal privacy, and 7 pages were released in full.",
     ["(b)(6)"]),
])
def test_a_list_of_exemptions_runs_on_past_what_they_protect(sentence: str, expected: list[str]) -> None:
    assert find_exemptions(sentence, withholding=True) == expected


@pytest.mark.parametrize(("body", "exemptions"), [
    # a decision in part that finds a ground does not reach some records and keeps others withheld under it applies it
    ("This letter responds to your appeal of the partial denial of your request. I have determined to affirm in part "
     "and reverse in part the initial decision. The letters from the project owner are not intra-agency records and "
     "cannot be withheld under Exemption 5; they are released to you in full. The staff memoranda are predecisional "
     "and deliberative and remain properly withheld in full under Exemption 5. The Exemption 6 redactions are "
     "affirmed.", ["(b)(5)", "(b)(6)"]),
    ("This is the decision on your appeal. Your appeal is granted in part and denied in part. The contractor's final "
     "report may not be withheld under Exemption 5 and is enclosed. The draft briefing papers remain withheld under "
     "Exemption 5, because they are predecisional and deliberative. The redactions under Exemption 6 are affirmed.",
     ["(b)(5)", "(b)(6)"]),
    ("This is the decision on your appeal. Your appeal is granted in part and denied in part. The final report cannot "
     "be withheld under Exemption 5, and it is enclosed. The reviewers' draft comments continue to be withheld under "
     "Exemption 5. The withholding of the names of witnesses under Exemption 6 is upheld.", ["(b)(5)", "(b)(6)"]),
    # ... not where nothing is said to stay withheld under it
    ("This is the decision on your appeal. Your appeal is granted in part and denied in part. The final report cannot "
     "be withheld under Exemption 5, and it is enclosed in full. The withholding of the names of witnesses under "
     "Exemption 6 is upheld.", ["(b)(6)"]),
    ("This is the decision on your appeal. Your appeal is granted in part and denied in part. The memoranda cannot be "
     "withheld under Exemption 5 and no longer remain withheld; they are enclosed. The withholding of the names of "
     "witnesses under Exemption 6 is upheld.", ["(b)(6)"]),
])
def test_a_ground_refused_for_some_records_and_kept_for_others_applies(body: str, exemptions: list[str]) -> None:
    decision = next(event for event in events_in(body) if event.kind == "appeal_decision")
    assert list(decision.exemptions) == exemptions
@pytest.mark.parametrize(("body", "codes"), [
    ("The redacted information concerns the discipline of a City employee, which is confidential personnel "
     "information under 30-A M.R.S. § 2702(1)(B)(5).", ["30-A M.R.S. § 2702(1)(B)(5)"]),
    ("The accident report is withheld because it is confidential under 29-A M.R.S. § 2251(7).",
     ["29-A M.R.S. § 2251(7)"]),
])
def test_a_maine_title_numbered_with_a_letter_is_read_with_its_letter(body: str, codes: list[str]) -> None:
    assert exemptions_in(body) == codes


def test_a_lettered_maine_title_named_without_a_section_cites_nothing() -> None:
    # the near miss: the lettered title named with no section of it, nothing cited
    assert exemptions_in("The records were reviewed under the municipal provisions of 30-A M.R.S. generally, and "
                         "nothing was withheld.") == []


_INSTALLMENT_LOG = ("This letter accompanies the first installment of 84 pages of records. Some information has been "
                    "redacted; the exemptions applied are:\n\n")


@pytest.mark.parametrize(("items", "codes"), [
    # The items of a list set in by an indent, each wrapped onto lines set in deeper, under its words (a hanging
    # indent), are each read, the last one too (heldout499 q09) ...
    ("  RCW 42.56.250(4)  - residential addresses and dates of birth of employees (13 pages)\n"
     "  RCW 42.56.240(1)  - specific intelligence information and investigative records, the nondisclosure of\n"
     "                      which is essential to effective law enforcement (4 pages)\n"
     "  RCW 42.56.420(1)  - portions of records assembled to respond to criminal terrorist acts, including the\n"
     "                      locations of security cameras (6 pages)\n",
     ["RCW 42.56.250(4)", "RCW 42.56.240(1)", "RCW 42.56.420(1)"]),
    ("    Section 119.071(5)(a), Florida Statutes - Social Security numbers of employees and of\n"
     "                                                members of the public\n"
     "    Section 119.071(4)(d), Florida Statutes - home addresses of specified personnel\n",
     ["Fla. Stat. § 119.071(5)(a)", "Fla. Stat. § 119.071(4)(d)"]),
    ("   RCW 42.56.230(7)(a) - driver's license numbers\n"
     "   RCW 42.56.240(1) - specific intelligence information, the nondisclosure of which\n"
     "        is essential to effective law enforcement\n"
     "   RCW 42.56.250(4) - residential addresses of employees\n",
     ["RCW 42.56.230(7)(a)", "RCW 42.56.240(1)", "RCW 42.56.250(4)"]),
])
def test_the_items_of_a_list_with_a_hanging_indent_are_each_read(items: str, codes: list[str]) -> None:
    assert exemptions_in(_INSTALLMENT_LOG + items + "\nMetro continues to review the remaining records.") == codes


def test_a_line_set_in_deeper_that_opens_in_a_capital_is_no_more_of_the_last_item() -> None:
    # the near miss: a line set in deeper, in a capital, is a paragraph of its own, not the last item going on
    text = ("  RCW 42.56.250(4)  - residential addresses of employees\n"
            "  RCW 42.56.240(1)  - specific intelligence information, the nondisclosure of which is\n"
            "                      essential to effective law enforcement\n"
            "      Four pages are withheld in full.")
    assert [s.text for s in sentences(fold(text))][-2:] == [
        "- RCW 42.56.240(1) - specific intelligence information, the nondisclosure of which is essential to effective "
        "law enforcement", "Four pages are withheld in full."]


@pytest.mark.parametrize(("body", "codes"), [
    # The records a body may except from disclosure in its discretion, the law's own verb, are withheld under the
    # section cited with them, or alone just after (heldout493 e08) ...
    ("Please accept this letter as the City's written denial of your request. The records are investigatory records "
     "of a law enforcement agency, which the City may except from disclosure in its discretion. Ind. Code § "
     "5-14-3-4(b)(1). The City has elected to withhold them.", ["IC 5-14-3-4(b)(1)"]),
    ("Your request is denied. The memoranda are intra-agency deliberative material that the Department may except "
     "from disclosure at its discretion under Ind. Code § 5-14-3-4(b)(6).", ["IC 5-14-3-4(b)(6)"]),
    ("Your request is denied. The test questions are records that the Board may except from disclosure in its "
     "discretion. Ind. Code § 5-14-3-4(b)(7).", ["IC 5-14-3-4(b)(7)"]),
    # ... not what a law does not except, nor what a body may not
    ("The incident report is enclosed. Section 552.108 of the Government Code does not except from disclosure basic "
     "information about an arrested person, Gov't Code § 552.108(c).", []),
    ("The daily log is enclosed. The City may not except from disclosure the information Ind. Code § 5-14-3-5(c) "
     "requires.", []),
])
def test_records_a_body_may_except_from_disclosure_are_withheld(body: str, codes: list[str]) -> None:
    assert exemptions_in(body) == codes
