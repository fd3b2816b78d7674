"""The four-hundred-and-seventy-ninth held-out set: 14 letters (letters/heldout479) from state and local
public-records offices in fourteen states, each under its own law and in the format it really sends: a Riverside
County Sheriff's Department NextRequest e-mail taking the 14-day CPRA extension for unusual circumstances; a Texas
Department of State Health Services itemized statement of estimated charges over $40 with the ten-business-day
automatic withdrawal; an Illinois State Board of Education five-business-day extension with the section 3(e) reasons
ticked; a Westchester County Department of Public Safety FOIL appeal decision in Word, granted in part with a table of
the records; a Pennsylvania Office of the Governor Right-to-Know final response (PDF) denying drafts of an executive
order as predecisional deliberations, with the Office of Open Records appeal notice; a Florida Office of the Attorney
General e-mail finding no records under chapter 119; an Ohio Department of Education and Workforce release redacted
for student information; a Genesee County (Michigan) Sheriff's Office FOIA form granting in part (PDF), with its
section 10 notice of rights on a second page; an Athens-Clarke County Police Department Open Records Act three-day
letter with a cost estimate over $25; a University of Arizona NextRequest e-mail with a first installment attached;
a Wisconsin Department of Corrections letter asking that a request without reasonable limits be narrowed; a Kansas
City, Missouri Police Department letter confirming a Sunshine Law request withdrawn; a North Carolina Department of
Adult Correction release in full in Word; and a Colorado Governor's Office CORA letter, scanned, taking the seven
working days and estimating research and retrieval fees. Written blind and committed before the rules were run on
them.

- m01-ca-rcsd-nextrequest-extension.eml: Riverside County Sheriff's Department, request 26-8841 received December 3,
  2026, extended 14 days under Gov. Code 7922.535(b), determination by December 27, 2026.
- m02-tx-dshs-pia-cost-estimate.txt: Texas DSHS, R032784-120226 received December 2, 2026, itemized statement of
  estimated charges $186.40 under Gov't Code 552.2615, deposit required.
- m03-il-isbe-foia-extension.txt: Illinois State Board of Education, FOIA 2027-0619 received December 3, 2026,
  extended 5 business days under 5 ILCS 140/3(e), response by December 17, 2026.
- m04-ny-westchester-dps-foil-appeal-partly.docx: Westchester County DPS, appeal FA-2026-073 of DPS-FOIL-2026-1187,
  granted in part: 18 pages released with redactions under POL 87(2)(b), 13 withheld under 87(2)(a) and 87(2)(e)(iv).
- m05-pa-governor-rtk-denial.pdf: Pennsylvania Office of the Governor, OG-2026-0488, denied under 65 P.S.
  67.708(b)(10)(i)(A) after the 30-day extension.
- m06-fl-oag-records-no-records.eml: Florida Office of the Attorney General, request 26-1934, no records.
- m07-oh-dew-records-partial.txt: Ohio Department of Education and Workforce, PRR-26-03361, 63 pages released with
  redactions under R.C. 149.43(A)(1)(v), FERPA and R.C. 3319.321.
- m08-mi-genesee-sheriff-foia-partial.pdf: Genesee County Sheriff's Office, GCSO-FOIA-26-1452, granted in part, 17
  pages, MCL 15.243(1)(a), (1)(b)(iii) and (1)(y); the receipt date recalled on the form.
- m09-ga-accpd-ora-estimate.txt: Athens-Clarke County Police Department, ACCPD-ORR-26-2217 received December 10,
  2026, estimate $74.40 under O.C.G.A. 50-18-71(d).
- m10-az-uarizona-records-interim.eml: University of Arizona, request 26-1408, first installment of 214 pages, 37
  withheld in full, FERPA, A.R.S. 15-1043 and A.R.S. 12-2234; the installment sheet attached as PDF.
- m11-wi-wdoc-records-clarify.txt: Wisconsin DOC, PRR-2026-04719 received December 11, 2026, asked to narrow under
  Wis. Stat. 19.35(1)(h), 30 days or closed.
- m12-mo-kcpd-sunshine-withdrawn.txt: Kansas City, Missouri Police Department, S26-03154, withdrawal confirmed and
  the deposit refunded.
- m13-nc-ncdac-records-fulfilled.docx: North Carolina Department of Adult Correction, 2026-PRR-5527, 13 pages in
  full (a table of the records).
- m14-co-governor-cora-fee-scanned.pdf: Colorado Office of the Governor, GOV-26-0912 received December 16, 2026,
  extended seven working days to December 31, 2026, estimated fee $165.48 (scanned).

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- m01 Riverside County Sheriff: the County's NextRequest portal (10 days, the 14-day extension, rolling releases),
  https://riversidecountyca.nextrequest.com/faqs, the Department's CPRA answers,
  https://ca-riversidesheriff-hidden.civicplus.com/Faq.aspx?QID=190, and Gov. Code 7922.535,
  https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=GOV&sectionNum=7922.535
- m02 Texas DSHS: Gov't Code 552.2615 (itemized statement, automatic withdrawal after 10 business days),
  https://lawserver.com/law/state/texas/tx-codes/texas_government_code_552-2615, and 1 TAC 70.7,
  https://www.law.cornell.edu/regulations/texas/1-Tex-Admin-Code-SS-70-7
- m03 ISBE: the five-business-day extension reasons of 5 ILCS 140/3(e) as agencies list them,
  https://law.cornell.edu/regulations/illinois/Ill-Admin-Code-tit-2-SS-1127.401 and
  https://codelibrary.amlegal.com/codes/woodriveril/latest/woodriver_il/0-0-0-612
- m04 Westchester County DPS: FOIL appeals officer practice (copies to the Committee on Open Government under POL
  89(4)(a), Article 78 review), https://www4.erie.gov/clerk/how-appeal-foil-decision and
  http://docs.dos.ny.gov/coog/ftext/2014/f19224.html
- m05 Pennsylvania Office of the Governor: Management Directive 205.36 (agency open records officers),
  http://www.osfc.pa.gov/About%20OSFC/Public%20Information/Right%20To%20Know/Pages/Management-Directive.aspx, and
  the Governor's Office denials under 708(b)(10) reviewed in
  https://cetient.com/case/4544792/office-of-the-governor-v-l-wanner-and-the-fairness-center
- m06 Florida Office of the Attorney General: chapter 119 no-records answers as Florida agencies word them (no duty
  to create a record, a new request with more detail), and the earlier sets' Florida letters.
- m07 Ohio Department of Education and Workforce: R.C. 149.43(A)(1)(v) and (B)(1) redaction practice, as in the
  earlier sets' Ohio letters, with FERPA and R.C. 3319.321 for student records.
- m08 Genesee County Sheriff: MCL 15.235 (grant in part, section 10 notice),
  https://print.casetext.com/statute/michigan-compiled-laws/chapter-15-public-officers-and-employees/freedom-of-information-act/section-15235-request-to-inspect-or-receive-copy-of-public-record-response-to-request-failure-to-respond-damages-contents-of-notice-denying-request-signing-notice-of-denial-notice-extending-period-of-response-action-by-requesting-person-law-enforcement-records-management-system-alternate-responses
  and the Michigan Attorney General's written public summary,
  https://www.michigan.gov/ag/foia/foia-bottom-link-pages/michigan-department-of-attorney-general-written-public-summary-of-the-departments-freedom-of-inform
- m09 Athens-Clarke County Police: O.C.G.A. 50-18-71(c) and (d) (first quarter hour free, estimate over $25 within
  three business days), https://www.augustaga.gov/FAQ.aspx?QID=615 and http://gfaf.org/open_records_request/
- m10 University of Arizona: the University's NextRequest portal and Office of Public Records,
  https://university-of-arizona.nextrequest.com/faqs and https://www.arizona.edu/publicrecords/results
- m11 Wisconsin DOC: Wis. Stat. 19.35(1)(h) (reasonable limitation as to subject matter and time),
  http://wi.elaws.us/statutes/19.35 and http://www.uwsa.edu/general-counsel/legal-topics/records/responding-to-requests/faqs/
- m12 Kansas City, Missouri Police Department: Sunshine Law custodian letters under chapter 610 RSMo, as in the
  earlier sets' Missouri letters.
- m13 North Carolina Department of Adult Correction: chapter 132 releases as in the earlier sets' North Carolina
  letters.
- m14 Colorado Office of the Governor: CORA's three working days and seven-day extension for extenuating
  circumstances and the $41.37 research and retrieval rate after the first hour,
  https://coag.gov/resources/colorado-open-records-act-cora and
  https://coloradofoic.org/colorado-governments-quickly-adopt-new-maximum-cora-research-and-retrieval-fee-rate-of-41-37/

Sealed measurement: written blind on a branch of its own and kept out of the rules' reach while the round's fixes were
made, then scored once after them, at 818f5d10: 12 of 14 fully right. Wrong were:
- m03 (m03-il-isbe-foia-extension.txt): extension_days None != 5
- m10 (m10-az-uarizona-records-interim.eml): exemptions ['A.R.S. § 12-2234', '20 U.S.C. § 1232g', 'A.R.S. § 15-1043'] !=
  ['20 U.S.C. § 1232g', 'A.R.S. § 15-1043', 'A.R.S. § 12-2234']; pages_withheld 74 != 37
Correction after scoring: m03 logs no extension_days. The letter names five business days only as what the law
permits ("permits a public body to extend the time ... by not more than 5 business days") and then gives its new date,
and values are logged only where the letter states them, as set 304 x12 logs the same Illinois wording (set 408 f11
logs 5 because it says "by 5 business days"); the sealed score stands.

After general fixes (m10: the count said to be the whole, "In total, 37 pages have been withheld in full as
attorney-client privileged.", after the attached letter's "Records withheld in full: 37 pages (attorney-client
privilege, A.R.S. § 12-2234)", is the same 37 pages, not 37 more; and the grounds in the order the e-mail's message
names them, "... pursuant to the Family Educational Rights and Privacy Act, 20 U.S.C. § 1232g, and A.R.S. §
15-1043. ... the attorney-client privilege, A.R.S. § 12-2234.", where the attachment read first repeats one), 14 of
14.
"""
from __future__ import annotations

import pytest
from intake_scoring import set_tests

from foiatrack.intake import Letter, understand

SET = "heldout479"
# Not yet scored: the floor is set when the set is scored once, sealed.
# What the rules reached on this set when it was scored once, sealed (12); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


def _interim(text: str, source: str = "") -> tuple[int | None, tuple[str, ...]]:
    """The pages withheld and the grounds of the release *text* proposes."""
    event = understand(Letter(text=text, source=source)).events[0]
    return event.pages_withheld, tuple(event.exemptions or ())


# (the summary rows first, as the attached letter read before the message gives them)
_LETTER = ("Office of Public Records\n\nDecember 16, 2026\n\nRe: Public Records Request 26-1408\n\n"
           "Records produced: 214 pages (redacted where marked)\n{row}\n\n"
           "Attached please find the first installment of records, 214 pages. {said}\n\nSincerely,\nRecords Officer")
_ROW = "Records withheld in full: 37 pages (attorney-client privilege, A.R.S. § 12-2234)"


@pytest.mark.parametrize("said", [
    # the wording read (m10)
    "In total, 37 pages have been withheld in full as attorney-client privileged.",
    # other wordings of the same idea
    "Altogether, 37 pages were withheld in their entirety.",
    "A total of 37 pages have been withheld in full.",
])
def test_the_whole_withheld_said_again_is_the_same_pages(said: str) -> None:
    assert _interim(_LETTER.format(said=said, row=_ROW))[0] == 37


@pytest.mark.parametrize(("said", "withheld"), [
    # near misses: more pages withheld, no total said; a total above the pages counted is the total
    ("In addition, 37 pages have been withheld in full.", 74),
    ("Another 37 pages have been withheld in full.", 74),
    ("In total, 40 pages have been withheld in full.", 40),
])
def test_pages_withheld_not_said_as_the_whole_are_more(said: str, withheld: int) -> None:
    assert _interim(_LETTER.format(said=said, row=_ROW))[0] == withheld


_ATTACHED = ("THE UNIVERSITY OF ARIZONA\nOffice of Public Records\n\nPublic Records Request 26-1408\n"
             "Installment 1 of approximately 8\n\nRecords produced: 214 pages (redacted where marked)\n"
             f"{_ROW}\n")
_MESSAGE = ("Dear Ms. Solvang-Mercado,\n\nAttached please find the first installment of records, 214 pages.\n\n"
            "{grounds}\n\nWe expect to provide the next installment by January 29, 2027.\n\n"
            "Office of Public Records\n")
_SOURCE = "email body + attachment Installment1.pdf (text layer)"


@pytest.mark.parametrize(("grounds", "order"), [
    # the wording read (m10): the message names every ground, the attachment read first repeats one
    ("Student names have been redacted pursuant to the Family Educational Rights and Privacy Act, 20 U.S.C. § 1232g, "
     "and A.R.S. § 15-1043. Communications with the Office of the General Counsel have been withheld as protected "
     "by the attorney-client privilege, A.R.S. § 12-2234.",
     ("20 U.S.C. § 1232g", "A.R.S. § 15-1043", "A.R.S. § 12-2234")),
    # another wording: the students' records first, the privilege after, in one sentence
    ("Student records were redacted under A.R.S. § 15-1043, and attorney-client communications were withheld "
     "under A.R.S. § 12-2234.", ("A.R.S. § 15-1043", "A.R.S. § 12-2234")),
])
def test_an_emails_grounds_in_the_order_its_message_names_them(grounds: str, order: tuple[str, ...]) -> None:
    text = _ATTACHED + "\f" + _MESSAGE.format(grounds=grounds)
    assert _interim(text, _SOURCE)[1] == order


def test_a_ground_the_message_does_not_name_leaves_the_order_read() -> None:
    # near miss: the message names only one of the grounds; the attachment's order stands
    text = _ATTACHED + "\f" + _MESSAGE.format(grounds="Student records were redacted under A.R.S. § 15-1043.")
    assert _interim(text, _SOURCE)[1] == ("A.R.S. § 12-2234", "A.R.S. § 15-1043")
