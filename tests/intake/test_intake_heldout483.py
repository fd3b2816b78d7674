"""The four-hundred-and-eighty-third held-out set: 14 letters (letters/heldout483) from state and local public-records
offices in fourteen states, under their own laws, by portal and by letter: a San Bernardino County Sheriff's
Department portal e-mail extending a California Public Records Act request by 14 days; a University of Texas at Austin
itemized statement of estimated charges under the Public Information Act; an Illinois Department of Public Health FOIA
answer in Word granting a nursing-home request in part, with a table of the redactions; a City of Rochester
Corporation Counsel FOIL appeal decision affirming the police department's denial of an open investigative file; a
City of Allentown Right-to-Know Law 30-day extension with its checked reasons; a Hillsborough County Sheriff's Office
JustFOIA completion e-mail releasing a fatal-crash file with redactions and the 911 audio withheld; an Ohio University
letter denying an e-mail keyword request as overly broad and inviting its revision; a City of Flint FOIA notice (PDF)
granting a request subject to a deposit and extending it by ten business days; an Augusta-Richmond County Open Records
Act release with a pending-investigation withholding; a City of Trenton OPRA e-mail finding no records (the readers
belong to the county prosecutor); a Cambridge Police Department public records response (PDF) on internal affairs
files with Exemptions (c), (f) and (a); a Boulder County Sheriff's Office Criminal Justice Records Act denial in Word;
a Charlotte-Mecklenburg Schools letter fulfilling a request in full; and a Montgomery County (Maryland) Police scanned
letter granting a Public Information Act fee waiver.

- g01-ca-sbsd-cpra-extension.eml: San Bernardino County Sheriff, R004817-120126, received December 1, 2026, extended
  14 days under Gov. Code 7922.535, determination by December 28, 2026 (the 25th a County holiday).
- g02-tx-utaustin-pia-cost-estimate.txt: UT Austin, PIR-27-0418, received December 2, 2026, itemized statement of
  estimated charges $212.20 under Gov't Code 552.2615, deposit required.
- g03-il-idph-foia-partial.docx: IDPH, FOIA 27-0583, granted in part, 214 pages released, redactions under 5 ILCS
  140/7(1)(a), (b) and (c) (a table of the records), PAC review rights.
- g04-ny-rochester-foil-appeal-affirmed.txt: City of Rochester Law Department, appeal FA-2026-117 of FOIL request
  R006291-101926, denial affirmed under Public Officers Law 87(2)(e)(i) and 87(2)(b).
- g05-pa-allentown-rtk-extension.txt: City of Allentown, 2026-RTK-0934, received December 4, 2026, 30-day extension
  under 65 P.S. 67.902 (reasons checked), response by January 11, 2027.
- g06-fl-hcso-justfoia-partial.eml: Hillsborough County Sheriff's Office, P071924-111626, 23 pages released with
  redactions under 316.066(2)(a), 119.0712(2), 119.071(5)(a)5. and 365.171(12), 911 audio withheld under 406.136.
- g07-oh-ohiou-records-overbroad.txt: Ohio University, OU-PRR-26-1142, received December 9, 2026, denied as overly
  broad with an invitation to revise under R.C. 149.43(B)(2).
- g08-mi-flint-foia-deposit.pdf: City of Flint, 2026-FOIA-1457, received December 9, 2026, granted subject to fees,
  extended ten business days to December 31, 2026, estimated cost $300.84 and a deposit of half.
- g09-ga-augusta-ora-partial.txt: Augusta-Richmond County, ORR-2026-2218, 31 pages released, 9 withheld under
  O.C.G.A. 50-18-72(a)(4), redactions under (a)(20)(A), 18 U.S.C. 2721 and (a)(3).
- g10-nj-trenton-opra-no-records.eml: City of Trenton Clerk, OPRA C-2026-1388, no responsive records in three
  departments, referred to the Mercer County Prosecutor's Office, GRC notice.
- g11-ma-cambridge-pd-records-partial.pdf: Cambridge Police Department, CPD-PRR-26-0873, 58 pages released with
  redactions, 12 withheld, G.L. c. 4, 7(26)(c), (f) and (a), Supervisor of Records appeal.
- g12-co-bcso-ccjra-denial.docx: Boulder County Sheriff's Office, BCSO-CJR-26-2974, denied under C.R.S.
  24-72-305(5) after the public-interest balancing, 48 pages of reports, photographs and recordings withheld (a table).
- g13-nc-cms-public-records-fulfilled.txt: Charlotte-Mecklenburg Schools, PRR-26-1736, 64 pages, nothing withheld.
- g14-md-mcpd-mpia-fee-waiver-granted.pdf: Montgomery County Police, MCPD-PIA-26-3391 (scanned), received December
  14, 2026, fee waiver granted in full under GP 4-206(e).

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- g01 San Bernardino County Sheriff extension: Gov. Code 7922.535(b) and (c) (the unusual circumstances, no more than
  14 days), https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=GOV&sectionNum=7922.535 and
  https://www.cdcr.ca.gov/operations-manual/dom/chapter-1-general-administration/article-16-public-records/13040-18-1-extension-of-time-limits/
- g02 UT Austin statement of charges: Gov't Code 552.2615 and 552.263 (itemized statement, withdrawal after 10
  business days, deposit over $100), https://lawserver.com/law/state/texas/tx-codes/texas_government_code_552-2615,
  https://instalawyer.io/laws/texas-statutes/section-552263-bond-for-payment and a university's estimate letter
  practice, https://www.uta.edu/administration/legal-affairs/public-information-records-retention/public-information/fees
- g03 IDPH partial answer: 5 ILCS 140/7(1)(a) to (c) and 9.5 (Public Access Counselor review within 60 days), and the
  Illinois answers of earlier sets.
- g04 Rochester FOIL appeal: Public Officers Law 87(2) and 89(4)(a) (appeal determinations sent to the Committee on
  Open Government), the Committee's advisory opinions, http://docs.dos.ny.gov/coog/ftext/f15950.htm and
  http://docs.dos.ny.gov/coog/ftext/f8980.htm
- g05 Allentown extension: 65 P.S. 67.902 (the reasons a response may be extended 30 days), and the Pennsylvania
  extensions of earlier sets.
- g06 Hillsborough County Sheriff completion: the Florida Sheriffs Association's public records overview (exemptions
  for 911 recordings, 406.135 and 406.136), https://www.sambuz.com/doc/public-records-overview-october-3-10-2017-this-ppt-presentation-867666,
  and on 911 caller information under 365.171(12),
  https://www.requestfloridarecords.com/articles/are-911-calls-public-records-florida
- g07 Ohio University overbroad denial: R.C. 149.43(B)(2) and the Court of Claims' overbreadth decisions,
  https://www.studicata.com/summaries/court-of-claims-of-ohio/requester-v-university-of-akron-2021-s0n18s and
  https://ennisbritton.com/blog/2026/overbreadth-argument-overruled-osu-loses-appeal-over-public-records-request
- g08 Flint FOIA notice: MCL 15.235 (the four answers, one ten-business-day extension),
  https://print.casetext.com/statute/michigan-compiled-laws/chapter-15-public-officers-and-employees/freedom-of-information-act/section-15235-request-to-inspect-or-receive-copy-of-public-record-response-to-request-failure-to-respond-damages-contents-of-notice-denying-request-signing-notice-of-denial-notice-extending-period-of-response-action-by-requesting-person-law-enforcement-records-management-system-alternate-responses
  and the written public summaries of Michigan public bodies (itemized fee, good-faith deposit),
  https://www.michigan.gov/treasury/about/foia-and-transparency/treasury-written-public-summary-of-the-department-foia-procedures-and-guidelines
  and https://oakland.edu/policies-regulations/FOIA/index
- g09 Augusta release: O.C.G.A. 50-18-72(a)(3), (a)(4) (pending investigation, other than initial incident reports) and
  (a)(20)(A), https://syfert.com/georgia/code/50-18-72.html, and the law-enforcement guide to the Act,
  https://docslib.org/doc/1322134/georgia-law-enforcement-and-the-open-records-act and
  https://cookassociateslegal.com/open-records-opinion-defines-exception-for-initial-incident-reports/
- g10 Trenton OPRA answer: the Government Records Council on response times and complaints,
  https://www.nj.gov/grc/public/complaints/time.html and https://www.ochd.org/request-for-public-records/
- g11 Cambridge police response: the Secretary of the Commonwealth's Guide to the Massachusetts Public Records Law
  (exemptions of G.L. c. 4, 7(26), appeals to the Supervisor of Records),
  https://pdfslide.us/documents/a-guide-to-the-massachusetts-public-records-law.html and a police department's
  public records guidelines, https://townsendpd.org/public-records-guidelines
- g12 Boulder County Sheriff denial: C.R.S. 24-72-305(5) to (7), http://www.lpdirect.net/casb/crs/24-72-305.html,
  and a sheriff's office's CCJRA page on the Harris balancing test, https://jeffcosheriff.nextrequest.com/faqs
- g13 Charlotte-Mecklenburg Schools fulfilment: N.C. Gen. Stat. ch. 132 and the North Carolina answers of earlier sets.
- g14 Montgomery County Police fee waiver: GP 4-206(e) (waiver in the public interest),
  https://lexace.ai/us/statute/maryland/GP-4-206 and Baltimore Police Department v. Open Justice Baltimore (the
  factors of a waiver), https://cetient.com/case/9804782/balt-police-dept-v-open-justice-balt

Sealed measurement: written blind on a branch of its own and kept out of the rules' reach while the round's fixes were
made, then scored once after them, at ff6c1a62: 7 of 14 fully right. Wrong were:
- g01 (g01-ca-sbsd-cpra-extension.eml): expected_by '2026-12-25' != '2026-12-28'
- g03 (g03-il-idph-foia-partial.docx): exemptions ['5 ILCS 140/7(1)(c)', '5 ILCS 140/7(1)(a)', '5 ILCS 140/7(1)(b)',
  '210 ILCS 45/3-702'] != ['5 ILCS 140/7(1)(a)', '5 ILCS 140/7(1)(b)', '5 ILCS 140/7(1)(c)']
- g05 (g05-pa-allentown-rtk-extension.txt): kinds ['acknowledged'] != ['acknowledged', 'extension']; received None !=
  '2026-12-04'; extension_days None != 30
- g06 (g06-fl-hcso-justfoia-partial.eml): exemptions ['Fla. Stat. § 316.066(2)(a)', 'Fla. Stat. § 119.0712(2)', 'Fla.
  Stat. § 119.071(5)(a)', 'Fla. Stat. § 365.171(12)', 'Fla. Stat. § 406.136'] != ['Fla. Stat. § 316.066(2)(a)', 'Fla.
  Stat. § 119.0712(2)', 'Fla. Stat. § 119.071(5)(a)5.', 'Fla. Stat. § 365.171(12)', 'Fla. Stat. § 406.136']
- g09 (g09-ga-augusta-ora-partial.txt): exemptions ['O.C.G.A. § 50-18-72(a)(4)', 'O.C.G.A. § 50-18-72(a)(20)(A)',
  'O.C.G.A. § 50-18-72(a)(3)'] != ['O.C.G.A. § 50-18-72(a)(4)', 'O.C.G.A. § 50-18-72(a)(20)(A)', '18 U.S.C. § 2721',
  'O.C.G.A. § 50-18-72(a)(3)']
- g11 (g11-ma-cambridge-pd-records-partial.pdf): exemptions ['G. L. c. 4, § 7(26)(f)', 'G. L. c. 4, § 7(26)(a)'] != ['G.
  L. c. 4, § 7(26)(c)', 'G. L. c. 4, § 7(26)(f)', 'G. L. c. 4, § 7(26)(a)']
- g12 (g12-co-bcso-ccjra-denial.docx): pages_withheld None != 48
Correction after scoring: g03 logs 210 ILCS 45/3-702 after 5 ILCS 140/7(1)(c), the statute the letter names as the
law Section 7(1)(a) applies ("Section 3-702 of the Nursing Home Care Act (210 ILCS 45/3-702) provides that the
identity of a complainant shall be kept confidential"), as earlier sets log the statute an exemption for what other
laws prohibit brings in (476 h08, 273 m14); the sealed score stands.
After general fixes (what was read, with the sentence quoted), 10 of 14: g01's "We anticipate responding to your
request on or before December 25, 2026, which falls on a County holiday; you may therefore expect our determination no
later than December 28, 2026" expects the later day (a day said to fall on a holiday or a weekend gives way to the later
one the sentence names); g05's "Under Section 902 of the RTKL, 65 P.S. § 67.902, the City is notifying you that your
request is being reviewed and that the City's response will be delayed for the following reasons:" takes the
extension the provision allows, its 30 days counted after the ticked reasons, and "On December 4, 2026, the City
received your request seeking "all contracts, change orders and payment applications ..."" is its receipt (payments
named in the request's quoted words are no payment received); g12's table row "Offense and supplemental reports (48
pages) | C.R.S. § 24-72-305(5)" under "Record | Basis for denial" withholds 48 pages (the photographs and recordings
counted in images and files, not pages).

Then (tests below): a table's cell gives its sections in its own order ("| 5 ILCS 140/7(1)(a), 5 ILCS
140/7(1)(b), 5 ILCS 140/7(1)(c) |", g03); a numbered item of what was redacted logs the federal statute it cites beside
the state's section ("2. Driver's license numbers and motor vehicle information, O.C.G.A. § 50-18-72(a)(20)(A) and 18
U.S.C. § 2721;", g09); one clause of a lettered exemption refused leaves the exemption ("records related to a law
enforcement misconduct investigation may not be withheld as personnel information under the first clause of Exemption
(c)", g11): 13 of 14.
Correction after scoring: g06 logs "Fla. Stat. § 119.071(5)(a)" for "Section 119.071(5)(a)5., F.S.", as earlier sets log
Florida's numbered subparagraph at its paragraph (218 d09, 268 h04, 349 q04, 362 n14, 389 e12); the sealed score stands,
and with it g06 is right, 14 of 14.
"""

from __future__ import annotations

import pytest
from intake_scoring import events_in, exemptions_in, set_tests

from foiatrack.core.vocabulary import EventKind, Outcome

SET = "heldout483"
# What the rules reached on this set when it was scored once, sealed (7); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


# g05: the answer said under the extension provision to be delayed, with no word "extension", the reasons ticked
# below it and the days counted after them.
_PA_REASONS = ("[X] the request requires redaction of a record;\n\n"
               "[ ] a timely response cannot be accomplished due to bona fide and specified staffing limitations;\n\n"
               "[X] a legal review is necessary to determine whether the record is a record subject to access "
               "under the RTKL;\n\n")


@pytest.mark.parametrize("delayed", [
    "Under Section 902 of the RTKL, 65 P.S. § 67.902, the City is notifying you that your request is being reviewed "
    "and that the City's response will be delayed for the following reasons:",
    "Pursuant to 65 P.S. § 67.902(b), the Borough hereby notifies you that its response to your request will be "
    "delayed for the following reasons:",
    "In accordance with Section 902 of the Right-to-Know Law, please be advised that the Township's reply will be "
    "delayed for the reasons checked below:",
])
def test_a_response_delayed_under_the_extension_provision_is_an_extension(delayed: str) -> None:
    found = events_in(f"{delayed}\n\n{_PA_REASONS}The City expects to respond to your request within 30 calendar "
                      "days, on or before April 2, 2026.")
    assert [(e.kind, e.extension_days) for e in found] == [(EventKind.EXTENSION, 30)]


@pytest.mark.parametrize("body", [
    # only what may happen: no delay taken
    "Under Section 902 of the RTKL, 65 P.S. § 67.902, the City's response may be delayed for the following reasons:"
    f"\n\n{_PA_REASONS}The City expects to respond to your request within 30 calendar days.",
    # a delay named with no provision for it
    "The records are voluminous, and our response will be delayed. We expect to respond within 30 days.",
])
def test_a_delay_only_spoken_of_or_under_no_provision_is_no_statutory_extension(body: str) -> None:
    assert EventKind.EXTENSION not in [e.kind for e in events_in(body)]


# g05: payments named in the request's own words, quoted, are no payment received.
@pytest.mark.parametrize("body", [
    'On March 1, 2026, the City received your request seeking "all contracts, change orders and payment applications '
    'for the police headquarters HVAC replacement project."',
    'The Township received your request on March 1, 2026, for "copies of all deposit slips and payment vouchers of the '
    'parks department for 2025."',
])
def test_payments_quoted_in_the_request_leave_its_receipt(body: str) -> None:
    found = events_in(body)
    assert [(e.kind, str(e.received)) for e in found] == [(EventKind.ACKNOWLEDGED, "2026-03-01")]


def test_a_payment_received_is_still_no_request_received() -> None:
    found = events_in("On March 1, 2026, the City received your payment of $25.00 for the copies of your request.")
    assert [e.received for e in found if e.kind is EventKind.ACKNOWLEDGED] in ([], [None])


# g01: a day said to fall on a holiday, the later day the letter then names in the same sentence the one expected.
@pytest.mark.parametrize(("sentence", "day"), [
    ("We anticipate responding to your request on or before December 25, 2026, which falls on a County holiday; you "
     "may therefore expect our determination no later than December 28, 2026.", "2026-12-28"),
    ("The Department expects to respond by January 1, 2027 (a State holiday), and so will respond by January 4, 2027.",
     "2027-01-04"),
    ("We expect to respond on or before December 26, 2026, which is a Saturday; our response will therefore be sent "
     "by December 28, 2026.", "2026-12-28"),
    # no later day named: the day stands
    ("We expect to respond on or before December 24, 2026, which falls on a County holiday.", "2026-12-24"),
])
def test_a_holiday_moves_the_expected_day_to_the_later_one_named(sentence: str, day: str) -> None:
    found = events_in(f"We received your request on December 1, 2026. {sentence}", date_line="December 7, 2026")
    assert [str(e.expected_by) for e in found if e.expected_by] == [day]


def test_a_later_day_not_for_the_answer_leaves_the_expected_day() -> None:
    found = events_in("We received your request on December 1, 2026. We expect to respond on or before December 18, "
                      "2026; our office will be closed from December 24, 2026 to January 2, 2027.",
                      date_line="December 7, 2026")
    assert [str(e.expected_by) for e in found if e.expected_by] == ["2026-12-18"]


# g12: a table of records denied beside the ground of each, the pages counted within the record's cell.
@pytest.mark.parametrize(("table", "withheld"), [
    ("Record | Basis for denial\nOffense and supplemental reports (48 pages) | C.R.S. § 24-72-305(5)\n"
     "Scene photographs (212 images) | C.R.S. § 24-72-305(5)", 48),
    ("| Document | Grounds for withholding |\n| Investigative file (120 pages) | Exemption 7(A) |\n"
     "| Witness statements (14 pages) | Exemption 7(A) |", 134),
    ("Records | Legal basis for withholding\nAutopsy report, 12 pages | Section 7(1)(c)", 12),
])
def test_pages_of_records_denied_in_a_table_of_grounds_are_withheld(table: str, withheld: int) -> None:
    found = events_in(f"Your request is denied.\n\n{table}\n\nYou may appeal this decision.")
    assert [(e.kind, e.outcome, e.pages_withheld) for e in found] == [
        (EventKind.FINAL_DETERMINATION, Outcome.DENIED, withheld)]


@pytest.mark.parametrize("table", [
    # a ground for redaction: the pages went out
    "Record | Basis for redaction\nIncident report (12 pages) | Section 7(1)(c)",
    # the row says the record went out with parts taken out
    "Record | Basis for withholding\nIncident report (12 pages), released with redactions | Section 7(1)(c)",
    # no ground column: a list of what was found
    "Record | Location\nIncident report (12 pages) | Records Division",
])
def test_pages_in_other_tables_are_not_withheld(table: str) -> None:
    found = events_in(f"Your request is granted in part.\n\n{table}\n\nYou may appeal this decision.")
    assert all(e.pages_withheld != 12 for e in found)
@pytest.mark.parametrize(("body", "expected"), [
    # g03: a table's cell names three sections of one law; its last, after the cell's last comma, is not the first
    ("The records listed below have been redacted as follows:\n\n"
     "Record | Pages | Redaction | Basis\n"
     "Complaint Investigation Summaries | 77 | Complainant identity; resident names | 5 ILCS 140/7(1)(a), "
     "5 ILCS 140/7(1)(b), 5 ILCS 140/7(1)(c)\n"
     "Plans of Correction | 41 | None | -",
     ["5 ILCS 140/7(1)(a)", "5 ILCS 140/7(1)(b)", "5 ILCS 140/7(1)(c)"]),
    ("Portions of the records have been withheld as follows:\n\n"
     "Record | Withheld | Authority\n"
     "Incident reports | Witness addresses and phone numbers | RCW 42.56.240(1), RCW 42.56.240(2)",
     ["RCW 42.56.240(1)", "RCW 42.56.240(2)"]),
    ("Enclosed are 40 pages of responsive records. The following information was redacted:\n\n"
     "Document | Information redacted | Legal basis\n"
     "Arrest reports | Victim names; dates of birth | KRS 61.878(1)(a), KRS 61.878(1)(h), KRS 17.150(2)",
     ["KRS 61.878(1)(a)", "KRS 61.878(1)(h)", "KRS 17.150(2)"]),
])
def test_a_table_cell_gives_its_sections_in_its_own_order(body: str, expected: list[str]) -> None:
    assert exemptions_in(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # g09: a numbered item cites the federal statute beside the state's section, its number closing the item before
    ("Information was also redacted from the enclosed pages as follows: 1. Social security numbers of private "
     "individuals, O.C.G.A. § 50-18-72(a)(20)(A); 2. Driver's license numbers and motor vehicle information, "
     "O.C.G.A. § 50-18-72(a)(20)(A) and 18 U.S.C. § 2721; 3. The identity of a confidential source, "
     "O.C.G.A. § 50-18-72(a)(3).",
     ["O.C.G.A. § 50-18-72(a)(20)(A)", "18 U.S.C. § 2721", "O.C.G.A. § 50-18-72(a)(3)"]),
    # ... its number on a line of its own
    ("The following information has been redacted from the records:\n\n1.\n\nHome addresses of officers, "
     "K.S.A. 45-221(a)(30).\n\n2.\n\nDriver's license numbers, K.S.A. 45-221(a)(1) and 18 U.S.C. § 2721.",
     ["K.S.A. 45-221(a)(30)", "K.S.A. 45-221(a)(1)", "18 U.S.C. § 2721"]),
    # ... or opening the item's own line
    ("Enclosed are 40 pages of responsive records. The Department redacted the following information:\n\n"
     "(a) Student names, 20 U.S.C. § 1232g;\n"
     "(b) Home addresses of employees, under R.C. 149.43(A)(1)(p).",
     ["20 U.S.C. § 1232g", "R.C. 149.43(A)(1)(p)"]),
])
def test_a_numbered_item_of_what_was_withheld_logs_its_federal_statute(body: str, expected: list[str]) -> None:
    assert exemptions_in(body) == expected


@pytest.mark.parametrize("body", [
    # a numbered list that withholds nothing: the federal statute it names is not applied
    "Please note the following about your records: 1. The enclosed crash report is released under O.C.G.A. § "
    "50-18-72(a)(4). 2. Motor vehicle records may be requested from the Department of Driver Services under 18 "
    "U.S.C. § 2721(b).",
    "For your information:\n\n1.\n\nRecords of the Department of Driver Services are governed by 18 U.S.C. § 2721.",
])
def test_a_numbered_list_that_withholds_nothing_logs_no_federal_statute(body: str) -> None:
    assert "18 U.S.C. § 2721" not in exemptions_in(body)


@pytest.mark.parametrize("body", [
    # g11: one clause of a lettered exemption refused, the exemption applied under its other clause
    "Redactions are made under the following exemptions: 1. G.L. c. 4, § 7(26)(c) - the names of civilian witnesses "
    "are withheld under this exemption. 2. G.L. c. 4, § 7(26)(f) - investigatory materials. Records of a misconduct "
    "investigation may not be withheld as personnel information under the first clause of Exemption (c).",
    "The names of complainants are redacted under G. L. c. 4, § 7(26)(c). Internal affairs reports cannot be withheld "
    "under the personnel prong of Exemption (c), and they are released.",
])
def test_one_clause_of_an_exemption_refused_leaves_the_exemption(body: str) -> None:
    assert "G. L. c. 4, § 7(26)(c)" in exemptions_in(body)


@pytest.mark.parametrize("body", [
    # ... the exemption itself refused still drops it
    "The names of complainants are redacted under G. L. c. 4, § 7(26)(c). The Department has not met its burden to "
    "withhold the use of force report under Exemption (f), G. L. c. 4, § 7(26)(f) having been cited.",
    "The Department relied on G. L. c. 4, § 7(26)(f) and G. L. c. 4, § 7(26)(c). The report may not be withheld under "
    "Exemption (f).",
])
def test_an_exemption_refused_by_its_letter_is_not_applied(body: str) -> None:
    assert "G. L. c. 4, § 7(26)(f)" not in exemptions_in(body)
