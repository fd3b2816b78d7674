"""The four-hundred-and-sixty-third held-out set: 14 letters (letters/heldout463) from the less common offices of the
Departments of Homeland Security and Justice, across a request's whole life, in the formats they really send: a
Secret Service acknowledgement (PDF) with a search-fee estimate and a table of the fees; a TSA final response releasing
19 pages in full; a FEMA final response in Word, released in part with a table of the records and 14 pages referred to
the Army Corps of Engineers; a Coast Guard e-mail carrying the first interim release of a marine casualty file; a DHS
Office of Inspector General acknowledgement invoking the 10-day extension; an Office of Intelligence and Analysis final
response (PDF) under Exemptions 1, 3 and 6; a CBP letter asking a trade lawyer to perfect a request that does not
reasonably describe the records; a U.S. Marshals Service e-mail acknowledging a lawyer's request and granting expedited
processing; an EOIR release of a record of proceedings in full; a Bureau of Prisons acknowledgement in Word denying an
inmate's fee waiver; an ATF e-mail acknowledging a request with unusual circumstances and an expected completion date;
a DOJ Inspector General no-records answer; a scanned EOUSA interim release; and an Office of Information Policy appeal
decision remanding a BOP request for a further search.

- t01-usss-ack-fee-estimate.pdf: Secret Service, file 20270741, received November 30, 2026; search fee estimated at
  $480.00 (12 billable hours at $40), 30 working days to agree or narrow; a second page with the fee table.
- t02-tsa-final-full.txt: TSA FOIA Branch, 2027-TSFO-00274, 19 pages released in their entirety, no exemptions.
- t03-fema-final-partial-referral.docx: FEMA Disclosure Branch, 2027-FEFO-00266, 232 pages found: 188 in full, 24 in
  part, 6 withheld in full under Exemptions 5 and 6; 14 pages referred to USACE; a table of the records.
- t04-uscg-first-interim.eml: Coast Guard (CG-6P), 2027-CGFO-00153, first interim release: 148 pages, 97 in full, 34 in
  part, 17 withheld in full under Exemptions 5, 6 and 7(C).
- t05-dhs-oig-ack-extension.txt: DHS OIG, 2027-IGFO-00094, received December 3, 2026; the 10-day extension of 5 U.S.C.
  552(a)(6)(B) invoked for a wide search and a consultation with ICE; the fee waiver deferred.
- t06-ia-final-partial.pdf: I&A, 2026-IAFO-00311, 69 pages: 58 released in part, 11 withheld in full under Exemptions
  1, 3 (50 U.S.C. 3024(i)(1)) and 6.
- t07-cbp-clarification.txt: CBP FOIA Division, CBP-FO-2027-014372, received December 1, 2026; the request does not
  reasonably describe the records (6 C.F.R. 5.3(b)); four questions, 30 working days before administrative closure.
- t08-usms-ack-expedite-granted.eml: USMS Office of General Counsel, 2027-USMS-000318, received December 4, 2026;
  expedited processing granted under 28 C.F.R. 16.5(e)(1)(i).
- t09-eoir-final-full.txt: EOIR Office of the General Counsel, 2027-12487, record of proceedings of 312 pages released
  in full on a disc.
- t10-bop-ack-fee-waiver-denied.docx: BOP FOIA/PA Section, 2027-01947, received December 3, 2026; complex track; fee
  waiver denied under 28 C.F.R. 16.10(k); a table of the items requested.
- t11-atf-ack-extension.eml: ATF Disclosure Division, 2027-0261, received December 7, 2026; unusual circumstances,
  completion expected by February 26, 2027.
- t12-doj-oig-no-records.txt: DOJ OIG Office of the General Counsel, 27-OIG-118, no records located.
- t13-eousa-interim-scanned.pdf: EOUSA, EOUSA-2027-000437, scanned interim release: 96 pages, 44 in full, 37 in part,
  15 withheld in full under (b)(5), (b)(6) and (b)(7)(C).
- t14-oip-appeal-bop-remanded.txt: OIP, appeal A-2027-00427 of BOP request 2026-06213, remanded for a further search.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- t01 Secret Service fee estimate: the Service's FOIA pages on requests and fees ($25 firm commitment, fee categories,
  notice before charges), https://www.secretservice.gov/foia/fees, https://www.secretservice.gov/foia/request and
  http://www.secretservice.gov/foia_request.shtml (Communications Center (FOI/PA), 245 Murray Lane, Building T-5), and
  6 C.F.R. 5.11, https://www.ecfr.gov/current/title-6/chapter-I/part-5
- t02 TSA final response in full: 6 C.F.R. part 5 and the TSA FOIA Branch letters of earlier sets,
  https://www.ecfr.gov/current/title-6/chapter-I/part-5
- t03 FEMA final response: the DHS component final-response template ("produced a total of ... pages", "withheld in
  full pursuant to Title 5 U.S.C. § 552(b)(5) and (b)(6)", the $25 minimum, OGIS), as in the CRCL release
  https://pt.scribd.com/document/69643317/Responsive-Documents-CRCL-12-002, and 6 C.F.R. 5.4(d) on referrals.
- t04 Coast Guard interim release: Commandant (CG-6P), Stop 7710, and the interim response letters of the Office of
  Investigations and Casualty Analysis, https://maritimelegalaid.com/foia/uscg-foia-appeal-2-cg-inv, and the Coast
  Guard's process guide for requesters, https://bayfury.com/how-to-check-us-coast-guard-licence-1656
- t05 DHS OIG extension: the DHS acknowledgement template ("Per Section 5.5(a) of the DHS FOIA regulations ...",
  "will invoke a 10-day extension for your request, as allowed by Title 5 U.S.C. 552(a)(6)(B)", "of substantial
  interest to two or more components"), https://pt.scribd.com/document/69643317/Responsive-Documents-CRCL-12-002
- t06 I&A final response: the same DHS final-response template with Exemptions 1 and 3 (National Security Act,
  50 U.S.C. 3024(i)(1)) and the DHS Privacy Office appeal address, https://www.ecfr.gov/current/title-6/chapter-I/part-5
- t07 CBP request not reasonably described: CBP's "too broad in scope or did not specifically identify the records"
  letters, https://www.muckrock.com/news/archives/2017/aug/07/CBP-too-broad/, CBP request numbers,
  https://www.muckrock.com/foi/united-states-of-america-10/foia-outliers-queues-high-volume-procedures-fifo-exceptions-unusual-circumstances-united-states-customs-and-border-protection-74789/,
  and importers' requests to CBP, https://www.lawcustoms.com/2014/01/13/drafting-freedom-of-information-act-foia-letter/
- t08 USMS expedite granted: the Marshals Service's FOIA pages (records on prisoners in USMS custody, Certification of
  Identity, appeals to OIP and OGIS), https://usmarshals.gov/es/node/3746 and
  https://foia.usmarshals.gov/app/Home.aspx, and 28 C.F.R. 16.5(e),
  https://www.ecfr.gov/current/title-28/chapter-I/part-16
- t09 EOIR record of proceedings: 28 C.F.R. part 16 and the EOIR releases of earlier sets.
- t10 BOP fee-waiver denial: 28 C.F.R. 16.10(k), https://www.ecfr.gov/current/title-28/chapter-I/part-16, the BOP
  tracks ("simple, complex, or expedited ... first-in, first-out"), and the DOJ appeal paragraph on the Marshals
  Service's page, https://usmarshals.gov/es/node/3746
- t11 ATF unusual circumstances: 5 U.S.C. 552(a)(6)(B)(i) and 28 C.F.R. 16.5(c), and the ATF Disclosure Division
  letters of earlier sets.
- t12 DOJ OIG no records: the Department's standard appeal and OGIS paragraphs,
  https://usmarshals.gov/es/node/3746, and 28 C.F.R. part 16.
- t13 EOUSA interim release: the EOUSA FOIA/PA Staff letters of earlier sets and 28 C.F.R. part 16.
- t14 OIP remand: OIP's appeal decisions ("After carefully considering your appeal, I am remanding your request ...",
  "this Office's decision was made only after a full review of this matter", OGIS paragraph), and court records of
  BOP search disputes, https://docs.justia.com/cases/federal/district-courts/colorado/codce/1:2007cv02303/104649/74

Sealed measurement: written blind on a branch of its own and kept out of the rules' reach while the round's fixes were
made, then scored once after them, at 1fe02651: 13 of 14 fully right. Wrong were:
- t13 (t13-eousa-interim-scanned.pdf): tracking ['EQUSA-2027-000437'] != EOUSA-2027-000437, the scan's O read as
  Q, so the letter was not matched to its request.
After general fixes (a scanned letter's number that differs from one request's own number only where OCR takes
look-alike characters for one another, O, Q, D and 0, I, l and 1, S and 5, B and 8, matches that request when no other
could be meant, and is logged as the request's number: "Request Number: EOUSA-2027-000437" read by OCR as
"EQUSA-2027-000437" matches EOUSA-2027-000437), 14 of 14.
"""

from __future__ import annotations

import datetime as dt

import pytest
from intake_scoring import set_tests

from foiatrack.intake import Letter
from foiatrack.services import intake
from foiatrack.services.agencies import AgencyChanges, add_agency, list_agencies
from foiatrack.services.attachments import FileContent
from foiatrack.services.requests import NewRequest, RequestFields, file_request
from foiatrack.store.database import Database

SET = "heldout463"
# What the rules reached on this set when it was scored once, sealed (13); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


_SCANNED = ("U.S. Department of Justice\n\nDecember 22, 2026\n\nRequest Number: {number}\n\nDear Requester:\n\n"
            "This is an interim response to your request. We are releasing 44 pages in full and 37 pages in part.\n\n"
            "Sincerely,\nFOIA Staff\n")


def _read_scan(db: Database, number: str, source: str = "ocr") -> intake.IntakeItem:
    """A scanned letter printing *number*, matched against the requests of *db*."""
    content = FileContent(filename="scan.pdf", data=number.encode(), media_type="application/pdf",
                          sha256=f"{hash(number) & 0xFFFFFFFF:064x}")
    return intake.propose_content(db, content, label="scan.pdf",
                                  letter=Letter(text=_SCANNED.format(number=number), source=source))


def _file(db: Database, agency: str, number: str) -> int:
    if agency not in {a.name for a in list_agencies(db)}:
        add_agency(db, AgencyChanges(name=agency, jurisdiction="US"))
    return file_request(db, NewRequest(agencies=(agency,), fields=RequestFields(subject=f"Records {number}"),
                                       sent_on=dt.date(2026, 1, 5), tracking_number=number))[0]


@pytest.mark.parametrize(("own", "scanned"), [
    ("EOUSA-2027-000437", "EQUSA-2027-000437"),  # t13: the O of the office's prefix read as Q
    ("EOUSA-2027-000437", "E0USA-2027-000437"),  # ... as a nought
    ("2027-ICFO-03318", "2027-1CFO-03318"),  # an I read as a one
    ("DOS-2026-11852", "D0S-2026-11852"),
    ("NARA-NGC-26-0118", "NARA-NGC-26-O118"),  # a nought in the figures read as O
    ("USCBP-2027-004512", "U5CBP-2027-004512"),  # S read as 5
    ("OSD-BSR-2027-0311", "OSD-8SR-2027-0311"),  # B read as 8
])
def test_a_scans_misread_number_matches_its_request(db: Database, own: str, scanned: str) -> None:
    earlier = _file(db, "Office A", "OLD-01-0001")
    request = _file(db, "Office B", own)
    item = _read_scan(db, scanned)
    assert (item.request_id, item.matched_by) == (request, "tracking_number+ocr")
    assert item.request_id != earlier
    # The request's own number is the one logged, not the scan's misreading.
    assert item.proposal.tracking_numbers[0] == own
    assert {e.tracking_number for e in item.proposal.events} == {own}


@pytest.mark.parametrize(("own", "scanned"), [
    ("EOUSA-2027-000437", "EOUSA-2027-000487"),  # one figure for another is another request
    ("EOUSA-2027-000437", "EQUSA-2027-000438"),
    ("EOUSA-2027-000437", "EXUSA-2027-000437"),  # X is nothing OCR takes an O for
    ("EOUSA-2027-000437", "EQUSQ-2Q27-Q00437"),  # more than two characters wrong: too far to be sure
    ("DOS-1185", "D0S-1185"),  # too short to tell requests apart
])
def test_a_number_that_is_no_misreading_matches_nothing(db: Database, own: str, scanned: str) -> None:
    _file(db, "Office A", "OLD-01-0001")
    _file(db, "Office B", own)
    assert _read_scan(db, scanned).request_id is None


@pytest.mark.parametrize(("own", "scanned"), [
    ("EOUSA-2027-000318", "EOQUSA-2027-000318"),  # set 500 v11: the O's strokes read twice, as O and Q
    ("USCIS-2027-004417", "USCIIS-2027-004417"),  # an I read twice
    ("2027-ICFO-03318", "2027-ILCFO-03318"),  # an I read as I and L
    ("DOS-2026-11852", "DOSS-2026-11852"),
])
def test_a_scans_number_with_a_letter_read_twice_matches_its_request(db: Database, own: str, scanned: str) -> None:
    _file(db, "Office A", "OLD-01-0001")
    request = _file(db, "Office B", own)
    item = _read_scan(db, scanned)
    assert (item.request_id, item.matched_by) == (request, "tracking_number+ocr")
    assert item.proposal.tracking_numbers[0] == own
    assert {e.tracking_number for e in item.proposal.events} == {own}


@pytest.mark.parametrize(("own", "scanned"), [
    ("EOUSA-2027-000318", "EOXUSA-2027-000318"),  # X looks like no O
    ("EOUSA-2027-000318", "EOQUSA-2027-0003188"),  # a figure added: another number
    ("EOUSA-2027-000318", "EOUSA-2027-0000318"),
    ("EOUSA-2027-000318", "EOQUSA-2027-000319"),  # a letter added and a figure changed: too far
    ("DOS-11852", "DOSS-11852"),  # too short to tell requests apart
    ("NARA-NGC-26-0118", "NARA-NGCG-26-0118"),  # C is nothing OCR takes a G for
])
def test_a_scans_number_with_more_than_a_letter_read_twice_matches_nothing(db: Database, own: str,
                                                                           scanned: str) -> None:
    _file(db, "Office A", "OLD-01-0001")
    _file(db, "Office B", own)
    assert _read_scan(db, scanned).request_id is None


def test_a_letter_read_twice_that_two_requests_could_be_matches_neither(db: Database) -> None:
    # "EOQUSA-..." less its O is "EQUSA-...", less its Q "EOUSA-...": both requests could be meant.
    _file(db, "Office A", "EOUSA-2027-000318")
    _file(db, "Office B", "EQUSA-2027-000318")
    assert _read_scan(db, "EOQUSA-2027-000318").request_id is None


def test_a_typed_number_with_a_letter_more_is_taken_as_printed(db: Database) -> None:
    # Near miss: an office that types "EOQUSA" means another number; only a scan's OCR reads strokes twice.
    _file(db, "Office A", "OLD-01-0001")
    _file(db, "Office B", "EOUSA-2027-000318")
    assert _read_scan(db, "EOQUSA-2027-000318", source="text layer").request_id is None


def test_a_misreading_two_requests_could_be_matches_neither(db: Database) -> None:
    # "EOUSA-..." and "EDUSA-..." are both what a scan could read as "EQUSA-...": the number decides nothing.
    _file(db, "Office A", "EOUSA-2027-000437")
    _file(db, "Office B", "EDUSA-2027-000437")
    assert _read_scan(db, "EQUSA-2027-000437").request_id is None


def test_a_number_typed_or_from_a_text_layer_is_taken_as_printed(db: Database) -> None:
    # Near miss: only a scan's OCR misreads; a PDF's text layer or an e-mail prints what the office typed.
    _file(db, "Office A", "OLD-01-0001")
    _file(db, "Office B", "EOUSA-2027-000437")
    assert _read_scan(db, "EQUSA-2027-000437", source="text layer").request_id is None


def test_a_number_printed_right_still_matches_as_printed(db: Database) -> None:
    _file(db, "Office A", "OLD-01-0001")
    request = _file(db, "Office B", "EOUSA-2027-000437")
    item = _read_scan(db, "EOUSA-2027-000437")
    assert (item.request_id, item.matched_by) == (request, "tracking_number")
