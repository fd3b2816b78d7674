"""The appeal office a decision letter names: address blocks, inline addresses, e-mail, portals; never OGIS
mediation or a court; a partial address stays empty with the reason."""

from __future__ import annotations

from pathlib import Path

import pytest
from letter_files import pdf_bytes

from foiatrack.exchange.correspondence import read_bytes
from foiatrack.intake.appeal_office import AppealOffice, find_appeal_office

LETTERS = Path(__file__).parent / "letters" / "appeal_offices"


def office(name: str) -> AppealOffice | None:
    return find_appeal_office((LETTERS / name).read_text(encoding="utf-8"))


def test_ice_address_block_after_to() -> None:
    found = office("ice-final.txt")
    assert found is not None
    assert found.address.splitlines() == [
        "U.S. Immigration and Customs Enforcement", "Office of the Principal Legal Advisor",
        "U.S. Department of Homeland Security", "500 12th Street SW, Mail Stop 5900", "Washington, DC 20536-5900"]
    assert found.email == "" and found.url == ""  # ogis@nara.gov and the Public Liaison's e-mail are not it
    assert found.evidence.startswith("Should you wish to do so, you must send your appeal")
    assert "Washington, DC 20536-5900" in found.evidence and not found.unsure


def test_cbp_securerelease_portal_and_inline_mailing_address() -> None:
    found = office("cbp-final.txt")
    assert found is not None
    assert found.url == "https://securerelease.us/"
    assert found.address.splitlines() == [
        "FOIA Appeals", "Policy and Litigation Branch", "U.S. Customs and Border Protection",
        "90 K Street NE, 10th Floor", "Washington, DC 20229-1177"]
    assert "College Park" not in found.address and "SecureRelease" in found.evidence


@pytest.mark.parametrize(("name", "first", "last", "email", "url"), [
    ("dhs-privacy-final.txt", "Associate General Counsel (General Law)", "Washington, DC 20528-0485",
     "foia.appeals@hq.dhs.gov", ""),
    ("uscis-final.txt", "USCIS FOIA/PA Appeals Office", "Lee's Summit, MO 64064-2139", "",
     "https://first.uscis.gov/"),
    ("dod-final.txt", "ODCMO Directorate for Oversight and Compliance", "Alexandria, VA 22350-1700",
     "osd.foia-appeal@mail.mil", ""),
    ("hud-final.txt", "Office of the General Counsel", "Washington, DC 20410-0500", "FOIA-Appeals@hud.gov", ""),
    ("nih-final.txt", "Deputy Agency Chief FOIA Officer", "Washington, DC 20201", "",
     "https://requests.publiclink.hhs.gov/"),
])
def test_agency_letters(name: str, first: str, last: str, email: str, url: str) -> None:
    found = office(name)
    assert found is not None
    lines = found.address.splitlines()
    assert (lines[0], lines[-1]) == (first, last)
    assert (found.email, found.url) == (email, url)
    assert found.evidence and not found.unsure


def test_nih_letter_names_ogis_and_the_liaison_first_but_the_appeal_office_is_hhs() -> None:
    found = office("nih-final.txt")
    assert found is not None
    assert "Government Information Services" not in found.address and "Liaison" not in found.address
    assert "ogis@nara.gov" not in (found.email, found.evidence)


@pytest.mark.parametrize("name", ["ogis-only.txt", "court-only.txt"])
def test_ogis_mediation_or_a_court_is_not_an_appeal_office(name: str) -> None:
    assert office(name) is None


def test_office_without_a_complete_address_stays_empty_with_the_reason() -> None:
    found = office("partial-office.txt")
    assert found is not None and not found.found
    assert found.address == "" and "FEMA FOIA Appeals Officer" in found.unsure["address"]
    assert "City, ST ZIP" in found.unsure["address"]
    assert found.to_json()["address"] is None


def test_inline_address_wrapped_as_a_pdf_text_layer_wraps_it() -> None:
    text = ("You may appeal this decision. Your appeal must be sent to: U.S. Immigration and Customs\n"
            "Enforcement, Office of the Principal Legal Advisor, U.S. Department of Homeland Security, 500 12th\n"
            "Street, S.W., Mail Stop 5900, Washington, D.C. 20536-5900, within 90 working days.")
    found = find_appeal_office(text)
    assert found is not None
    assert found.address.splitlines() == [
        "U.S. Immigration and Customs Enforcement", "Office of the Principal Legal Advisor",
        "U.S. Department of Homeland Security", "500 12th Street, S.W.", "Mail Stop 5900",
        "Washington, D.C. 20536-5900"]


@pytest.mark.parametrize(("text", "lines"), [
    ("Your appeal must be in writing. Your appeal should be addressed to:\nAdministrator, USDA-APHIS, c/o Director, "
     "Freedom of Information and Privacy Act Office, 4700\nRiver Road, Unit 50, Riverdale, MD 20737-1232. Please "
     "clearly mark the envelope \"FOIA Appeal.\"",
     ["Administrator", "USDA-APHIS", "c/o Director", "Freedom of Information and Privacy Act Office",
      "4700 River Road", "Unit 50", "Riverdale, MD 20737-1232"]),
    ("Appeals must be mailed to:\nthe Chief FOIA Officer, U.S. Department of Commerce, 1401 Constitution\nAvenue "
     "NW, Room 61014, Washington, DC 20230, within 90 days of the date of this letter.",
     ["Chief FOIA Officer", "U.S. Department of Commerce", "1401 Constitution Avenue NW", "Room 61014",
      "Washington, DC 20230"]),
    # The colon after the words that lead in is no part of the office's name.
    ("You may appeal this determination by writing to: the Chief FOIA Officer, U.S. Department of Commerce, 1401 "
     "Constitution Avenue NW, Room 61014, Washington, DC 20230, within 90 days.",
     ["Chief FOIA Officer", "U.S. Department of Commerce", "1401 Constitution Avenue NW", "Room 61014",
      "Washington, DC 20230"]),
])
def test_an_inline_address_wrapped_just_after_the_colon(text: str, lines: list[str]) -> None:
    found = find_appeal_office(text)
    assert found is not None and found.address.splitlines() == lines and not found.unsure


def test_a_wrapped_sentence_with_no_zip_after_the_colon_stays_empty() -> None:
    # The near miss: the sentence runs on after the colon but names no City, ST ZIP.
    for text in ("Your appeal should be mailed to:\nthe Department's FOIA Appeals Officer, within 90 days of the date "
                 "of this letter.",
                 "You may appeal by writing to: the Department's FOIA Appeals Officer, within 90 days."):
        found = find_appeal_office(text)
        assert found is not None and found.address == "" and "FOIA Appeals Officer" in found.unsure["address"]


def test_letter_without_appeal_paragraph_names_no_office() -> None:
    assert find_appeal_office("We received your request on May 2, 2026 and assigned it number 2026-ICFO-1.") is None
    # An appeal acknowledgement names the appeal, not where to send one.
    assert find_appeal_office("This acknowledges receipt of your appeal dated June 1, 2026. Your appeal has "
                              "been assigned number 2026-ICAP-00440.") is None


def test_url_of_the_regulations_is_not_a_portal() -> None:
    found = find_appeal_office("You may appeal within 90 days; the procedures are at https://www.ecfr.gov/"
                               "current/title-6/part-5 and you may submit your appeal by e-mail to "
                               "appeals@agency.gov.")
    assert found is not None and found.url == "" and found.email == "appeals@agency.gov"


@pytest.mark.parametrize("path", [
    "heldout11/q12-oip-appeal-ack.txt",  # "Re: Appeal No." under the requester's own e-mail address
    "heldout16/v05-ice-appeal-ack.eml.txt",  # From: ICE FOIA Appeals <…>: the sender, not an instruction
    "heldout6/h79-va-appeal-ack.eml.txt",
    "heldout11/q23-ice-appeal-remand.txt",  # "remanded to the ICE FOIA Office": not where to appeal
])
def test_letters_that_only_mention_an_appeal_name_no_office(path: str) -> None:
    assert find_appeal_office((LETTERS.parent / path).read_text(encoding="utf-8")) is None


def test_doj_component_letter_naming_oip_without_its_address_leaves_it_empty() -> None:
    found = find_appeal_office((LETTERS.parent / "heldout16" / "v02-fbi-no-records.txt").read_text(encoding="utf-8"))
    assert found is not None and not found.found
    assert "Director, Office of Information Policy" in found.unsure["address"]


def test_doj_letter_with_oips_address_and_its_star_portal() -> None:
    text = ("You may administratively appeal by writing to the Director, Office of Information Policy (OIP), United "
            "States\nDepartment of Justice, 441 G Street, NW, 6th Floor, Washington, D.C. 20530, or you may submit "
            "an appeal through\nOIP's FOIA STAR portal by creating an account following the instructions on OIP's "
            "website:\nhttps://www.justice.gov/oip/submit-and-track-request-or-appeal. Your appeal must be "
            "postmarked or electronically\ntransmitted within 90 days of the date of my response to your request.")
    found = find_appeal_office(text)
    assert found is not None
    assert found.address.splitlines()[-2:] == ["441 G Street, NW, 6th Floor", "Washington, D.C. 20530"]
    assert found.url == "https://www.justice.gov/oip/submit-and-track-request-or-appeal"


@pytest.mark.parametrize("name", ["ice-final.txt", "cbp-final.txt", "dod-final.txt"])
def test_the_same_letter_as_a_pdf_text_layer(name: str) -> None:
    text = (LETTERS / name).read_text(encoding="utf-8")
    letter = read_bytes(name.replace(".txt", ".pdf"), pdf_bytes(text), label=name)
    assert letter.source == "text layer"
    as_pdf, as_text = find_appeal_office(letter.text), find_appeal_office(text)
    assert as_pdf is not None and as_text is not None
    assert (as_pdf.address, as_pdf.email, as_pdf.url) == (as_text.address, as_text.email, as_text.url)
