"""The three-hundred-and-sixty-ninth held-out set: 14 letters (letters/heldout369) from state review bodies deciding
on records denials, and from the agencies carrying out their decisions, in the formats they really send: a Kentucky
Attorney General open records decision finding a late answer but upholding an investigative withholding; a North
Dakota Attorney General opinion e-mailed with the opinion attached as PDF, finding no violation; a Nebraska Attorney
General letter closing a public records petition; a Delaware Attorney General FOIA opinion (PDF) finding a violation in
part; a New Jersey borough clerk's release in Word after a Government Records Council interim order, with a table of
redactions; an Illinois Public Access Bureau determination that no further action is warranted; a Pennsylvania Office
of Open Records final determination (PDF) granting an appeal in part; a Texas Attorney General letter ruling; a
Minnesota Commissioner of Administration advisory opinion in Word; an Iowa Public Information Board dismissal order
e-mailed as PDF; a Hawaii Office of Information Practices memorandum opinion ordering disclosure; an Oregon Attorney
General public records order denying a petition, e-mailed as PDF; a Salt Lake County release (PDF) after a State
Records Committee decision; and a City of Aurora e-mail releasing a record after an Illinois binding opinion.

- p01-ky-ag-ord-late-only.txt: 26-ORD-318, Boyle County Sheriff's Office violated the Act by answering late but
  properly withheld records under KRS 61.878(1)(h) and 17.150(2) (docket only).
- p02-nd-ag-opinion-no-violation.eml: North Dakota opinion 2026-O-27, locating fee authorized and no records withheld
  (docket only).
- p03-ne-ag-petition-closed.txt: Nebraska Attorney General File No. 26-R-141, Neb. Rev. Stat. § 84-712.05(5) upheld,
  file closed (docket only).
- p04-de-ag-foia-opinion-in-part.pdf: Delaware Attorney General Opinion No. 26-IB41, separation agreement not a
  personnel file, investigation report and evaluations exempt under 29 Del. C. § 10002(o)(1) (docket only).
- p05-nj-borough-release-after-grc.docx: Hawthorne Ridge OPRA Request No. 2026-0412, 23 pages released in compliance
  with GRC Complaint No. 2025-187, redactions under N.J.S.A. 47:1A-1 and 47:1A-1.1.
- p06-il-pac-no-further-action.txt: 2026 PAC 93117, redactions under 5 ILCS 140/7(1)(b) and 7(1)(c) upheld, file
  closed (docket only).
- p07-pa-oor-final-determination.pdf: OOR Docket No. AP 2026-2417, granted in part (blotter page of the incident
  report), denied in part under 65 P.S. § 67.708(b)(16) and (b)(18)(i) (docket only).
- p08-tx-ag-letter-ruling.txt: Texas OR2026-031847 (ID# 812294), the department may withhold under § 552.108(a)(1),
  must withhold under §§ 552.101 and 552.130 and release the remaining basic information (the ruling's own
  number only).
- p09-mn-admin-advisory-opinion.docx: Minnesota Advisory Opinion 26-014, the school district did not comply with
  Chapter 13 when it denied the final disposition of discipline (docket only).
- p10-ia-ipib-dismissal-order.eml: IPIB 26FC:0142 dismissed as legally insufficient and without merit, records
  confidential under Iowa Code § 22.7(5) (docket only).
- p11-hi-oip-memo-disclose.txt: Hawaii OIP U MEMO 27-07 (U APPEAL 26-41), overtime records to be disclosed in their
  entirety (docket only).
- p12-or-ag-petition-denied.eml: Oregon Attorney General order on DOC Public Records Request No. PRR-2026-03817,
  petition denied under ORS 192.345(12).
- p13-ut-county-release-after-src.pdf: Salt Lake County GRAMA-2026-1187, 41 pages released after State Records
  Committee Case No. 26-58, redactions under Utah Code §§ 63G-2-302(1)(b), 63G-2-304 and 63G-2-302(2)(d).
- p14-il-city-release-after-binding-opinion.eml: City of Aurora FOIA #26-2291, 12-page separation agreement released in
  full after Public Access Opinion 26-019.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- p01 Kentucky: KRS 61.880 and 61.878(1)(h), KRS 17.150(2), and the Attorney General's decisions,
  https://www.ag.ky.gov/Priorities/Government-Transparency/Pages/Open-Records-and-Meetings-Decisions.aspx
- p02 North Dakota: N.D.C.C. §§ 44-04-18 and 44-04-21.1 and the Attorney General's open records opinions,
  https://attorneygeneral.nd.gov/open-records-meetings/opinions/
- p03 Nebraska: Neb. Rev. Stat. §§ 84-712.03 and 84-712.05(5) and the Attorney General's petition letters of earlier
  sets.
- p04 Delaware: 29 Del. C. §§ 10002(o)(1) and 10005 and the Attorney General's FOIA opinions,
  https://attorneygeneral.delaware.gov/opinions/
- p05 New Jersey: N.J.S.A. 47:1A-1 and 47:1A-1.1, Burnett v. County of Bergen, and the GRC's interim orders
  (certified confirmation of compliance under R. 1:4-4), https://www.nj.gov/grc/decisions/
- p06 Illinois: 5 ILCS 140/9.5(f), 7(1)(b), 7(1)(c) and 2(c-5), and the Public Access Bureau's determination letters.
- p07 Pennsylvania: 65 P.S. §§ 67.708(b)(16), (b)(18), 67.1101 and 67.1302, and the OOR's final determinations as
  the Commonwealth Court quotes them, https://cetient.com/case/5141577/c-picarella-jr-v-doc-oor
- p08 Texas: Gov't Code §§ 552.101, 552.108, 552.130 and the Open Records Division's letter rulings,
  https://www.texasattorneygeneral.gov/open-government/members-public/open-records-rulings
- p09 Minnesota: Minn. Stat. §§ 13.072 and 13.43 and the Commissioner's advisory opinions,
  https://mn.gov/admin/data-practices/opinions/opinions-library/
- p10 Iowa: Iowa Code §§ 22.7(5) and 23.8 and the IPIB's dismissal orders,
  https://ipib.iowa.gov/25fc0190-david-woods-v-muscatine-county-attorneys-office-dismissal-order and
  https://ipib.iowa.gov/25fc0123-jack-elder-v-city-lake-city-iowa-dismissal-order
- p11 Hawaii: HRS §§ 92F-12(a)(14), 92F-13, 92F-15 and 92F-43 and OIP's memorandum opinions,
  https://hawaiifreepress.com/Articles-Main/ID/41709/OIP-Issues-Eight-New-Opinions
- p12 Oregon: ORS 192.345(12), 192.411 and 192.427 and the Attorney General's public records orders,
  https://www.doj.state.or.us/oregon-department-of-justice/public-records/attorney-generals-public-records-and-meetings-manual/appendix-e/
  and https://blog.alankessler.law/appealing-oregon-public-records-denials-from-state-agencies/
- p13 Utah: Utah Code §§ 63G-2-302, 63G-2-304 and 63G-2-404 and the State Records Committee decisions of earlier sets.
- p14 Illinois: 5 ILCS 140/9.5(f) and 11.5 (binding opinions) and the city releases of earlier sets.

Blind score (written before the rules were run on it): 9 of 14 fully right, and all 14 matched to their requests.
Wrong were:
- p03 (Nebraska petition letter): "Our File No. 26-R-141" was taken for the request's tracking number and the letter
  for a final determination, read loosely from "Since we find no violation of the NPRS, no further action by this
  office is warranted, and we are closing our file in this matter."
- p05 (New Jersey release after the GRC): the Council's finding retold, "As you know, on November 18, 2026, the
  Government Records Council ("Council") issued an Interim Order ... finding that the Borough ... unlawfully denied
  access to the code enforcement inspection reports ...", was taken for the letter's own appeal decision, with "GRC
  Complaint No. 2025-187" as its appeal number; the redaction table's "N.J.S.A. 47:1A-1" was not read.
- p08 (Texas letter ruling): "OR2026-031847", the ruling's own number, was taken for a tracking number, and the
  ruling's verdict ("the department may withhold ... must withhold ... The department must release the remaining basic
  information.") has no verdict word the rules know: outcome empty.
- p10 (Iowa IPIB dismissal order): "The Sheriff has released the immediate facts and circumstances of the incident as
  required by section 22.7(5) ..." was taken for an interim release; "Formal complaint 26FC:0142 is dismissed as
  legally insufficient and without merit" was not read as the decision; "Iowa Administrative Code rule 497-2.1(2)(b)(1)"
  gave a FOIA "(b)(1)".
- p14 (Aurora release after a binding opinion): the opinion retold, "concluding that the City of Aurora improperly
  withheld the separation agreement ... under section 7(1)(c) of the Freedom of Information Act", gave the release a
  ground and made "released to you in its entirety without redaction" a partial grant.

After general fixes (a paragraph "(b)(1)" of another section or rule, after a level of its own, "2.1(2)(b)(1)", is no
FOIA exemption; a complaint dismissed with its docket between, "Formal complaint 26FC:0142 is dismissed", is an
affirmance like "the complaint is dismissed"; a ground a review body found the records "improperly withheld ... under"
is set aside however long the records' description between), 11 of 14. Left: p03 (a petition letter whose only number
is the Attorney General's "Our File No." and whose verdict is "we find no violation ... closing our file": telling that
file number from a request's own would need the letter known as a review body's first), p05 (a release that retells the
Council's order at length reads as the order itself; the redaction table's bare "N.J.S.A. 47:1A-1" is a general
provision), p08 (the Texas ruling's "OR2026-031847" and its "may withhold ... must release the remaining" verdict).

Its expected value for p08 was then corrected, in a commit of its own, to the earlier sets' convention (a Texas Attorney
General's letter ruling itself is the request's final determination, partial where the governmental body may withhold
some and must release the rest, and the ruling's own "OR" number is no appeal number: heldout168 g07, heldout196 a12,
heldout251 a08 and heldout295 p01 log it so).

After general fixes (Texas's earlier decisions cited as precedent, "See Open Records Decision No. 127 (1976)", no
longer make a letter ruling a review body's own decision; Kentucky's "Open Records Decision" title still does), 12 of
14.

After general fixes (a review body's order told again after "As you know, on November 18, 2026, the Government Records
Council ... issued an Interim Order", and what it "further found", are the release's background, not its decision; a
table's "Lawful Basis" column below "Page(s)" gives its rows' grounds), 13 of 14.

After general fixes (a review body's "Since we find no violation of the NPRS, no further action by this office is
warranted" affirms, as "did not violate" does), 14 of 14.
"""

from __future__ import annotations

import pytest
from intake_scoring import events_in, set_tests

from foiatrack.core.vocabulary import EventKind, Outcome
from foiatrack.intake import Letter, understand
from foiatrack.intake.exemptions import find_exemptions

SET = "heldout369"
# What the rules reached on this set when it was scored once, blind; it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


@pytest.mark.parametrize("sentence", [
    "Pursuant to Iowa Administrative Code rule 497 - 2.1(2)(b)(1), the Board must approve this order.",
    "The records were withheld as the Board's rule 3.2(4)(b)(2) permits.",
    "The denial under Rule 16(a)(b)(6) of the Board's rules is affirmed.",
])
def test_a_paragraph_of_another_rule_is_no_foia_exemption(sentence: str) -> None:
    assert not [code for code in find_exemptions(sentence, withholding=True) if code.startswith("(b)")]


@pytest.mark.parametrize(("sentence", "codes"), [
    # The near misses: FOIA's own paragraphs, after § 552 or one after another.
    ("We withheld the memoranda under 5 U.S.C. § 552(b)(5) and (b)(6).", ["(b)(5)", "(b)(6)"]),
    ("Names were withheld under Exemptions (b)(6) (b)(7)(C) (b)(7)(E).", ["(b)(6)", "(b)(7)(C)", "(b)(7)(E)"]),
])
def test_foias_own_paragraphs_are_still_read(sentence: str, codes: list[str]) -> None:
    assert find_exemptions(sentence, withholding=True) == codes


def _order(last: str) -> list[tuple[object, ...]]:
    text = ("The Iowa Public Information Board\n\nIn re the Matter of:\n\nMarcus Threlkeld-Osei, Complainant\n\n"
            "And Concerning:\n\nLinn County Sheriff's Office, Respondent\n\nCase Number: 26FC:0142\n\n"
            "Dismissal Order\n\nCOMES NOW, Charlotte Miller, Executive Director for the Iowa Public Information Board "
            "(IPIB), and enters this Dismissal Order:\n\nOn September 29, 2026, Marcus Threlkeld-Osei filed formal "
            "complaint 26FC:0142, alleging the Linn County Sheriff's Office violated Iowa Code chapter 22.\n\n"
            f"{last}\n\nThis document was sent on the 20th day of November 2026.")
    return [(event.kind, event.outcome) for event in understand(Letter(text=text)).events]


@pytest.mark.parametrize("order", [
    "IT IS SO ORDERED: Formal complaint 26FC:0142 is dismissed as legally insufficient and without merit pursuant to "
    "Iowa Code § 23.8(2).",
    "Complaint No. 26FC:0142 is hereby dismissed.",
    "Complaint #26FC:0142 has been dismissed.",
])
def test_a_complaint_dismissed_with_its_docket_is_an_affirmance(order: str) -> None:
    assert _order(order) == [(EventKind.APPEAL_DECISION, Outcome.DENIED)]


def test_a_complaint_that_only_names_its_docket_decides_nothing() -> None:
    # The near miss: the complaint's number beside something else said of it, no dismissal.
    assert (EventKind.APPEAL_DECISION, Outcome.DENIED) not in _order(
        "Formal complaint 26FC:0142 is set for the Board's January meeting.")


@pytest.mark.parametrize("retold", [
    "On November 24, 2026, the Public Access Counselor issued a binding opinion concluding that the City of Aurora "
    "improperly withheld the separation agreement and general release between the City and its former Director of "
    "Public Works under section 7(1)(c) of the Freedom of Information Act.",
    "The Attorney General found that the Department wrongly withheld the complete set of inspection reports for the "
    "three facilities named in your request under 5 ILCS 140/7(1)(f).",
])
def test_a_ground_a_review_body_found_wrongly_used_is_not_the_releases(retold: str) -> None:
    body = (f"{retold} In compliance with that opinion, please find attached the agreement, consisting of 12 pages, "
            "which is being released to you in its entirety without redaction.")
    (event,) = events_in(body, "December 8, 2026")
    assert not event.exemptions
    assert event.outcome == Outcome.FULL_GRANT


def test_a_ground_rightly_used_stays() -> None:
    # The near miss: the review upheld the withholding, so the ground is the release's.
    body = ("The Public Access Counselor concluded that the City properly withheld the home addresses of the employees "
            "named in the agreement under section 7(1)(b) of the Freedom of Information Act. Please find attached the "
            "agreement, consisting of 12 pages, released with those addresses redacted.")
    (event,) = events_in(body, "December 8, 2026")
    assert event.exemptions == ("5 ILCS 140/7(1)(b)",)


def test_a_code_a_column_away_from_another_section_is_still_foias() -> None:
    # The near miss: a (b)(3) statute on a grid's line, the next column's code after it.
    assert find_exemptions("50 U.S.C. § 3024(i)(1)    (b)(7)(C)", withholding=True) == ["(b)(7)(C)"]
