"""The four-hundred-and-seventy-sixth held-out set: 14 letters (letters/heldout476) from state and local public-records
offices in fourteen states, each under its own law and in the format it really sends: a CAL FIRE e-mail extending a
California Public Records Act request by 14 days for unusual circumstances; a Fort Worth Police Department letter
closing a Public Information Act request as withdrawn by operation of law after no answer to the itemized statement; a
City of Chicago Office of Inspector General denial in Word under Illinois FOIA sections 7(1)(a) (the Municipal Code's
confidentiality of investigative files), 7(1)(f) and 7(1)(c); a Nassau County Police Department FOIL appeal
determination (PDF) granting in part item by item; a Pennsylvania Liquor Control Board Right-to-Know response granted
in part and denied in part; a Florida Fish and Wildlife Conservation Commission records-center e-mail finding no
records; an Ohio Department of Health letter denying an overly broad request as written and telling how to revise it;
a Washtenaw County Sheriff's Office Michigan FOIA check-box notice of determination (scanned PDF); a Georgia
Department of Driver Services Open Records Act cost estimate; a New Jersey Department of Environmental Protection
first partial OPRA production (letter attached to an e-mail); a UMass Amherst fee-waiver denial with the fee estimate;
a Milwaukee Police Department release in full (Word, a table of the records); a South Carolina Law Enforcement
Division FOIA denial (PDF) of an open shooting investigation's file; and a Knox County Schools Tennessee Public Records
Act response form giving a date for the response. Written blind and committed before the rules were run on them.

- h01-ca-calfire-cpra-extension.eml: CAL FIRE, PRA 26-04719, received November 30, 2026, extended 14 days under Gov.
  Code 7922.535, determination on or before December 24, 2026.
- h02-tx-fwpd-pia-withdrawn.txt: Fort Worth Police Department, W184772-111826, withdrawn under Gov't Code 552.2615(b)
  (no written answer to the $1,284.60 itemized statement).
- h03-il-chicago-oig-foia-denial.docx: Chicago OIG, OIG FOIA No. 26-1187, denied in its entirety under 5 ILCS
  140/7(1)(a), 7(1)(f) and 7(1)(c).
- h04-ny-ncpd-foil-appeal-partly.pdf: Nassau County Police Department, FOIL Appeal A26-0331 of request 26-F-08142,
  granted in part: 46 pages released on appeal, 58 still withheld under POL 87(2)(e)(i) and (f); 87(2)(b) and
  87(2)(e)(iv) redactions upheld.
- h05-pa-plcb-rtk-partial.txt: PLCB, RTK No. 2026-0612, granted in part: 63 pages with redactions under 708(b)(6)(i)(A)
  and 708(b)(3), 41 pages withheld under 708(b)(17), reprimands under 708(b)(7)(viii).
- h06-fl-fwc-govqa-no-records.eml: FWC, R006931-112026, no responsive records, request closed.
- h07-oh-odh-records-overbroad.txt: Ohio Department of Health, PRR-2026-3318, received December 2, 2026, denied as
  written under R.C. 149.43(B)(2) with how to revise it, closed if no revision in 30 days.
- h08-mi-washtenaw-sheriff-foia-partial.pdf: Washtenaw County Sheriff (scanned form), WCSO-F26-1472, granted in part:
  9 pages with redactions, 911 audio withheld, MCL 15.243(1)(a), (1)(b)(iii), (1)(d).
- h09-ga-dds-ora-estimate.txt: Georgia DDS, ORR No. 2026-2847, received December 4, 2026, estimate $366.54.
- h10-nj-dep-opra-first-production.eml: NJDEP, OPRA W261847, first partial production: 312 pages (289 in full, 23
  redacted), 7 withheld, N.J.S.A. 47:1A-1.1 and 47:1A-1.
- h11-ma-umass-fee-waiver-denied.txt: UMass Amherst, R001683-120326, received December 3, 2026, fee waiver denied,
  estimate $150.00 (6 hours at $25 after the first four free).
- h12-wi-mpd-records-granted.docx: Milwaukee Police Department, P062418-112426, granted in full, 56 pages (a table).
- h13-sc-sled-foia-denied.pdf: SLED, FOIA #26-2214, denied under S.C. Code 30-4-40(a)(3)(A), (a)(3)(C) and (a)(2).
- h14-tn-knox-schools-tpra-response-form.txt: Knox County Schools, KCS-PRR-26-0938, received December 15, 2026, not
  practicable to provide promptly, answer on or before January 22, 2027.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- h01 CAL FIRE extension: the California Public Records Act's extension for unusual circumstances, Gov. Code 7922.535,
  https://law.justia.com/codes/california/code-gov/title-1/division-10/part-3/chapter-1/section-7922-535/ and the
  CPRA extension letters of earlier sets.
- h02 Fort Worth withdrawal: Gov't Code 552.2615 (itemized statement, request considered withdrawn after 10 business
  days), https://lawserver.com/law/state/texas/tx-codes/texas_government_code_552-2615 and
  https://www.ci.la-porte.tx.us/158/Cost-of-Records
- h03 Chicago OIG denial: 5 ILCS 140/7 and 9.5 (review by the Public Access Counselor),
  https://www.ilga.gov/legislation/ilcs/ilcs3.asp?ActID=85&ChapterID=2 and Municipal Code of Chicago 2-56-110,
  https://igchicago.org/about-the-office/our-authority/
- h04 Nassau County FOIL appeal: Public Officers Law 89(4)(a) and the Department's appeal determinations recited in
  Lockwood v. Nassau Cnty. Police Dep't, https://print.casetext.com/case/lockwood-v-nassau-cnty-police-dept and
  https://newyorkfamilylawblog.com/amp/413
- h05 PLCB response: the Right-to-Know Law's final response and appeal notice, 65 P.S. 67.708 and 67.1101,
  https://www.openrecords.pa.gov/RTKL/Law.cfm
- h06 FWC no records: the FWC records center and chapter 119, Florida Statutes,
  https://myfwc.com/about/inside-fwc/legal/public-records/
- h07 Ohio Department of Health: R.C. 149.43(B)(2) (ambiguous or overly broad requests, how records are maintained),
  https://codes.ohio.gov/ohio-revised-code/section-149.43
- h08 Washtenaw County Sheriff: MCL 15.235 and 15.240 (notice of determination, appeal to the public body's head or
  the circuit court), https://www.legislature.mi.gov/Laws/MCL?objectName=mcl-15-235
- h09 Georgia DDS estimate: O.C.G.A. 50-18-71(c) and (d) (estimate over $25, prepayment over $500),
  https://law.justia.com/codes/georgia/title-50/chapter-18/article-4/section-50-18-71/
- h10 NJDEP partial production: N.J.S.A. 47:1A-1.1 and 47:1A-5 and the Government Records Council notice,
  https://www.nj.gov/grc/ and https://www.nj.gov/dep/opra/
- h11 UMass Amherst fee waiver: G. L. c. 66, 10(d) and 950 CMR 32.06,
  https://malegislature.gov/Laws/GeneralLaws/PartI/TitleX/Chapter66/Section10
- h12 Milwaukee Police Department release: Wis. Stat. 19.35(3) (fees under $50 waived by the Department),
  https://docs.legis.wisconsin.gov/statutes/statutes/19/ii/35
- h13 SLED denial: S.C. Code Ann. 30-4-40(a)(2) and (a)(3),
  https://law.justia.com/codes/south-carolina/2019/title-30/chapter-4/section-30-4-40/ and
  https://docslib.org/doc/4093610/sc-freedom-of-information
- h14 Knox County Schools response form: Tenn. Code Ann. 10-7-503(a)(2)(B) and the Office of Open Records Counsel's
  Records Request Response Form, https://comptroller.tn.gov/office-functions/open-records-counsel.html

Sealed measurement: written blind on a branch of its own and kept out of the rules' reach while the round's fixes were
made, then scored once after them, at fb9d6f67: 7 of 14 fully right. Wrong were:
- h01 (h01-ca-calfire-cpra-extension.eml): kinds ['extension'] != ['acknowledged', 'extension']; received None !=
  '2026-11-30'; expected_by None != '2026-12-24'
- h04 (h04-ny-ncpd-foil-appeal-partly.pdf): pages_withheld None != 58
- h07 (h07-oh-odh-records-overbroad.txt): kinds ['final_determination'] != ['acknowledged', 'clarification_requested'];
  received None != '2026-12-02'; outcome 'denied' != None
- h08 (h08-mi-washtenaw-sheriff-foia-partial.pdf): kinds ['acknowledged'] != ['final_determination']; received
  '2026-12-07' != None; outcome None != 'partial_grant'; exemptions None != ['MCL 15.243(1)(a)', 'MCL
  15.243(1)(b)(iii)', 'MCL 15.243(1)(d)']; pages_released None != 9
- h11 (h11-ma-umass-fee-waiver-denied.txt): kinds ['fee_waiver_decision', 'fee_estimate'] != ['acknowledged',
  'fee_waiver_decision', 'fee_estimate']; received None != '2026-12-03'
- h13 (h13-sc-sled-foia-denied.pdf): outcome 'partial_grant' != 'denied'
- h14 (h14-tn-knox-schools-tpra-response-form.txt): expected_by None != '2027-01-22'
After general fixes (h13: a release foreseen once the investigation ends, "Please note that once the investigation and
any resulting prosecution are concluded, the case file may become available, subject to redaction of exempt
information.", leaves the denial denied, no partial grant), 8 of 14.

Then (the day by which the office says it will come back to the requester, whatever it brings, is the day expected:
"You will be contacted with your records, a cost estimate, or a denial on or before January 22, 2027."), 9 of 14.

Then 12 of 14: h01's receipt, the request called one for public records and the office named at length ("This email is
in regards to your request for public records dated and received by the California Department of Forestry and Fire
Protection (CAL FIRE) on November 30, 2026, ..."), its expected date following; h11's receipt, the payments being the
records asked for after the day, not a payment received ("received your request under the Massachusetts Public Records
Law, G. L. c. 66, § 10, on December 3, 2026, for records of payments made by the University ..."); h07's denial only
as written, the request to be revised ("Accordingly, ODH denies your request as written pursuant to R.C.
149.43(B)(2).") is no final answer: the overly broad request is a clarification asked for, acknowledged. h04 and h08
are still wrong.
Then (records of one kind counted in brackets, "The query audit reports (58 pages) identify the case numbers, plate
numbers and subjects of ongoing investigations.", then found rightly kept back by pointing back to them, "The Records
Access Officer properly withheld these records in their entirety ...": 58 pages withheld), 13 of 14.
Then (the step to appeal told as a list's item after "you may:", "1. Submit to the Washtenaw County Board of
Commissioners a written appeal that specifically states the word "appeal" and identifies the reason or reasons for
reversal of the denial; or", is the right to appeal, no appeal made: the loose reading of the first answer is no longer
held back by it), still 13 of 14: h08's ticked "GRANTED IN PART / DENIED IN PART" after "has been:" is not yet read as
the answer, so the form's "Date Request Received:" field makes it an acknowledgement.
Correction after scoring: h08 logs MCL 484.1506 after MCL 15.243(1)(d), the statute the form's (1)(d) line names
("exempted from disclosure by statute: MCL 484.1506"), as earlier sets log the statute named beside (1)(d) (273 m14,
348 z14); the sealed score stands, and h08 is not yet right (the form's ticked answer is not read).
"""

from __future__ import annotations

import datetime as dt

import pytest
from intake_scoring import events_in, set_tests

from foiatrack.core.vocabulary import EventKind, Outcome
from foiatrack.intake import patterns as P
from foiatrack.intake.loose import read_loosely

SET = "heldout476"
# What the rules reached on this set when it was scored once, sealed (7); it may only go up.
FLOOR = 13
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {
    "h08-mi-washtenaw-sheriff-foia-partial.pdf",
}


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


@pytest.mark.parametrize("future", [
    "Please note that once the investigation and any resulting prosecution are concluded, the case file may become "
    "available, subject to redaction of exempt information.",
    "Once the investigation and the prosecution have been concluded, the file may be released with the names redacted.",
    "Be advised that when the case is closed, the records will be available subject to redaction of personal "
    "information.",
])
def test_a_release_foreseen_after_the_investigation_leaves_a_denial_denied(future: str) -> None:
    body = ("SLED has determined that the requested records are exempt from disclosure and your request is therefore "
            f"denied under S.C. Code Ann. § 30-4-40(a)(3)(A). {future}")
    found = events_in(body)
    assert [(e.kind, e.outcome) for e in found] == [(EventKind.FINAL_DETERMINATION, Outcome.DENIED)]


@pytest.mark.parametrize("now", [
    "Please note that the investigation has been concluded, and the case file is enclosed with the names of witnesses "
    "redacted under S.C. Code Ann. § 30-4-40(a)(2).",
    "Once the investigation was concluded, the enclosed records were redacted under S.C. Code Ann. § 30-4-40(a)(2).",
])
def test_a_redaction_made_now_is_still_a_partial_grant(now: str) -> None:
    found = events_in(f"Your request is granted in part. {now}")
    assert [(e.kind, e.outcome) for e in found] == [(EventKind.FINAL_DETERMINATION, Outcome.PARTIAL_GRANT)]
_RECEIVED = "We received your request on February 20, 2026. "


@pytest.mark.parametrize("contacted", [
    # h14: Tennessee's response form
    "You will be contacted with your records, a cost estimate, or a denial on or before January 22, 2027.",
    "You will be contacted on or before January 22, 2027.",
    "We will contact you regarding your request no later than January 22, 2027.",
    "The Department will contact you with the records or a denial by January 22, 2027.",
])
def test_the_day_the_office_will_contact_you_is_expected(contacted: str) -> None:
    assert [e.expected_by for e in events_in(_RECEIVED + contacted)] == [dt.date(2027, 1, 22)]


@pytest.mark.parametrize("not_contacted", [
    # the requester's contact, not the office's
    "Please contact us by January 22, 2027.",
    "If you contact us by January 22, 2027, we will hold the records.",
    # no day
    "If we need more information, you will be contacted by our staff.",
])
def test_the_requesters_contact_is_no_day_expected(not_contacted: str) -> None:
    assert [e.expected_by for e in events_in(_RECEIVED + not_contacted)] == [None]


@pytest.mark.parametrize("received", [
    # h01: CAL FIRE's extension notice
    "This email is in regards to your request for public records dated and received by the California Department of "
    "Forestry and Fire Protection (CAL FIRE) on November 30, 2026, which has been assigned tracking number "
    "PRA 26-04719.",
    "We write about your request for records dated and received by the Department of Toxic Substances Control (DTSC) "
    "on November 30, 2026.",
    "Your public records request dated and received in our office on November 30, 2026 has been assigned number 26-1.",
])
def test_a_request_dated_and_received_by_a_long_named_office_is_received_that_day(received: str) -> None:
    assert P.RECEIVED_AFTER_OWN_DATE.search(received)
    assert [e.received for e in events_in(received + " The time to respond is extended by 14 days.",
                                          "December 8, 2026")][:1] == [dt.date(2026, 11, 30)]


@pytest.mark.parametrize("not_received", [
    # the records received, not the request; a request dated and mailed, not received
    "Your request covers invoices dated and received by the California Department of Forestry and Fire Protection on "
    "November 30, 2026.",
    "Your request for public records dated and mailed on November 30, 2026 is being processed.",
])
def test_records_dated_and_received_are_no_receipt_of_the_request(not_received: str) -> None:
    assert not P.RECEIVED_AFTER_OWN_DATE.search(not_received)


@pytest.mark.parametrize("received", [
    # h11: UMass Amherst's fee-waiver denial, the records asked for being payments
    "The University received your request under the Massachusetts Public Records Law, G. L. c. 66, § 10, on December "
    "3, 2026, for records of payments made by the University to outside consultants.",
    "The Town received your request on December 3, 2026, for all payment vouchers issued to the contractor.",
    "We received your request on December 3, 2026 for copies of payments made to vendors in fiscal year 2026.",
])
def test_payments_among_the_records_asked_for_leave_the_receipt(received: str) -> None:
    events = events_in(received + " The estimated fee is $150.00.", "December 17, 2026")
    assert [e.received for e in events][:1] == [dt.date(2026, 12, 3)]


@pytest.mark.parametrize("payment", [
    # the payment received, not the request
    "We received your payment on December 3, 2026, for records of the Board's meetings.",
    "The Town received your check on December 3, 2026, for copies of the minutes.",
])
def test_a_payment_received_is_no_receipt_of_the_request(payment: str) -> None:
    assert all(e.received is None for e in events_in(payment, "December 17, 2026"))


@pytest.mark.parametrize("as_written", [
    # h07: Ohio's R.C. 149.43(B)(2) denial of an overly broad request, with the chance to revise it
    "Accordingly, ODH denies your request as written pursuant to R.C. 149.43(B)(2).",
    "The Department must deny your request as currently worded.",
    "We deny the request in its current form because it is overly broad.",
])
def test_a_request_denied_only_as_written_is_no_denial(as_written: str) -> None:
    assert not P.DENIED.search(as_written)
    assert not P.RELEASE.search(as_written)


@pytest.mark.parametrize("denied", [
    "Accordingly, ODH denies your request pursuant to R.C. 149.43(A)(1)(a).",
    "The Department denies your request in full.",
    "We deny your request, as the records are confidential by law.",
])
def test_a_request_denied_outright_stays_denied(denied: str) -> None:
    assert P.DENIED.search(denied) or P.RELEASE.search(denied)


def test_an_ohio_request_denied_as_written_and_to_be_revised_asks_for_clarification() -> None:
    body = ("The Department received your public records request on December 2, 2026. A request for all "
            "communications that mention a subject is ambiguous and overly broad. Accordingly, the Department denies "
            "your request as written pursuant to R.C. 149.43(B)(2). To revise your request, please identify the "
            "employees whose email you would like searched and a narrower date range.")
    assert [e.kind for e in events_in(body, "December 8, 2026")] == [EventKind.ACKNOWLEDGED,
                                                                    EventKind.CLARIFICATION_REQUESTED]
_PARTLY = ("Upon that review, your appeal is granted in part and denied in part. The contracts (34 pages) will be "
           "released to you with the redaction of bank account numbers. {named} {kept}")


def _appeal_withheld(named: str, kept: str) -> int | None:
    found = [e for e in events_in(_PARTLY.format(named=named, kept=kept)) if e.kind is EventKind.APPEAL_DECISION]
    return found[0].pages_withheld if found else None


@pytest.mark.parametrize(("named", "kept"), [
    # the wording read (h04): the records' pages in brackets, then "these records" kept back in their entirety
    ("The query audit reports (58 pages) identify the case numbers, plate numbers and subjects of ongoing "
     "investigations.",
     "The Records Access Officer properly withheld these records in their entirety pursuant to Public Officers Law "
     "§ 87(2)(e)(i)."),
    # other wordings of the same idea
    ("The incident reports (58 pages) concern an open investigation.",
     "The Department correctly withheld them in full."),
    ("The witness statements (58 pages) are part of an active case file.",
     "They were properly withheld in their entirety under section 87(2)(e)(i)."),
])
def test_records_counted_in_brackets_then_rightly_withheld_are_pages_withheld(named: str, kept: str) -> None:
    assert _appeal_withheld(named, kept) == 58


@pytest.mark.parametrize(("named", "kept"), [
    # near misses: the records counted as found, or of every kind, or the finding denied
    ("The responsive records (58 pages) were located in the Detective Division.",
     "The Records Access Officer properly withheld these records in their entirety."),
    ("The records (58 pages) concern an open investigation.",
     "The Records Access Officer properly withheld these records in their entirety."),
    ("The incident reports (58 pages) concern an open investigation.",
     "I cannot find that the Records Access Officer properly withheld these records in their entirety."),
])
def test_records_counted_in_brackets_not_rightly_withheld_are_no_pages_withheld(named: str, kept: str) -> None:
    assert _appeal_withheld(named, kept) is None


def _loose_kinds(rights: str) -> list[EventKind]:
    """The kinds the loose reading finds in a partial release followed by *rights*."""
    body = ["Records released: 9 pages (incident report and supplemental narrative), released with redactions.",
            "911 audio (1 file) withheld.", rights]
    return [find.kind for find in read_loosely(body, dt.date(2026, 12, 16))]


@pytest.mark.parametrize("rights", [
    # the wording read (h08): the step to appeal told as a list's item after "you may:"
    '1. Submit to the Washtenaw County Board of Commissioners a written appeal that specifically states the word '
    '"appeal" and identifies the reason or reasons for reversal of the denial; or 2.',
    # other wordings of the same idea
    "Submit a written appeal to the head of the public body within 180 days.",
    "File an administrative appeal with the Director of the Department.",
    "2) Send your written appeal to the County Administrator, 220 N. Main Street.",
])
def test_the_step_to_appeal_told_leaves_a_first_answer_read(rights: str) -> None:
    assert _loose_kinds(rights) == [EventKind.FINAL_DETERMINATION]


@pytest.mark.parametrize("rights", [
    # near misses: an appeal that was made is a letter about the appeal, read by the precise rules only
    "You submitted a written appeal on December 1, 2026.",
    "Your written appeal was received by the Board of Commissioners on December 1, 2026.",
    "The Board of Commissioners has considered your appeal.",
])
def test_an_appeal_made_is_no_step_to_appeal(rights: str) -> None:
    assert _loose_kinds(rights) == []
