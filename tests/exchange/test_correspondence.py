"""Reading letters from the files agencies send; every failure is one line naming the file."""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal
from email.message import EmailMessage
from pathlib import Path

import pytest
from scans import OCR_MISSING, ocr_installed, scanned_pdf

from foiatrack.core.errors import UserError
from foiatrack.exchange import correspondence
from foiatrack.exchange.correspondence import read_correspondence, without_quoted_history
from foiatrack.intake import understand

LETTER = ("United States Secret Service\n\nFebruary 27, 2026\n\nFile Number: 20260455\n\nThis is the final response "
          "to your request. 41 pages are released in full and 7 pages are withheld in full under (b)(6).")


def pdf_bytes(lines: list[str]) -> bytes:
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=letter)
    y = 720
    for line in lines:
        page.drawString(72, y, line)
        y -= 16
    if not lines:
        page.rect(72, 72, 300, 300, fill=1)  # a "scan": marks, no text
    page.save()
    return buffer.getvalue()


def test_pdf_text_layer(tmp_path: Path) -> None:
    path = tmp_path / "letter.pdf"
    path.write_bytes(pdf_bytes(LETTER.replace("\n\n", "\n").split("\n")))
    letter = read_correspondence(path)
    assert letter.source == "text layer"
    event = understand(letter).events[0]
    assert (event.date, event.pages_released, event.pages_withheld) == (dt.date(2026, 2, 27), 41, 7)


def test_scanned_pdf_without_ocr_says_how_to_install_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(correspondence, "ocr_available", lambda: False)
    path = tmp_path / "scan.pdf"
    path.write_bytes(pdf_bytes([]))
    with pytest.raises(UserError) as error:
        read_correspondence(path)
    message = error.value.message
    assert "scan.pdf" in message and "no text layer" in message and "tesseract" in message.lower()
    assert "\n" not in message


def test_eml_reads_body_headers_and_attached_pdf(tmp_path: Path) -> None:
    message = EmailMessage()
    message["From"] = "FOIA Office <foia@agency.example.gov>"
    message["Subject"] = "Your FOIA request 2026-ICFO-31417"
    message["Date"] = "Mon, 09 Mar 2026 10:00:00 -0500"
    message.set_content("Please see the attached letter.")
    message.add_attachment(pdf_bytes(["March 6, 2026", "This acknowledges receipt of your request, which was",
                                      "received on March 3, 2026."]), maintype="application", subtype="pdf",
                           filename="ack.pdf")
    path = tmp_path / "mail.eml"
    path.write_bytes(bytes(message))
    letter = read_correspondence(path)
    assert (letter.sender, letter.date, letter.subject) == ("foia@agency.example.gov", dt.date(2026, 3, 9),
                                                            "Your FOIA request 2026-ICFO-31417")
    assert "attachment ack.pdf" in letter.source and "email body" in letter.source
    proposal = understand(letter)
    assert proposal.tracking_numbers == ["2026-ICFO-31417"]
    event = proposal.events[0]
    # The attached letter's own date, not the e-mail's.
    assert (event.date, event.received) == (dt.date(2026, 3, 6), dt.date(2026, 3, 3))


def test_html_only_email(tmp_path: Path) -> None:
    path = tmp_path / "h.eml"
    path.write_text("From: a@b.gov\nDate: Mon, 09 Mar 2026 10:00:00 -0500\nContent-Type: text/html\n\n"
                    "<p>We are taking a <b>10-day extension</b>.</p>", encoding="utf-8")
    assert understand(read_correspondence(path)).events[0].extension_days == 10


HTML_EXEMPTIONS = ("<p>FEMA reviewed 40 pages and released 31 pages in part. Information has been withheld under the "
                   "following exemptions of the FOIA, 5 U.S.C. &sect; 552(b):</p>\n<table border=\"1\">\n"
                   "<tr><th>Exemption</th><th>Basis</th></tr>\n{rows}</table>\n<p>Sincerely,</p>")


@pytest.mark.parametrize("rows", [
    "<tr><td>(b)(5)</td><td>Deliberative process privilege.</td></tr>\n"
    "<tr><td>(b)(6)</td><td>Personal information, including the names of junior staff.</td></tr>\n",
    # ... cells on lines of their own, and a header cell beside a data cell
    "<tr>\n  <th>(b)(5)</th>\n  <td>Draft memoranda.</td>\n</tr>\n"
    "<tr>\n  <th>(b)(6)</th>\n  <td>Names of staff.</td>\n</tr>\n",
])
def test_an_html_tables_cells_are_read_between_bars_as_a_word_tables_are(tmp_path: Path, rows: str) -> None:
    # A row of an HTML table is one line, its cells between bars: "(b)(6) | Personal information ..." is a row of the
    # table the withholding introduced, as in a Word letter.
    path = tmp_path / "h.eml"
    path.write_text("From: a@b.gov\nDate: Mon, 30 Nov 2026 10:00:00 -0500\nContent-Type: text/html\n\n"
                    + HTML_EXEMPTIONS.format(rows=rows), encoding="utf-8")
    letter = read_correspondence(path)
    assert "(b)(6) | " in letter.text
    assert list(understand(letter).events[0].exemptions) == ["(b)(5)", "(b)(6)"]


def test_html_cells_of_one_cell_rows_and_paragraphs_get_no_bars(tmp_path: Path) -> None:
    # The near miss: a table of one cell a row (a letterhead set in a table) and plain paragraphs are read as before.
    path = tmp_path / "h.eml"
    path.write_text("From: a@b.gov\nDate: Mon, 30 Nov 2026 10:00:00 -0500\nContent-Type: text/html\n\n"
                    "<table><tr><td>Forest Service</td></tr><tr><td>Pacific Northwest Region</td></tr></table>"
                    "<p>No records responsive to your request were located.</p>", encoding="utf-8")
    assert "|" not in read_correspondence(path).text


def test_docx(tmp_path: Path) -> None:
    from docx import Document

    document = Document()
    for paragraph in LETTER.split("\n\n"):
        document.add_paragraph(paragraph)
    path = tmp_path / "letter.docx"
    document.save(str(path))
    letter = read_correspondence(path)
    assert letter.source == "docx" and understand(letter).events[0].pages_released == 41


def test_txt_in_windows_encoding(tmp_path: Path) -> None:
    path = tmp_path / "l.txt"
    path.write_bytes(LETTER.replace("Secret", "Secret\u2019s").encode("cp1252"))
    assert "Secret's" in read_correspondence(path).text.replace("\u2019", "'")


@pytest.mark.parametrize(("name", "content", "words"), [
    ("missing.pdf", None, "no such file"),
    ("empty.txt", b"", "empty"),
    ("photo.jpg", b"\xff\xd8", "not a letter format"),
    ("broken.pdf", b"%PDF-1.4 nonsense", "not a readable PDF"),
    ("broken.docx", b"PK nonsense", "not a readable Word"),
    ("broken.msg", b"not an outlook file", "Outlook"),
])
def test_unreadable_files_are_one_line_errors(tmp_path: Path, name: str, content: bytes | None, words: str) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(UserError) as error:
        read_correspondence(path)
    assert words in error.value.message and name in error.value.message and "\n" not in error.value.message


def test_outlook_message_through_extract_msg(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The .msg reader's use of extract-msg (body, sender, date, subject, attached PDF); the library itself
    is stood in for, as no Outlook file can be written here."""
    import sys
    import types

    attachment = types.SimpleNamespace(longFilename="letter.pdf", data=pdf_bytes(["March 6, 2026",
                                       "This acknowledges receipt of your request."]))
    message = types.SimpleNamespace(body="See the attached letter.", htmlBody=None, sender="FOIA <foia@x.gov>",
                                    date=dt.datetime(2026, 3, 9, 10, 0), subject="Re: 2026-ICFO-31417",
                                    attachments=[attachment], close=lambda: None)
    fake = types.ModuleType("extract_msg")
    fake.openMsg = lambda data: message  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "extract_msg", fake)
    path = tmp_path / "mail.msg"
    path.write_bytes(b"\xd0\xcf\x11\xe0 outlook")
    letter = read_correspondence(path)
    assert (letter.sender, letter.date, letter.subject) == ("foia@x.gov", dt.date(2026, 3, 9), "Re: 2026-ICFO-31417")
    proposal = understand(letter)
    assert proposal.tracking_numbers == ["2026-ICFO-31417"] and proposal.events[0].date == dt.date(2026, 3, 6)


@pytest.mark.skipif(not ocr_installed(), reason=OCR_MISSING)
def test_scanned_letter_is_read_by_ocr(tmp_path: Path) -> None:
    """A real scan path: an image-only PDF (no text layer) is read by Tesseract and understood."""
    text = (Path(__file__).parents[1] / "intake" / "letters" / "heldout12" / "r02-bop-partial.txt").read_text(
        encoding="utf-8")
    path = tmp_path / "scan.pdf"
    path.write_bytes(scanned_pdf(text))
    assert correspondence._pdf_text_layer(path.read_bytes(), "scan.pdf").strip() == ""  # truly no text layer
    letter = read_correspondence(path)
    assert letter.source == "ocr"
    proposal = understand(letter)
    [event] = proposal.events
    assert proposal.tracking_numbers[:1] == ["2026-03391"]
    assert (event.kind.value, event.date, event.pages_released, event.pages_withheld) == (
        "final_determination", dt.date(2026, 7, 7), 53, 5)
    assert event.exemptions == ("(b)(7)(C)", "(b)(7)(E)", "(b)(7)(F)")


@pytest.mark.parametrize(("user_setting", "tesseract_gets"), [(None, "1"), ("4", "4")])
def test_tesseract_runs_one_thread_a_page_unless_the_user_says_otherwise(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, user_setting: str | None, tesseract_gets: str) -> None:
    """Tesseract's OpenMP threads spin on a busy laptop and make a page several times slower; a limit the user set
    is theirs to keep."""
    if user_setting is None:
        monkeypatch.delenv("OMP_THREAD_LIMIT", raising=False)
    else:
        monkeypatch.setenv("OMP_THREAD_LIMIT", user_setting)
    monkeypatch.setattr(correspondence, "ocr_available", lambda: True)
    monkeypatch.setattr(correspondence.shutil, "which", lambda program: None if program == "ocrmypdf" else program)
    environments = {}

    def run(command: list[str], **options: object) -> object:
        folder = Path(command[-1]).parent
        if command[0] == "pdftoppm":
            (folder / ("page-1.tif" if "-tiff" in command else "page-1.png")).write_bytes(b"")
            return type("Done", (), {"returncode": 0, "stdout": b""})()
        environments[command[0]] = options.get("env")
        return type("Done", (), {"returncode": 0, "stdout": b"Page one of the letter."})()

    monkeypatch.setattr(correspondence.subprocess, "run", run)
    assert correspondence._ocr(b"%PDF-1.4", "scan.pdf") == "Page one of the letter."
    assert environments["tesseract"]["OMP_THREAD_LIMIT"] == tesseract_gets


@pytest.mark.parametrize(("tesseract_says", "processes"), [
    (b"Page one of the letter.\n\fPage two of the letter.\n", 1),
    (b"Page one of the letter.\n\fPage two of the letter.\n\f", 1),
    # Pages that do not come back one for one (a page separator of the user's own) are read one process a page.
    (b"Page one of the letter.\n--Page two of the letter.\n", 3),
])
def test_the_pages_of_a_scan_are_read_by_one_tesseract_process(
        monkeypatch: pytest.MonkeyPatch, tesseract_says: bytes, processes: int) -> None:
    """Each tesseract process loads its language model again, a tenth of reading a page: the pages of a letter are
    given to one process as a list, and their texts come back a form feed apart."""
    monkeypatch.setattr(correspondence, "ocr_available", lambda: True)
    monkeypatch.setattr(correspondence.shutil, "which", lambda program: None if program == "ocrmypdf" else program)
    read: list[list[str]] = []

    def run(command: list[str], **options: object) -> object:
        if command[0] == "pdftoppm":
            for number in (1, 2):
                Path(command[-1]).with_name(f"page-{number}.tif").write_bytes(b"")
            return type("Done", (), {"returncode": 0, "stdout": b""})()
        read.append(command)
        if command[1].endswith(".txt"):
            assert [Path(line).name for line in Path(command[1]).read_text().splitlines()] == [
                "page-1.tif", "page-2.tif"]
            return type("Done", (), {"returncode": 0, "stdout": tesseract_says})()
        return type("Done", (), {"returncode": 0, "stdout": f"Page {command[1][-5]} alone.".encode()})()

    monkeypatch.setattr(correspondence.subprocess, "run", run)
    text = correspondence._ocr(b"%PDF-1.4", "scan.pdf")
    assert len(read) == processes
    assert text == ("Page one of the letter.\n\fPage two of the letter.\n" if processes == 1
                    else "Page 1 alone.\fPage 2 alone.")


def test_ocr_blank_lines_inside_a_paragraph_are_joined() -> None:
    text = "The estimated\n\ncost is $142.80, based on the\n\nhourly rate.\n\nSincerely,\n\nOfficer"
    assert correspondence._rejoin_lines(text) == ("The estimated\ncost is $142.80, based on the\nhourly rate.\n\n"
                                                  "Sincerely,\n\nOfficer")


def test_a_real_outlook_file_with_an_attached_letter() -> None:
    """data/dhs-oig-fee-letter.msg is a real compound-file Outlook message (CDFV2, written by a pure-Python MSG
    writer, not by Outlook itself): body, sender properties, delivery time, subject and a PDF letter attached.
    It is read here by the real extract-msg, not a stand-in."""
    letter = read_correspondence(Path(__file__).parent / "data" / "dhs-oig-fee-letter.msg")
    assert letter.source == "email body + attachment fee-letter.pdf (text layer)"
    assert (letter.sender, letter.date) == ("foia.oig@oig.dhs.gov", dt.date(2026, 3, 26))
    assert letter.subject == "DHS-OIG FOIA Request 2026-IGFO-00244 - fee estimate"
    proposal = understand(letter)
    assert proposal.tracking_numbers[:1] == ["2026-IGFO-00244"]
    assert [(e.kind.value, e.amount) for e in proposal.events] == [("fee_estimate", Decimal("1890.00"))]


def test_an_outlook_display_name_is_no_sender_address() -> None:
    class Message:
        sender = "DHS OIG FOIA"
        senderEmail = None

        def getStringStream(self, name: str) -> str | None:  # extract-msg's name
            return "foia@agency.example.gov" if name == "__substg1.0_5D01" else None

    assert correspondence._msg_sender(Message()) == "foia@agency.example.gov"
    Message.getStringStream = lambda self, name: None  # type: ignore[method-assign,assignment]
    assert correspondence._msg_sender(Message()) == ""


def test_docx_tables_are_read_in_their_place_one_line_a_row(tmp_path: Path) -> None:
    from docx import Document

    document = Document()
    document.add_paragraph("The records are released as follows:")
    table = document.add_table(rows=2, cols=2)
    for row, (label, count) in zip(table.rows, [("Released in full", "212"), ("Withheld in full", "17")],
                                   strict=True):
        row.cells[0].text, row.cells[1].text = label, count
    merged = document.add_table(rows=1, cols=3)
    merged.rows[0].cells[0].merge(merged.rows[0].cells[1]).text = "Total"
    merged.rows[0].cells[2].text = "229"
    document.add_paragraph("Sincerely,")
    path = tmp_path / "table.docx"
    document.save(str(path))
    assert read_correspondence(path).text.split("\n") == [
        "The records are released as follows:", "Released in full | 212", "Withheld in full | 17", "Total | 229",
        "Sincerely,"]


def _letter_with_letterhead(tmp_path: Path, letterhead: list[str], *, first_page_only: bool) -> Path:
    from docx import Document

    document = Document()
    section = document.sections[0]
    if first_page_only:
        # A letterhead on the first page alone; the later pages carry a running header of their own.
        section.different_first_page_header_footer = True
        section.header.paragraphs[0].text = "Page 2 and after"
    header = section.first_page_header if first_page_only else section.header
    header.paragraphs[0].text = letterhead[0]
    for line in letterhead[1:]:
        header.add_paragraph(line)
    for paragraph in LETTER.split("\n\n"):
        document.add_paragraph(paragraph)
    path = tmp_path / "letterhead.docx"
    document.save(str(path))
    return path


@pytest.mark.parametrize("first_page_only", [False, True])
def test_a_word_letterhead_kept_in_the_page_header_is_read_first(tmp_path: Path, first_page_only: bool) -> None:
    letterhead = ["Federal Communications Commission", "Washington, D.C. 20554"]
    text = read_correspondence(_letter_with_letterhead(tmp_path, letterhead, first_page_only=first_page_only)).text
    assert text.split("\n")[:2] == letterhead
    assert "Page 2 and after" not in text


def test_a_word_letter_without_a_page_header_reads_its_body_alone(tmp_path: Path) -> None:
    from docx import Document

    document = Document()
    document.add_paragraph("Body only.")
    path = tmp_path / "plain.docx"
    document.save(str(path))
    assert read_correspondence(path).text == "Body only."


REPLY = ("Hello Mr. Rivera,\n\nAttached are 38 pages of records responsive to your request. This completes our "
         "response.\n\n")


@pytest.mark.parametrize("history", [
    "-----Original Message-----\nFrom: Alex Rivera <a@r.org>\nSent: Tuesday, October 6, 2026 10:02 AM\n\nI intend to "
    "appeal.\n",
    "From: Alex Rivera <a@r.org>\nSent: Tuesday, October 6, 2026 10:02 AM\nTo: PRA\n\nI intend to appeal.\n",
    "On Tue, Oct 6, 2026 at 10:02 AM Alex Rivera <a@r.org>\nwrote:\n> I intend to appeal.\n",
    "________________________________\nFrom: Alex Rivera\nI intend to appeal.\n",
    "________________________________\n\nTo: PRA\nFrom: Alex Rivera\nSubject: Request\n\nI intend to appeal.\n",
    "_______________________________________\nSent: Tuesday, October 6, 2026 10:02 AM\nI intend to appeal.\n",
])
def test_a_replys_quoted_history_is_not_the_agencys_words(history: str) -> None:
    assert without_quoted_history(REPLY + history) == REPLY.rstrip() + "\n"


@pytest.mark.parametrize("body", [
    # A forwarded message is what is being sent, not history.
    REPLY + "---------- Forwarded message ---------\nFrom: FOIA Office\nDate: Oct 6, 2026\n\nYour appeal is denied.\n",
    # Too little above the quote to be the message, and no attachment: the quoted text may be the letter itself.
    "See below.\n\n-----Original Message-----\nFrom: FOIA Office\nSent: Oct 6, 2026\n\nYour appeal is denied.\n",
    REPLY,
    # A rule of underscores above a letter pasted into the message parts the covering note from the letter sent.
    REPLY + "______________________________\n\nSTATE OF MICHIGAN\nDEPARTMENT OF STATE POLICE\n\nNovember 25, 2026\n\n"
    "Your request is extended by 10 business days.\n",
    REPLY + "__________________________________________\nCITY OF TACOMA | Public Records Office\n\nDear Requester:\n\n"
    "The City will respond on or before December 9, 2026.\n",
])
def test_a_message_without_reply_history_is_kept_whole(body: str) -> None:
    assert without_quoted_history(body) == body


def test_a_short_cover_note_drops_its_history_when_the_letter_is_attached() -> None:
    body = "Please see the attached letter.\n\nOn Tue, Oct 6, 2026 at 10:02 AM Alex Rivera wrote:\n> I appeal.\n"
    assert without_quoted_history(body, attached=True) == "Please see the attached letter.\n"


def test_outlook_reply_is_read_without_its_quoted_history(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An Outlook reply quotes the requester's message below the agency's; only the agency's words are read."""
    import sys
    import types

    body = ("Hello,\n\nAttached are 38 pages of records responsive to your request. This completes our response to "
            "your request.\n\n-----Original Message-----\nFrom: Requester <r@example.org>\nSent: Tuesday, October 6, "
            "2026 10:02 AM\n\nIf I do not receive the records, I intend to appeal and to ask for a fee waiver.\n")
    message = types.SimpleNamespace(body=body, htmlBody=None, sender="PRA <pra@x.ca.gov>",
                                    date=dt.datetime(2026, 10, 19, 9, 0), subject="RE: Request R003112-090126",
                                    attachments=[], close=lambda: None)
    fake = types.ModuleType("extract_msg")
    fake.openMsg = lambda data: message  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "extract_msg", fake)
    path = tmp_path / "reply.msg"
    path.write_bytes(b"\xd0\xcf\x11\xe0 outlook")
    letter = read_correspondence(path)
    assert "appeal" not in letter.text and "38 pages" in letter.text
    assert [(e.kind.value, e.pages_released) for e in understand(letter).events] == [("final_determination", 38)]


SAVED_REPLY = ("From: ISP FOIA <foia@isp.example.gov>\nSent: Wednesday, December 2, 2026 2:41 PM\nTo: Requester\n"
               "Subject: RE: FOIA Request #26-4471\n\nMr. Brandt,\n\nISP is granting your request in part. Attached "
               "are 14 pages, redacted under 5 ILCS 140/7(1)(b).\n\n")


@pytest.mark.parametrize("history", [
    "-----Original Message-----\nFrom: Requester <r@example.org>\nSent: Thursday, November 19, 2026 10:06 AM\n\n"
    "If any portion is denied, cite section 7(1)(d).\n",
    "-------- Original message --------\nFrom: Requester <r@example.org>\nDate: 11/30/26 4:52 PM (GMT-05:00)\n\n"
    "> Has my fee waiver been granted?\n",
    "On Thu, Nov 19, 2026 at 8:15 AM Requester <r@example.org> wrote:\n> I intend to appeal under 7(1)(d).\n",
])
def test_an_email_saved_as_text_is_read_without_the_messages_it_quotes(tmp_path: Path, history: str) -> None:
    # An e-mail saved from a mail program (as text, or printed to PDF) starts with its own header block; what it
    # quotes below is the requester's or an earlier letter's, as in an .eml reply.
    path = tmp_path / "reply.txt"
    path.write_text(SAVED_REPLY + history, encoding="utf-8")
    assert read_correspondence(path).text == SAVED_REPLY.rstrip() + "\n"


def test_a_letter_without_its_own_header_block_is_read_whole(tmp_path: Path) -> None:
    # The near miss: a letter that opens with no header block of its own keeps what follows.
    text = ("Mr. Brandt,\n\nISP is granting your request in part.\n\n-----Original Message-----\nFrom: Requester\n"
            "Sent: Thursday, November 19, 2026\n\nCite section 7(1)(d).\n")
    path = tmp_path / "letter.txt"
    path.write_text(text, encoding="utf-8")
    assert read_correspondence(path).text == text


SAVED_FORWARD_NOTE = "FYI, the release is below.\n\n-----Original Message-----\n"
SAVED_FORWARDED = ("From: USCIS FOIA <foia@uscis.example.gov>\nSent: Monday, November 30, 2026 4:12 PM\n\n"
                   "We are releasing 597 pages.\n")


@pytest.mark.parametrize("subject", ["FW: USCIS FOIA Request NRC2026217744", "Fwd: Final response"])
def test_a_saved_forward_is_read_as_what_it_forwards_its_header_the_envelope(tmp_path: Path, subject: str) -> None:
    # A forward's own "Sent:" is when it was passed on; the letter it forwards is kept whole and dates itself.
    header = (f"From: Paralegal <p@firm.example.com>\nSent: Tuesday, December 1, 2026 9:27 AM\nTo: Attorney\n"
              f"Subject: {subject}\n\n")
    path = tmp_path / "forward.txt"
    path.write_text(header + SAVED_FORWARD_NOTE + SAVED_FORWARDED, encoding="utf-8")
    letter = read_correspondence(path)
    assert letter.text == SAVED_FORWARD_NOTE + SAVED_FORWARDED
    assert (letter.date, letter.sender, letter.subject) == (dt.date(2026, 12, 1), "p@firm.example.com", subject)


PORTAL_NOTICE = ("Reference # R041966-102626\n\nDear Requester,\n\nOn November 16, 2026, the Department sent you a "
                 "written itemized statement of estimated charges. As of the date of this message, the Department has "
                 "not received your written response. Therefore, your request is considered to have been withdrawn by "
                 "operation of law, and the Department has closed it. No charges have been assessed.\n\n")


@pytest.mark.parametrize("label", ["Previous message, sent 11/16/2026:", "Message History", "Earlier correspondence:"])
def test_a_portal_notices_copied_earlier_messages_are_not_this_letter(tmp_path: Path, label: str) -> None:
    path = tmp_path / "notice.txt"
    path.write_text(PORTAL_NOTICE + label + "\nTotal estimated charges: $318.60. Please respond within 10 business "
                    "days.\n", encoding="utf-8")
    assert read_correspondence(path).text == PORTAL_NOTICE.rstrip() + "\n"


@pytest.mark.parametrize("label", ["Message History", "Previous message, sent 11/24/2026:"])
def test_an_emailed_portal_notices_copied_earlier_messages_are_not_this_letter(tmp_path: Path, label: str) -> None:
    # A portal's notice e-mailed (not saved as text) copies its history the same way: "Your request has been received
    # and assigned tracking number ..." below the label is the portal's earlier acknowledgement.
    message = EmailMessage()
    message["From"] = "Public Records <records@request.justfoia.example.com>"
    message["Subject"] = "[Records Request #NCDPS-26-09412] Clarification Needed"
    message["Date"] = "Thu, 03 Dec 2026 09:21:40 -0500"
    message.set_content(PORTAL_NOTICE + "-" * 40 + "\n" + label + "\n" + "-" * 40 + "\n\nSent: 11/24/2026 4:02 PM\n"
                        "Your request has been received and assigned tracking number NCDPS-26-09412.\n")
    path = tmp_path / "notice.eml"
    path.write_bytes(bytes(message))
    text = read_correspondence(path).text
    assert "has been received" not in text and "withdrawn by operation of law" in text


def test_an_emailed_notice_naming_its_message_history_in_a_sentence_is_read_whole(tmp_path: Path) -> None:
    # The near miss: the words in a sentence of the e-mail, not a label on a line of its own.
    message = EmailMessage()
    message["From"] = "Public Records <records@request.justfoia.example.com>"
    message["Date"] = "Thu, 03 Dec 2026 09:21:40 -0500"
    message.set_content(PORTAL_NOTICE + "The message history of this request is shown in the portal. Your request "
                        "has been received and assigned tracking number NCDPS-26-09412.\n")
    path = tmp_path / "notice.eml"
    path.write_bytes(bytes(message))
    assert "has been received" in read_correspondence(path).text


def test_a_sentence_about_previous_messages_is_not_a_history_label(tmp_path: Path) -> None:
    # The near miss: the words in a sentence of the letter, not a label on a line of its own.
    text = PORTAL_NOTICE + "Previous messages about this request remain available in your account.\nSincerely,\n"
    path = tmp_path / "notice.txt"
    path.write_text(text, encoding="utf-8")
    assert read_correspondence(path).text == text


PRINTED_THREAD = ("12/4/26, 9:02 AM    Gmail - FOIA Request No. FOIA26-11930\n\nReporter <r@example-mail.com>\n\n"
                  "FOIA Request No. FOIA26-11930\n2 messages\n\n"
                  "MSPRecords <MSPRecords@michigan.example.gov>       Wed, Nov 18, 2026 at 2:11 PM\n"
                  "To: r@example-mail.com\n\n"
                  "The department is extending the period to respond by 10 business days.\n\n")
NEWEST = ("MSPRecords <MSPRecords@michigan.example.gov>       Thu, Dec 3,\n2026 at 10:47 AM\nTo: r@example-mail.com\n\n"
          "Your request is granted in part and denied in part.\n")


def test_a_conversation_printed_from_web_mail_is_read_as_its_last_message() -> None:
    # A printed conversation sets its messages oldest first: the last one is the letter (its time folded in the
    # print is still its date), the extension above it an earlier letter.
    letter = correspondence.saved_message(PRINTED_THREAD + NEWEST, "text layer")
    assert letter.text == NEWEST
    assert letter.date == dt.date(2026, 12, 3)
    assert letter.sender == "MSPRecords@michigan.example.gov"


def test_a_printed_single_message_or_a_letter_naming_messages_is_read_whole() -> None:
    # The near misses: one message printed ("1 message"), and a letter that counts messages in a sentence.
    single = PRINTED_THREAD.replace("2 messages", "1 message")
    assert correspondence.saved_message(single, "text layer").text == single
    letter = "We located 2 messages responsive to your request.\nBoth are released in full.\n"
    assert correspondence.saved_message(letter, "plain text").text == letter
