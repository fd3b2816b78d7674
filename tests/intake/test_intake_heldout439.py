"""The four-hundred-and-thirty-ninth held-out set: 14 letters (letters/heldout439) from federal departments and
independent agencies other than DHS and DOJ, across a request's whole life, from fourteen offices not used by the sets
of the same focus before it, in the formats they really send: a National Reconnaissance Office acknowledgement taking
ten more working days for consultations with the Air Force and Space Force; a CDC/ATSDR e-mail estimating $225.00 of
duplication for a news media requester and holding the request; a Bureau of Indian Education partial release (PDF) of
school facility inspection records under Exemptions 5 and 6; a National Agricultural Statistics Service denial in full
of farm operators' census forms under Exemption 3 (7 U.S.C. 2276 and CIPSEA, 44 U.S.C. 3572); a Department of
Education first interim response in Word releasing part of an Office for Civil Rights complaint file, with a table of
the records, under Exemptions 5, 6 and 7(C); a Bureau of Labor Statistics no-records letter after a described search;
a VA Puget Sound Health Care System e-mail granting a reporter expedited processing with a date for the answer; a DOE
Richland Operations Office letter asking for an overbroad Hanford tank request to be narrowed within 20 working days;
an EPA Region 6 grant in full in Word of a refinery inspection report; an OPM partial release of FEHB carrier audits
(a scanned PDF) under Exemptions 4, 5 and 6; an FCC e-mail with its letter attached as PDF releasing slamming
complaints in part under Exemptions 4 and 6; an SBA appeal decision granted in part, releasing 17 pages of a PPP loan
review; a Postal Service General Counsel appeal decision (PDF) remanding for a new search; and a CFPB letter
acknowledging a request and denying a fee waiver to a private requester. Written blind and committed before the rules
were run on them.

- v01-nro-ack-extension.txt: NRO acknowledgement of F-2027-00031, received 1 December 2026, ten working days more
  under 5 U.S.C. 552(a)(6)(B)(i).
- v02-cdc-atsdr-fee-estimate.eml: CDC/ATSDR, #27-00412-FOIA received December 2, 2026, news media category, estimated
  fee $225.00 (2,200 pages and a CD), 20 working days to agree.
- v03-bie-final-partial.pdf: BIE, DOI-BIE-2027-000187, 146 pages found, 121 in full, 19 in part, 6 withheld,
  Exemptions 5 and 6; DOI appeal rights (90 workdays).
- v04-nass-denied-2276.txt: NASS, 2027-NASS-00058-F, 212 pages withheld in full under Exemption 3 with 7 U.S.C. 2276
  and 44 U.S.C. 3572.
- v05-ed-ocr-interim.docx: ED, 27-00523-F, first interim response: 318 pages reviewed, 264 in full, 41 in part, 13
  withheld, Exemptions 5, 6 and 7(C); a table of the records.
- v06-bls-no-records.txt: BLS, 2027-F-01146, no records after a search of the Commissioner's and two program offices'
  files; appeal to the Solicitor of Labor.
- v07-vha-puget-expedite-granted.eml: VA Puget Sound, 27-01277-F received December 9, 2026, expedited processing
  granted, response anticipated on or before January 15, 2027.
- v08-doe-rl-clarification.txt: DOE Richland Operations Office, FOIA-2027-00389 received December 3, 2026, not
  reasonably described under 10 C.F.R. 1004.4(b), four questions, 20 working days or withdrawn (beside an internal
  reference 27-ESQ-0046).
- v09-epa-r6-final-full.docx: EPA Region 6, EPA-R6-2027-001158, granted in full: 58 pages.
- v10-opm-final-partial-scanned.pdf: OPM, 2027-01931, 84 pages released with redactions and 8 withheld, Exemptions
  4, 5 and 6 (a scanned PDF).
- v11-fcc-final-partial.eml: FCC, FOIA Control No. 2027-000214, 63 pages released (51 in full, 12 in part) and 5
  withheld, Exemptions 4 and 6; the letter attached as PDF; application for review.
- v12-sba-appeal-partly.txt: SBA, appeal SBA-2027-000019 of SBA-2026-004512, granted in part: 17 pages withheld
  under Exemption 5 to be released, 14 pages under Exemption 4 and the Exemption 6 redactions upheld.
- v13-usps-appeal-remanded.pdf: USPS Law Department, appeal 2027-FPAP-00041 of 2026-FPRO-02217, remanded for a new
  search of the customer care system and Government Relations (the 39 U.S.C. 410(c)(2) redactions not appealed).
- v14-cfpb-ack-fee-waiver-denied.txt: CFPB, CFPB-2027-0318-F received December 16, 2026, fee waiver denied under
  12 C.F.R. 1070.22, "all other requesters".

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- v01 NRO acknowledgement: the NRO's request page (Information Review and Release Group, 14675 Lee Road, DoD Manual
  5400.07, first-in first-out processing),
  https://www.nro.gov/Freedom-of-Information-Act-FOIA/FOIA-Request-Process/Submit-a-FOIA-Request/ and
  http://nro.gov/foia/frp/submit.html, and the NRO regulation, https://www.govinfo.gov/content/pkg/FR-1999-12-21/html/99-32306.htm
- v02 CDC/ATSDR fee estimate: the CDC/ATSDR FOIA Office (MS-D54, 1600 Clifton Road, acknowledgement, fees discussed
  before processing), https://cdc.gov/foia/faq/index.html and
  https://webarchive.library.unt.edu/eot2008/20090115185025/http:/www.cdc.gov/od/foia/foidir.htm
- v03 BIE partial release: the Interior response letters and 43 C.F.R. part 2 appeal paragraph (90 workdays,
  FOIA/Privacy Act Appeals Office, MS-6556), http://laws9.com/cfr/text/43/2/21 and the Interior letters of earlier
  sets.
- v04 NASS denial: Exemption 3 and its statutes, https://foia.wiki/wiki/Exemption_3 and
  https://fdocuments.in/document/gao-21-148-accessible-version-freedom-of-information-act-.html
- v05 ED interim release: the Department's FOIA Service Center letters and 34 C.F.R. part 5,
  https://ecfr.federalregister.gov/api/renderer/v1/content/enhanced/2021-07-27/title-34?part=5&subtitle=A
- v06 BLS no records: the Department of Labor's decentralized FOIA and its appeals to the Solicitor of Labor
  (29 C.F.R. 70.22, FOIA Appeals Unit, Room N-2420, 90 days), https://efoia.dol.gov/app/ReferenceGuide.aspx and
  https://stepo.ai/osha/70/70.22
- v07 VA expedite granted: VA's decentralized FOIA system (medical centers answer directly) and its regulations,
  https://www.law.cornell.edu/cfr/text/38/1.554 and http://anthonygarvan.github.io/allregs/html/sections/38CFR1.557.html
- v08 DOE Richland clarification: 10 C.F.R. 1004.4 (reasonably described records), http://laws9.com/cfr/text/10/1004/4,
  and the Richland Operations Office's requests in OHA decisions, http://www.oha.doe.gov/cases/foia/vfa0431.htm and
  http://www.energy.gov/oha/downloads/fia-13-0026-matter-hanford-challenge
- v09 EPA Region 6 grant in full: 40 C.F.R. 2.104 (responses to requests and appeals),
  https://www.law.cornell.edu/cfr/text/40/2.104 and
  https://dev.compliancecosmos.org/print/pdf/node/184076, and the EPA appeal paragraph of earlier sets' EPA letters.
- v10 OPM partial release: OPM's FOIA reports (Exemption 6 for personal information in its files),
  https://pdfslide.net/documents/freedom-of-information-act-annual-report.html and 5 C.F.R. part 294,
  http://federal.elaws.us/fr/7/24/2008/e8-16796
- v11 FCC partial release: the Commission's FOIA rules (47 CFR 0.457, 0.459, 0.461; application for review),
  https://hallikainen.org/org/FCC/FccRules/2016/0/461 and https://docs.fcc.gov/public/attachments/FCC-16-171A1.txt
- v12 SBA appeal decision: 13 C.F.R. part 102, http://federal.elaws.us/fr/notice/10/5/2017/2017-21204 and
  https://www.govregs.com/regulations/expand/title13_chapterI_part102_subpartA_section102.2, and the NCUA appeal
  decision granted in part, https://ncua.gov./foia/appeals/foia-appeal-response-2023-foia-00001
- v13 USPS appeal remanded: Handbook AS-353 (appeals to the General Counsel, 475 L'Enfant Plaza SW, final decision),
  https://about.usps.com./handbooks/as353/as353c4_038.htm and 39 C.F.R. part 265, https://thefederalregister.org/81-FR/86270
- v14 CFPB fee-waiver denial: 12 C.F.R. part 1070 (requests to the Chief FOIA Officer, 1700 G Street NW),
  http://federal.elaws.us/cfr/12-cfr-1070.14 and
  https://www.ecfr.gov:443/api/renderer/v1/content/enhanced/2021-09-23/title-12?chapter=X&part=1070

Sealed measurement: written blind on a branch of its own and kept out of the rules' reach while the round's fixes were
made, then scored once after them, at 42f444c3: 11 of 14 fully right. Wrong were:
- v08 (v08-doe-rl-clarification.txt): kinds ['acknowledged'] != ['acknowledged', 'clarification_requested']
- v10 (v10-opm-final-partial-scanned.pdf): exemptions ['(b)(4)', '(b)(6)'] != ['(b)(4)', '(b)(5)', '(b)(6)']
- v12 (v12-sba-appeal-partly.txt): exemptions None != ['(b)(4)', '(b)(6)']; pages_withheld None != 14

After general fixes (FOIA's grounds listed one a paragraph, each cited before a dash, with the paragraph that says
what was withheld under one between it and the next: "5 U.S.C. 552(b)(4) - trade secrets ..." / "The carrier's
negotiated provider rates ... are commercial information ..." / "5 U.S.C. 552(b)(5) - inter-agency or intra-agency
memoranda ..."), 12 of 14: v10 right.

Then (what was read, with the sentence quoted): v12, set out under one heading per exemption, upholds
withholdings by pointing back to its sections' grounds ("Exemption 4." / "OCA properly withheld 14 pages of these
documents in full.", "Exemption 6." / "This withholding is affirmed.") while setting Exemption 4 aside for other
information ("... and they may not be withheld"), and counts the pages rightly withheld in full there: 13 of 14.

Then (the ask that follows a sentence read as a condition may say its purpose before "please", as in
v08's "To allow us to process your request, please clarify it by providing, for example:"), 14 of 14.
"""

from __future__ import annotations

import pytest
from intake_scoring import events_in, set_tests

from foiatrack.core.vocabulary import EventKind, Outcome
from foiatrack.intake import patterns as P

SET = "heldout439"
# What the rules reached on this set when it was scored once, sealed (11); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


# After general fixes: FOIA's grounds listed one a paragraph, each cited before a dash, the paragraph that says what
# was withheld under one between it and the next (v10).

_FEDERAL_DASHED = ("We have reviewed these records and determined that 84 pages may be released with portions "
                   "redacted. The remaining 8 pages are withheld in full.\n\n"
                   "The redacted portions and the withheld pages are exempt from disclosure under the following FOIA "
                   "exemptions:\n\n"
                   "{first} - trade secrets and commercial or financial information obtained from a person that is "
                   "privileged or confidential.\n\n"
                   "The carrier's negotiated rates are commercial information the carrier keeps private.\n\n"
                   "{second} - inter-agency or intra-agency memoranda that would not be available by law to a party in "
                   "litigation with the agency.\n\n"
                   "The 8 pages withheld in full are draft audit findings that are predecisional and deliberative.\n\n"
                   "{third} - personnel and medical files the disclosure of which would constitute a clearly "
                   "unwarranted invasion of personal privacy.")


@pytest.mark.parametrize(("first", "second", "third"), [
    ("5 U.S.C. 552(b)(4)", "5 U.S.C. 552(b)(5)", "5 U.S.C. 552(b)(6)"),
    ("5 U.S.C. § 552(b)(4)", "5 U.S.C. § 552(b)(5)", "5 U.S.C. § 552(b)(6)"),
    ("(b)(4)", "(b)(5)", "(b)(6)"),
])
def test_each_foia_ground_a_paragraph_before_a_dash_is_applied(first: str, second: str, third: str) -> None:
    found = events_in(_FEDERAL_DASHED.format(first=first, second=second, third=third), date_line="December 18, 2026")
    assert [list(e.exemptions) for e in found] == [["(b)(4)", "(b)(5)", "(b)(6)"]]


@pytest.mark.parametrize("between", [
    # The near misses: a paragraph with a dash whose head cites no law is no item, and the list still goes on
    "Note - the carrier's rates are commercial information it keeps private.",
    "Pages 12 - 19 are draft audit findings that are predecisional.",
])
def test_a_dashed_paragraph_citing_nothing_is_no_ground(between: str) -> None:
    body = ("The withheld pages are exempt from disclosure under the following FOIA exemptions:\n\n"
            "5 U.S.C. 552(b)(5) - inter-agency or intra-agency memoranda.\n\n"
            f"{between}\n\n"
            "5 U.S.C. 552(b)(6) - personnel and medical files.\n\n"
            "We redacted the names of enrollees.")
    found = events_in(body, date_line="December 18, 2026")
    assert [list(e.exemptions) for e in found] == [["(b)(5)", "(b)(6)"]]
# After the sealed score: a decision set out under one heading per exemption, whose sections uphold a withholding by
# pointing back to their ground ("OCA properly withheld 14 pages of these documents in full", "This withholding is
# affirmed") while setting the same ground aside for other information ("... and they may not be withheld").
_SECTIONS = (
    "I have reviewed the records and your appeal. Exemption 4. Exemption 4 protects trade secrets and commercial or "
    "financial information obtained from a person that is privileged or confidential. {upheld} However, the loan "
    "amounts are already publicly available on the agency's website, and they may not be withheld. Exemption 6. "
    "Exemption 6 protects information about individuals in personnel, medical and similar files. The agency properly "
    "redacted the names of the borrower's employees. This withholding is affirmed. For these reasons, your appeal is "
    "granted in part and denied in part.")


@pytest.mark.parametrize(("upheld", "withheld"), [
    ("OCA properly withheld 14 pages of these documents in full.", 14),
    ("The Bureau correctly withheld these 9 pages in their entirety.", 9),
    ("These documents were properly withheld.", None),
])
def test_a_withholding_upheld_under_its_sections_heading_keeps_its_ground(upheld: str, withheld: int | None) -> None:
    found = events_in(_SECTIONS.format(upheld=upheld))
    assert [(e.kind, e.outcome, list(e.exemptions), e.pages_withheld) for e in found] == [
        (EventKind.APPEAL_DECISION, Outcome.PARTIAL_GRANT, ["(b)(4)", "(b)(6)"], withheld)]


@pytest.mark.parametrize("upheld", [
    # nothing upheld in the section (the ground set aside), or upheld only as "not properly withheld"
    "The payroll registers are commercial information.",
    "OCA did not properly withhold these documents.",
])
def test_a_ground_set_aside_with_nothing_upheld_under_it_is_dropped(upheld: str) -> None:
    found = events_in(_SECTIONS.format(upheld=upheld))
    assert [(e.kind, list(e.exemptions)) for e in found] == [(EventKind.APPEAL_DECISION, ["(b)(6)"])]


@pytest.mark.parametrize(("sentence", "pages"), [
    ("OCA properly withheld 14 pages of these documents in full.", "14"),
    ("The Department correctly withheld the remaining 9 pages in their entirety.", "9"),
])
def test_pages_an_office_rightly_withheld_in_full_are_counted(sentence: str, pages: str) -> None:
    found = P.PAGES_WITHHOLDING_UPHELD.search(sentence)
    assert found is not None and found.group("a") == pages


@pytest.mark.parametrize("sentence", [
    "You argue that OCA improperly withheld 14 pages in full.",
    "OCA did not properly withhold 14 pages in full.",
    "OCA properly withheld 14 pages in part.",
])
def test_pages_not_rightly_withheld_in_full_are_not_counted(sentence: str) -> None:
    assert P.PAGES_WITHHOLDING_UPHELD.search(sentence) is None


@pytest.mark.parametrize(("sentence", "upheld"), [
    ("This withholding is affirmed.", True),
    ("That redaction is upheld.", True),
    ("These withholdings are therefore sustained.", True),
    ("This withholding is not affirmed.", False),
    ("This decision is affirmed in part.", False),
])
def test_a_withholding_pointed_back_to_and_upheld(sentence: str, upheld: bool) -> None:
    assert bool(P.UPHELD_NAMED_BEFORE.search(sentence)) is upheld
# --- The ask after a sentence read as conditional, its purpose said before "please" (v08) ------------------------

_NOT_DESCRIBED = ("We have reviewed your request and find that, as written, it does not reasonably describe the "
                  "records you seek in a manner that would permit agency personnel to locate them with a reasonable "
                  "amount of effort.")


@pytest.mark.parametrize("ask", [
    "To allow us to process your request, please clarify it by providing, for example, the tanks you mean.",
    "In order to locate the records, kindly clarify which offices and which years you mean.",
    "So that we can search for the records, please clarify the time period and the offices you want searched.",
])
def test_an_ask_with_its_purpose_first_is_a_clarification(ask: str) -> None:
    body = f"We received your request on December 3, 2026. {_NOT_DESCRIBED} {ask}"
    kinds = [event.kind for event in events_in(body, "December 16, 2026")]
    assert kinds == [EventKind.ACKNOWLEDGED, EventKind.CLARIFICATION_REQUESTED]


@pytest.mark.parametrize("offer", [
    "To discuss your request, please contact our FOIA Public Liaison at (202) 555-0100.",
    "If you wish to narrow your request, please clarify it in writing.",
])
def test_an_offer_or_a_condition_before_please_asks_nothing(offer: str) -> None:
    # The near misses: a purpose that asks for no clarification, and a condition before "please".
    body = f"We received your request on December 3, 2026. {_NOT_DESCRIBED} {offer}"
    assert EventKind.CLARIFICATION_REQUESTED not in [event.kind for event in events_in(body, "December 16, 2026")]
