"""The four-hundred-and-thirty-second held-out set: 14 letters (letters/heldout432) that come after the first answer,
federal and state mixed, from fourteen offices not used by the earlier sets of this focus, in the formats they really
send: a USDA Rural Development e-mail logging an appeal with its tracking number and day of receipt; a Defense
Counterintelligence and Security Agency Office of General Counsel appeal decision (PDF) upholding Exemptions 4 and 6 in
contractor facility security reports; a Treasury Inspector General for Tax Administration appeal decision in Word
granted in part, releasing 22 more pages of closing memoranda and reports of investigation and upholding Exemption 3
(26 U.S.C. § 6103), 6 and 7(C) for 9 pages of exhibits; an AmeriCorps Office of General Counsel letter reversing an
Exemption 4 withholding of grantees' budget narratives; a Department of Energy Office of Hearings and Appeals Decision
and Order remanding an NNSA no-records answer for a new search, the appeal "granted as set forth in Paragraph (2)"; a
Commerce Office of the General Counsel e-mail dismissing a non-response appeal as moot after NIST answered; a
Mississippi Ethics Commission Final Order (PDF) on a public records complaint against a city (docket only), finding the
incident reports wrongly denied and the open investigative file properly withheld; a Michigan State Police FOIA appeal
decision reversing the denial in part (31 pages released with privacy redactions) and upholding it for camera video; a
Denver Police Department release in Word made under a district court's order in a Criminal Justice Records Act case; a
Defense Health Agency supplemental release after OGIS mediation; a DHS Office of Inspector General e-mail asking
whether the requester still wants the records, with a date for the close; a FinCEN letter (PDF) administratively
closing a request now in litigation; a DoD Inspector General third interim production in FOIA litigation; and an NCIS
release after the Navy's appeal authority remanded the request. Written blind and committed before the rules were run
on them.

- f01-rd-appeal-ack.eml: USDA Rural Development, appeal 2027-RD-00019-A of request 2026-RD-04417-F, received December
  3, 2026; 20 working days under 7 C.F.R. 1.14.
- f02-dcsa-appeal-affirmed.pdf: DCSA Office of General Counsel, appeal DCSA-A-27-0004 of request DCSA-F-26-00871,
  denied: Exemptions 4 and 6 upheld (the answer's 38 pages released and 14 withheld only recited).
- f03-tigta-appeal-partly.docx: TIGTA Office of Chief Counsel, appeal 2027-APP-00009 of request 2026-FOIA-00712,
  granted in part and denied in part: 22 pages released (4 in full, 18 in part, a table), 9 pages of exhibits still
  withheld in full under Exemption 3 with 26 U.S.C. 6103, redactions under Exemptions 6 and 7(C).
- f04-americorps-appeal-reversed.txt: AmeriCorps Office of General Counsel, appeal AC-A-2027-004 of request
  AC-2026-0318, granted and the FOIA Officer's decision reversed: the 14 pages withheld under Exemption 4 to be
  released in full.
- f05-doe-oha-remand.txt: DOE Office of Hearings and Appeals, Case No. FIA-27-0011, appeal of NNSA request FOIA
  26-00418-R, remanded to NNSA for a new search including the contractor's records.
- f06-nist-appeal-moot.eml: Department of Commerce Office of the General Counsel, appeal DOC-OS-2027-000087 of NIST
  request DOC-NIST-2026-002214, a non-response appeal dismissed as moot after NIST's December 4 answer.
- f07-ms-ethics-final-order.pdf: Mississippi Ethics Commission, Public Records Case No. R-26-041 against the City of
  Hattiesburg: the incident reports to be produced, the investigative file properly withheld under Miss. Code Ann.
  25-61-12(2)(a) (docket only).
- f08-mi-msp-foia-appeal-decision.txt: Michigan State Police, FOIA Appeal No. 27-0042 of request 26-08817, the denial
  reversed in part under MCL 15.240(2): 31 pages released with redactions under MCL 15.243(1)(a), the video still
  withheld under MCL 15.243(1)(b)(i).
- f09-co-denver-pd-release-after-court-order.docx: Denver Police Department release under the Denver District Court's
  order in 2026CV31874, request DPD-CCJRA-26-04417, 58 pages (a table), redactions under C.R.S. 24-72-305(5), the
  request closed.
- f10-dha-supplemental-after-ogis.txt: Defense Health Agency supplemental response after OGIS case 202600873, request
  26-F-01247: 19 of 23 pages withheld before now released with Exemption 6 redactions, 4 still withheld under
  Exemption 5.
- f11-dhs-oig-still-interested.eml: DHS OIG "still interested?" e-mail, 2026-IGFO-00312, 30 calendar days to reply,
  closed after January 21, 2027 without one.
- f12-fincen-closed-litigation.pdf: FinCEN administrative closure of 2026-FINF-00188 because the requester sued
  (Civil Action No. 1:26-cv-04127), "not a denial".
- f13-dodig-litigation-production.txt: DoD OIG third interim response in litigation, DODOIG-2026-000614, 1,240 pages
  processed, 962 in full, 156 in part, 122 withheld in full, Exemptions 5, 6 and 7(C), 12 pages referred to the Army.
- f14-ncis-release-after-remand.txt: NCIS new determination after the Navy JAG (Code 13) remand, request
  DON-NAVY-2026-008815, 23 pages released with Exemption 6 and 7(C) redactions, the autopsy report and photographs
  referred.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- f01 Rural Development appeal acknowledgement: 7 C.F.R. 1.14 (appeals decided by each USDA agency's appeal official)
  and the Rural Development letterhead address, https://raw.githubusercontent.com/attrition-org/web-hack-mirror/main/mirror/1999/11/03/www.rurdev.usda.gov/nondis.htm,
  and the appeal acknowledgements of earlier sets.
- f02 DCSA appeal decision: 32 C.F.R. part 286 (DoD component appellate authorities, the OGIS paragraph DoD letters
  carry), https://chanrobles.com/usa/uslaws/cfr/title32/32-2.1.1.2.56.5.1.3.php and
  http://regulations.vlex.com/vid/dod-freedom-of-information-657517793
- f03 TIGTA appeal decision: an appeal decided by TIGTA's Deputy Chief Counsel upholding Exemptions 3 (I.R.C. 6103)
  and 7(C) in a report of investigation, http://smokyhole.org/cos/foia-appear-reply.htm, and Treasury's FOIA
  regulations, https://regulations.justia.com/regulations/fedreg/2019/02/27/2019-03320.html
- f04 AmeriCorps appeal decision: 45 C.F.R. part 2507 (AmeriCorps FOIA procedures, foreseeable harm, submitters'
  information), https://law.lawstack.com/cfr/45/2507.9/ and http://federal.elaws.us/citation/87-FR-55309
- f05 DOE OHA remand: the Office's FOIA appeal decisions and summaries ("we remanded this matter", "OHA Case No.
  FIA-18-0033"), https://www.energy.gov/oha/downloads/fia-18-0033-matter-national-security-archive,
  https://bbmglobalsynergy.com/node/627161 and https://bbmglobalsynergy.com/oha/articles/fia-22-0022-matter-rowland-hume
- f06 Commerce appeal dismissed as moot: 15 C.F.R. 4.10 (appeals of untimely responses to the Office of the General
  Counsel, Room 5875, 90 calendar days), https://lawserver.com/law/country/us/cfr/15_cfr_4-10 and
  https://webarchive.library.unt.edu/eot2008/20080916070040/http:/www.rdc.noaa.gov/~foia/4_10Appeals_02.html
- f07 Mississippi Ethics Commission final order: the Commission's enforcement of the Public Records Act by complaint,
  http://www.ethics.ms.gov/what-we-do and
  https://slideorbit.com/slide/mississippi-ethics-commission-ensuring-transparency-and-accountability-in-government/194462
- f08 Michigan State Police appeal decision: MCL 15.240 (appeal to the head of the public body, Court of Claims within
  180 days) and the Department's FOIA practice in Michigan Open Carry, Inc. v. Department of State Police,
  https://law.justia.com/cases/michigan/court-of-appeals-published/2019/348487.html and King v. Michigan State Police,
  http://casetext.com/case/king-v-mich-state-police-dept
- f09 Denver release under a court order: C.R.S. 24-72-303(4) and 24-72-305(5) and (7) (completed internal
  investigations, the public-interest ground, the order to show cause), http://www.lpdirect.net/casb/crs/24-72-305.html,
  http://www.lpdirect.net/casb/crs/24-72-303.html and
  https://coloradofoic.org/tag/colorado-criminal-justice-records-act/page/4/
- f10 DHA supplemental release after OGIS: the DHA FOIA Requester Service Center page (address, 703-681-3310),
  https://vce.health.mil/MHSHome/About-MHS/OASDHA/Defense-Health-Agency/FOIA, and 10 U.S.C. 1102 (medical quality
  assurance records), https://docsbay.net/medical-quality-assurance-records-are-confidential-and-privileged-and
- f11 DHS OIG still-interested e-mail: the OIG's FOIA pages and reviews, https://oig.dhs.gov/taxonomy/term/626, and the
  still-interested letters of earlier sets.
- f12 FinCEN closure for litigation: FinCEN's FOIA page (Disclosure Office, P.O. Box 39, Vienna, VA 22183, FOIA
  Hotline (703) 905-5034), https://fincen.gov/filing-foia-request, and the closures for litigation of earlier sets.
- f13 DoD OIG litigation production: DoD OIG request numbers (DODOIG-2022-000658),
  https://empowr.us/empower-oversight-appeals-dod-watchdogs-foia-release-on-excess-salaries-paid-to-igs/, and the
  litigation production letters of earlier sets.
- f14 NCIS release after remand: 32 C.F.R. 701.12 (the Judge Advocate General as appellate authority),
  http://laws9.com/cfr/text/32/701/12, and the Navy's FOIA regulation,
  https://www.govinfo.gov/content/pkg/CFR-2002-title32-vol5/html/CFR-2002-title32-vol5-part701-subpartA.htm

Sealed measurement: written blind on a branch of its own and kept out of the rules' reach while the round's fixes were
made, then scored once after them, at 35889b83: 11 of 14 fully right. Wrong were:
- f07 (f07-ms-ethics-final-order.pdf): exemptions None != ['Miss. Code Ann. § 25-61-12(2)(a)']
- f10 (f10-dha-supplemental-after-ogis.txt): exemptions ['(b)(3) 10 U.S.C. § 1102', '(b)(5)', '(b)(6)'] != ['(b)(5)',
  '(b)(6)']; pages_withheld 27 != 4
- f14 (f14-ncis-release-after-remand.txt): exemptions ['(b)(6)', '(b)(7)(A)', '(b)(7)(C)'] != ['(b)(6)', '(b)(7)(C)'];
  pages_released 37 != 23

After general fixes (what was read, with the sentence quoted), 13 of 14. f10: "In our final response dated August 18,
2026, we withheld 23 pages in full under FOIA Exemptions 3, 5 and 6" is the earlier answer named by its day after a
word other than "initial" or "earlier"; its grounds and its count are no more this letter's (the statute read for the
recalled Exemption 3, "10 U.S.C. § 1102", goes with it). f14: "On August 27, 2026, this office informed you that the
records were withheld in full under 5 U.S.C. § 552(b)(7)(A)" is what an earlier letter told, recalled; and "we have
referred it, with 14 pages of photographs, to that office for a direct response to you" refers those pages, not
releases them (tests below).

Then (a Mississippi section cited by "Section" alone, the Code named elsewhere in the letter, is the
Code's: "The City did not violate the Public Records Act by withholding the investigative file under Section
25-61-12(2)(a)." in an order citing "Section 25-61-13, Miss. Code of 1972" is Miss. Code Ann. § 25-61-12(2)(a), upheld
by the order in part), 14 of 14: f07 right.
"""

from __future__ import annotations

import pytest
from intake_scoring import events_in, set_tests

from foiatrack.intake.exemptions import find_exemptions, with_mississippi_code

SET = "heldout432"
# What the rules reached on this set when it was scored once, sealed (11); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


@pytest.mark.parametrize(("body", "codes"), [
    # (f14) the answer an appeal's remand set aside, told as what this office informed the requester
    ("On January 27, 2026, this office informed you that the records were withheld in full under 5 U.S.C. § "
     "552(b)(7)(A) because the investigation remained open. The investigation is now closed. We located 23 pages, "
     "which are enclosed. Certain information has been withheld under 5 U.S.C. § 552(b)(6) and (b)(7)(C).",
     ["(b)(6)", "(b)(7)(C)"]),
    ("We previously advised you that we had withheld 12 pages under Exemption 5. On further review, the 12 pages are "
     "released in part, with names redacted under Exemption 6.", ["(b)(6)"]),
    ("By letter dated February 4, 2026, the Bureau notified you that it was withholding the file under Exemption "
     "7(A). The file, 40 pages, is enclosed with redactions under Exemptions 6 and 7(C).", ["(b)(6)", "(b)(7)(C)"]),
    # (f10) the earlier answer named by its day after a word other than "initial" or "earlier"
    ("In our final response dated January 18, 2026, we withheld 23 pages in full under FOIA Exemptions 3, 5 and 6. "
     "After further review, 19 of the 23 pages are released with redactions under Exemption 6. The remaining 4 pages "
     "continue to be withheld in full under Exemption 5.", ["(b)(5)", "(b)(6)"]),
    ("In its partial response of February 2, 2026, the Service withheld 40 pages in full under Exemptions 4 and 5. On "
     "reconsideration, 31 pages are enclosed with redactions under Exemption 4, and 9 pages remain withheld in full "
     "under Exemption 4.", ["(b)(4)"]),
    # not recalled: told now, with no earlier day; or the same ground applied again
    ("We are informing you that the records are withheld in full under Exemption 7(A).", ["(b)(7)(A)"]),
    ("On January 27, 2026, we informed you that the records were withheld under Exemption 7(A). The records remain "
     "withheld in full under Exemption 7(A).", ["(b)(7)(A)"]),
    ("In our final response, we have withheld 23 pages in full under Exemption 5.", ["(b)(5)"]),
])
def test_an_earlier_answers_grounds_recalled_are_not_this_letters(body: str, codes: list[str]) -> None:
    assert [code for event in events_in(body) for code in event.exemptions] == codes


@pytest.mark.parametrize(("body", "released", "withheld"), [
    ("In our final response dated January 18, 2026, we withheld 23 pages in full under FOIA Exemptions 3, 5 and 6. "
     "After further review, 19 of the 23 pages are released with redactions under Exemption 6. The remaining 4 pages "
     "continue to be withheld in full under Exemption 5.", 19, 4),
    ("In its partial response of February 2, 2026, the Service withheld 40 pages in full under Exemptions 4 and 5. On "
     "reconsideration, 31 pages are enclosed with redactions under Exemption 4, and 9 pages remain withheld in full "
     "under Exemption 4.", 31, 9),
    ("We previously advised you that we had withheld 12 pages under Exemption 5. On further review, the 12 pages are "
     "released in part, with names redacted under Exemption 6.", 12, None),
    # this letter's own withholding, with no earlier day
    ("In our final response, we have withheld 23 pages in full under Exemption 5.", None, 23),
])
def test_an_earlier_answers_page_counts_are_not_this_letters(body: str, released: int | None,
                                                             withheld: int | None) -> None:
    [event] = events_in(body)
    assert (event.pages_released, event.pages_withheld) == (released, withheld)


@pytest.mark.parametrize("body", [
    # (f14) the record named before, taken up as "it", sent on with pages of its own
    "We located 23 pages, which are enclosed. The autopsy report originated with the Armed Forces Medical Examiner "
    "System, and we have referred it, with 14 pages of photographs, to that office for a direct response to you.",
    "We located 23 pages, which are enclosed. The contract file came from the Department of Labor, and we forwarded "
    "them, along with 9 pages of attachments, to the Department of Labor for a direct response.",
    # ... and pages sent to the requester are no referral, nor counted twice
    "We located 23 pages, which are enclosed. The report is large, so we have sent it, with 14 pages of photographs, "
    "to you by mail.",
])
def test_pages_referred_with_a_record_taken_up_as_it_are_not_released(body: str) -> None:
    [event] = events_in(body)
    assert event.pages_released == 23


_ORDER_HEAD = ("This matter came before the Mississippi Ethics Commission on a public records complaint, pursuant to "
               "Section 25-61-13, Miss. Code of 1972. ")


@pytest.mark.parametrize(("body", "expected"), [
    # f07: a withholding upheld under a section cited by "Section" alone, the Code named elsewhere in the order
    (_ORDER_HEAD + "The City violated the Public Records Act by denying access to the incident reports. The City did "
     "not violate the Public Records Act by withholding the investigative file under Section 25-61-12(2)(a).",
     ["Miss. Code Ann. § 25-61-12(2)(a)"]),
    # ... the Code named after the section, or before it in words
    ("The Department denied your request. The records are investigative reports exempt under Section 25-61-12(2)(a), "
     "Miss. Code of 1972.", ["Miss. Code Ann. § 25-61-12(2)(a)"]),
    ("The Department denied your request. The records are investigative reports exempt under Miss. Code Ann. Section "
     "25-61-12(2)(a).", ["Miss. Code Ann. § 25-61-12(2)(a)"]),
    ("Your request under the Mississippi Public Records Act is denied. The records are withheld under Sections "
     "25-61-12(2)(a) and 25-61-11.2.", ["Miss. Code Ann. § 25-61-12(2)(a)", "Miss. Code Ann. § 25-61-11.2"]),
    # near misses: the Act's sections of access and time, a section the order says requires release, no Mississippi
    (_ORDER_HEAD + "The City violated the Public Records Act by failing to respond within seven working days, as "
     "Section 25-61-5(1)(a) requires.", []),
    (_ORDER_HEAD + "The incident reports are records which Section 25-61-12(2)(b) requires to be made public.", []),
    ("Your request is denied. The file is withheld under Section 25-61-12(2)(a).", []),
])
def test_a_mississippi_section_cited_by_section_alone(body: str, expected: list[str]) -> None:
    assert [code for event in events_in(body) for code in event.exemptions] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("withheld under Section 25-61-12(2)(a).", ["Miss. Code Ann. § 25-61-12(2)(a)"]),
    # near misses: another code named after or before the section, a section of another shape
    ("withheld under Section 12-21-3.1(b), Code of Alabama 1975.", []),
    ("withheld under Section 45-27-21 of the Criminal Code.", []),
    ("withheld under Section 3754(b) of the Vehicle Code.", ["Vehicle Code § 3754(b)"]),
    ("withheld under Section 7(1)(c).", []),
])
def test_mississippi_code_named_before_a_bare_section(sentence: str, expected: list[str]) -> None:
    assert find_exemptions(with_mississippi_code(f"The City {sentence}")) == expected
