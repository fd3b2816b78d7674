"""Tracking and appeal numbers in the formats agencies use, labelled or not."""

from __future__ import annotations

import pytest
from intake_scoring import events_in

from foiatrack.intake.numbers import find_references, request_numbers_first
from foiatrack.intake.text import fold


def numbers(text: str) -> list[tuple[str, bool]]:
    return [(ref.number, ref.is_appeal) for ref in find_references(fold(text))]


@pytest.mark.parametrize(("text", "number"), [
    ("RE: ICE FOIA Case Number 2026-ICFO-31417", "2026-ICFO-31417"),
    ("Re: 2026-HQFO-00981", "2026-HQFO-00981"),
    ("has been assigned the tracking number CBP-FO-2026-087765.", "CBP-FO-2026-087765"),
    ("FOIPA Request No.: 1654321-000", "1654321-000"),
    ("COW2026000123456", "COW2026000123456"),
    ("Case Number: F-2026-01234", "F-2026-01234"),
    ("Regarding public records request P012345-020326: the cost", "P012345-020326"),
    ("File Number: 20260455", "20260455"),
    ("Request Number: 2026-18200", "2026-18200"),
    ("FOIL Request No.: FOIL-2026-008812", "FOIL-2026-008812"),
    ("Request No. CRM-300456789", "CRM-300456789"),
    ("FOIA Control Number: 26-FI-HQ-01422", "26-FI-HQ-01422"),
    ("Re: Public Information Request No. PIR-26-11873", "PIR-26-11873"),
    ("Your request has been assigned control number NRC2026054321.", "NRC2026054321"),
])
def test_request_numbers(text: str, number: str) -> None:
    assert numbers(text) == [(number, False)]


@pytest.mark.parametrize(("text", "number"), [
    ("Re: Appeal No. A-2026-02211", "A-2026-02211"),
    ("Your appeal has been assigned number A-2026-02211.", "A-2026-02211"),
    ("Re: ICE FOIA Appeal 2026-ICAP-00315", "2026-ICAP-00315"),
    ("Appeal Number: A-2026-00877", "A-2026-00877"),
])
def test_appeal_numbers(text: str, number: str) -> None:
    assert numbers(text) == [(number, True)]


@pytest.mark.parametrize("text", [
    "received on January 5, 2026; call 202-555-1234 about your request dated 01/05/2026",
    "excepted under section 552.101 of the Government Code; request 2026",
    "a request for 1,234 pages under 5 U.S.C. § 552(b)(6)",
])
def test_dates_phones_statutes_and_counts_are_not_numbers(text: str) -> None:
    assert numbers(text) == []


def test_each_number_once_in_order() -> None:
    text = "Re: Appeal No. A-2026-02211\nRequest No. 2026-18200\n\nYour appeal A-2026-02211 concerns 2026-18200."
    assert numbers(text) == [("A-2026-02211", True), ("2026-18200", False)]


def test_a_heading_line_that_is_only_a_number() -> None:
    text = "Agency\nWashington, DC 20535\n26-00471\nMarch 3, 2026\n(202) 555-1212\n\nDear Requester:\n\nSee 2026-01-01."
    assert numbers(text) == [("26-00471", False)]


def test_reference_labels() -> None:
    assert numbers("Our Ref: LAW-26-0091\n\nDear Requester") == [("LAW-26-0091", False)]
    assert numbers("Re: NextRequest #26-2210") == [("26-2210", False)]


@pytest.mark.parametrize(("text", "number"), [
    ("RE: FOIR #26-4318\n\nDear Mr. Achterberg:", "26-4318"),
    ("Your FOIR No. 26-0412 has been assigned to an analyst.", "26-0412"),
    ("Subject: FOIAR: 2026-00871 - records of the Board", "2026-00871"),
])
def test_a_freedom_of_information_request_abbreviated_labels_its_number(text: str, number: str) -> None:
    assert numbers(text) == [(number, False)]


def test_the_abbreviation_labels_no_date_or_count() -> None:
    # The near misses: a date and a count after it are not its number.
    assert numbers("We received your FOIR on 11/23/2026 and located 1,234 pages.") == []


@pytest.mark.parametrize(("text", "expected"), [
    ('Subject: FOIA Request P924417\n\nThe Department has reviewed your request, in which you requested "the complete '
     'Complaint Register file for Log No. 2026-0004471."', [("P924417", False)]),
    ("Re: Request 26-1187\n\nYou asked for: \u201cthe incident report in case number 26-054417 and its "
     "supplements.\u201d", [("26-1187", False)]),
    # The near miss: a number the office gives after the quotation is closed.
    ('You requested "the incident report for the crash on Route 9." Your request was assigned Request No. 26-2290.',
     [("26-2290", False)]),
])
def test_a_number_in_the_quotation_of_the_records_asked_for_is_theirs(text: str,
                                                                       expected: list[tuple[str, bool]]) -> None:
    assert numbers(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A number of a known shape, no label before it, in the quotation is the records' too
    ('This letter concerns your FOIA request for "the complete permit file for Department of the Army permit '
     'application SAM-2025-00618-JEB, including the joint public notice." Your request has been assigned FOIA number '
     'FA-27-0031.', [("FA-27-0031", False)]),
    ('Re: FOIA Request 2027-EPA-00733\n\nYou requested "all correspondence concerning enforcement case '
     'CAA-05-2026-0114 and the facility."', [("2027-EPA-00733", False)]),
    # The near miss: the same shape outside the quotation is still read
    ('You requested "the complete permit file for the Bayou La Batre marina." Your request is FA-27-0031; the permit '
     'application is SAM-2025-00618.', [("FA-27-0031", False), ("SAM-2025-00618", False)]),
])
def test_a_number_of_a_known_shape_in_the_quotation_of_the_records_asked_for_is_theirs(
        text: str, expected: list[tuple[str, bool]]) -> None:
    assert numbers(text) == expected


@pytest.mark.parametrize(("text", "number"), [
    ("RE: Access to Public Records Act Request \u2013 DEM-APRA-26-0613", "DEM-APRA-26-0613"),
    ("Subject: Public Records Request - PRR-2026-0412", "PRR-2026-0412"),
    ("Re: Open Records Request \u2014 ORR 26-1187", "ORR 26-1187"),
])
def test_a_request_number_after_a_dash_set_between_spaces(text: str, number: str) -> None:
    assert [ref.number for ref in find_references(fold(text)) if not ref.is_appeal] == [number]


def test_a_dash_after_an_appeal_label_names_no_appeal_number() -> None:
    # the subject names the appeal of the request whose number follows the dash
    references = find_references(fold("Subject: Acknowledgment of FOIA Appeal - 2026-F-09812"))
    assert not any(ref.is_appeal for ref in references)


@pytest.mark.parametrize(("text", "expected"), [
    # A letterhead's office in capitals above its street number: the line break ends the label's number
    ("RECORDS RESOURCE SECTION - FOIA UNIT\n7150 HARRIS DRIVE, DIMONDALE, MICHIGAN 48821\n\nFOIA Request No. "
     "2026-0018734", ["2026-0018734"]),
    ("OFFICE OF THE GENERAL COUNSEL - FOIA OFFICE\n1200 PENNSYLVANIA AVENUE NW\n\nRe: FOIA Request EPA-2026-004417",
     ["EPA-2026-004417"]),
    # The near miss: an office prefix on the same line as its number is still part of it
    ("Re: FOIA PRR 26-1402", ["PRR 26-1402"]),
])
def test_a_capital_prefix_and_a_number_on_different_lines_are_no_number(text: str, expected: list[str]) -> None:
    assert [ref.number for ref in find_references(fold(text)) if not ref.is_appeal] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # The case the records sought belong to, set after their description with a comma, the office's initials before
    # the word: not the request's number.
    ("This responds to your FOIA request of July 21, 2026, for a copy of the Report of Investigation (ROI) concerning "
     "the death of a Soldier at Fort Wainwright, Alaska, in February 2025, CID case number 0031-2025-CID241. Your "
     "request was assigned FOIA number FP-26-014417.", [("FP-26-014417", False)]),
    ("You asked for the incident reports about the collision on Route 9 on May 3, 2026, MPD case number 26-118734. "
     "Your request number is PRR-26-0412.", [("PRR-26-0412", False)]),
    ("We received your request for the records of the burglary at 12 Elm Street, incident number 26-4471. It is "
     "logged as request 26-0311.", [("26-0311", False)]),
    # The near misses: the case number the request itself was given.
    ("We received your request on May 3, 2026, case number 26-0019, for the reports.", [("26-0019", False)]),
    ("Your request for records of the investigation has been assigned case number 26-0012.", [("26-0012", False)]),
])
def test_a_case_named_after_the_records_sought_is_not_the_requests_number(text: str,
                                                                          expected: list[tuple[str, bool]]) -> None:
    assert numbers(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # An appeal numbered in four figures, the label naming it an appeal's number (the NSA/CSS Appeal Authority).
    ("FOIA Case: 121907\nAppeal No.: 5318\n2 December 2026", [("121907", False), ("5318", True)]),
    ("Your appeal was received on 15 September 2026 and has been assigned Appeal Number 5318.", [("5318", True)]),
    ("Re: FOIA Appeal # 4471", [("4471", True)]),
    # The near misses: four figures after a request's label, and a year after an appeal's.
    ("Re: FOIA Request No. 4471", []),
    ("Appeal No. 2026 of the Board's docket was heard in March.", []),
])
def test_an_appeal_number_of_four_figures_is_read_after_an_appeal_label(
        text: str, expected: list[tuple[str, bool]]) -> None:
    assert numbers(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A comma between the name and the number word: the SEC's "Re: Appeal, No. ..." above the request's number.
    ("Re: Appeal, No. 27-00058-APPS\n    Request No. 26-04851-FOIA",
     [("27-00058-APPS", True), ("26-04851-FOIA", False)]),
    ("Re: FOIA Appeal, Number 2026-AP-0058", [("2026-AP-0058", True)]),
    ("Re: Public Records Request, No. 26-1187", [("26-1187", False)]),
    # The near miss: a comma before a word that only begins like a number word.
    ("Your appeal, noted on 2026-11-03 in our log, is under review.", []),
])
def test_a_comma_may_set_the_number_word_apart_from_its_label(text: str, expected: list[tuple[str, bool]]) -> None:
    assert numbers(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # The number in square brackets after the request's label, as the DOJ Inspector General's subject line sets it.
    ("Subject: Freedom of Information/Privacy Act Request [26-OIG-612]", [("26-OIG-612", False)]),
    ("Subject: Freedom of Information/Privacy Act Requests [20-OIG-171]", [("20-OIG-171", False)]),
    ("Re: FOIA Request [No. 2026-00412]", [("2026-00412", False)]),
    # The near miss: a word in brackets after "requests" is no number.
    ("We answer requests [in the order received] within 20 days.", []),
])
def test_a_number_in_square_brackets_after_the_request_label(text: str, expected: list[tuple[str, bool]]) -> None:
    assert numbers(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # The case of the records sought, in brackets after them with the office's initials before the word, its number
    # in a shape a request's could have: not the request's number, and not read back by its shape.
    ("RE: Kansas Open Records Act Request, KBI Open Records No. 26-1187\n\nWe received your request for the complete "
     "KBI investigative file concerning the officer-involved shooting in Junction City on May 3, 2026 (KBI Case No. "
     "2026-OIS-018), including reports.", [("26-1187", False)]),
    ("Your request for the reports of the crash on Route 9 (GBI Case No. 2026-GBI-0411) was assigned "
     "tracking number ORR-26-2214.",
     [("ORR-26-2214", False)]),
    # The law's name for the records as the label, its number word after it.
    ("Re: Public Records No. 26-0418", [("26-0418", False)]),
    # The near misses: a request's case number in brackets after the request itself, and the law's name with no
    # number word after it.
    ("Your request (KBI Case No. 2026-KORA-018) is being processed.", [("2026-KORA-018", False)]),
    ("The Open Records Act 2026-11 amendments apply.", []),
])
def test_a_records_case_in_brackets_with_the_offices_initials_is_not_the_requests_number(
        text: str, expected: list[tuple[str, bool]]) -> None:
    assert numbers(text) == expected


@pytest.mark.parametrize(("subject", "tracking", "appeal"), [
    # The piece of an appeal's number read on its own ("2027-APP-00012") is not the request's number.
    ("SUBJECT: Freedom of Information Act Appeal, DLA-2027-APP-00012 (FOIA Case DLA-2026-HQ-004417)",
     "DLA-2026-HQ-004417", "DLA-2027-APP-00012"),
    ("Re: FOIA Appeal USDA-2027-APP-00031 (Request 2026-FS-06117-F)", "2026-FS-06117-F", "USDA-2027-APP-00031"),
    # The near miss: a request number standing apart from the appeal's, unlabelled, stays the request's.
    ("Re: Appeal DLA-2027-APP-00012, 2026-HQ-004417", "2026-HQ-004417", "DLA-2027-APP-00012"),
])
def test_a_piece_of_the_appeals_number_is_not_the_requests(subject: str, tracking: str, appeal: str) -> None:
    events = events_in(f"{subject}\n\nThis responds to your appeal. I affirm the withholding under Exemption 4.")
    assert [(event.tracking_number, event.appeal_number) for event in events] == [(tracking, appeal)]


@pytest.mark.parametrize(("text", "expected"), [
    # A review body's file under the subject of the petition or complaint it decides is the review's number, the
    # office's initials before the label and the subject run on to a second line (heldout342 h12, heldout346 h12).
    ("Re: Petition of Jane Roe for Disclosure of Records in the Possession of the\nOregon Department of Corrections\n"
     "DOJ File No. 137-006-GA1842-26\n", [("137-006-GA1842-26", True)]),
    ("Re: Inspection of Public Records Act Complaint – Doña Ana County Detention Center\nAG File No. OGD-26-0418\n",
     [("OGD-26-0418", True)]),
    # The near miss: a file under the subject of the request itself is the request's.
    ("Re: Your public records request for use of force reports\nFile No. 26-0418\n", [("26-0418", False)]),
])
def test_a_file_under_the_subject_of_a_petition_or_complaint_is_the_reviews(
        text: str, expected: list[tuple[str, bool]]) -> None:
    assert numbers(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # FERC: the appeal's number after "Appeal," under a bare "FOIA No.", the request's in brackets below it
    ("Re: Freedom of Information Act Appeal, FOIA No. FY27-A-0007\n    (Underlying Request FOIA No. FY26-0412)",
     [("FY27-A-0007", True), ("FY26-0412", False)]),
    ("Subject: FOIA Appeal: Case No. 2027-AP-014; Original Request No. 2026-0418",
     [("2027-AP-014", True), ("2026-0418", False)]),
    ("Re: FOIA Appeal, Control No. 2027-0007 (your request 2026-0412)",
     [("2027-0007", True), ("2026-0412", False)]),
    # near misses: no request's number after it (the appeal decided under the request's number), a request for
    # something else in the brackets, and a label that names the request
    ("Re: FOIA Appeal, FOIA No. FY26-0412", [("FY26-0412", False)]),
    ("Re: FOIA Appeal, FOIA No. FY26-0412 (Request for expedited processing)", [("FY26-0412", False)]),
    ("Re: Appeal, FOIA Request No. 26-0412 (Underlying Request No. 26-0413)",
     [("26-0412", False), ("26-0413", False)]),
])
def test_a_number_after_the_word_appeal_with_the_requests_number_after_it_is_the_appeals(
        text: str, expected: list[tuple[str, bool]]) -> None:
    assert numbers(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the City of Philadelphia's subject line: the requester's name, then the office's prefix and the number
    ("Re: Adebayo-Lindgren CP 2026-3318\n\nDear Ms. Adebayo-Lindgren:\n", [("CP 2026-3318", False)]),
    ("Subject: Maria Roe-Santos PD 26-04127\n\nDear Ms. Roe-Santos:\n", [("PD 26-04127", False)]),
    ("RE: O'Neill, PRR 26-1187\nDear Mr. O'Neill:\n", [("26-1187", False)]),
    # near misses: a court's caption (a docket, not the request), and a bill named on the subject line
    ("Re: Commonwealth v. Roe CP 2026-3318\n\nDear Ms. Roe:\n", []),
    ("Re: House Bill HB 2026-113 hearing\n\nDear Ms. Roe:\n", []),
    # ... and a subject that names the request or the appeal, read by its label as before
    ("Re: FOIL Appeal AP 26-3391\n\nDear Ms. Roe:\n", [("AP 26-3391", True)]),
])
def test_a_number_after_the_requesters_name_on_the_subject_line_is_the_requests(
        text: str, expected: list[tuple[str, bool]]) -> None:
    assert numbers(text) == expected


@pytest.mark.parametrize(("text", "first"), [
    # the office's filing code under a bare "File No.", the request's number on the subject line and said in the body
    # to be the one the request was assigned (heldout397 q01)
    ("December 7, 2026\nFile No.: 012.R18342\nRe: California Public Records Act Request No. R018342-111626\nDear Ms. "
     "Roe:\nThis letter is in response to your CPRA request received by the CHP on November 16, 2026, and assigned "
     "Request No. R018342-111626.", "R018342-111626"),
    ("Our File No. 2026-0412\nRe: Request No. PRR-26-1187\nDear Mr. Roe:\nYour request was given Request Number "
     "PRR-26-1187 on receipt.", "PRR-26-1187"),
    # near miss: the request's number never said to be the one the request was given; the file number stays first
    ("December 7, 2026\nFile No.: 012.R18342\nRe: Incident No. 26-118342\nDear Ms. Roe:\nThis letter answers your "
     "request received on November 16, 2026.", "012.R18342"),
])
def test_a_bare_file_number_goes_after_the_number_said_anywhere_to_be_the_requests(text: str, first: str) -> None:
    folded = fold(text)
    tracking = [ref.number for ref in request_numbers_first(find_references(folded), folded) if not ref.is_appeal]
    assert tracking[0] == first
