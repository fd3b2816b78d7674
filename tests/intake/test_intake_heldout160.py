"""The hundred-and-sixtieth held-out set: 14 letters (letters/heldout160) from agencies of the five big states, in
the formulas their laws and offices prescribe: California (Public Records Act, Gov. Code 7920.000 ff.), New York
(Freedom of Information Law, Public Officers Law 87 and 89), Texas (Public Information Act, Gov. Code ch. 552),
Florida (ch. 119) and Illinois (FOIA, 5 ILCS 140, and the Attorney General's Public Access Counselor). Committed
before the rules were run on them.

- h01 (e-mail): California Department of Corrections and Rehabilitation, a fourteen-day extension for unusual
  circumstances under Gov. Code 7922.535(b), with the received date and the date a determination is expected.
  Modelled on https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=GOV&sectionNum=7922.535
  and CDCR's operations manual, https://www.cdcr.ca.gov/operations-manual/dom/chapter-1-general-administration/article-16-public-records/13040-18-1-extension-of-time-limits/
- h02 (PDF): San Diego Police Department, a CPRA response on a police personnel (SB 1421) file: pages produced with
  redactions under Gov. Code 7927.705 with Penal Code 832.7, "subdivision (b)(6)", and the public-interest
  balancing of 7922.000, and pages withheld in full as drafts (7927.500). Modelled on the response types listed in
  https://www.lozanosmith.com/docs/resources/flipbook/Brown_Act_Handbook/files/basic-html/page158.html
- h03 (text): California DMV, no responsive records, and the CPRA does not require a record to be created (same
  source as h02).
- h04 (e-mail): New York State Department of Labor, a FOIL acknowledgement within five business days with the
  approximate date of POL 89(3)(a) and the "date certain" promise, Open FOIL NY number. Modelled on
  https://docsopengovernment.dos.ny.gov/coog/ftext/f17821.html, http://docs.dos.ny.gov/coog/ftext/F19355.html and
  https://northportny.gov/documents/freedom-of-information-act-form-and-information-about-the-act
- h05 (PDF): NYPD Records Access Officer, "granted in part and denied in part", redactions under 87(2)(b) and
  87(2)(e)(i), pages denied in their entirety, appeal to the Records Access Appeals Officer within thirty days.
  Modelled on the NYPD responses quoted in http://docs.dos.ny.gov/coog/ftext/f19646.htm and
  https://docsopengovernment.dos.ny.gov/coog/ftext/f19721.htm
- h06 (text): New York State Department of Health, a FOIL appeal "granted in part and denied in part", records
  released with 87(2)(b) redactions and intra-agency material withheld under 87(2)(g), Article 78 and the copy to
  the Committee on Open Government under 89(4)(a). Modelled on https://www4.erie.gov/clerk/how-appeal-foil-decision
  and https://regulations.justia.com/states/new-york/title-9/subtitle-dd/part-8201/section-8201-9
- h07 (text): Texas Department of Criminal Justice, information released with motor vehicle record and social
  security numbers redacted under 552.130 and 552.147 without an Attorney General decision (citing 552.130(c) and
  552.147(b) as the authority to redact). Modelled on 1 TAC 63.12,
  http://txrules.elaws.us/rule/title1_chapter63_sec.63.12
- h08 (Word, table): Texas Department of Transportation, an itemized statement of estimated charges under 552.2615
  with a deposit, the ten-business-day automatic withdrawal notice and a less costly alternative. Modelled on
  https://www.law.cornell.edu/regulations/texas/1-Tex-Admin-Code-SS-70-7 and
  https://lawserver.com/law/state/texas/tx-codes/texas_government_code_552-2615
- h09 (e-mail): City of Houston records center, request completed, all pages released with no charge (portal
  notification, GovQA-style W number).
- h10 (text): Florida Department of Law Enforcement, a special service charge under 119.07(4)(d) itemised by
  position and hours, deposit of the full estimate. Modelled on https://www.fkaa.com/282/Public-Records-Request,
  http://flrules.elaws.us/far/1/20/2006/37071 and https://flgov.com/open-gov-resources
- h11 (PDF): Miami-Dade Sheriff's Office, records released with redactions listed by statute ("section
  119.071(2)(c), F.S.", "section 119.0712(2), F.S.") and a worksheet withheld in its entirety. Modelled on
  https://www.belleairbluffs.org/publicrecord (the statutory citation a custodian must give, 119.07(1)).
- h12 (e-mail): Illinois State Police, a five-business-day extension under 5 ILCS 140/3(e) with the reasons as a
  checklist (one box unticked) and the date it will respond. Modelled on
  https://law.cornell.edu/regulations/illinois/Ill-Admin-Code-tit-2-SS-1127.401 and
  https://www.leecountyil.com/337/Response-Times
- h13 (text): Chicago Police Department, "granted in part and denied in part", redactions under 7(1)(c) and
  7(1)(b), the Public Access Counselor and judicial review notice, a day-first date ("30 November 2026"). Modelled
  on https://southsideweekly.com/cpd-routinely-denies-foia-requests-for-dubious-reasons/ and the denial notice of
  https://www.law.cornell.edu/regulations/illinois/Ill-Admin-Code-tit-2-SS-726.400
- h14 (Word, letterhead): Illinois Attorney General's Public Access Bureau, a non-binding determination letter
  under 9.5(f) that the village did not violate FOIA by withholding attorney communications (7(1)(m)). Modelled on
  https://www.ibanewsroom.org/tip-of-the-week/journalism/2020/10/searchable-index-of-binding-opinions-from-illinois-access-counselor/
  and https://www.chicagoreporter.com/illinois-attorney-general-to-chicago-police-fulfill-chicago-reporters-foia-request/

Blind score: 12 of 14 fully right, and 14 of 14 matched to its request by its number. Wrong were:
- h02 (San Diego PD, PDF): exemptions ['(b)(6)', 'Government Code § 7927.705', 'Penal Code § 832.7', ...] instead
  of 'Penal Code § 832.7(b)(6)': "withheld under Government Code section 7927.705 and Penal Code section 832.7,
  subdivision (b)(6)" (California's "section N, subdivision (x)(y)" read as a bare section and a federal
  exemption).
- h06 (New York DOH appeal): exemptions only 87(2)(g), 87(2)(b) missed: "64 pages of those records, with resident
  names and identifying details redacted pursuant to Public Officers Law section 87(2)(b) as an unwarranted
  invasion of personal privacy, are enclosed." (a redaction basis inside a release sentence of an appeal decision).
After general fixes (a subdivision written after its section, "section 832.7, subdivision (b)(6)", "§ 7927.705,
subd. (a)", is part of that section and never FOIA's (b)(6); a decision granted in part keeps the ground of the
redactions in what it encloses or is releasing now, "with resident names redacted pursuant to ... are enclosed";
a bulleted item ending in an abbreviation ("..., section 119.0712(2), F.S.") ends at its line when the next line
starts a new sentence, and a bulleted item with its citation after a comma names that ground), 14 of 14.
"""

from __future__ import annotations

import pytest
from intake_scoring import events_in, set_tests

from foiatrack.core.vocabulary import EventKind
from foiatrack.intake.exemptions import find_exemptions, list_item_exemptions
from foiatrack.intake.text import fold, sentences

SET = "heldout160"
# What the rules reach on this set now (blind: 12); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


@pytest.mark.parametrize(("sentence", "codes"), [
    ("The information is withheld under Government Code section 7927.705 and Penal Code section 832.7, subdivision "
     "(b)(6), and under Government Code section 7922.000.",
     ["Government Code § 7927.705", "Penal Code § 832.7(b)(6)", "Government Code § 7922.000"]),
    ("The file is exempt under Penal Code section 832.7, subdivision (a), and Evidence Code section 1040.",
     ["Penal Code § 832.7(a)", "Evidence Code § 1040"]),
    ("The home address is redacted pursuant to Gov. Code, § 7927.705, subd. (a).", ["Government Code § 7927.705(a)"]),
    # The near misses: Minnesota's numbered subdivision stays as it was cited, and FOIA's own (b)(6) is still FOIA's.
    ("The data are private under Minn. Stat. § 13.82, subd. 7.", ["Minn. Stat. § 13.82, subd. 7"]),
    ("The names are withheld under 5 U.S.C. § 552(b)(6).", ["(b)(6)"]),
])
def test_a_californian_subdivision_after_its_section_is_part_of_it(sentence: str, codes: list[str]) -> None:
    assert find_exemptions(sentence, withholding=True) == codes


@pytest.mark.parametrize(("body", "codes"), [
    ("Upon review, your appeal is granted in part and denied in part. Accordingly, 64 pages of those records, with "
     "resident names redacted pursuant to Public Officers Law section 87(2)(b), are enclosed. The complaint summaries "
     "are properly withheld under Public Officers Law section 87(2)(g).",
     ("Public Officers Law § 87(2)(b)", "Public Officers Law § 87(2)(g)")),
    ("Your appeal is granted in part. The inspection reports are enclosed with the home addresses of employees "
     "redacted under RCW 42.56.250(4). The investigative file was properly withheld under RCW 42.56.240(1).",
     ("RCW 42.56.250(4)", "RCW 42.56.240(1)")),
    ("Your appeal is granted in part and denied in part. The 12 pages of invoices, with account numbers redacted under "
     "Exemption 4, are now being released. The legal memoranda were properly withheld under Exemption 5.",
     ("(b)(4)", "(b)(5)")),
    # The near miss: the agency's earlier release with redactions, recited, is not the decision's own.
    ("Your appeal is granted in part and denied in part. The Bureau released 40 pages with names redacted under "
     "Exemption 6. The memoranda were properly withheld under Exemption 5, and the remaining pages will be released "
     "to you.", ("(b)(5)",)),
])
def test_a_partial_appeal_decision_keeps_the_redactions_of_what_it_encloses(body: str, codes: tuple[str, ...]) -> None:
    [event] = [e for e in events_in(body, head="Appeals Office") if e.kind is EventKind.APPEAL_DECISION]
    assert event.exemptions == codes


@pytest.mark.parametrize(("text", "expected"), [
    ("Redacted as follows:\n  - Personal information in a motor vehicle record, section 119.0712(2), F.S.\nIn "
     "addition, the worksheet (3 pages) is withheld in its entirety.",
     ["Redacted as follows:", "- Personal information in a motor vehicle record, section 119.0712(2), F.S.",
      "In addition, the worksheet (3 pages) is withheld in its entirety."]),
    ("Withheld as follows:\n\u2022 Home addresses of law enforcement personnel, s. 119.071(4)(d), F.S.\nThe remaining "
     "records are enclosed.",
     ["Withheld as follows:", "\u2022 Home addresses of law enforcement personnel, s. 119.071(4)(d), F.S.",
      "The remaining records are enclosed."]),
    # The near miss: an item that goes on in lower case on the next line is still one sentence.
    ("Withheld as follows:\n- Records of the inquiry kept under s. 119.071(2)(c), F.S.\nand its attachments, which are "
     "exempt.",
     ["Withheld as follows:", "- Records of the inquiry kept under s. 119.071(2)(c), F.S. and its attachments, which "
      "are exempt."]),
])
def test_a_bulleted_item_ending_in_an_abbreviation_ends_at_its_line(text: str, expected: list[str]) -> None:
    assert [sentence.text for sentence in sentences(fold(text))] == expected


@pytest.mark.parametrize(("item", "codes"), [
    ("- Active criminal investigative information, section 119.071(2)(c), F.S.", ["Fla. Stat. § 119.071(2)(c)"]),
    ("\u2022 Home addresses of law enforcement personnel, s. 119.071(4)(d), F.S.", ["Fla. Stat. § 119.071(4)(d)"]),
    ("- Private information, 5 ILCS 140/7(1)(b).", ["5 ILCS 140/7(1)(b)"]),
    # The near miss: a paragraph after the list, not a bulleted item, is none of its items.
    ("The Department considered section 119.071(2)(c), F.S., and released everything.", []),
])
def test_a_bulleted_item_with_its_citation_after_a_comma(item: str, codes: list[str]) -> None:
    assert list_item_exemptions(item) == codes
