"""A plain letter or e-mail printed to PDF: the page wraps its long lines again, keeps no blank line between its
paragraphs and may break a sentence across two pages. What the rules read from it must be what they read from the
letter as written; and so for an e-mail saved or pasted into a Word document, its quoted history below it.

The letters below were read right as plain text and wrong once set as a PDF (the held-out sets' test files wrap a PDF's
lines at about 95 characters); each test names the layout that misled the reading, with a near miss.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from intake_scoring import LETTERS, differences
from letter_files import materialise

from foiatrack.exchange.correspondence import _join_pages
from foiatrack.intake.pages import PageCounts, read_pages
from foiatrack.intake.text import fold, sentences


def _texts(text: str) -> list[str]:
    return [s.text for s in sentences(fold(text))]


# Plain letters of the held-out sets that a PDF of the same text once read otherwise.
PRINTED = [
    ("heldout266", "i06-state-closed-litigation.txt"),
    ("heldout302", "v11-fcc-commercial-ack-estimate.txt"),
    ("heldout305", "x05-army-cid-roi-autopsy.txt"),
    ("heldout307", "h07-tx-edinburg-withdrawn.txt"),
    ("heldout314", "y10-tx-dps-withdrawn-govqa.txt"),
    ("heldout318", "w13-in-pac-opinion-late-but-proper.txt"),
    ("heldout326", "s10-eeoc-charge-file-partial-forward.txt"),
    ("heldout345", "h04-usace-tulsa-dam-records.txt"),
    ("heldout362", "n08-epa-r8-third-production.txt"),
    ("heldout374", "p04-eousa-final-bates.txt"),
    ("heldout398", "t03-dha-fee-estimate.txt"),
]


# Saved e-mails (replies, forwards, portal notices with their history) that a Word document of the same text once read
# otherwise.
PASTED_INTO_WORD = [
    ("heldout313", "w09-hud-fee-waiver-granted-reply.txt"),
    ("heldout314", "y10-tx-dps-withdrawn-govqa.txt"),
    ("heldout340", "h14-ice-partial-forwarded.txt"),
    ("heldout350", "h14-or-portland-closed-fee-unpaid.txt"),
    ("heldout390", "n02-oh-dayton-gmail-thread-release.txt"),
]


def _remade(folder: str, name: str, suffix: str, tmp_path: Path) -> Path:
    written = tmp_path / "written"
    written.mkdir()
    stem = name.removesuffix(".txt")
    (written / f"{stem}{suffix}.txt").write_text((LETTERS / folder / name).read_text(encoding="utf-8"),
                                                 encoding="utf-8")
    remade = materialise(written, f"{stem}{suffix}", tmp_path)
    assert remade.suffix == suffix
    return remade


def _expected(folder: str, name: str) -> dict[str, object]:
    return json.loads((LETTERS / folder / "expected.json").read_text(encoding="utf-8"))[name]


@pytest.mark.parametrize(("folder", "name"), PRINTED)
def test_a_plain_letter_printed_to_pdf_is_read_as_written(folder: str, name: str, tmp_path: Path) -> None:
    assert differences(_remade(folder, name, ".pdf", tmp_path), _expected(folder, name)) == []


@pytest.mark.parametrize(("folder", "name"), PASTED_INTO_WORD)
def test_an_email_pasted_into_word_is_read_as_its_newest_message(folder: str, name: str, tmp_path: Path) -> None:
    assert differences(_remade(folder, name, ".docx", tmp_path), _expected(folder, name)) == []


def test_a_last_word_wrapped_alone_after_a_comma_goes_on_with_its_sentence() -> None:
    text = ("The Department has been informed that this request is now the subject of a civil action,\n"
            "Coastal\n"
            "Migration Research Institute v. U.S. Department of State, No. 1:26-cv-22187 (S.D. Fla.).")
    assert len(_texts(text)) == 1
    # The near miss: a name alone under a closing line, which is no prose.
    assert _texts("Sincerely,\nMarisol\nFOIA Officer") != [" ".join(["Sincerely,", "Marisol", "FOIA Officer"])]


def test_a_line_after_one_ending_on_a_word_no_sentence_ends_on_goes_on() -> None:
    text = ("This letter acknowledges that the Federal Communications Commission (FCC) received your\n"
            "Freedom of Information Act\n"
            "(FOIA) request on November 24, 2026, for all informal complaints filed against Skyreach.")
    assert len(_texts(text)) == 1
    # The near miss: a heading after a sentence that ended.
    text = ("This letter acknowledges that the Federal Communications Commission (FCC) received it.\n"
            "Freedom of Information Act\n"
            "(FOIA) Fees")
    assert len(_texts(text)) == 3


@pytest.mark.parametrize("text", [
    "The ROI has been reviewed and is being released to you in part, as follows:\n"
    "a. 122 pages are released with portions redacted.",
    "The records located, and the action taken on each, are listed below as they were found.\n"
    "(b) The autopsy report (14 pages) is withheld in its entirety.",
])
def test_a_lettered_item_stands_apart_from_the_line_before_it(text: str) -> None:
    before, item = text.split("\n")
    assert _texts(text)[0] == before
    assert " ".join(_texts(text)[1:]) == item


def test_a_letter_in_the_middle_of_a_sentence_is_no_item() -> None:
    text = "Records were released to you under\na. separate cover letter dated December 1, 2026."
    assert len(_texts(text)) == 1


@pytest.mark.parametrize("text", [
    "Dear Ms. Villarreal-Obuya,\nOn November 6, 2026, the City of Edinburg provided you with an itemized statement.",
    "Message sent on: 12/04/2026\n--- Please respond above this line ---\n"
    "RE: PUBLIC INFORMATION REQUEST of October 26, 2026, Reference # R041966-102626\nDear Evander Moreau-Achterberg,",
    "*** This is an automated message from the City of Edinburg Public Records Center. ***\n"
    "Public Information Request :: R002719-110526",
])
def test_a_salutation_and_a_banner_each_stand_alone(text: str) -> None:
    assert _texts(text) == text.split("\n")


def test_a_comma_that_ends_a_line_of_prose_still_runs_on() -> None:
    # The near miss: a line ending on a comma that is no salutation runs on.
    text = "Dear as these records are to the family,\nwe cannot release them."
    assert len(_texts(text)) == 1


def test_what_a_colon_at_a_line_end_introduces_stands_apart() -> None:
    text = ("As agreed with you on July 14, 2026, the Region has processed the responsive records in three\n"
            "productions. For your reference, the productions made on your request are summarized below:\n"
            "Production 1 (September 30, 2026): 250 pages reviewed; 214 pages released in full.")
    assert _texts(text)[-1] == "Production 1 (September 30, 2026): 250 pages reviewed; 214 pages released in full."
    # The near miss: a colon inside the line, the sentence going on in lower case on the next.
    text = "The fee is calculated as follows: 2 hours of search at $40.00 per hour for\nthe records you asked for."
    assert len(_texts(text)) == 1


def test_each_row_of_a_fee_statement_stands_apart_from_its_total() -> None:
    text = ("Search: 18 hours at the professional rate of $48.00 per hour = $864.00\n"
            "Less two hours of search time provided without charge = ($96.00)\n"
            "Duplication: records will be released electronically = $0.00\n"
            "Total estimated fees: $768.00")
    assert _texts(text)[-1] == "Total estimated fees: $768.00"
    # The near miss: a sentence that states a sum and goes on in lower case on the next line.
    assert len(_texts("The fee of 2 hours at $48.00 per hour = $96.00\nis waived because it is under $100.00.")) == 1


def test_a_long_line_of_office_names_opened_by_an_article_is_no_heading() -> None:
    text = ("Your request was received on September 10, 2026.\n"
            "The Dam Safety Section of the Engineering and Construction Division and the Operations\n"
            "Division searched for records responsive to your request.")
    assert _texts(text)[-1] == ("The Dam Safety Section of the Engineering and Construction Division and the "
                                "Operations Division searched for records responsive to your request.")
    # The near miss: a short heading that starts with an article still stands alone.
    assert "The Records Withheld" in _texts("Your request was received.\nThe Records Withheld\nTwo reports.")


def test_a_dates_comma_inside_a_clause_does_not_part_a_count_from_its_verb() -> None:
    counts = PageCounts()
    read_pages("(a) Twelve (12) pages of incident reports relating to an incident of June 22, 2026 have been "
               "withheld in their entirety.", counts)
    assert (counts.withheld_full, counts.released_full) == (12, None)
    # The near miss: the date opens the sentence, its comma a pause before the count's own clause.
    counts = PageCounts()
    read_pages("We released 12 pages in full on June 22, 2026, and have withheld 3 pages in full.", counts)
    assert (counts.released_full, counts.withheld_full) == (12, 3)


def test_a_page_broken_off_in_a_line_of_prose_joins_the_next() -> None:
    pages = ["This office has applied the following exemptions to the records withheld in full and in part:\n"
             "5 U.S.C. § 552(b)(3), in conjunction with Rule 6(e) of the Federal Rules of Criminal\n",
             "Procedure, which protects matters occurring before a grand jury;\n"]
    assert "\n\n" not in _join_pages(pages)
    # ... and a page that ends on a word no sentence ends on, whatever the next starts with
    assert "\n\n" not in _join_pages(["If you are not satisfied with my response, you may appeal by writing to the "
                                      "Director, Office of Information Policy, United States Department of\n",
                                      "Justice, 441 G Street, NW, Washington, D.C. 20530."])
    # The near misses: a page that starts with its running head, and a short line at the foot of a page.
    assert "\n\n" in _join_pages([pages[0], "Ms. Jane Doe, December 3, 2026, Page 2\nProcedure, which protects"])
    assert "\n\n" in _join_pages(["Sincerely,\nMarisol Vega, FOIA Officer\n", "Enclosures, which are listed here"])
