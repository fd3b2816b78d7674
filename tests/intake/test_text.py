"""Dates, counts, money and sentences as agencies print them."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from foiatrack.intake.text import count_value, dates_in, fold, money, sentences


@pytest.mark.parametrize(("text", "expected"), [
    ("January 8, 2026", dt.date(2026, 1, 8)),
    ("Jan. 8, 2026", dt.date(2026, 1, 8)),
    ("Sept. 30, 2026", dt.date(2026, 9, 30)),
    ("8 January 2026", dt.date(2026, 1, 8)),
    ("01/08/2026", dt.date(2026, 1, 8)),
    ("1/8/26", dt.date(2026, 1, 8)),
    ("2026-01-08", dt.date(2026, 1, 8)),
    ("December 3rd, 2026", dt.date(2026, 12, 3)),
])
def test_dates_in_every_common_spelling(text: str, expected: dt.date) -> None:
    assert [value for value, _ in dates_in(f"received on {text}.")] == [expected]


def test_impossible_dates_are_not_dates() -> None:
    assert dates_in("February 30, 2026 and 13/45/2026") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("10", 10), ("1,234", 1234), ("ten", 10), ("ten (10)", 10), ("twenty-five", 25), ("thirty", 30),
    ("several", None), ("ten-thirty", None),
])
def test_counts_in_figures_and_words(text: str, expected: int | None) -> None:
    assert count_value(text) == expected


def test_money() -> None:
    assert money("1,042.5") == Decimal("1042.50")


def test_fold_joins_hyphenated_line_breaks_and_plain_quotes() -> None:
    assert fold("the esti-\nmated \u201ccost\u201d\u00a0is") == 'the estimated "cost" is'


@pytest.mark.parametrize(("text", "folded"), [
    # A letterhead's last line that ends in a hyphen keeps apart from the date below it.
    ("Gaithersburg, Maryland 20899-\nDecember 2, 2026", "Gaithersburg, Maryland 20899-\nDecember 2, 2026"),
    ("Washington, DC 20530-\nNov. 30, 2026", "Washington, DC 20530-\nNov. 30, 2026"),
    # The near miss: a word broken across lines whose second half begins like a month still joins.
    ("We have decided to de-\nclassify them and to re-\nmarket the report", "We have decided to declassify them and to "
     "remarket the report"),
])
def test_fold_keeps_a_date_apart_from_the_hyphen_ending_the_line_above(text: str, folded: str) -> None:
    assert fold(text) == folded


def test_sentences_keep_statute_abbreviations_and_split_letterhead_lines() -> None:
    text = fold("U.S. Department of State\nJanuary 12, 2026\n\nWe extend under 5 U.S.C. 552(a)(6)(B). "
                "Your request No. 12345 is open.")
    found = [s.text for s in sentences(text)]
    assert found == ["U.S. Department of State", "January 12, 2026",
                     "We extend under 5 U.S.C. 552(a)(6)(B).", "Your request No. 12345 is open."]


@pytest.mark.parametrize(("text", "expected"), [
    # A weekday abbreviated before its date keeps the sentence whole ...
    ("We will respond on or before Thu. December 3, 2026. Thank you.",
     ["We will respond on or before Thu. December 3, 2026.", "Thank you."]),
    ("The records will be ready Mon. 12/7/2026. Thank you.",
     ["The records will be ready Mon. 12/7/2026.", "Thank you."]),
    # ... but a sentence that ends on the word still ends there.
    ("The box of records sat. December was busy.", ["The box of records sat.", "December was busy."]),
])
def test_a_weekday_abbreviated_before_its_date_does_not_end_the_sentence(text: str, expected: list[str]) -> None:
    assert [s.text for s in sentences(fold(text))] == expected


def test_sentence_offsets_point_into_the_text() -> None:
    text = fold("Dear Requester:\n\nFirst one here. Second one there.")
    for sentence in sentences(text):
        assert text[sentence.start:sentence.start + len(sentence.text)].replace("\n", " ") == sentence.text


def test_each_bulleted_item_is_a_sentence_of_its_own() -> None:
    text = fold("We located 150 pages, processed as follows:\n\u2022 Released in full: 120 pages\n"
                "\u2022 Released in part: 18 pages\n- Withheld in full: 12 pages\nWe used Exemption 6.")
    assert [s.text for s in sentences(text)] == [
        "We located 150 pages, processed as follows:", "\u2022 Released in full: 120 pages",
        "\u2022 Released in part: 18 pages", "- Withheld in full: 12 pages", "We used Exemption 6."]
    # A dash inside a line that wraps is no bullet: the sentence goes on across the line break.
    wrapped = fold("The records - which we found in two offices -\nwere sent to you on May 4, 2026.")
    assert [s.text for s in sentences(wrapped)] == [
        "The records - which we found in two offices - were sent to you on May 4, 2026."]


@pytest.mark.parametrize(("text", "expected"), [
    # figures set in a column by spaces or tabs, under a heading row
    ("Disposition          Pages\nReleased in full       120\nReleased in part        18\nWithheld in full        12",
     "Disposition | Pages\nReleased in full | 120\nReleased in part | 18\nWithheld in full | 12"),
    ("Pages released in full\t120 pages\nPages withheld in full\t12 pages",
     "Pages released in full | 120 pages\nPages withheld in full | 12 pages"),
    # a PDF's text layer that gives each cell its own line, the label above its figure
    ("Released in full\n120\nReleased in part\n18\nWithheld in full\n12",
     "Released in full | 120\nReleased in part | 18\nWithheld in full | 12"),
    # a single line with a figure after a gap is no table: an address keeps its postal code
    ("Office of Information Policy\nWashington, DC      20530\nDear Requester:",
     "Office of Information Policy\nWashington, DC 20530\nDear Requester:"),
    # nor is a count on the line after a sentence's end
    ("We reviewed the files.\n12\nThank you.", "We reviewed the files.\n12\nThank you."),
])
def test_a_table_in_columns_keeps_its_cells_apart(text: str, expected: str) -> None:
    assert fold(text) == expected


@pytest.mark.parametrize(("text", "count"), [
    ("Your request for the report prepared by Sgt. Jones is granted. The records are enclosed.", 2),
    ("Your request for the records of the Dept. Of Corrections is denied.", 1),
    ("The report of Det. Smith and Lt. Ramos is withheld in full. Nothing else is held.", 2),
    ("Records from the Harlan Co. Sheriff's Office are enclosed.", 1),
    # The near miss: a sentence that ends on a word like them, not abbreviated.
    ("The records were sent to the Department. Co-workers were not named.", 2),
])
def test_offices_and_ranks_abbreviated_end_no_sentence(text: str, count: int) -> None:
    assert len(sentences(text)) == count


@pytest.mark.parametrize(("text", "joined"), [
    # A PDF line wrapped inside a citation: the word that leads a number, a title's number before its code, or a
    # law's name going on.
    ("The requested records are withheld in full under Section\n552.108 of the Texas Government Code.", True),
    ("Portions of the report are redacted under Title\n5 U.S.C. § 552(b)(7)(C).", True),
    ("Names are redacted under 5\nU.S.C. § 552(b)(6) to protect privacy.", True),
    ("The file is withheld in full pursuant to Subsection\n(b)(16) of the Right-to-Know Law.", True),
    ("The records are exempt under the Georgia Open Records\nAct, O.C.G.A. § 50-18-72(a)(4).", True),
    # The near misses: a heading above its text, an address, a letterhead, a list's item.
    ("Exemption 6\n5 U.S.C. § 552(b)(6) protects personal privacy.", False),
    ("U.S. Department of Homeland Security\n500 12th Street SW", False),
    ("Freedom of Information Act Request\nCode Enforcement Records", False),
])
def test_a_line_wrapped_inside_a_citation_is_joined_to_the_next(text: str, joined: bool) -> None:
    assert (len(sentences(text)) == 1) is joined


@pytest.mark.parametrize(("text", "count"), [
    # A plain-text letter printed to PDF on a narrower page: what was left of a long line starts in lower case and
    # its sentence goes on past the next line break.
    ("Pennsylvania Right-to-Know Law (RTKL), 65 P.S. 67.101. Your request was received by\nthe DEP Open\n"
     "Records Officer on November 23, 2026.", 2),
    ("This letter responds to your request for records of the Board of Parole, which was forwarded to\nthe Office of "
     "Open\nRecords on March 3, 2026.", 1),
    # ... or in capitals, a name the page broke, after a full line of prose
    ("This advisory opinion is in response to your formal complaint alleging the Delaware County\nSheriff's Office\n"
     "(\"Sheriff\") violated the Access to Public Records Act.", 1),
    # ... and a federal title's code before its section on the next line
    ("Pursuant to 29 CFR\n70.25(c), WHD is therefore extending the time limit by an additional ten working days.", 1),
    # The near misses: a letterhead's lines are short, and a web address under an address starts no sentence going on
    ("NEW YORK STATE DEPARTMENT OF TRANSPORTATION, RECORDS ACCESS OFFICE, ALBANY NEW YORK\nwww.dot.ny.gov\n"
     "KATHY HOCHUL, Governor", 2),
    # ... nor a form's fields, each on its own line
    ("Description: Inspection reports and licensee event reports for the Palisades Nuclear Plant restart, 2025-2026\n"
     "Track: Complex\nEstimated completion: January 15, 2027", 2),
    # ... nor does a short line in lower case after a sentence that ended
    ("Our office will respond to your request within the time the law allows, as it always does.\nsee attached "
     "schedule\nRecords Officer", 2),
])
def test_the_rest_of_a_line_wrapped_again_goes_on_with_its_sentence(text: str, count: int) -> None:
    assert len(sentences(text)) == count


@pytest.mark.parametrize(("text", "rows"), [
    # The rows of an itemised statement stand apart from the line that introduces them and from a rule under them
    ("The estimated fees for processing your request are calculated as follows:\nSearch time (professional) 5.5 "
     "hours x $46.00 = $253.00\nLess two free hours -2.0 hours x $46.00 = ($92.00)\n---------\nEstimated total "
     "$187.00", ["Search time (professional) 5.5 hours x $46.00 = $253.00", "Estimated total $187.00"]),
    ("The charges are itemised below:\nReview, 3 hours at $30.00 per hour ........ $90.00\n=====\nTotal due $90.00",
     ["Review, 3 hours at $30.00 per hour ........ $90.00", "Total due $90.00"]),
])
def test_an_itemised_statements_rows_stand_apart(text: str, rows: list[str]) -> None:
    found = [s.text for s in sentences(text)]
    assert all(row in found for row in rows)


def test_a_hyphen_that_wraps_a_word_still_joins_its_lines() -> None:
    # The near miss: a word broken at a hyphen is no rule line
    assert len(sentences("The Department of Environmental Pro-\nTection received your request.")) == 1


@pytest.mark.parametrize(("text", "expected"), [
    # a bracketed sentence ends where its bracket closes after the stop: California's citation after its sentence
    ("The balance favours withholding. (Gov. Code, sec. 7922.000.) Please be advised that the denial is in writing.",
     ["The balance favours withholding.", "(Gov. Code, sec. 7922.000.)",
      "Please be advised that the denial is in writing."]),
    ("The file is exempt. (Gov. Code, § 7923.600, subd. (a).) You may seek review.",
     ["The file is exempt.", "(Gov. Code, § 7923.600, subd. (a).)", "You may seek review."]),
    # ... not a stop inside a bracket that closes mid-sentence
    ("See the index (Attachment A.) The fee is $5.", ["See the index (Attachment A.) The fee is $5."]),
])
def test_a_bracketed_sentence_ends_after_its_bracket(text: str, expected: list[str]) -> None:
    assert [s.text for s in sentences(text)] == expected


@pytest.mark.parametrize(("text", "count"), [
    # a code named in full ends its sentence before one opening on the article
    ("The City asked for a ruling under section 552.301 of the Government Code. A copy of the request is enclosed.", 2),
    ("These are exempt under section 7927.705 of the Government Code. A list of the redactions follows.", 2),
    # ... not a citation going on after the code's name
    ("Under Ala. Code. A 1975 § 36-12-40 the records are public.", 1),
])
def test_a_code_named_in_full_ends_before_a_sentence_opening_on_a(text: str, count: int) -> None:
    assert len(sentences(text)) == count


@pytest.mark.parametrize(("text", "heading"), [
    # A PDF's text layer keeps no blank line around a heading, however long the heading.
    ("The Department has determined to deny access to the records, as explained below.\n"
     "Exemption 7(A) - Records Compiled for Law Enforcement Purposes, Pending Investigation\n"
     "Section 708(b)(16) of the RTKL exempts records of an agency relating to a criminal investigation.",
     "Exemption 7(A) - Records Compiled for Law Enforcement Purposes, Pending Investigation"),
    ("We have completed our review of the records responsive to your request.\n"
     "RECORDS WITHHELD UNDER THE DELIBERATIVE PROCESS PRIVILEGE AND ATTORNEY WORK PRODUCT\n"
     "Twelve pages of draft memoranda are withheld in full under Exemption 5.",
     "RECORDS WITHHELD UNDER THE DELIBERATIVE PROCESS PRIVILEGE AND ATTORNEY WORK PRODUCT"),
    ("Your request has been processed under the Public Information Act.\n"
     "Information Excepted from Disclosure Under Section 552.101 of the Government Code\n"
     "The City has redacted the social security numbers of its employees.",
     "Information Excepted from Disclosure Under Section 552.101 of the Government Code"),
])
def test_a_long_heading_without_blank_lines_ends_its_own_sentence(text: str, heading: str) -> None:
    assert heading in [s.text for s in sentences(text)]


def test_a_wrapped_line_of_prose_is_no_heading() -> None:
    # The near miss: a plain-text e-mail's line wrapped mid-sentence, its words in lower case.
    text = ("The records you asked for are enclosed.\n"
            "The Department of Public Safety Records Division has completed its search and located\n"
            "Twelve Incident Reports, which are enclosed.")
    assert [s.text for s in sentences(text)] == [
        "The records you asked for are enclosed.",
        "The Department of Public Safety Records Division has completed its search and located Twelve Incident "
        "Reports, which are enclosed."]


@pytest.mark.parametrize("block", [
    # a saved Outlook message: a subject too long to stand alone by its length, over the attachments line
    "Subject: RE: Freedom of Information Act Request 2021-ICFO-01234 - Acknowledgement of Receipt and Extension\n"
    "Attachments: 2021-ICFO-01234 Ack.pdf",
    # a memorandum's header in capitals
    "TO: Records Custodian, Office of the Sheriff, Records and Identification Division, Room 210\n"
    "DATE: November 30, 2026",
])
def test_each_field_of_a_header_block_is_a_sentence_of_its_own(block: str) -> None:
    assert [s.text for s in sentences(fold(block))] == block.split("\n")


def test_a_long_line_that_only_mentions_a_subject_still_runs_on() -> None:
    # a sentence wrapped at "the subject:" is one sentence, not two header fields
    text = ("We have searched the records of the Office of Investigations for documents on the subject:\n"
            "to: and from: lines of the messages were redacted under Exemption 6.")
    assert len(sentences(fold(text))) == 1
