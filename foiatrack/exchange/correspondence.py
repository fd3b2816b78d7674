"""Reading agency correspondence from the files agencies send: PDF, e-mail (.eml, Outlook .msg), .txt, .docx.

Each reader returns a :class:`foiatrack.intake.Letter`: the text, where it came from, and what the
envelope says (date, sender, subject). Parts of a letter (an e-mail body and its attached PDFs) are joined
with a form feed so the understanding can look at each part's head for the letter's date. A file that
cannot be read raises a :class:`UserError` with one line naming the file and what to do.
"""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import email.utils
import html
import io
import logging
import os
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from foiatrack.core.errors import UserError
from foiatrack.intake.model import Letter
from foiatrack.intake.text import ends_mid_sentence

if TYPE_CHECKING:
    from docx.blkcntnr import BlockItemContainer
    from docx.document import Document as DocumentObject

SUFFIXES = (".pdf", ".eml", ".msg", ".txt", ".docx")
MAX_BYTES = 64 * 1024 * 1024  # a letter, not a production: bigger files are refused with a reason
MAX_PAGES = 60
OCR_HELP = ("install Tesseract OCR and Poppler to read scans (Debian/Ubuntu: `sudo apt install tesseract-ocr "
            "poppler-utils`, macOS: `brew install tesseract poppler`; or OCRmyPDF), or log the events by hand")


@dataclass(frozen=True, slots=True)
class _Part:
    text: str
    source: str


def read_correspondence(path: str | Path) -> Letter:
    """Read one file of correspondence.

    Raises:
        UserError: the file is missing, unreadable, of a kind intake does not read, or has no text.
    """
    file_path = Path(path)
    label = f"{file_path}"
    suffix = file_path.suffix.lower()
    if suffix not in SUFFIXES:
        raise UserError(f"{label}: '{suffix or 'no suffix'}' is not a letter format intake reads; use "
                        + ", ".join(SUFFIXES), field="file")
    try:
        if file_path.is_dir():
            raise UserError(f"{label}: is a folder; give the letter files", field="file")
        size = file_path.stat().st_size
        if size > MAX_BYTES:
            raise UserError(f"{label}: {size:,} bytes is too large for a letter (limit {MAX_BYTES // 2**20} MiB)",
                            field="file")
        data = file_path.read_bytes()
    except FileNotFoundError:
        raise UserError(f"{label}: no such file", field="file") from None
    except PermissionError:
        raise UserError(f"{label}: permission denied", field="file") from None
    except OSError as exc:
        raise UserError(f"{label}: cannot be read ({exc.strerror or exc})", field="file") from None
    if not data.strip():
        raise UserError(f"{label}: the file is empty", field="file")
    return read_bytes(file_path.name, data, label=label)


def read_bytes(filename: str, data: bytes, *, label: str | None = None) -> Letter:
    """Read correspondence already in memory (a dropped file, an e-mail attachment)."""
    label = label or filename
    suffix = Path(filename).suffix.lower()
    if suffix == ".eml":
        return _read_eml(data, label)
    if suffix == ".msg":
        return _read_msg(data, label)
    part = _read_part(suffix, data, label)
    if suffix in (".txt", ".pdf", ".docx"):
        # (an e-mail saved or pasted into a Word document is read as one saved as text)
        return saved_message(part.text, part.source)
    return Letter(text=part.text, source=part.source)


def _read_part(suffix: str, data: bytes, label: str) -> _Part:
    if suffix == ".pdf":
        return _read_pdf(data, label)
    if suffix == ".docx":
        return _Part(_docx_text(data, label), "docx")
    if suffix in (".txt", ".text", ".md"):
        return _Part(_decode(data), "plain text")
    if suffix in (".htm", ".html"):
        return _Part(_html_text(_decode(data)), "html")
    raise UserError(f"{label}: '{suffix}' is not a letter format intake reads", field="file")


def _decode(data: bytes) -> str:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def _html_text(markup: str) -> str:
    markup = re.sub(r"(?is)<(script|style).*?</\1>", " ", markup)
    # A table's cells set between bars, a row a line, as a Word table is read ("(b)(6) | Personal information ...").
    markup = re.sub(r"(?i)</t[dh]>\s*<t[dh]\b[^>]*>", " | ", markup)
    markup = re.sub(r"(?i)<br\s*/?>|</p>|</div>|</tr>|</h\d>|</li>", "\n", markup)
    return html.unescape(re.sub(r"<[^>]+>", " ", markup))


# --- PDF -------------------------------------------------------------------------------------------------
def _read_pdf(data: bytes, label: str) -> _Part:
    text = _pdf_text_layer(data, label)
    if _has_words(text):
        return _Part(text, "text layer")
    ocr = _ocr(data, label)
    if ocr is None:
        raise UserError(f"{label}: the PDF has no text layer (a scanned letter) and no OCR is installed; {OCR_HELP}",
                        field="file")
    if not _has_words(ocr):
        raise UserError(f"{label}: OCR found no readable text in the scan; log the events by hand", field="file")
    return _Part(ocr, "ocr")


def _has_words(text: str) -> bool:
    return len(re.findall(r"[A-Za-z]{3,}", text)) >= 5


def _pdf_text_layer(data: bytes, label: str) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                if not reader.decrypt(""):
                    raise UserError(f"{label}: the PDF is password-protected; save an unprotected copy first",
                                    field="file")
            except NotImplementedError:
                raise UserError(f"{label}: the PDF is encrypted in a way that cannot be opened", field="file") from None
        return _join_pages([page.extract_text() or "" for page in reader.pages[:MAX_PAGES]])
    except UserError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError, RecursionError, OSError):
        raise UserError(f"{label}: not a readable PDF (damaged or not a PDF)", field="file") from None


def ocr_available() -> bool:
    """True when the Tesseract program is installed with a way to turn PDF pages into images for it
    (Poppler's pdftoppm) or OCRmyPDF, which does both."""
    return shutil.which("tesseract") is not None and (
        shutil.which("ocrmypdf") is not None or shutil.which("pdftoppm") is not None)


def _ocr(data: bytes, label: str) -> str | None:
    """Text of a scanned PDF, or None when no OCR is installed. Runs locally; nothing leaves the machine.

    OCRmyPDF is used where installed (it deskews and cleans the scan first); otherwise each page is rendered
    at 300 dpi by pdftoppm and read by the tesseract program, the pages in order.
    """
    if not ocr_available():
        return None
    environment = _one_thread_per_page()
    with tempfile.TemporaryDirectory(prefix="foiatrack-ocr-") as folder:
        source = Path(folder, "in.pdf")
        source.write_bytes(data)
        if shutil.which("ocrmypdf"):
            target = Path(folder, "out.pdf")
            result = subprocess.run(["ocrmypdf", "--quiet", "--force-ocr", str(source), str(target)],
                                    capture_output=True, check=False, timeout=600, env=environment)
            if result.returncode == 0 and target.exists():
                return _pdf_text_layer(target.read_bytes(), label)
        if not shutil.which("pdftoppm"):
            return None
        # The pages as TIFF with PackBits compression, not PNG: the same pixels (Tesseract reads the very same text
        # from either), but PNG's zlib compression took 80% of pdftoppm's time, about 1.3 s of CPU a page at 300 dpi
        # (0.26 s as TIFF), for files only a third larger that are deleted as soon as they are read. A Poppler built
        # without libtiff has no -tiff: it renders PNG as before.
        # In shades of grey, not colour: Tesseract turns a colour page into grey before it reads it, and handed
        # the grey page directly it read the very same text from every scanned letter of the held-out sets (38 of
        # 38, byte for byte) with a fifth less CPU (119 s against 150 s for all of them), from half the bytes.
        suffix = "tif"
        rendered = _render_pages(source, folder, ["-gray", "-tiff", "-tiffcompression", "packbits"])
        if rendered.returncode != 0:
            suffix = "png"
            rendered = _render_pages(source, folder, ["-gray", "-png"])
        if rendered.returncode != 0:
            raise UserError(f"{label}: not a readable PDF (its pages could not be rendered for OCR)", field="file")
        # pdftoppm numbers pages with as many digits as the last page needs, so names sort in page order.
        pages = sorted(Path(folder).glob(f"page*.{suffix}"))
        texts = _tesseract_pages(pages, folder, environment)
        return "\f".join(_rejoined_numbers(_rejoin_lines(text)) for text in texts)


def _tesseract_pages(pages: list[Path], folder: str, environment: dict[str, str]) -> list[str]:
    """What the tesseract program reads on each of *pages*, in order.

    The pages of a letter are read by one tesseract process, given the list of them, not one process a page: each
    process loads its language model again, about 0.16 s of CPU, a tenth of reading a page. It is the same reading:
    Tesseract reads each image of the list as it reads it alone (the LSTM recogniser learns nothing from one page for
    the next), and the 61 scanned letters of the tests (93 pages) read the very same text, byte for byte, either way.
    The pages come back separated by a form feed (Tesseract's page separator); if the parts do not match the pages
    one for one (a page separator the user configured), each page is read by a process of its own, as before.
    """
    def read(image: Path, timeout: int) -> str:
        done = subprocess.run(["tesseract", str(image), "stdout"], capture_output=True, check=False,
                              timeout=timeout, env=environment)
        return done.stdout.decode("utf-8", errors="replace")

    if len(pages) > 1:
        listing = Path(folder, "pages.txt")
        listing.write_text("".join(f"{page}\n" for page in pages), encoding="utf-8")
        parts = read(listing, 600 * len(pages)).split("\f")
        if len(parts) == len(pages) + 1 and not parts[-1].strip():
            parts.pop()  # a separator after the last page too
        if len(parts) == len(pages):
            return parts
    return [read(page, 600) for page in pages]


def _render_pages(source: Path, folder: str, image_format: list[str]) -> subprocess.CompletedProcess[bytes]:
    """Each page of *source* rendered at 300 dpi into *folder* as page-N in *image_format* (pdftoppm's options);
    a failed attempt leaves no pages behind, so a second one in another format is not mixed with it."""
    rendered = subprocess.run(["pdftoppm", "-r", "300", "-l", str(MAX_PAGES), *image_format, str(source),
                               str(Path(folder, "page"))], capture_output=True, check=False, timeout=600)
    if rendered.returncode != 0:
        for page in Path(folder).glob("page*"):
            page.unlink()
    return rendered


def _one_thread_per_page() -> dict[str, str]:
    """The environment for Tesseract: one OpenMP thread unless the user set a limit of their own.

    Tesseract's OpenMP threads spin while they wait for each other, and on a laptop's two or four busy cores that
    makes a page several times slower, not faster: a letter page at 300 dpi read in 23 s of wall time with the
    default threads and in 3.4 s with one, on two cores. Tesseract's maintainers say the same: OpenMP is used
    inefficiently for recognition and is off by default in builds since 5.1, and OMP_THREAD_LIMIT=1 turns it off in
    the builds that still have it (https://github.com/tesseract-ocr/tesseract/issues/3744, /issues/2611 and
    /issues/1081, read 2026-12-07).
    """
    environment = dict(os.environ)
    environment.setdefault("OMP_THREAD_LIMIT", "1")
    return environment


# Tesseract may read the wide gap after a "1" as a space and split a number: "26-0441 2-F" for "26-04412-F". A
# hyphenated number whose tail (digits, a hyphen and a letter suffix) follows after one space is one number.
_SPLIT_NUMBER = re.compile(r"\b(\d{2,4}-\d{3,6}) (\d{1,3}-[A-Z]{1,4})\b")


# ... and may read the pronoun "I" as a bar: "| am remanding your request", "| have reviewed the search". A bar
# standing alone before a verb that follows "I" is the word.
_BAR_FOR_I = re.compile(r"(?<!\S)\|(?= (?:am|have|had|will|was|would|do|did|must|can|cannot|hereby|also|further|"
                        r"find|found|note|remand|affirm|agree|regret|understand|write|trust|hope|apologize)\b)")


# A page that breaks off inside a citation, on the word that leads its number, and the next page that goes on with the
# number: "The withholding of the remaining analyses under Exemption" / "5 is affirmed.", "... withheld pursuant to
# Section" / "552.101 of the Government Code", "under 5 U.S.C. §" / "552(b)(6)".
_PAGE_ENDS_BEFORE_NUMBER = re.compile(r"\b(?:Exemptions?|Sections?|Subsections?|Paragraphs?|Title|Chapter|Article|"
                                      r"Rule|Part|Clause)[ \t]*$|§[ \t]*$")
_PAGE_STARTS_WITH_NUMBER = re.compile(r"\s*(?:\d|\((?:[a-z]|\d{1,2}|[ivx]{1,4})\))")


def _prose_runs_over(before: str, text: str) -> bool:
    """Whether a page ends on a full line of prose broken off on a word, and the next page goes on with a line of prose
    that is no running head: "... in conjunction with Rule 6(e) of the Federal Rules of Criminal" / "Procedure, which
    protects matters occurring before a grand jury;" (not "Page 2" or "Ms. Jane Doe, December 3, 2026")."""
    last = before.rstrip().rsplit("\n", 1)[-1].strip()
    first = text.lstrip().split("\n", 1)[0].strip()
    if len(last) < 60 or re.search(r"\bpage\s+\d", first, re.I):
        return False
    # ... or on a word no sentence ends on, whatever the next page starts with: "... by writing to the Director,
    # Office of Information Policy (OIP), United States Department of" / "Justice, 441 G Street, NW, ..."
    if ends_mid_sentence(last):
        return True
    return (re.search(r"[A-Za-z,]$", last) is not None and len(first) >= 40
            and re.match(r"[A-Z][a-z]+,?\s+[a-z]", first) is not None)


def _join_pages(texts: list[str]) -> str:
    """The pages' text in order, a line apart; a sentence a page break cuts ("The 14 pages of" / "findings are
    enclosed, ...": the page ends on a word or a comma, the next starts in lower case; or inside a citation, "under
    Exemption" / "5 is affirmed.") is one paragraph again."""
    joined = ""
    for index, text in enumerate(texts):
        if index and ((re.search(r"[A-Za-z0-9,;]\s*$", joined) and re.match(r"\s*[a-z]", text))
                      or (_PAGE_ENDS_BEFORE_NUMBER.search(joined.rstrip()) and _PAGE_STARTS_WITH_NUMBER.match(text))
                      or _prose_runs_over(joined, text)):
            joined = joined.rstrip() + "\n" + text.lstrip()
        else:
            joined += ("\n" if index else "") + text
    return joined


# ... and may read a citation's closing and opening brackets with a stroke between them: "1 V.S.A. §
# 317(c)(5)(A)/(iii)" for "317(c)(5)(A)(iii)", "RCW 42.56.240(1)|(a)". A slash or bar right between two bracketed
# levels of a section's number (the first level set on the number's figure) is no part of it, where the level after
# it goes one deeper: of another kind than the level before it (figures, small letters, capitals) and not the first
# level again. Never two citations a stroke joins ("552(b)(6)/(b)(7)(C)", "240(1)/(2)", "(A)(i)/(ii)"), a stroke
# between words ("and/or", "(b)(6) / (b)(7)(C)", a table's bar) or after brackets that follow no number.
_STROKE_IN_CITATION = re.compile(r"(?<=\d)(?P<levels>(?:\([0-9A-Za-z]{1,5}\))+)[/|](?P<next>\([0-9A-Za-z]{1,5}\))")


def _level_kind(level: str) -> str:
    return "figure" if level[1].isdigit() else "capital" if level[1].isupper() else "small"


def _stroke_dropped(match: re.Match[str]) -> str:
    levels = re.findall(r"\([^()]*\)", match.group("levels"))
    following = match.group("next")
    if following == levels[0] or _level_kind(following) == _level_kind(levels[-1]):
        return match.group(0)
    return match.group("levels") + following


def _rejoined_numbers(text: str) -> str:
    text = _STROKE_IN_CITATION.sub(_stroke_dropped, text)
    return _BAR_FOR_I.sub("I", _SPLIT_NUMBER.sub(r"\1\2", text))


# A line that ends on a code's title abbreviation or a section sign, which always leads the section's number: "in this
# case 10 U.S.C." / "130b, which permits ...", "under 32 C.F.R." / "§ 286.12", "under §" / "552(b)(6)".
_CODE_LEADS_NUMBER = re.compile(r"(\b(?:U\.\s?S\.\s?C|C\.\s?F\.\s?R)\.?|\u00a7+)[ \t]*\n[ \t]*\n"
                                r"(?=[ \t]*(?:\u00a7\s*)?\d)")


def _rejoin_lines(text: str) -> str:
    """Tesseract often puts a blank line between two lines of one paragraph; a blank line after a line that
    ends mid-sentence, before one that starts in lower case, is that, and would cut the sentence in two; so is one
    between a code's title and the section number it leads (the abbreviation's full stop ends no sentence)."""
    text = _CODE_LEADS_NUMBER.sub(r"\1\n", text)
    return re.sub(r"([^\n.!?:;])\n[ \t]*\n(?=[ \t]*[a-z(])", r"\1\n", text)


# --- Word ------------------------------------------------------------------------------------------------
def _docx_text(data: bytes, label: str) -> str:
    import zipfile

    from docx import Document

    try:
        document = Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError):
        raise UserError(f"{label}: not a readable Word document (.docx)", field="file") from None
    # Many agencies keep the letterhead (their name, and sometimes the date or reference line) in the page
    # header, which Word prints on the page but keeps apart from the body: it is read first, as it is printed.
    return "\n".join([*_docx_letterhead(document), *_docx_lines(document)])


def _docx_letterhead(document: DocumentObject) -> list[str]:
    """The first page's header: the first-page header when the document has one of its own, else the header."""
    if not document.sections:
        return []
    section = document.sections[0]
    header = section.first_page_header if section.different_first_page_header_footer else section.header
    if header.is_linked_to_previous:  # the first section has no header of its own: nothing is printed
        return []
    return [line for line in _docx_lines(header) if line.strip()]


def _docx_lines(container: BlockItemContainer) -> list[str]:
    """Paragraphs and tables in the order the letter has them: a page-count or fee table sits in the sentence
    that introduces it, and the text after it must not be read as coming before it."""
    from docx.text.paragraph import Paragraph

    lines: list[str] = []
    for block in container.iter_inner_content():
        if isinstance(block, Paragraph):
            lines.append(block.text)
            continue
        rows = []
        for row in block.rows:
            # A merged cell repeats across the columns it spans; each is read once. One line per row, its
            # cells between bars ("Released in full | 212"), so a label stays with its figure.
            seen: set[int] = set()
            texts = []
            for cell in row.cells:
                if id(cell._tc) not in seen:
                    seen.add(id(cell._tc))
                    texts.append(" ".join(cell.text.split()))
            rows.append(texts)
        lines += [" | ".join(text for text in texts if text) for texts in _boxes_shown(rows)]
    return lines


_TICK_CELL = {"x", "\u2713", "\u2714", "\u2612", "\u2611"}


def _boxes_shown(rows: list[list[str]]) -> list[list[str]]:
    """A form's column of check boxes, its ticked cells marked "X" and the others left empty (an NRC Form 464: "X |
    Agency records subject to the request are enclosed." above "| Fees waived."), with an empty box "[ ]" in each
    cell left blank, so that the item beside it is read as not ticked rather than as said."""
    if len(rows) < 2 or any(len(row) < 2 or not any(row[1:]) for row in rows):
        return rows
    firsts = [row[0].strip().lower() for row in rows]
    if not all(first in _TICK_CELL or not first for first in firsts) or not any(firsts) or all(firsts):
        return rows
    return [["[ ]", *row[1:]] if not row[0].strip() else row for row in rows]


# --- e-mail ----------------------------------------------------------------------------------------------
def _read_eml(data: bytes, label: str) -> Letter:
    message = email.message_from_bytes(data, policy=email.policy.default)
    if not message.keys():
        raise UserError(f"{label}: not an e-mail message (no headers)", field="file")
    body_part = message.get_body(preferencelist=("plain", "html"))
    body = ""
    if body_part is not None:
        try:
            content = body_part.get_content()
        except (LookupError, ValueError):
            content = _decode(body_part.get_payload(decode=True) or b"")
        body = _html_text(content) if body_part.get_content_type() == "text/html" else content
    attached: list[_Part] = []
    for attachment in message.iter_attachments():
        name = attachment.get_filename() or ""
        payload = attachment.get_payload(decode=True) or b""
        attached += _attachment_part(name, payload, label)
    body = without_quoted_history(body, attached=bool(attached), forward=is_forward(str(message.get("Subject", ""))))
    # A portal's e-mailed notice copies its earlier messages below a label as a saved one does ("Message History").
    body = _without_portal_history(body)
    parts = ([_Part(body, "email body")] if body.strip() else []) + attached
    sender = email.utils.parseaddr(str(message.get("From", "")))[1]
    date = None
    try:
        sent = email.utils.parsedate_to_datetime(str(message.get("Date", "")))
        date = sent.date() if sent else None
    except (TypeError, ValueError, IndexError):
        date = None
    return _letter(parts, label, date=date, sender=sender, subject=str(message.get("Subject", "")))


# Where a reply's quoted history starts: Outlook's "-----Original Message-----" or its "From: ... / Sent: ..." block,
# and the "On Tue, Oct 6, 2026 at 10:02 AM Name <address> wrote:" line (which mail programs may wrap in two).
# Outlook's rule of underscores starts it only with the quoted message's header block under it ("____\nFrom: ..."):
# a rule above a letter pasted into the message ("Please see the notice below. ... ____\nSTATE OF MICHIGAN ...")
# parts the covering note from the letter being sent, no history.
# A forwarded message ("---------- Forwarded message ---------") is not history: it is what is being sent.
_QUOTED_HISTORY = re.compile(r"^[ \t]*(?:-{3,}[ \t]*original[ \t]+message[ \t]*-{3,}|"
                             r"_{10,}[ \t]*\n(?:[ \t]*\n)?[ \t]*(?:from|sent|date|to|subject|cc):[ \t]|"
                             r"from:[ \t].+\n[ \t]*(?:sent|date):[ \t]|"
                             r"on[ \t][^\n]{4,200}(?:\n[^\n]{0,120})?\swrote:[ \t]*$)",
                             re.IGNORECASE | re.MULTILINE)
_FORWARDED = re.compile(r"^[ \t]*-{3,}[ \t]*forwarded[ \t]+message|^[ \t]*begin[ \t]+forwarded[ \t]+message",
                        re.IGNORECASE | re.MULTILINE)
_QUOTED_LINE = re.compile(r"^[ \t]*>.*(?:\n|$)", re.MULTILINE)
# A forward's subject: "FW: ...", "Fwd: ...", "Fw: RE: ..." but not a reply to one, "RE: FW: ..." (Outlook sets
# the message it forwards below an "-----Original Message-----" line or a "From: / Sent:" block, the same marks a
# reply's history has).
_FORWARD_SUBJECT = re.compile(r"^\s*fwd?\s*:", re.IGNORECASE)


def is_forward(subject: str) -> bool:
    """True when the subject says the message forwards another ("FW: Public Records Request #R004117")."""
    return bool(_FORWARD_SUBJECT.match(subject))


def without_quoted_history(body: str, *, attached: bool = False, forward: bool = False) -> str:
    """An e-mail reply's own words, without the earlier messages it quotes below them (often the requester's own,
    whose "I intend to appeal" or cited sections are not the agency's). Kept whole when too little is left to be a
    message and no attachment holds the letter: then the quoted text may be the letter itself. A forward (*forward*:
    its subject says so) is kept whole: the message below the forwarding note is what is being passed on."""
    start = _QUOTED_HISTORY.search(body)
    forwarded = _FORWARDED.search(body)
    if forward or (start and forwarded and forwarded.start() <= start.start()):
        return body
    own = body[:start.start()] if start else body
    own = _QUOTED_LINE.sub("", own)
    if own == body or (not attached and len(own.split()) < 15):
        return body
    return own.rstrip() + "\n"


# An e-mail saved as text or printed to PDF from a mail program starts with the message's own header block: "From:"
# and then "Sent:", "Date:", "To:", "Cc:", "Subject:", "Attachments:" lines (a printout may set the value apart with
# spaces, "From:          FOIA Appeals <...>").
_SAVED_HEADER = re.compile(r"\A(?:[ \t]*\n)*[ \t]*from:[ \t]+\S.*\n"
                           r"(?:[ \t]*(?:sent|date|to|cc|bcc|subject|attachments|importance):(?:[ \t].*)?\n){2,8}",
                           re.IGNORECASE)
# ... or, printed from a web mail program's reading pane (Outlook on the web), without the colons: a line or two (the
# program's name, the subject), then "From Name <address>", "Date Fri 12/11/2026 9:18 AM" and "To ..." / "Cc ..."
# lines; the subject is the line just above "From".
_PRINTED_HEADER = re.compile(r"\A(?:[ \t]*\n)*(?:[^\n]{1,200}\n(?:[ \t]*\n)*){0,3}?"
                             r"[ \t]*from[ \t]+[^\n<>]*<[^\s<>@]+@[^\s<>]+>[ \t]*\n"
                             r"[ \t]*(?:date|sent)[ \t]+(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?[ \t]+[^\n]*\d[^\n]*\n"
                             r"(?:[ \t]*(?:to|cc|bcc)[ \t]+\S[^\n]*\n){1,4}", re.IGNORECASE)
_SAVED_SUBJECT = re.compile(r"^[ \t]*subject:[ \t]*(.*)$", re.IGNORECASE | re.MULTILINE)
# A conversation printed from a web mail program: the subject, "3 messages", then each message under a line that
# names its sender with the address and the time it was sent ("MSPRecords <MSPRecords@michigan.gov>   Thu, Dec 3,
# 2026 at 10:47 AM"), oldest first.
_PRINTED_THREAD = re.compile(r"^[ \t]*([2-9]|[1-9]\d)[ \t]+messages[ \t]*$", re.IGNORECASE | re.MULTILINE)
# (the time may be folded onto the next line: "... <MSPRecords@michigan.gov>    Thu, Dec 3,\n2026 at 10:47 AM")
_PRINTED_MESSAGE_HEAD = re.compile(r"^[^\n<>]*<[^\s<>@]+@[^\s<>]+>[ \t]{2,}(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?"
                                   r"[ \t]|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[ \t]+\d|"
                                   r"\d{1,2}/\d{1,2}/\d{2,4}\b)", re.IGNORECASE | re.MULTILINE)


_MONTH_DAY_YEAR = re.compile(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[ \t]+(\d{1,2}),?\s+"
                             r"((?:19|20)\d\d)\b", re.IGNORECASE)
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def saved_message(text: str, source: str) -> Letter:
    """A letter that is an e-mail saved from a mail program (as text, or printed to PDF) read as its newest message:
    below its own header block, without the earlier messages it quotes ("-----Original Message-----", "On ...
    wrote:", "> " lines), as an .eml reply is read; and of a conversation printed from web mail ("2 messages"), which
    sets the messages oldest first, the last, dated and sent as its head line says. Any other text is read whole."""
    thread = _PRINTED_THREAD.search(text[:3000])
    if thread:
        heads = list(_PRINTED_MESSAGE_HEAD.finditer(text, thread.end()))
        if len(heads) >= int(thread.group(1)):
            head = heads[-1]
            sent = _MONTH_DAY_YEAR.search(text, head.end() - 12, head.end() + 40)
            date = _month_day_year(sent) if sent else None
            sender = email.utils.parseaddr(head.group(0).split(">")[0] + ">")[1]
            return Letter(text=text[head.start():], source=source, date=date, sender=sender)
    header = _SAVED_HEADER.match(text) or _PRINTED_HEADER.match(text)
    if not header:
        return Letter(text=_without_portal_history(text), source=source)
    found = _SAVED_SUBJECT.search(header.group(0))
    subject = found.group(1).strip() if found else _printed_subject(header.group(0))
    body = text[header.end():]
    if is_forward(subject):
        # A forward's own header says when and by whom it was passed on, not when the letter below was written: it
        # is the envelope, as an .eml forward's headers are, and the letter's date is looked for in what it forwards.
        sent = _MONTH_DAY_YEAR.search(header.group(0))
        from_line = re.search(r"^[ \t]*from:?[ \t]+(.*)$", header.group(0), re.IGNORECASE | re.MULTILINE)
        sender = email.utils.parseaddr(from_line.group(1))[1] if from_line else ""
        return Letter(text=body.lstrip("\n"), source=source, date=_month_day_year(sent) if sent else None,
                      sender=sender, subject=subject)
    own = without_quoted_history(body)
    return Letter(text=text if own == body else header.group(0) + own, source=source)


def _printed_subject(header: str) -> str:
    """The subject of a message printed from a web mail program's reading pane: the last line above "From"."""
    lines = [line.strip() for line in header.split("\n")]
    at = next((n for n, line in enumerate(lines) if line.lower().startswith("from ")), 0)
    return next((line for line in reversed(lines[:at]) if line), "")


# A portal's notice may copy its earlier messages below the newest under a label of their own ("Previous message,
# sent 11/16/2026:", "Message History", "Earlier correspondence:"): they are earlier letters, not this one.
_PORTAL_HISTORY = re.compile(r"^[ \t]*(?:(?:previous|earlier|prior)[ \t]+(?:messages?|correspondence)|message[ \t]+"
                             r"history)\b[^\n.]{0,40}:?[ \t]*$", re.IGNORECASE | re.MULTILINE)


def _without_portal_history(text: str) -> str:
    """*text* without the earlier messages a portal's notice copies below the newest one, when enough is left above
    the label to be the message."""
    text = _newest_log_entry(text)
    found = _PORTAL_HISTORY.search(text)
    if not found or len(text[:found.start()].split()) < 40:
        return text
    return text[:found.start()].rstrip() + "\n"


# A portal's page of a request's correspondence lists each item under a line of its day, its kind and its title
# ("12/08/2026 - Letter - Request for Clarification", "11/20/2026 - System Message - Request Acknowledged"), the newest
# first or last: the items of other days are earlier (or later) letters, not the newest one.
_LOG_ENTRY_HEAD = re.compile(r"^[ \t]*(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)[ \t]+[-\u2013\u2014|][ \t]+"
                             r"[A-Za-z][\w /&'-]{1,40}[ \t]+[-\u2013\u2014|][ \t]+\S[^\n]{1,80}$", re.MULTILINE)


def _newest_log_entry(text: str) -> str:
    """*text* with only the newest item of a portal's correspondence list, after the page's own head: the items are
    told apart by the days on their head lines, newest first or oldest first."""
    heads = list(_LOG_ENTRY_HEAD.finditer(text))
    days = []
    for head in heads:
        try:
            days.append(dt.date(int(head.group(3)), int(head.group(1)), int(head.group(2))))
        except ValueError:
            return text
    if len(heads) < 2 or len(set(days)) < 2:
        return text
    if days == sorted(days, reverse=True):
        return text[:heads[1].start()].rstrip() + "\n"
    if days == sorted(days):
        return text[:heads[0].start()] + text[heads[-1].start():]
    return text


def _month_day_year(found: re.Match[str]) -> dt.date | None:
    try:
        return dt.date(int(found.group(3)), _MONTHS.index(found.group(1).lower()[:3]) + 1, int(found.group(2)))
    except ValueError:
        return None


def _attachment_part(name: str, payload: bytes, label: str) -> list[_Part]:
    suffix = Path(name).suffix.lower()
    if suffix not in (".pdf", ".docx", ".txt") or not payload:
        return []
    try:
        part = _read_part(suffix, payload, f"{label} > {name}")
    except UserError:
        return []  # an unreadable attachment should not hide the body; the body may say it all
    return [_Part(part.text, f"attachment {name} ({part.source})")]


def _read_msg(data: bytes, label: str) -> Letter:
    try:
        import extract_msg  # lazy: only Outlook files need it
    except ImportError:
        raise UserError(f"{label}: reading Outlook .msg files needs the extract-msg package "
                        "(`uv pip install extract-msg`)", field="file") from None
    try:
        message = extract_msg.openMsg(data)
    except Exception as exc:
        raise UserError(f"{label}: not a readable Outlook message ({type(exc).__name__})", field="file") from None
    try:
        body = message.body or ""
        if not body.strip() and getattr(message, "htmlBody", None):
            body = _html_text(_decode(message.htmlBody))
        attached: list[_Part] = []
        for attachment in message.attachments:
            name = getattr(attachment, "longFilename", None) or getattr(attachment, "shortFilename", None) or ""
            payload = getattr(attachment, "data", None)
            if isinstance(payload, bytes):
                attached += _attachment_part(name, payload, label)
        body = without_quoted_history(body, attached=bool(attached), forward=is_forward(message.subject or ""))
        parts = ([_Part(body, "email body")] if body.strip() else []) + attached
        sender = _msg_sender(message)
        sent = message.date
        date = sent.date() if isinstance(sent, dt.datetime) else None
        subject = message.subject or ""
    finally:
        message.close()
    return _letter(parts, label, date=date, sender=sender, subject=subject)


# PR_SENDER_EMAIL_ADDRESS, PR_SENDER_SMTP_ADDRESS, PR_SENT_REPRESENTING_EMAIL_ADDRESS (Unicode string streams)
_MSG_SENDER_STREAMS = ("__substg1.0_0C1F", "__substg1.0_5D01", "__substg1.0_0065")


def _msg_sender(message: object) -> str:
    """The sender's address: from "Name <address>" when the message has it, else from the address properties.
    A display name alone ("DHS OIG FOIA") is no address, and matching by domain must not be fed one."""
    candidates: list[object] = [getattr(message, "sender", None), getattr(message, "senderEmail", None)]
    reader = getattr(message, "getStringStream", None)
    if callable(reader):
        candidates += [reader(stream) for stream in _MSG_SENDER_STREAMS]
    for candidate in candidates:
        if isinstance(candidate, str):
            address = email.utils.parseaddr(candidate)[1]
            if "@" in address:
                return address
    return ""


def _letter(parts: list[_Part], label: str, *, date: dt.date | None, sender: str, subject: str) -> Letter:
    if not parts or not any(part.text.strip() for part in parts):
        raise UserError(f"{label}: the message has no text body and no readable PDF, Word or text attachment",
                        field="file")
    # The letter proper first: an attached PDF letter is what the agency signed; the body often just says
    # "please see attached". Both are read; the attachment's head is searched for the date first.
    ordered = sorted(parts, key=lambda part: 0 if part.source.startswith("attachment") else 1)
    source = " + ".join(dict.fromkeys(part.source for part in parts))
    return Letter(text="\f".join(part.text for part in ordered), source=source,
                  date=date, sender=sender,
                  subject=subject)
