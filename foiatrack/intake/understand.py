"""From a letter's text to the events a careful paralegal would log.

The letter is cut into sentences; each rule below looks for the words agencies use for one kind of event
(an acknowledgement, an extension, a fee estimate, a decision...) and reads its fields from the sentence
that says so, which is kept as evidence. Rules say no rather than guess: a field they cannot read with
confidence stays empty, and ``unsure`` says why.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from dataclasses import replace
from decimal import Decimal

from foiatrack.core.vocabulary import EventKind, Outcome
from foiatrack.intake import literals
from foiatrack.intake import patterns as P
from foiatrack.intake.contractions import as_written, spelled_out
from foiatrack.intake.exemptions import (
    GRAND_JURY_RULE,
    ILLINOIS_LETTER,
    MASSACHUSETTS_LETTER,
    b3_statutes,
    bare_exemption_cells,
    bare_sections,
    cited_first,
    defining_statutes,
    exemption_list,
    federal_regulations,
    federal_statutes,
    find_exemptions,
    grand_jury_rule,
    grand_jury_rule_alone,
    grand_jury_rule_then_codes,
    laws_named_once,
    list_item_exemptions,
    one_form_per_section,
    remembering,
    signed_sections,
    texas_leave,
    with_illinois_act,
    with_massachusetts_clause,
    withholds,
    withholds_only_till,
)
from foiatrack.intake.loose import LooseFind, add_to, fill_in, read_loosely
from foiatrack.intake.model import Letter, Proposal, ProposedEvent
from foiatrack.intake.numbers import (
    appeal_by_elimination,
    appeal_files_first,
    appeal_pieces_last,
    caption_docket,
    case_between_parties,
    find_references,
    ocr_repaired,
    request_numbers_first,
)
from foiatrack.intake.pages import (
    RELEASED_LIST_HEADING,
    PageCounts,
    earlier_pages_taken_up,
    earlier_production_lines,
    listed_file_pages,
    one_record_released,
    pages_carried_to,
    pages_in_all,
    pages_of_record_kept,
    pages_of_record_released,
    read_pages,
    read_pages_after,
    release_after_total,
    released_and_withheld_rows,
    rows_counting_records,
    rows_decided_on_appeal,
    running_total_only,
    sum_not_adding_up,
    table_rows_respelt,
    withheld_by_subtraction,
)
from foiatrack.intake.text import (
    MONEY_PATTERN,
    STATUS_HEADED_SENTENCE,
    STATUS_LINE,
    Sentence,
    count_value,
    dates_in,
    days_just_past,
    drop_unticked,
    fold,
    money,
    sentences,
)

# literals.search / .finditer (used below for the rules' broad patterns, RELEASE, WAIVER, UPHELD ...) run a pattern
# only where a literal every match of it needs (read from the pattern itself) is in the text: the same answers.

# The order an early letter's events happen in: the loose reading's additions take their place in it.
_EARLY_KINDS = (EventKind.ACKNOWLEDGED, EventKind.TRACKING_NUMBER, EventKind.EXTENSION, EventKind.EXPEDITE_DECISION,
                EventKind.FEE_WAIVER_DECISION, EventKind.FEE_ESTIMATE)

# Rows of a fee table read as one sentence, each a label and its amount: "Less waiver of the first $30.00 in fees |
# ($30.00) Total estimated fees and costs | $130.00" is two rows, the waiver's and the total's (a waiver's row does not
# make the total no estimate).
# ... and a form's lines without bars, each a label and its amount, run together by a PDF's text layer: "Fee waiver or
# reduction (indigence, nonprofit organization, public interest) $0.00 TOTAL ESTIMATED FEE $307.28" is the waiver's
# line and the total's (Michigan's detailed cost itemization).
_NEXT_ROW = r"(?=[A-Z][^|.]{0,80}\|\s*\(?\$|[A-Z][A-Za-z-]*(?:\s+[A-Za-z(][\w%()-]*){0,8}\s+\(?\$\s?\d)"
_TABLE_ROWS_RUN_TOGETHER = re.compile(rf"(?<=\d\.\d\d\))\s+{_NEXT_ROW}|(?<=\d\.\d\d)\s+{_NEXT_ROW}")


# An e-mail's message read with an attached letter's text ("email body + attachment NAME.pdf (text layer)").
_MESSAGE_WITH_ATTACHMENT = re.compile(r"email body \+ attachment\b")


def _own_message(letter: Letter, raw: str) -> str:
    """The text of an e-mail's own message where it was read with an attached letter, folded and on one line; ""
    for any other letter. The message is the last part: the correspondence reader sets its attachments before it."""
    if _MESSAGE_WITH_ATTACHMENT.match(letter.source) and "\f" in raw:
        return " ".join(fold(raw.rsplit("\f", 1)[1]).split())
    return ""


# A letter read from a scan by OCR (alone, or an attachment's part: "email body + ocr").
_BY_OCR = re.compile(r"\bocr\b")
# What a scan's OCR makes of a citation: a rule's underscores before it at a line's start ("__K.S.A, 45-221
# (a)(30)."), the last stop of a code's initials read as a comma before its section ("K.S.A, 45-221") and a space
# read between a section and its subsections ("45-221 (a)(30)", "45-221 (a)(10)(A)"); each mended, so the citation
# reads as printed (never in a letter's own text, nor a comma after initials before anything but a section's figures,
# nor a space before a bracket after anything but a section cited by a code's initials: "section 5 (a)").
_OCR_CITATION_NOISE = (
    (re.compile(r"(?m)^[ \t]*_+(?=(?:[A-Z]\.\s?){2,}[A-Z][.,]\s?\d)"), ""),
    (re.compile(r"\b((?:[A-Z]\.\s?){2,}[A-Z]),(?=\s\d+[-.:]\d)"), r"\1."),
    (re.compile(r"\b((?:[A-Z]\.\s?){2,}[A-Z]\.\s?(?:§+\s?)?\d+(?:[-.:]\d+[a-z]?)+)[ \t](?=\(\w{1,3}\))"), r"\1"),
)


# ... and the "b" of a FOIA exemption read as a "6" beside a form's box ("[X] (6)(7)(D)", "[] (6)(4)"), where the
# letter spells the Act's exemptions rightly elsewhere ("[X] (b)(3)"): the box's exemption is the FOIA's, "(b)(7)(D)",
# whatever line OCR set it on (never a "(6)" with no box before it, nor one with no figure after it: "[X] (6)").
_BOXED_B_READ_AS_6 = re.compile(r"(?<=\])([ \t]?)\(6\)(?=[ \t]?\([1-9]\)(?:[ \t]?\([A-F]\))?(?![\w(]))")
_FOIA_EXEMPTION_SPELT = re.compile(r"\(b\)\s?\([1-9]\)")


def _ocr_citations_mended(text: str) -> str:
    """*text*, read from a scan, with its citations as printed (see _OCR_CITATION_NOISE and _BOXED_B_READ_AS_6)."""
    for noise, printed in _OCR_CITATION_NOISE:
        text = noise.sub(printed, text)
    if _FOIA_EXEMPTION_SPELT.search(text):
        text = _BOXED_B_READ_AS_6.sub(r"\1(b)", text)
    return text


def understand(letter: Letter) -> Proposal:
    """Propose the events *letter* reports, each with its evidence; pure and deterministic."""
    # The exemptions of a sentence, and whether it withholds, are asked of the same sentences many times over while one
    # letter is read: remembered for this letter only (answers that depend on the sentence alone, see remembering).
    with remembering():
        return _understand(letter)


def _understand(letter: Letter) -> Proposal:
    text = _ocr_citations_mended(letter.text) if _BY_OCR.search(letter.source) else letter.text
    raw = P.FORM_DECISION_LABEL_LINE.sub(r"\1 ", _rejoin_wrapped_dates(drop_unticked(text)))
    as_folded = fold(raw)
    # (a table's "Exemptions" column giving the FOIA's exemptions by number alone, "| Withheld in full | 5 |", read as
    # the FOIA's: every rule that reads a row's grounds then reads them)
    text = bare_exemption_cells(spelled_out(as_folded))
    parts = [fold(part) for part in raw.split("\f") if part.strip()] or [text]
    all_sentences = sentences(text)
    referenced = text + ("\n" + fold(letter.subject) if letter.subject else "")
    references = appeal_pieces_last(appeal_files_first(request_numbers_first(find_references(referenced), referenced)))
    # The numbers as OCR read them, by the number printed, for quoting the sentence that gives one.
    as_read: dict[str, str] = {}
    if _BY_OCR.search(letter.source):
        # a scan's number as printed, not as OCR misread it in lower case ("2027-OIlG-00052"): the request on file
        # carries the printed one
        as_read = {ocr_repaired(ref.number): ref.number for ref in references}
        references = [replace(ref, number=ocr_repaired(ref.number)) for ref in references]
    tracking = [ref.number for ref in references if not ref.is_appeal]
    appeals = [ref.number for ref in references if ref.is_appeal]
    letter_date, date_evidence = _letter_date(parts, letter.date, _column_dated_lines(raw))
    reader = _Reader(all_sentences, letter_date, date_evidence, text.splitlines(), _own_message(letter, raw))
    events = reader.events()
    if any(e.kind in (EventKind.APPEAL_ACKNOWLEDGED, EventKind.APPEAL_DECISION) for e in events):
        appeal = appeal_by_elimination(references) or case_between_parties(references, text)
        if appeal is not None:
            appeals = [appeal.number]
            tracking = [number for number in tracking if number != appeal.number]
        elif not references and (docket := caption_docket(raw)):
            # a review body's decision whose only number is its docket, in the caption's column: "... OF     )
            # OHE PR 26-11"
            appeals = [docket]
    number = tracking[0] if tracking else None
    number_evidence = _sentence_with(all_sentences, as_read.get(number, number)) if number else None
    for event in events:
        if (number and event.kind not in (EventKind.APPEAL_ACKNOWLEDGED, EventKind.APPEAL_DECISION)) or (
                number and not appeals):
            event.tracking_number = number
            event.evidence["tracking_number"] = number_evidence or number
        if appeals and event.kind in (EventKind.APPEAL_ACKNOWLEDGED, EventKind.APPEAL_DECISION):
            event.appeal_number = appeals[0]
            event.evidence["appeal_number"] = _sentence_with(all_sentences, as_read.get(appeals[0], appeals[0])) or \
                appeals[0]
            if number:
                event.tracking_number = number
                event.evidence["tracking_number"] = number_evidence or number
    for event in events:
        event.evidence = {field: as_written(quote, as_folded) for field, quote in event.evidence.items()}
    notes = []
    if not events:
        notes.append("no event recognised: the letter does not say it acknowledges, extends, estimates fees, "
                     "decides, asks for clarification or releases records in words these rules know")
    for kind, sentence, field in reader.loose:
        what = kind.value.replace('_', ' ').capitalize() + (f", {field.replace('_', ' ')}" if field else "")
        notes.append(f"{what}: read loosely, from words no precise rule knows; "
                     "check it against the letter: "
                     f"\"{as_written(sentence.strip(), as_folded)}\"")
    if letter_date is None:
        notes.append("date: the letter shows no date of its own; enter the date on the letter")
    return Proposal(events=events, letter_date=letter_date, tracking_numbers=tracking, appeal_numbers=appeals,
                    notes=notes)


_MONTH_NAME = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|"
               r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
# A date that a PDF's line breaking cut before its year: "IMPC-FOIA <wide gap> 3 November" / "2026". The year alone on
# the next line belongs to the day and month that end the line above.
_WRAPPED_DATE = re.compile(rf"(?im)((?:\b\d{{1,2}}\s+{_MONTH_NAME}|\b{_MONTH_NAME}\s+\d{{1,2}},?))[ \t]*\n[ \t]*"
                           r"((?:19|20)\d\d)[ \t]*$")


def _rejoin_wrapped_dates(raw: str) -> str:
    return _WRAPPED_DATE.sub(r"\1 \2", raw)


def _sentence_with(all_sentences: list[Sentence], needle: str) -> str | None:
    return next((s.text for s in all_sentences if needle in s.text), None)


def _letter_date(parts: list[str], envelope: dt.date | None,
                 columns: frozenset[str] = frozenset()) -> tuple[dt.date | None, str]:
    """The date printed at the head of the letter (a line that is just a date, or one set apart at the right of a
    line: *columns*, folded), else the envelope's."""
    # A form dates its response in a field of its own, maybe beside another dated field ("Date request received:
    # November 19, 2026 <gap> Date of response: November 25, 2026"): that field is the letter's date.
    for part in parts:
        for line in part.split("\n")[:40]:
            found = dates_in(line)
            for position, (value, match) in enumerate(found):
                start = found[position - 1][1].end() if position else 0
                if P.RESPONSE_DATE_FIELD.search(line[start:match.start()]):
                    return value, line.strip()
    # ... or in a form's table, in the cell under the header "Date:" ("Requester: | Date:" above "Evander Kowalczyk,
    # Great Lakes Reactor Safety Alliance | 12/01/2026", an NRC Form 464).
    for part in parts:
        lines = part.split("\n")[:40]
        for head, line in itertools.pairwise(lines):
            if "|" not in head or "|" not in line:
                continue
            heads = [cell.strip() for cell in head.strip(" |").split("|")]
            cells = [cell.strip() for cell in line.strip(" |").split("|")]
            for label, cell in zip(heads, cells, strict=False):
                found = dates_in(cell)
                if P.DATE_COLUMN_HEAD.fullmatch(label) and len(found) == 1 and found[0][1].group(0).strip() == cell:
                    return found[0][0], line.strip()
    for part in parts:
        lines = part.split("\n")
        for index, line in enumerate(lines[:30]):
            stripped = line.strip()
            if P.SALUTATION.match(stripped):
                # A date set to the right of the "Re:" lines comes out of some layouts just after the
                # salutation ("Dear Ms. Raman:" / "November 9, 2026"): only a line that is a date and nothing else.
                after = [other.strip() for other in lines[index + 1:index + 4] if other.strip()][:2]
                bare = next((d for other in after if (d := _bare_date(other))), None)
                if bare:
                    return bare
                break
            found = dates_in(stripped)
            if len(found) == 1 and P.MAIL_SENT_HEADER.match(stripped):
                # An e-mail pasted from a mail program keeps its header: "Sent: Wednesday, April 15, 2026 9:18 AM"
                # is when it was sent, as a "Date:" header is.
                return found[0][0], stripped
            before = stripped[:found[0][1].start()] if len(found) == 1 else ""
            if len(found) == 1 and stripped in columns and (
                    P.NUMBER_LABEL_ONLY.fullmatch(before.strip())
                    or not P.DATE_LINE_NOISE.search(P.REFERENCE_LABEL.sub("", before))):
                # "Request Number: 2026-03517 <wide gap> September 3, 2026": the date in its own column beside a
                # reference; only the reference's label says "request".
                return found[0][0], stripped
            said_again = "|".join(re.escape(match.group(0)) for _, match in found)
            if len(found) > 1 and len({value for value, _ in found}) == 1 \
                    and not re.sub(said_again, "", stripped).strip(" /|()[],;-\u2013\u2014"):
                # The one day said twice, in the two languages of a bilingual letter or in two forms: "December 4,
                # 2026 / 4 de diciembre de 2026", "12/04/2026 (December 4, 2026)".
                return found[0][0], stripped
            if len(found) != 1 or P.DATE_LINE_NOISE.search(stripped) or P.FORM_EDITION.search(stripped):
                continue  # (nor a form's edition: "NRC FORM 464 Part I (09-25-2024)")
            above = next((other.strip() for other in reversed(lines[:index]) if other.strip()), "")
            if P.EDITION_ALONE.fullmatch(stripped) and P.FORM_NAME.search(above):
                continue  # ... nor printed by itself beneath the form's name
            value, match = found[0]
            if _sentence_tail(lines, index, stripped[:match.start()]):
                continue
            # A date set in its own column at the right of a letterhead line ("Office of the Staff Judge Advocate
            # <wide gap> 3 March 2026"): the gap parts it from the office's name, so it is the line's date alone.
            if stripped in columns:
                return value, stripped
            rest = (stripped[:match.start()] + stripped[match.end():]).strip(" ,.:")
            rest = re.sub(r"^(?:date[d]?|sent|[A-Z][a-z]+day)\s*:?,?", "", rest, flags=P.IC).strip(" ,.:")
            # "June 24, 2026 Government Records Council Meeting": a line that starts with its date may say more.
            if len(rest) <= 25 or (match.start() == 0 and len(rest) <= 40):
                return value, stripped
    # Some forms print the date at the foot, after the signature: "Date: May 4th, 2026", "Dated: August 6, 2026".
    for part in parts:
        for line in part.split("\n"):
            stripped = line.strip()
            found = dates_in(stripped)
            if len(found) == 1 and re.fullmatch(P.FOOT_DATE_LABEL, stripped[:found[0][1].start()], P.IC) and not \
                    stripped[found[0][1].end():].strip(" ."):
                return found[0][0], stripped
            # ... or at the end of a form's footer line, after its number: "Form No. 003 - 06/26    Date: 06/15/2026"
            # (not a labelled date: "Estimated Delivery Date: 12/11/2026").
            last = found[-1] if found else None
            if last and re.search(r"[\d)]\s+dated?\s*:\s*$", stripped[:last[1].start()], P.IC) and not \
                    stripped[last[1].end():].strip(" .") and not P.DATE_LINE_NOISE.search(stripped[:last[1].start()]):
                return last[0], stripped
    # An appeal body's decision dated where it was issued or approved: "FINAL DETERMINATION ISSUED AND MAILED:
    # September 18, 2026", "Approved by Order of the Commission at its regular meeting of November 18, 2026."
    for part in parts:
        ordered = False
        for line in part.split("\n"):
            stripped = line.strip()
            ordered = ordered or bool(P.SO_ORDERED.search(stripped))
            found = dates_in(stripped)
            if len(found) == 1 and not stripped[found[0][1].end():].strip(" .") and (
                    P.ISSUED_LABEL.search(stripped[:found[0][1].start()])
                    or P.APPROVED_AT_MEETING.search(stripped[:found[0][1].start()])
                    # an order's line of the day it was made: "SO ORDERED, this the 3rd day of December, 2026."
                    or P.ORDER_DAY_LINE.match(stripped[:found[0][1].start()])
                    # a court's stamp below its order: "IT IS SO ORDERED." ... "Filed November 23, 2026"
                    or (ordered and P.FILED_STAMP.fullmatch(stripped[:found[0][1].start()]))):
                return found[0][0], stripped
            if len(found) == 2 and not stripped[found[1][1].end():].strip(" .") and P.ADOPTED_LABEL.fullmatch(
                    stripped[:found[0][1].start()]) and P.RELEASED_LABEL.fullmatch(
                    stripped[found[0][1].end():found[1][1].start()]):
                # A commission's order gives the day it was voted and the day it was issued: "Adopted: December 8,
                # 2026   Released: December 9, 2026" (the Federal Communications Commission's); the order is dated
                # the day it was released to the parties.
                return found[1][0], stripped
    # Below the closing ("Sincerely,"), a date stamped alone ("AUG 27 2026") or a line saying when the letter went
    # out ("Sent via the Public Records Center on July 10, 2026"); the first such line.
    for part in parts:
        lines = part.split("\n")
        close = next((i for i, line in enumerate(lines) if P.CLOSING.match(line.strip())), None)
        for line in lines[close + 1:] if close is not None else []:
            stripped = line.strip()
            if P.QUOTED_HISTORY.match(stripped):
                break  # an earlier message quoted below a reply is not this letter
            foot = _bare_date(stripped) or _sent_on(stripped)
            if foot:
                return foot
    # A date alone on a line at the foot, with only the signature block after it ("11/24/2026" above an electronic
    # signature, no "Sincerely"): when the letter was signed.
    for part in parts:
        foot = _foot_date(part)
        if foot:
            return foot
    # A portal notice's "Message sent on: 04/22/2026", set among its lines rather than below a closing.
    for part in parts:
        for line in part.split("\n"):
            stripped = line.strip()
            if P.QUOTED_HISTORY.match(stripped):
                break
            found = dates_in(stripped)
            if len(found) == 1 and P.MESSAGE_SENT_ON.match(stripped[:found[0][1].start()]) and \
                    P.TIME_AFTER_DATE.match(stripped[found[0][1].end():]):
                return found[0][0], stripped
    if envelope is not None:
        return envelope, f"E-mail sent {envelope.isoformat()}"
    return None, ""


def _sentence_tail(lines: list[str], index: int, before_date: str) -> bool:
    """Whether line *index* is the end of a sentence the page wrapped, its date led by a preposition: "... the formal
    complaint received by the Office of the Public Access" / "Counselor on October 26, 2026." is when the complaint
    came in, not the letter's date."""
    above = next((line.strip() for line in reversed(lines[:index]) if line.strip()), "")
    return len(above) >= 60 and not above.endswith((".", ":", "!", "?")) and re.search(
        r"\b(?:on|of|by|before|after|until|since|from|through|dated)\s*$", before_date, P.IC) is not None


def _foot_date(part: str) -> tuple[dt.date, str] | None:
    """A line that is only a date among the last lines of *part*, followed by nothing but short lines that make no
    sentence (a name, a title, "X", "Signed by: ..."): the signature block's date."""
    raw = [line.strip() for line in part.split("\n")]
    lines = [(index, line) for index, line in enumerate(raw) if line]
    for position in range(len(lines) - 1, max(-1, len(lines) - 9), -1):
        index, line = lines[position]
        bare = _bare_date(line)
        if bare:
            after = [other for _, other in lines[position + 1:]]
            # A line of its own, not the end of a sentence broken before its date ("... response is\nAugust 5").
            set_apart = index == 0 or not raw[index - 1] or raw[index - 1].endswith((".", "!", "?"))
            if set_apart and all(len(other) < 60 and not re.search(r"\w\s+\w+[.!?]$", other) for other in after):
                return bare
            return None
    return None


def _column_dated_lines(raw: str) -> frozenset[str]:
    """The lines (folded) that end in a date set apart from the words before it by a wide gap, as a letterhead sets
    the date at the right margin; folding closes the gap, so it is looked for in the raw text. A table's last cell
    (a Word letter's "FOIA Control No. 2027-000087 | December 1, 2026", its cells read between bars) is such a
    column too, and so is a form's last field set apart by the gap ("FOIA Number: NRC-2027-000061 <gap> Response
    Type: FINAL <gap> Date: 12/01/2026"), and a date that starts a line with only a reference beyond its gap."""
    out = set()
    for line in raw.split("\n"):
        found = dates_in(line)
        if (len(found) == 1 and re.search(r"\S(?:(?: {3,}|\t)(?:dated?\s*:\s*)?|\s*\|(?:\s*date\s*:)?)[ \t]*$",
                                          line[:found[0][1].start()],
                                          re.IGNORECASE)
                and not line[found[0][1].end():].strip(" .")) or _date_before_reference(line, found):
            out.add(fold(line))
    return frozenset(out)


def _date_before_reference(line: str, found: list[tuple[dt.date, re.Match[str]]]) -> bool:
    """Whether *line* starts with its one date and has only a reference set apart at its right: "December 21, 2026
    <wide gap> Request No. CRM-301718264" (the Criminal Division's head); not "December 21, 2026 <gap> Received:
    ..."."""
    if len(found) != 1 or line[:found[0][1].start()].strip():
        return False
    gap = re.match(r"(?: {3,}|\t|\s*\|)\s*", line[found[0][1].end():])
    return bool(gap) and bool(P.NUMBER_LABEL_ONLY.fullmatch(line[found[0][1].end() + gap.end():].strip(" |")))


def _plain(sentence: str) -> str:
    """The sentence without the names it defines in parentheses ('("IDPH" or "the Department")')."""
    return P.DEFINED_NAME.sub("", sentence)


def _bare(sentence: str) -> str:
    """The sentence without its defined names and its bare acronyms: "your Freedom of Information Act (FOIA)
    request, which the Office of Personnel Management (OPM) received on May 29" names the request as plainly as
    "your Freedom of Information Act request"."""
    return P.ACRONYM.sub("", _plain(sentence))


def _conditional_before(head: str) -> bool:
    """Whether the clause leading up to a finding makes it a condition: "If we are unable to locate records
    responsive to your request, we will send you a letter", "Should the search not locate any records, ...", "In the
    event that no records are found, ..." promise what will follow a search, they do not report one."""
    # (only the clause that leads to the finding: "If any records had been found, they would be exempt ..., but the
    # search found none" reports the search after its contrast)
    return bool(P.CONDITION_OPENING.search(re.split(r"[;:]|\b(?:but|however)\b", head, flags=re.IGNORECASE)[-1]))


def _verdict_foreseen(sentence: str) -> bool:
    """Whether every verdict the sentence gives stands in a condition, foreseen and not given: "The estimate will not
    be charged unless and until the denial of your fee waiver request is affirmed", "If the denial is upheld, you may
    seek judicial review"; or is one of the verdicts the deciding officer may yet give: "The General Counsel may
    affirm, affirm in part, reverse, or reverse in part the initial response", in the letter that acknowledges the
    appeal."""
    # (the condition in the verdict's own clause: not "in accordance with § 16.8(b)(3), which provides that an appeal
    # ordinarily will not be adjudicated if the request becomes a matter of FOIA litigation, I am closing your appeal")
    # (finditer only where the pattern can match at all: literals.finditer, the same matches)
    # (first whether it matches at all, alternative by alternative: literals.found, the same answer as whether
    # finditer finds any; most sentences give no verdict, and then there is nothing to iterate)
    if not literals.found(P.APPEAL_DECISION, sentence):
        return False
    found = list(literals.finditer(P.APPEAL_DECISION, sentence))
    return bool(found) and all(re.search(r"\b(?:if|unless|until|should|in\s+the\s+event)\b[^,;:]*$",
                                         sentence[:match.start()], re.IGNORECASE)
                               or P.VERDICTS_OPEN.search(sentence[:match.start()]) for match in found)


def _hyphened_count(text: str) -> int | None:
    """The number of a count joined by hyphens to the words after it: "ten-working-day" is ten, "twenty-one" 21."""
    parts = text.split("-")
    for end in range(len(parts), 0, -1):
        value = count_value("-".join(parts[:end]))
        if value is not None:
            return value
    return None


def _hedged(sentence: str, *, appeal: bool = False) -> bool:
    """An extension only spoken of ("if", "may need to extend"), not taken. The reason given after "because" is not
    the claim: "the Department requires up to thirty (30) additional calendar days to respond, because ... the records
    may require redaction" takes the days. In a letter about an appeal, the appeal named ("the time to decide your
    appeal is extended") is the matter whose time is extended, as a request is, not the right to appeal."""
    if appeal:
        sentence = P.THE_APPEAL.sub("the matter", sentence)
    return bool(P.EXTENSION_NOT_TAKEN.search(P.REASON_CLAUSE.sub("", sentence)))


def _cannot_in_time(sentence: str) -> bool:
    """True when *sentence* says the office cannot answer within the law's days ("The District cannot produce the
    requested information within ten business days"), not where that is only the condition of a duty the sentence
    recites: Texas's "the City must promptly produce public information, or, if it cannot produce the information
    within ten business days, certify that fact in writing" says what the law bids, not that the City cannot."""
    # (literals.finditer: NEW_DATE run only where a literal every match of it needs is in the sentence, the same
    # matches; nine sentences in ten hold none)
    return any(not P.CONDITION_BEFORE.search(sentence[:found.start()])
               for found in literals.finditer(P.NEW_DATE, sentence))


def _extended_day(sentence: str) -> dt.date | None:
    """The day a sentence extends the time to, its days unsaid ("The time to respond to your request is hereby
    extended to March 20, 2026", "we have extended the deadline to respond until Monday, March 16, 2026")."""
    for value, match in dates_in(sentence):
        if P.EXTENDED_TO_DAY.search(sentence[max(0, match.start() - 160):match.start()]):
            return value
    return None


_VERDICT_CLAUSE = re.compile(r";|,?\s+and\s+(?=(?:\w+\s+){0,2}(?:affirm|uphold|upheld|sustain|revers|overturn)\w*\b)",
                             re.IGNORECASE)


def _split_verdicts(sentence: str) -> tuple[list[str], list[str]]:
    """A decision on two withholdings in one sentence, one affirmed and one reversed: "The Office affirms the
    withholding under Exemption 5 and reverses the withholding under Exemption 6" gives (["... affirms ... 5"],
    ["reverses ... 6"]); nothing unless each clause names its exemption."""
    clauses = [c for c in _VERDICT_CLAUSE.split(sentence) if find_exemptions(c)]
    affirmed = [c for c in clauses if re.search(r"\b(?:affirm|uphold|upheld|sustain)\w*", c, re.IGNORECASE)
                and not re.search(r"\b(?:revers|overturn)\w*", c, re.IGNORECASE)]
    # (the release of what was withheld reverses it: "The Bureau will release the information previously withheld
    # under Exemption 5; the Exemption 6 redactions are affirmed")
    reversed_ = [c for c in clauses if re.search(r"\b(?:revers|overturn)\w*|\b(?:will|shall|must)\s+(?:now\s+)?"
                                                 r"(?:release|disclose|produce)\b[^;]*\bpreviously\s+(?:withheld|"
                                                 r"redacted)\b", c, re.IGNORECASE)
                 and not re.search(r"\b(?:affirm|uphold|upheld|sustain)\w*", c, re.IGNORECASE)]
    return (affirmed, reversed_) if affirmed and reversed_ else ([], [])


def _within_laws_time(sentence: str, *, beside: bool = False) -> bool:
    """Whether the sentence places the office's day within the law's own time, or restates that time ("which is within
    thirty (30) calendar days of receipt of your request as provided in Wyo. Stat. § 16-4-202(d)(i)", "the Department
    has thirty days from receipt to respond"); not a day said to lie beyond it ("cannot be produced within the five days
    the law allows", "more than the thirty days the statute provides"), nor one on a condition. A sentence *beside* the
    day's says so only where no condition opens anywhere before the law's time: "Please be aware that if any of the
    information is information the City wishes to withhold, the City will request a decision from the Attorney General
    within the deadline provided by Section 552.301" speaks of a step that may come, not of the day set."""
    for found in P.WITHIN_LAWS_TIME.finditer(sentence):
        clause = re.split(r"[;:]|,\s+(?:but|and)\b", sentence[:found.start()])[-1]
        if beside and P.CONDITION_OPENING.search(sentence[:found.start()]):
            continue
        if not re.search(r"\b(?:cannot|can\s+not|unable|not\s+(?:be\s+)?able|not|beyond|more\s+than|exceeds?|"
                         r"longer\s+than|if|unless|whether)\b", clause[-80:], P.IC):
            return True
    return False


def _bare_date(line: str) -> tuple[dt.date, str] | None:
    """The date of a line that is a date and nothing else ("November 9, 2026", "AUG 27 2026")."""
    found = dates_in(line)
    if len(found) == 1 and not (line[:found[0][1].start()] + line[found[0][1].end():]).strip(" ,."):
        return found[0][0], line
    return None


def _sent_on(line: str) -> tuple[dt.date, str] | None:
    """The date of a closing line that says the letter was sent, mailed or issued on it, and ends there."""
    found = dates_in(line)
    if len(found) == 1 and P.SENT_ON.match(line[:found[0][1].start()]) and not line[found[0][1].end():].strip(" ."):
        return found[0][0], line
    return None


# Words set in brackets, a bracketed citation inside them kept with them: "(closed September 19, 2025, records denied in
# full under Exemption 7(A))".
_ASIDE = re.compile(r"\((?:[^()]|\([^()]*\))*\)")


def _without_quoted_request(body: list[str]) -> list[str]:
    """*body* without the request's own words quoted after the sentence that introduces them ("You asked for:" and
    then '"All contracts ..., including records of any searches that were denied ..."'): what the requester wrote
    says nothing of what the agency did. Only a quotation that opens right after the introduction and closes within a
    few sentences is left out."""
    out: list[str] = []
    index = 0
    while index < len(body):
        sentence = body[index]
        index += 1
        opens = P.REQUEST_QUOTED_HERE.match(sentence)
        if opens and not re.search(r"\d", sentence[:opens.end()]):
            # ... or the words quoted in the sentence that introduces them, to its end ('You requested "copies of
            # the case files ..., with landowner personal information redacted."'): the sentence is the requester's,
            # left out whole; where the quotation goes on past its stop, the sentences up to its close too.
            closing = re.search(r"[\"\u201d]", sentence[opens.end():])
            if closing is None:
                end = next((n for n in range(index, min(index + 8, len(body))) if P.QUOTE_CLOSES.search(body[n])),
                           None)
                if end is not None:
                    index = end + 1
                    continue
            elif not sentence[opens.end() + closing.end():].strip(" .,;:)\u201d\""):
                continue
        out.append(sentence)
        if not P.REQUEST_QUOTED_NEXT.search(sentence) or index >= len(body) or not P.QUOTE_OPENS.match(body[index]):
            continue
        end = next((n for n in range(index, min(index + 8, len(body))) if P.QUOTE_CLOSES.search(body[n])), None)
        if end is not None:
            index = end + 1
    return out


def _release_asked_whether(sentence: str) -> bool:
    """The release or withholding the sentence names is what a review will find out, not what was decided: "must be
    reviewed by legal counsel to determine whether any of the records are exempt from disclosure under 29 Del. C.
    § 10002(o)", "we are reviewing whether the records may be released"."""
    found = literals.search(P.RELEASE, sentence)
    return bool(found and re.search(r"\bwhether\b[^.;]*$", sentence[:found.start()], re.IGNORECASE))


# Another failing joined to the late answer's: "... and by failing to demonstrate that it conducted an adequate search".
_ANOTHER_FAILING_JOINED = re.compile(r"\b(?:and|as\s+well\s+as)\s+(?:also\s+)?(?:by|in|when|for)\s+\w+ing\b|\bsearch",
                                    re.IGNORECASE)


def _without_late_finding(sentence: str) -> str:
    """*sentence* without the finding that the agency answered late, where it joins that finding to another ("...
    violated FOIA by failing to respond ..., but that the City has met its burden ..."); as it is otherwise."""
    clauses = P.FINDINGS_JOINED.split(sentence)
    if len(clauses) < 2:
        return sentence
    # (a finding of the late answer alone: not one that joins another failing to it, "violated FOIA by failing to
    # timely respond to the request and by failing to demonstrate that it conducted an adequate search")
    kept = [clause for clause in clauses if not P.LATE_ANSWER_VIOLATION.search(clause)
            or _ANOTHER_FAILING_JOINED.search(clause)]
    return " ".join(kept) if len(kept) < len(clauses) else sentence


def _whether_before(sentence: str, at: int) -> bool:
    """Whether the clause up to *at* asks "whether": "to determine whether they may be released", "whether any of the
    records can be disclosed" (not "whether or not you appeal, the records are released")."""
    return bool(re.search(r"\bwhether\b(?!\s+or\s+not\b)[^.;,]*$", sentence[:at], re.IGNORECASE))


def _before_release(sentence: str) -> str:
    """*sentence* up to where it gives out what was kept back (all of it where it gives out nothing)."""
    given = P.RELEASES_WHAT_WAS_KEPT.search(sentence)
    return sentence[:given.start("give")] if given else sentence


def _verdict_in(decisions: str) -> str | None:
    """The result the decision's sentences (*decisions*, joined) give: affirmed, remanded, reversed or partly."""
    # The Federal Communications Commission's Application for Review is its FOIA appeal, decided in the same words:
    # "IT IS ORDERED that the Application for Review ... IS DENIED".
    decisions = re.sub(r"\bapplication\s+for\s+review\b", "appeal", decisions, flags=P.IC)
    result = next((name for name, pattern in P.APPEAL_RESULTS if pattern.search(decisions)), None)
    if result in ("affirmed", "remanded") and P.AFFIRMED_AND_MORE.search(decisions):
        result = "partly"  # "I am affirming ... and I am remanding a portion of your request"
    if result == "remanded" and P.REVERSAL_WORD.search(decisions) and P.REMANDED_FOR_RELEASE.search(decisions) \
            and not P.REMANDED_FOR_MORE.search(decisions):
        # "I am reversing BOP's action ... I am remanding your request to BOP for it to release the records to you":
        # the remand only carries out the reversal
        result = "reversed"
    return result


class _Reader:
    """Applies the rules to the letter's sentences and builds the events in the order they happen."""

    def __init__(self, all_sentences: list[Sentence], letter_date: dt.date | None, date_evidence: str,
                 lines: list[str] | None = None, message: str = "") -> None:
        self.sentences = [s.text for s in all_sentences]
        # Whether P.APPEAL_DECISION finds a verdict in a sentence, by sentence: the rules ask it of the same sentences
        # again and again (finding the decision, its exemptions, its verdict, its fee), and the answer depends on the
        # sentence's text alone; kept for this one letter only.
        self._decides_appeal: dict[str, bool] = {}
        # the rows of a table of records with a pages column and an action column, each with its sentence
        self.table_rows = table_rows_respelt(lines or [])
        # ... and of those, the rows under a column headed as the appeal's decision, each with its cell there
        self.decided_on_appeal = rows_decided_on_appeal(lines or [])
        # (the letter's lines, for a table only one kind of letter reads: see released_and_withheld_rows below)
        self.lines = lines or []
        self.body = self._body()
        # The text of an e-mail's own message, where an attached letter comes before it ("" otherwise).
        self.message = message
        self.date = letter_date
        self.date_evidence = date_evidence
        # "We located a 9-page memorandum. It is enclosed.": both the kind of answer and its pages ask for it
        self.one_record = one_record_released(self.body)
        # Whether the letter cites the Illinois Act or Massachusetts's G. L. c. 4, § 7(26) anywhere: a section named
        # elsewhere by its number or letter alone ("Section 7(1)(c)", "Exemption (c)") is then that law's.
        self.illinois = any(ILLINOIS_LETTER.search(sentence) for sentence in self.body)
        self.massachusetts = any(MASSACHUSETTS_LETTER.search(sentence) for sentence in self.body)
        self.laws_named_once = laws_named_once(self.body)
        # (kind, sentence, field) of each event read loosely (field None: the whole event), for the proposal's notes
        self.loose: list[tuple[EventKind, str, str | None]] = []

    def _appeal_decided(self, sentence: str) -> bool:
        """Whether *sentence* gives an appeal's verdict in P.APPEAL_DECISION's words (its search, remembered)."""
        found = self._decides_appeal.get(sentence)
        if found is None:
            # (searched only where the words any verdict needs are in the sentence, alternative by alternative:
            # literals.found, the same answer as bool(search); about half the sentences hold none, and the search of
            # the whole alternation costs milliseconds)
            found = self._decides_appeal[sentence] = literals.found(P.APPEAL_DECISION, sentence)
        return found

    def _body(self) -> list[str]:
        """The letter without enclosed boilerplate, and without an e-mail's confidentiality notice ("This e-mail,
        including any attachments, is intended only for the use of the individual or entity to which it is addressed
        and may contain information that is privileged, confidential, or protected by law, including the Privacy Act
        of 1974 and 38 U.S.C. 5701"): the statutes it names protect the e-mail, they withhold nothing from the
        records."""
        return [sentence for sentence in self._letter_body() if not P.EMAIL_DISCLAIMER.search(sentence)]

    def _letter_body(self) -> list[str]:
        """The letter without enclosed boilerplate (an "Explanation of Exemptions" sheet lists them all)."""
        for index, sentence in enumerate(self.sentences):
            # The enclosed sheet starts with its heading; a sentence that mentions it ("An Explanation of
            # Exemptions is enclosed") is still the letter.
            if P.EXEMPTION_BOILERPLATE.match(sentence.lstrip(" -*\u2022")) and index > 3:
                return _without_quoted_request(self.sentences[:index])
            legend = P.EXEMPTION_LEGEND_START.match(sentence) if index > 3 else None
            heading = index if legend and legend.group("titled") else next(
                (at for at in range(index - 1, max(index - 3, 0), -1)
                 if P.EXEMPTION_LEGEND_HEADING.match(self.sentences[at])), None) if legend else None
            if heading is not None:
                # a legend of every exemption under its title, enclosed after the letter: the letter ends before it
                return _without_quoted_request(self.sentences[:heading])
        return _without_quoted_request(self.sentences)

    def _first(self, pattern: re.Pattern[str], skip_conditional: bool = False, bare: bool = False) -> str | None:
        for sentence in self.body:
            plain = _bare(sentence) if bare else _plain(sentence)
            # (literals.found: whether the pattern matches, each alternative run only where a literal every match of
            # it needs is in the sentence; the same answer as bool(pattern.search(plain)))
            if literals.found(pattern, plain) and not (skip_conditional and P.IF.search(sentence)):
                return sentence
        return None

    def _strong_ack(self) -> str | None:
        """The first sentence that acknowledges the request, not one telling of an earlier letter that did: "On
        October 20, 2026, we acknowledged receipt of your request and estimated that we would respond by December 4,
        2026" is history in a letter that now takes more time."""
        return next((s for s in self.body if P.ACK_STRONG.search(_plain(s)) and not (
            P.ACKNOWLEDGED_BEFORE.search(s) and P.RECITAL.search(s)) and not P.ACK_LETTER_RECALLED.search(s)), None)

    def _no_records(self) -> str | None:
        """The sentence saying the search found nothing; "Without this information, we are unable to identify the
        records" only waits on the requester."""
        return next((s for s in self.body if (found := literals.search(P.NO_RECORDS, _plain(s)))
                     and not P.WITHOUT_INFORMATION.search(_plain(s))
                     # "located none other than those already released"; "You state that you have no such records"
                     and not P.NONE_BUT_THOSE.search(_plain(s)[found.start():]) and not P.REQUESTER_SAYS.search(s)
                     # "There are no records to produce until the fee is paid": nothing given yet, not nothing found
                     and not re.search(r"\b(?:until|unless|pending)\b", _plain(s)[found.end():], P.IC)
                     # "the Act does not require the Department to create records that do not exist": the law's rule
                     and not P.NO_DUTY_TO_CREATE.search(_plain(s)[:found.start()])
                     # "your request, which sought ..., did not identify specific government records": the request
                     # too broad, not nothing found
                     and not P.REQUEST_NAMED_NO_RECORDS.search(_plain(s)[:found.start()])
                     and not (P.REQUEST_JOINED_VERB.search(_plain(s)[:found.start()])
                              and P.REQUEST_FAILS_TO_NAME.match(found.group(0)))
                     and not _conditional_before(_plain(s)[:found.start()])), None)

    def _event(self, kind: EventKind, evidence: str) -> ProposedEvent:
        event = ProposedEvent(kind=kind, date=self.date, evidence={"kind": evidence})
        if self.date is not None:
            event.evidence["date"] = self.date_evidence
        else:
            event.unsure["date"] = "the letter shows no date of its own"
        return event

    def events(self) -> list[ProposedEvent]:
        appeal_ack = self._first(P.APPEAL_ACK)
        # The first sentence that decides and says what about (the appeal, the action, the request ...).
        # (not a review body's decision recalled in a later letter: "On November 16, 2026, the Public Access Bureau
        # issued a determination letter concluding that ISP improperly withheld the report", in the agency's release)
        # (nor a verdict only foreseen as a condition: "will not be charged unless and until the denial of your fee
        # waiver request is affirmed", in the letter that acknowledges the appeal)
        # (nor what the recalled decision "further found", told on in the sentence after: "The Council further found
        # that the Custodian lawfully denied access to the Borough Attorney's memorandum ...")
        appeal_decision = next((s for index, s in enumerate(self.body) if self._appeal_decided(s) and (
            P.APPEAL_TOPIC.search(s) or P.VIOLATION_FINDING.search(s) or P.BARE_VERDICT.search(s)
            or re.search(P.MEDIATION_CONCLUDED, s, P.IC))
            and not P.REVIEW_RECITED.search(s) and not _verdict_foreseen(s)
            and not (P.REVIEW_TOLD_ON.search(s) and any(P.REVIEW_RECITED.search(before)
                                                        for before in self.body[max(0, index - 2):index]))), None)
        # (searched alternative by alternative, each only where its needed words are in the sentence: literals.found,
        # the same answer)
        if not any(literals.found(P.APPEAL_LETTER, P.ACRONYM.sub("", _plain(sentence))) for sentence in self.body):
            appeal_ack = appeal_decision = None
        if appeal_ack or appeal_decision:
            return self._appeal_events(appeal_ack, appeal_decision)
        out: list[ProposedEvent] = []
        final, interim = self._release_kind()
        ack = self._strong_ack() or self._first(P.ACK_WEAK, bare=True) or self._receipt_sentence()
        if ack and self._record_field(ack):
            # The portal's field of the day the request came in gives way to a sentence of the letter that tells it
            # ("The City of Colorado Springs received your request ... on November 19, 2026"), where there is one.
            told = next((s for s in self.body if P.ACK_WEAK.search(_bare(s)) and not self._record_field(s)), None)
            receipt = self._receipt_sentence()
            ack = told or (receipt if receipt and not self._record_field(receipt) else ack)
        extension = self._extension()
        if final is not None and extension is not None and final == self._whole_request_transferred():
            # An office that extends its own time still answers the request: "We have forwarded your request to the
            # records custodian at the Lakeland District, who will respond to you directly ... the time limit for
            # responding to your request is extended by 10 working days" passes it inside the office.
            final = None
        if final is not None and extension is not None and final != self._no_records() \
                and self._page_counts(skip_items=False).pages_released is not None:
            # Records sent now while the office takes more time for the rest are a first release, not its answer:
            # "Enclosed please find the crash reconstruction report responsive to item 1 of your request, consisting
            # of 36 pages" beside "ISP is extending the time to respond to items 2 and 3 of your request by an
            # additional five (5) business days"; "The contract ... (44 pages) are attached" beside "the Department is
            # extending the period for response by seven (7) working days".
            final, interim = None, final
        ruling_sought = self._ruling_sought()
        if ruling_sought:
            # The office has asked the Attorney General whether it may withhold, and answers once the ruling is in
            # (Texas's Gov't Code § 552.301(d) notice): more time, its days unsaid; and no determination yet, only a
            # release of what it gives now ("Portions of that letter ... have been redacted" is the copy of its
            # letter to the Attorney General, no records).
            if extension is None:
                extension = self._event(EventKind.EXTENSION, ruling_sought)
            if final and not interim:
                released_now = self._page_counts(skip_items=False).pages_released
                final, interim = None, (final if released_now is not None else None)
        waiver = self._decision(P.WAIVER, EventKind.FEE_WAIVER_DECISION)
        if waiver is not None and (final or interim) and self._fees_waived_note_only(waiver):
            # A release that ends "Fees for this request have been waived." and names no waiver asked for says that
            # nothing is owed, as "are waived because they fall below the $25.00 minimum" does: no fee waiver decided.
            waiver = None
        expedite = self._decision(P.EXPEDITE, EventKind.EXPEDITE_DECISION)
        fee = self._fee_estimate()
        # (never a rule on the time counted from a request for clarification the office may make one day, nor what
        # the regulation says of requests in general: "a request that does not reasonably describe the records sought
        # is not considered received until it is perfected")
        # (nor what a fee waiver's request must show, the rule: "must address each of the factors set out in the
        # regulation with reasonable specificity")
        # (nor a clarification the law allows under a condition, "RCW 42.56.520(1)(d) permit the WSP to seek
        # clarification when a request is unclear", which leaves the ask that follows it to be read: "Please clarify
        # the following:")
        # (nor a fee's close warned of: "if we do not receive payment within 60 days ..., your request will be closed")
        clarification = next((s for s in self.body
                              if literals.search(P.CLARIFY,
                                                 P.PAYMENT_CLOSE_WARNING.sub(" ", P.ANY_REQUEST_FAILING.sub(" ", s)))
                              and not P.RECITAL.search(s) and not P.WAIVER_SHOWING.search(s)
                              and not (P.CLARIFICATION_FORESEEN.search(s)
                                       and not P.CLARIFY_ASK.search(P.CLARIFICATION_FORESEEN.sub(" ", s)))), None)
        if clarification and (P.CONDITIONAL.search(clarification) or _ask_in_condition(clarification)) \
                and not P.CLARIFY_FIRM.search(clarification):
            # ... its purpose said first: "To allow us to process your request, please clarify it by providing, for
            # example:", "In order to locate the records, kindly tell us ..."
            clarification = next((s for s in self.body[self.body.index(clarification) + 1:]
                                  if P.PLEASE_OPENING.match(s) and P.CLARIFY_ASK.search(s)
                                  and not P.CONDITIONAL.search(s)), None)
        if clarification and P.CLARIFICATION_NOT_ASKED.search(clarification):
            clarification = None  # "however, we are not asking you to clarify it at this time"
        if clarification and not fee and P.CLOSE_WARNING.search(clarification) and any(
                MONEY_PATTERN.search(s) and re.search(r"\b(?:cost|fees?|charges?|invoice|payment|estimate)", s, P.IC)
                for s in self.body):
            # ... and so does that of a letter that names the cost in words the rules read only loosely ("which
            # brings the cost to $180.00 ... If we haven't heard from you in 60 days, we'll consider the request
            # closed"): a fee letter, not a question about the request.
            clarification = next((s for s in self.body if P.CLARIFY_SCOPE.search(s)), None)
        if clarification and fee and not P.CLARIFY_SCOPE.search(clarification):
            # A fee letter's "if we do not hear from you we will close it" and "let us know whether you wish to
            # proceed" ask for the fee assurance; only a question about what is sought is a clarification.
            clarification = next((s for s in self.body if P.CLARIFY_SCOPE.search(s)), None)
        substantive = [e for e in (extension, waiver, expedite, fee) if e] + [x for x in (final, interim,
                                                                                          clarification) if x]
        strong_ack = self._strong_ack()
        # A letter that says when the request was received acknowledges it, whatever else it says; the
        # receipt date starts the clock. A determination's recital of the receipt date does not.
        dated_receipt = self._received(appeal=False)[0] is not None
        if clarification and P.STILL_INTERESTED.search(clarification):
            dated_receipt = False  # "your request, received on May 11, 2026 ... are you still interested?"
            # ... nor does its opening that the office has the request, however it puts it: "The FAA is in receipt of
            # your FOIA request, which was assigned control number 2026-009418 ... confirm whether they are still
            # interested": the request long acknowledged, the letter asks whether to go on with it.
            ack = strong_ack = None
        # ... and so does one that says the office received the request (its day not given: "WHD received your FOIA
        # request dated November 20") and gives it its number now ("Your FOIA request has been assigned the tracking
        # number ..."), whatever else it tells of the request's handling (an extension, a fee, a waiver).
        numbered_now = self._first(P.NUMBER_GIVEN_NOW) is not None and self._first(P.RECEIVED_YOUR_REQUEST,
                                                                                     bare=True) is not None
        if ack and substantive and not strong_ack and not numbered_now and self._details_below(ack, substantive):
            # A portal prints the request's details under each notice it sends ("Due date extended ... Request
            # #26-11872 / Received: November 9, 2026 via web"): a field there, below what the notice tells, is the
            # request's record, not an acknowledgement of it.
            ack, dated_receipt = None, False
        if ack and substantive and not strong_ack and self._first(P.ACK_LETTER_RECALLED) is not None:
            # An earlier letter acknowledged the request, and this one tells of what comes after: "We wrote to you on
            # November 6, 2026, to acknowledge your request ... We are writing now to advise you that we are taking a
            # 10-workday extension" (the day of receipt it repeats was logged with that acknowledgement).
            ack, dated_receipt = None, False
        # A first release sent while the office takes more time for the rest is its first answer, and so acknowledges
        # the request where it says the day it came in: "ISP received your request ... on November 17, 2026" beside
        # "ISP is extending the time to respond to items 2 and 3 of your request by an additional five (5) business
        # days" and the report for item 1 enclosed (as an extension letter with that day is an acknowledgement).
        first_answer = interim is not None and extension is not None and dated_receipt
        if ack and not final and (not interim or first_answer) \
                and (strong_ack or dated_receipt or numbered_now or not substantive):
            out.append(self._acknowledgement(ack))
            if extension is not None and extension.extension_days is None and extension.expected_by is None:
                self._no_extended_day(out[-1])
        out += [e for e in (extension, expedite, waiver, fee) if e]
        if clarification and not final:
            out.append(self._event(EventKind.CLARIFICATION_REQUESTED, clarification))
        if final or interim:
            out.append(self._determination(EventKind.FINAL_DETERMINATION if final else EventKind.INTERIM_RELEASE,
                                           final or interim or ""))
        if not out:
            # A letter that reports something in words no rule above knows is read again, loosely (loose.py).
            out = self._loosely()
        else:
            self._fill_in_loosely(out)
            out = self._add_loosely(out)
        if not out and (expected := self._expected_by())[0] is not None \
                and not P.CONDITION_CLAUSE.search(expected[1]):
            # A letter that says only when the answer will come ("We estimate that we will be able to provide the
            # first installment of records on or before January 8, 2027", "we expect to respond to your request on or
            # before January 15") acknowledges the request, with that day as its expected date (Washington's
            # five-day letter, New York's approximate date), not one that would come only on a condition ("if the
            # records are in storage, we will make them available on or before December 14").
            out.append(self._acknowledgement(expected[1]))
        if not out:
            assigned = self._first(re.compile(r"assigned|tracking\s+number|reference\s+number|control\s+number", P.IC))
            if assigned:
                out.append(self._event(EventKind.TRACKING_NUMBER, assigned))
        return out

    def _ruling_sought(self) -> str | None:
        """The sentence saying the office has asked a reviewing authority for a ruling it still awaits."""
        # ... a ruling awaited in a clause of time ("will not release ... until the Attorney General has issued a
        # ruling") is not one issued.
        if any(P.RULING_ISSUED.search(P.RULING_AWAITED.sub(" ", sentence)) for sentence in self.body):
            return None
        return next((s for s in self.body if P.RULING_SOUGHT.search(s) and not P.RECITAL.search(s)), None)

    def _fill_in_loosely(self, events: list[ProposedEvent]) -> None:
        """Fill the one field an event needs most, where the precise rules recognised the event but not that field,
        from the loose reading (loose.fill_in), remembered in ``loose`` so that the proposal says so."""
        wanted = {EventKind.FINAL_DETERMINATION: "outcome", EventKind.ACKNOWLEDGED: "received",
                  EventKind.EXTENSION: "extension_days", EventKind.FEE_ESTIMATE: "amount"}
        for event in events:
            name = wanted.get(event.kind)
            if name is None or getattr(event, name) is not None:
                continue
            find = fill_in(self.body, self.date, event.kind, name)
            value = None if find is None else {"outcome": find.outcome, "received": find.received,
                                               "extension_days": find.days, "amount": find.amount}[name]
            if find is None or value is None:
                continue
            if name == "received" and self.date is not None and value > self.date:
                continue
            setattr(event, name, value)
            event.evidence[name] = find.sentence
            event.unsure.pop(name, None)
            self.loose.append((event.kind, find.sentence, name))

    def _add_loosely(self, events: list[ProposedEvent]) -> list[ProposedEvent]:
        """The precise events with those the loose reading adds beside them (loose.add_to), each in its place in the
        order early letters' kinds happen."""
        out = list(events)
        recalled = self._first(P.ACK_LETTER_RECALLED) is not None
        for find in add_to(self.body, self.date, {event.kind for event in events}):
            if find.kind is EventKind.ACKNOWLEDGED and recalled:
                continue  # an earlier letter acknowledged the request, told with its day: this one is none
            rank = _EARLY_KINDS.index(find.kind)
            at = next((i for i, e in enumerate(out) if e.kind in _EARLY_KINDS and _EARLY_KINDS.index(e.kind) > rank),
                      len(out))
            out.insert(at, self._built_loosely(find))
        return out

    def _loosely(self) -> list[ProposedEvent]:
        """The events the loose reading finds where the precise rules found none."""
        return [self._built_loosely(find) for find in read_loosely(self.body, self.date)]

    def _built_loosely(self, find: LooseFind) -> ProposedEvent:
        """The event a loose find reports, built as the precise ones are (pages, exemptions, the receipt day), with
        the fields the find read, remembered in ``loose`` so that the proposal says it was read loosely."""
        if find.kind is EventKind.FINAL_DETERMINATION:
            event = self._determination(find.kind, find.sentence)
        elif find.kind is EventKind.ACKNOWLEDGED:
            event = self._acknowledgement(find.sentence)
            if event.received is None and find.received is not None:
                event.received, event.evidence["received"] = find.received, find.sentence
                event.unsure.pop("received", None)
        else:
            event = self._event(find.kind, find.sentence)
        if find.outcome is not None and event.outcome is None:
            event.outcome, event.evidence["outcome"] = find.outcome, find.sentence
            event.unsure.pop("outcome", None)
        if find.days is not None:
            event.extension_days, event.evidence["extension_days"] = find.days, find.sentence
        if find.amount is not None:
            event.amount, event.evidence["amount"] = find.amount, find.sentence
        self.loose.append((find.kind, find.sentence, None))
        return event

    # --- acknowledgements -----------------------------------------------------------------------------
    def _acknowledgement(self, evidence: str) -> ProposedEvent:
        event = self._event(EventKind.ACKNOWLEDGED, evidence)
        received, sentence = self._received(appeal=False)
        if received and self.date and received > self.date:
            event.unsure["received"] = f"the receipt date read ({received.isoformat()}) is after the letter's date"
        elif received:
            event.received, event.evidence["received"] = received, sentence
        else:
            event.unsure["received"] = "the letter does not say on which day the request was received"
        expected, sentence = self._expected_by()
        if expected and re.search(r"\b(?:first|initial)\s+(?:interim\s+)?(?:release|installment|production)\b",
                                  sentence, P.IC):
            # The first installment's estimate gives way to the new due date the letter names for the whole answer:
            # "with the first release on or about January 15, 2027. The new due date for the completion of your
            # request is April 30, 2027."
            due, where = self._due_date_extended_to()
            if due and _extended_day(where) != due:
                expected, sentence = due, where
        if expected:
            event.expected_by, event.evidence["expected_by"] = expected, sentence
        return event

    @staticmethod
    def _no_extended_day(ack: ProposedEvent) -> None:
        """An acknowledgement does not take as its expected date the day an extension in the same letter moves the
        deadline to without saying by how many days ("the Department is extending the period for its response to
        December 15, 2026"): the extension's days are what the deadline counts, and the extension says the day."""
        if ack.expected_by is None:
            return
        value = _extended_day(ack.evidence.get("expected_by", ""))
        if value is not None and value == ack.expected_by:
            ack.expected_by = None
            del ack.evidence["expected_by"]
            ack.unsure["expected_by"] = (f"{value:%B} {value.day}, {value.year} is the day the letter extends the "
                                         "time to, without saying by how many days")

    def _receipt_sentence(self) -> str | None:
        """"The Illinois State Police received your request ... on April 13": a dated receipt is an
        acknowledgement even without the word."""
        received, sentence = self._received(appeal=False)
        if received is None:
            return None
        if P.RECEIPT_OF_REQUEST.search(_bare(sentence)):
            return sentence
        # ... or told with the request's own date, "your FOIA request dated November 9, 2026, and received in this
        # office on November 10, 2026", in a letter that releases nothing (a fee letter, a decision on fees): a
        # release's opening, "This is the first interim response to your request dated ..., and received ...", tells
        # of the request, as a determination's recital does.
        if P.RECEIVED_AFTER_OWN_DATE.search(_bare(sentence)) and self._release_kind() == (None, None):
            return sentence
        # "The Unit has your request for records of .... It was logged in on October 14, 2026": the request named in
        # the sentence before, its receipt in this one ("it", never a payment or an appeal named there).
        index = self.body.index(sentence) if sentence in self.body else -1
        # ... or "We received it on November 24, 2026".
        # ... or "It arrived on November 13", the request only named before ("thanks you for your request").
        if (P.IT_RECEIVED.match(sentence) or P.RECEIVED_IT.search(sentence)) and (
                self._request_named_before(index, P.YOUR_REQUEST)
                or (P.IT_CAME_IN.match(sentence) and self._request_named_before(index, P.REQUEST_NAMED))):
            return sentence
        # ... or "Your request for booking logs has been logged in our system. It arrived by fax on November 30": the
        # request named before, however the sentence speaks of it, and its coming in told next.
        if P.IT_CAME_IN.match(sentence) and self._request_named_before(index,
                                                                      r"\byour\s+(?:[\w()/-]+\s+){0,8}request\b"):
            return sentence
        return None

    def _details_below(self, ack: str, substantive: list[ProposedEvent | str]) -> bool:
        """Whether *ack* is only a form's field ("Received: 11/09/2026", "Date Submitted: 11/5/2026") that comes after
        every sentence telling what the letter does, or that sits among a portal's other fields of the request (its
        status): the request's details a portal prints with its notice."""
        if not (P.RECEIVED_LABEL.match(ack) or re.match(P.SUBMITTED_LABEL, ack, P.IC)):
            return False
        if ack not in self.body:
            return False
        # ... or set, above the message or below it, among the other fields of the request's record in the portal
        # ("Request CBP-FO-2027-004471 / Status: On Hold - Need Info/Clarification / Submitted: 11/20/2026").
        if self._record_field(ack):
            return True
        told = [e.evidence.get("kind", "") if isinstance(e, ProposedEvent) else e for e in substantive]
        where = [self.body.index(t) for t in told if t in self.body]
        return bool(where) and len(where) == len(told) and max(where) < self.body.index(ack)

    def _record_field(self, sentence: str) -> bool:
        """Whether *sentence* is a dated field ("Submitted: 11/20/2026", "Date Received: 11/19/2026") among a portal's
        other fields of the request's record ("Status: On Hold - Need Info/Clarification"), not a sentence."""
        if not (P.RECEIVED_LABEL.match(sentence) or re.match(P.SUBMITTED_LABEL, sentence, P.IC)):
            return False
        if sentence not in self.body:
            return False
        index = self.body.index(sentence)
        beside = self.body[max(0, index - 2):index] + self.body[index + 1:index + 3]
        return any(P.PORTAL_RECORD_FIELD.match(s) for s in beside)

    def _request_named_before(self, index: int, named: str = r"\brequest\b") -> bool:
        """Whether the sentence before body[*index*] names the request (*named*) and nothing else that comes in (a
        payment, a fee, an appeal), so that this sentence's "it" is the request: "Your request has been logged. It
        came in through eFOIPA on November 30"."""
        if index <= 0:
            return False
        before = self.body[index - 1]
        return bool(re.search(named, before, P.IC)) and not re.search(
            r"payment|check|appeal|invoice|deposit|\bfees?\b|letter\s+of", before, P.IC)

    def _received(self, *, appeal: bool) -> tuple[dt.date | None, str]:
        if not appeal:
            # The day the law counts the request received governs the day it came in by e-mail: "... by electronic
            # mail on November 25, 2026. Pursuant to MCL 15.235(1), the request was deemed received on November 30"
            for sentence in self.body:
                deemed = P.DEEMED_RECEIVED.search(sentence)
                found = [d for d, m in dates_in(sentence) if deemed and m.start() == deemed.end()]
                if found and (self.date is None or found[0] <= self.date):
                    return found[0], sentence
        for index, sentence in enumerate(self.body):
            # "... has your appeal of the Census Bureau's final response. Our office received it on November 24": the
            # appeal named in the sentence before, its receipt in this one
            # ... or the letter that appeals, named in the sentence before: "We have your letter ..., in which you ask
            # the Department to reconsider, on appeal, ... The Office took delivery of your letter on November 20"
            appeal_before = bool(index and (P.RECEIVED_IT.search(sentence) or P.LETTER_TAKEN_IN.search(sentence))
                                 and P.APPEAL_BEFORE.search(self.body[index - 1])
                                 and not P.NOT_THE_APPEAL_BEFORE.search(self.body[index - 1]))
            # A form's field "Date Received: 11/30/2026" in a notice about the appeal is the appeal's receipt, where
            # the field does not name the request.
            labelled = appeal and bool(P.RECEIVED_LABEL.match(sentence)) and not re.search(r"\brequest", sentence, P.IC)
            filed = appeal and bool(re.search(P.APPEAL_FILED, sentence, P.IC))
            filed_by_requester = appeal and bool(re.search(P.FILED_BY_REQUESTER, sentence, P.IC))
            if (appeal_before or labelled
                    or bool(P.APPEAL_RECEIPT.search(P.REQUEST_SUBJECT.sub(r"\1", P.REQUEST_OBJECT_AFTER_RECEIPT.sub(
                        r"\1", P.QUOTED_WORDS.sub('""', P.APPEALS_IN_A_NAME.sub("", sentence))))))
                    ) != appeal:
                continue
            # "submitted through our Records Center on 11/30/2026": the day a request put in through the office's own
            # portal came in, where the sentence speaks of the request and names no receipt of its own
            submitted = bool(not appeal and re.search(P.SUBMITTED_THROUGH_OURS, sentence, P.IC)
                             and re.search(r"\brequest\b", sentence, P.IC)
                             # (or named only as the office's holding it: "is in receipt of your CORA request,
                             # submitted through the Department's online portal on Monday, November 23, 2026")
                             and not re.search(r"receiv|(?<!\bin\s)receipt|\bappeal", sentence, P.IC))
            # ... though a request for review is the appeal itself (Illinois's): "Your Request for Review arrived in
            # this office on November 24, 2026".
            side = (re.sub(rf"\brequest\s+for\s+review\b|{P.MEDIATION_REQUEST}", "appeal", sentence, flags=P.IC)
                    if appeal else sentence)
            if re.search(P.SIDE_REQUEST, side, P.IC) and not re.search(r"receiv|receipt", sentence, P.IC):
                continue  # "Your request for a fee waiver was logged on November 20": not the request's receipt
            if not submitted and not filed and not filed_by_requester and not re.search(
                    r"receiv|receipt|\blogged\b|\bentered\b|\bdocketed\b|\bregistered\b|\barrived\b|\breached\b|"
                    + P.OPENED_FOR_REQUEST + "|"
                    r"\btook\s+delivery\b|"
                    r"\bcame\b|\bcoming\s+in\b|\barriving\b|\bdelivered\b|" + P.FILED_WITH_US + "|" + P.DELIVERED_TO_US
                    + "|" + P.GOT_REQUEST + "|" + P.HAD_REQUEST_SINCE + "|" + P.REQUEST_ON_FILE + "|"
                    + P.TOOK_IN_REQUEST + "|" + P.QUEUED_REQUEST + "|" + P.ACKNOWLEDGED_AS_SUBMITTED_ON,
                    sentence, P.IC):
                continue
            if re.match(r"\W*it\s+(?:has\s+)?" + P.REACHED_OFFICE, sentence, P.IC) and not self._request_named_before(
                    index):
                continue  # "It came into our office on ...": only the request the sentence before named
            # "... which arrived in our office on June 1", "Your appeal ... reached the Appeals Office on November 16"
            arrived = re.search(P.APPEAL_ARRIVED if appeal else P.REQUEST_ARRIVED, sentence, P.IC) or (
                # "Your letter came to this office on 17 November 2026 and we have entered your appeal in the ... log":
                # the letter that appeals, come in, in a sentence about the appeal
                appeal and re.search(P.LETTER_ARRIVED, sentence, P.IC))
            # "Your FOIPA request has been logged. It came in through eFOIPA on November 30": the request the sentence
            # before names, come in by whatever way (never a payment, a fee or an appeal named there); "... thanks you
            # for your request. It arrived on November 13, 2026", "It came to us through the FIRST portal on ..."
            came_in = bool(not appeal and P.IT_CAME_IN.match(sentence) and self._request_named_before(index))
            # "... your request, which was entered into our case management system on June 2": entered as logged
            entered = not appeal and re.search(P.REQUEST_LOGGED, sentence, P.IC)
            # A payment received is not the request received; a payment only named in what was asked for is no
            # such receipt: "received your request ... on November 24, 2026, for all contracts, amendments and payment
            # records".
            # ... nor is a deposit: "Thank you for your deposit of $9.60, which the Department received on November
            # 23, 2026, for your public records request", "The deposit of $25.00, which we received on ...".
            # ... nor payments named in the records asked for, after the day of receipt: "received your request ...
            # on December 3, 2026, for records of payments made by the University to outside consultants".
            asked_for = re.search(r"\d{4},?\s+for\s+(?:all\s+|any\s+|copies\s+of\s+)?(?:records?|documents?|"
                                  r"copies|information|data|e-?mails?|communications?)\b", sentence, P.IC)
            # ... nor payments named in the request's own words, quoted: "the City received your request seeking
            # "all contracts, change orders and payment applications for the ... project"".
            if re.search(r"payment(?!\s+(?:records?|histor\w*|data|logs?|ledgers?|files?)\b)|your\s+check|"
                         r"\byour\s+(?:[\w-]+\s+)?deposit\b|\bdeposit\s+of\s+\$\s?[\d,]+(?:\.\d\d)?,?\s+(?:which|that)\b",
                         P.QUOTED_WORDS.sub('""', sentence[:asked_for.start()] if asked_for else sentence), P.IC):
                continue
            # ... a day written without its year or month where the sentence has no full date, as a letter writes a day
            # just past: "received ... on the 23rd of November", "received your request on Monday the 23rd"
            # (beside the full dates of the records' span: "received by the FOIL Unit on the 30th of November, for ...
            # between August 1, 2026 and October 31, 2026")
            found = dates_in(sentence)
            found = sorted(found + [(d, m) for d, m in days_just_past(sentence, self.date)
                                    if not any(f.start() < m.end() and m.start() < f.end() for _, f in found)],
                           key=lambda pair: pair[1].start())
            # "received on ...", and a receipt date given as such: "The date of receipt is February 24, 2026."
            # "Your request was logged in this office on July 17": the day the office took it in; "the Department's
            # receipt on March 4, 2026 of your request".
            # "We got your public records request on November 24, 2026": the receipt in plain words.
            # "Your appeal ... was docketed in the Office of General Counsel on November 23": entered, so received.
            for receipt in re.finditer(r"receiv\w*|\bdate\s+of\s+receipt\b|\breceipt\s+date\b|\blogged\b|"
                                       r"\b(?:docketed|registered)\b|"
                                       # "hit our inbox on", "we took delivery of on"
                                       + (P.REQUEST_DELIVERED + "|" if not appeal else "") + P.OPENED_FOR_REQUEST + "|"
                                       + P.GOT_REQUEST + "|" + P.HAD_REQUEST_SINCE + "|" + P.REQUEST_ON_FILE + "|"
                                       + P.TOOK_IN_REQUEST + "|"
                                       + ("" if appeal else P.QUEUED_REQUEST + "|")
                                       # "time-stamped as filed with us on November 19, 2026"
                                       + P.FILED_WITH_US + "|"
                                       # "took receipt of your request dated January 6 on January 9"
                                       # ... and set off by commas: "acknowledges receipt, on November 24, 2026, of
                                       # your administrative appeal"
                                       + r"\breceipt(?=,?\s+on\s)|"
                                       # "acknowledges the Bureau's receipt of your Oregon Public Records Law request
                                       # on November 18, 2026"
                                       + P.RECEIPT_OF_IT_ON + "|"
                                       # "has acknowledged your FOIL request FOIL-2026-072-11863, submitted on
                                       # 12/03/2026"
                                       + ("" if appeal else P.ACKNOWLEDGED_AS_SUBMITTED_ON + "|") +
                                       r"(?:(?<=\btook\s)|(?<=\btaken\s)|(?<=\btakes\s))"
                                       r"receipt(?=\s+of\s+your\b)|"
                                       # "took delivery of your letter on November 20, 2026"
                                       r"(?<=\btook\s)delivery(?=\s+of\s+your\b)"
                                       # "The complaint was filed with the Commission on December 1, 2026"
                                       + (r"|\bfiled(?=\s+(?:with|in|at)\s+(?:the|this|our)\b)" if filed else "")
                                       # "Requester filed her complaint on November 13, 2026": filed in the court
                                       # that writes, so received there that day
                                       + (r"|(?<=\bfiled\s)(?:(?:his|her|their|its|a|the|this)\s+)?(?:[\w-]+\s+)?"
                                          r"(?:complaint|appeal|petition)\b" if filed_by_requester else "")
                                       + (f"|{P.ARRIVED_AT_OFFICE}" if arrived else "")
                                       + (r"|\bcame\s+in\b|\barrived\b|^\W*it\s+(?:has\s+)?(?:reached|came)\b"
                                          if came_in else "")
                                       + (r"|\b(?:entered|docketed)\b" if entered else "")
                                       # "submitted through our Records Center on 11/30/2026": put in through the
                                       # office's own portal, so received that day
                                       + ("|" + P.SUBMITTED_THROUGH_OURS if submitted else ""),
                                       sentence, P.IC):
                after = [(d, m) for d, m in found if (0 <= m.start() - receipt.end() <= 160 or (
                             # ... or far after, where the request's long object stands between and the day of
                             # receipt ends the sentence, as the Air Force's form letter has it: "We received your
                             # FOIA request dated 12 November 2026, for (the records, however described), on 16
                             # November 2026."
                             # ... or with no comma, the records' span closing before it: "We received your
                             # request for ... from January 1, 2025 through the present on November 20, 2026." (a span
                             # ends on its last day or "the present", and an "on" after that is the receipt's)
                             # ... and so the appeal's: "We received your letter dated 19 November 2026, appealing
                             # our 4 November 2026 partial denial of your FOIA request for (the records), on 23
                             # November 2026."
                             # ... or the records described in quotation marks, the day after the closing mark, and
                             # the sentence going on with what was done next: "received your request for "all
                             # contracts ... 2022 to present" on November 24, 2026, and assigned it tracking number
                             # DON-NAVY-2027-001284."
                             # ... or the law the request was made under, cited in parentheses before the day: "The
                             # Department received your request for records under the California Public Records Act
                             # (Gov. Code, § 7920.000 et seq.) and the San Francisco Sunshine Ordinance (S.F. Admin.
                             # Code, ch. 67) on November 20, 2026."
                             0 <= m.start() - receipt.end() <= 400
                             and re.search(r"(?:,|[\"\u201d]|\b(?:through|to|until)\s+(?:the\s+)?(?:present|today|now)|"
                                           r"\b(?:19|20)\d\d|\((?:[^()]*\b(?:code|ch|chapter|ILCS|RCW|ORS|KRS|RSMo|"
                                           r"Stat|P\.\s?S|G\.\s?L|et\s+seq)\b[^()]*)\))\s+on\s*$",
                                           sentence[:m.start()], P.IC)
                             and re.fullmatch(r"[\s.]*|\s*,\s+and\s+(?:has\s+|have\s+|was\s+)?(?:been\s+)?"
                                              r"(?:assigned|given|placed|logged|entered|routed)\b.*",
                                              sentence[m.end():], P.IC | re.S)))
                         # ... nor the request's own date: "received your 20 March 2026 Freedom of Information Act
                         # request"
                         # (but "on file as of November 30" is the receipt's day)
                         and not re.search(r"dated\s*$|(?<!\bas\s)of\s*$|letter\s+of\s*$|\byour\s*$",
                                           sentence[:m.start()], P.IC)
                         # ... nor a day of the records' span or of an event they are of: "received your request
                         # for the reports from March 1, 2024 to March 31, 2025 on April 7, 2025", "... of the crash
                         # that occurred on November 20, 2026"
                         and not re.search(r"\b(?:from|between|through|thru|until)\s*$|"
                                           r"\b(?:from|between)\s+\S[^.;]{0,30}?\s(?:to|through|thru|until|and)\s*$|"
                                           r"\b(?:occurred|took\s+place|happened|was\s+held|were\s+held)\s+on\s*$",
                                           sentence[receipt.end():m.start()], P.IC)
                         # ... nor the day the requester sent it: "has received your Request for Review of the
                         # City's response to the FOIA request you submitted on October 29, 2026"
                         and not re.search(P.SENT_BY_REQUESTER_ON, sentence[:m.start()], P.IC)
                         # ... nor the date of the response appealed, set before its noun: "has logged your appeal
                         # of the October 30, 2026 response of the Food and Nutrition Service"
                         and not P.DATE_OF_DOCUMENT_AFTER.match(sentence, m.end())
                         # the receipt and its date in one clause: no "; " or new sentence between (abbreviations
                         # such as "O.C.G.A." may stand there)
                         and not re.search(r";", sentence[receipt.end():m.start()])
                         and len(sentences(sentence[receipt.end():m.start()])) < 2]
                # "your open records request of November 30, 2026, which this office received the same day": the
                # request's own date, told before, is the day of its receipt.
                if P.SAME_DAY.match(sentence, receipt.end()):
                    own = [d for d, m in found if m.end() <= receipt.start()
                           and re.search(r"(?:\bof|\bdated|\bon|\bsent|\bsubmitted)\s*$", sentence[:m.start()], P.IC)]
                    if own:
                        return own[-1], sentence
                if after:
                    return after[0][0], sentence
                # "... on March 3 received"; and the date that opens the sentence, before its subject: "On August
                # 20, 2026, the Department of the Interior's FOIA Appeals Office received your appeal".
                # ... its weekday before it no part of what opens it: "On Monday, November 23, 2026, the City received
                # your request"
                before = [(d, m) for d, m in found if (0 <= receipt.start() - m.end() <= 50 or (
                              # ... or opening a clause: "This is to acknowledge that on 7 October 2026 the Office
                              # of Information Programs and Services (IPS) received your request"
                              re.fullmatch(r"\s*on\s*|.*?\b(?:that|advised|note),?\s+on\s*",
                                           P.WEEKDAY_BEFORE_DATE.sub(" ", sentence[:m.start()]), P.IC)
                              and 0 <= receipt.start() - m.end() <= 120
                              # ... a second clause between, but not the "and" inside a name ("Programs and
                              # Services")
                              and not re.search(r"[;]|\b(?:and(?!\s+(?-i:[A-Z]))|which|who|that)\b",
                                                sentence[m.end():receipt.start()], P.IC)))
                          and re.search(r"\bon\s*$", P.WEEKDAY_BEFORE_DATE.sub(" ", sentence[:m.start()]), P.IC)]
                if before:
                    return before[-1][0], sentence
        if not appeal:
            # "Date Submitted: 11/20/2026" in a portal's field list: put in through the portal that day, where no
            # receipt is said in words
            for sentence in self.body:
                label = re.search(P.SUBMITTED_LABEL, sentence, P.IC)
                submitted = [d for d, m in dates_in(sentence) if label and 0 <= m.start() - label.end() <= 4]
                if submitted:
                    return submitted[0], sentence
        return None, ""

    def _expected_by(self) -> tuple[dt.date | None, str]:
        laws_deadline: tuple[dt.date | None, str] = (None, "")  # the law's own day, if no other is named
        for sentence in self.body:
            for value, match in dates_in(sentence):
                before = sentence[max(0, match.start() - 140):match.start()]
                if P.UNMET_DAY_BEFORE.search(before) or P.DAY_MOVED_FROM_BEFORE.search(before):
                    continue  # "We are unable to provide the requested information by December 4, 2026"
                # The day of the week before the date is no part of what names it: "no later than Monday, December
                # 14, 2026", "on or before Thu. December 3".
                before = P.WEEKDAY_BEFORE_DATE.sub(" ", before)
                if P.DAY_FIRST_DATE.match(match.group(0)):
                    # ... nor the article before a day written first: "after 5:00 p.m. on Friday, the 18th of
                    # December, 2026"
                    before = P.ARTICLE_BEFORE_DAY_FIRST.sub(" ", before)
                # A receipt date is not the expected one; "you will receive a response on or before" is.
                if re.search(r"receiv\w*\s+(?!(?:an?\s+|the\s+|your\s+|our\s+)?(?:response|reply|determination|"
                             r"decision|records|documents|answer)\b)(?:\w+\s+){0,6}$|dated\s*$", before, P.IC):
                    continue
                if P.REQUESTER_DEADLINE.search(before):
                    continue  # "If you do not respond in writing by August 4": the requester's deadline
                if P.OTHERS_DEADLINE_BEFORE.search(before) or P.REQUESTERS_REASON.search(sentence):
                    continue  # "a motion ... that the district court has ordered be filed by January 22": the court's
                # A table's row gives the date in the cell after its label: "Response will be sent no later than |
                # January 6, 2027" reads as the words before a date in a sentence do.
                # The time of day before the date is none of it either: "is 4:00 p.m. on December 18", "will be
                # available at 10 a.m. on May 4" (read without the time, and with it read as "on").
                timed = P.TIME_BEFORE_DATE.search(before)
                untimed = (before[:timed.start()] + " ", before[:timed.start()] + " on ") if timed else ()
                named = any(P.EXPECTED.search(words) or P.APPROXIMATE_DATE.search(words)
                            or P.EXTENDED_UNTIL.search(words)
                            for words in (before, re.sub(r"\s*\|\s*$", " ", before), *untimed)) or bool(
                    # "The place, time, and earliest date on which the public records will be available for inspection
                    # is (the office's address, far before the day), on or before December 22, 2026"
                    P.EARLIEST_DAY_BEFORE.search(P.WEEKDAY_BEFORE_DATE.sub(" ", sentence[:match.start()]))) or (
                    # "has set the date and hour of January 8, 2027, at 10:00 a.m., ... when the information will be
                    # available": the day set, what becomes available then said after it
                    bool(P.DAY_SET_BEFORE.search(before))
                    and bool(P.AVAILABLE_WHEN_SET_AFTER.match(sentence, match.end())))
                if named and P.DAY_OFFICE_CLOSED_AFTER.match(sentence, match.end()) and any(
                        later > value for later, at in dates_in(sentence) if at.start() > match.end()):
                    continue  # "... December 25, 2026, which falls on a County holiday; ... no later than December 28"
                if named and (self.date is None or value > self.date):
                    if P.LAWS_DEADLINE_BEFORE.search(before) or P.LAWS_PERIOD_AFTER.match(sentence, match.end()):
                        # "the department must respond ... within 10 working days, that is, by December 7, 2026. The
                        # department is extending this period ... expects to ... by December 21, 2026": the later day
                        laws_deadline = laws_deadline if laws_deadline[0] else (value, sentence)
                        continue
                    return value, sentence
        return laws_deadline

    # --- extensions, fee and processing decisions -----------------------------------------------------
    def _extension(self, *, appeal: bool = False) -> ProposedEvent | None:
        undated: str | None = None
        for index, said in enumerate(self.body):
            sentence = said
            if P.LEAVE_THEN_DONE.search(said) and P.LEAVE_TO_ADD.search(said):
                # "we may add up to 10 business days ..., and we are doing so": the leave taken
                sentence = P.LEAVE_TO_ADD.sub("are adding an additional ", P.LEAVE_THEN_DONE.sub("", said), count=1)
            # (literals.search: EXTENSION_WORDS run only where a literal every match needs is in the sentence, the
            # same answer)
            if not literals.search(P.EXTENSION_WORDS, sentence) or not P.EXTENSION_ACTION.search(sentence):
                continue
            if not P.EXTENSION_WORDS.search(P.CONDITION_CLAUSE.sub("", sentence)):
                continue  # "; if we need more time because of unusual circumstances, we will notify you"
            unextended = P.EXTENDED_SCOPE.sub("", P.EXTENDED_SUBJECT.sub("", P.EXTENDED_OFFER.sub("", sentence)))
            if not P.EXTENSION_WORDS.search(unextended):
                continue  # "is extending to you an opportunity to confer": an offer, not more time (nor the records
                # sought: "decision memoranda extending or ending the program", nor a consent's reach: "your
                # authorization does not extend to the return information of a third party")
            if P.RECITAL.search(sentence):  # an extension an earlier letter took
                continue
            taken_next = index + 1 < len(self.body) and bool(P.PERMITTED_TIME_TAKEN.search(self.body[index + 1]))
            if _hedged(sentence, appeal=appeal) and not (taken_next and P.ANY_OFFICE_MAY.search(sentence)
                                                         and not P.IF.search(sentence)):
                continue  # ... unless the law's "a public body may take" is taken next: "Both apply here."
            if appeal and not (P.EXTENSION_TAKEN.search(sentence) or P.TIME_EXTENDED.search(sentence)):
                # An appeal's acknowledgement takes more time only in so many words ("the time to decide your appeal
                # is extended by ten working days"), not where it says what the law lets the office do ("will ...
                # reverse the denial, ... or extend the time to respond by not more than 10 business days").
                continue
            if P.STATUTE_PERMITS.search(sentence) and not P.EXTENSION_TAKEN.search(sentence) and not taken_next:
                continue  # what the law permits, unless the next sentence takes it: "The Department is using that time"
            days = None
            inexact = False
            for pattern in P.EXTENSION_DAYS:
                match = pattern.search(sentence)
                if match and P.NOT_EXACT.search(sentence[:match.start("n")]):
                    inexact = True  # "more than ten additional working days": an extension, its days unknown
                    break
                if match and _hyphened_count(match.group("n")) is not None:
                    days = _hyphened_count(match.group("n"))
                    break
            # The condition's clause above ends at its first comma; a promise to tell ("we will notify you if, because
            # of unusual circumstances, we need additional time") still says that no time was taken.
            if days is None and P.EXTENSION_PROMISED.search(sentence):
                continue  # "We will notify you if unusual circumstances require additional time": none taken yet
            if inexact:
                undated = undated or said
                continue
            # ... or said as the FBI's ticked box says it: "Unusual circumstances apply to the processing of your
            # request ... This will delay our ability to make a determination on your request within 20 days."
            if days is None and not re.search(r"extend|extension|(?:additional|more|further|longer|extra)\s+time|"
                                              r"(?:requires?|needs?|will\s+need|must\s+take)\s+(?:an?\s+)?longer\s+period\b|"
                                              r"\blonger\s+period\s+(?:of\s+time\s+)?is\s+(?:needed|required|necessary)|"
                                              r"^(?!.*\b(?:whether|if|unless|may|might|could|should)\b).*\bunusual\s+circumstances\s+"
                                              r"(?:now\s+|also\s+)?appl(?:y|ies)\s+to\b|"
                                              + P.MORE_THAN_THE_LAWS_DAYS + "|" + P.TIME_STANDS_IN_THE_WAY,
                                              sentence, P.IC):
                continue
            if days is None:
                # "We need additional time ... We are extending the time by 30 days": the count may come later.
                undated = undated or said
                continue
            event = self._event(EventKind.EXTENSION, said)
            event.extension_days, event.evidence["extension_days"] = days, said
            # The new day the extension names beside its days: "an additional 14 business days ..., and expects to
            # respond on or before December 28, 2026".
            expected, where = self._expected_by()
            if expected and where == said:
                event.expected_by, event.evidence["expected_by"] = expected, said
            else:
                # ... or in a line of its own, as a portal's notice gives it: "New Due Date: 12/03/2026"; or in a
                # sentence of its own that says the due date moved: "The due date of this request has been extended
                # to 12/2/2026"
                expected, where = self._new_due_date()
                if not expected:
                    expected, where = self._due_date_extended_to()
                if expected:
                    event.expected_by, event.evidence["expected_by"] = expected, where
            return event
        statutory = self._statutory_extension()
        if statutory is not None:
            return statutory
        # An appeal office's backlog, the law's days it cannot meet said alone ("Our current backlog is 11 appeals, and
        # we are unable to complete yours within the 20 working days the FOIA provides"), takes no more time for the
        # appeal: an appeal's time is extended only in so many words, as the loop above asks.
        if undated is None and not appeal:
            # ... not what an earlier letter said: "On November 25, 2026, we advised you that responsive records
            # existed but could not be made available within three business days" (the final answer recalls it); the
            # date given before that this letter cannot meet recalls none ("unable to respond by the date previously
            # provided").
            undated = next((s for s in self.body if _cannot_in_time(s) and not P.IF.search(s)
                            and not P.RECITAL.search(P.NEW_DATE.sub(" ", s))), None)
        if undated is None:
            # ... or the time frame the requester agreed to, beyond the law's days: "This e-mail confirms our telephone
            # conversation ..., in which you agreed to an alternative time frame for processing your request"
            undated = next((s for s in self.body if P.TIME_FRAME_AGREED.search(s) and not P.IF.search(s)
                            and not P.RECITAL.search(s)), None)
        if undated is None:
            # ... or the statement a state's law bids an office send when it is still processing a request past the
            # law's time: Oregon's "This is the written statement required by ORS 192.329(5)(c). The Sheriff's Office
            # is still processing your request."
            undated = next((s for s in self.body if P.STILL_PROCESSING_STATEMENT.search(s) and not P.IF.search(s)
                            and not P.RECITAL.search(s) and not _hedged(s)), None) or next(
                (s for before, s in itertools.pairwise(self.body) if P.THIS_IS_THAT_STATEMENT.search(s)
                 and P.STATUTE_ON_STATEMENT.search(before)), None)
        revised, revised_where = self._revised_estimate()
        if undated is None and revised is not None:
            # A later letter that moves an estimate an earlier letter gave ("In our letter of October 15, 2026, we
            # estimated ... December 4, 2026. ... We now estimate ... January 22, 2027") takes more time, whether or
            # not it says so in other words.
            undated = revised_where
        if undated is None:
            return None
        if revised is not None and not appeal:
            # ... and the day it now estimates is the one expected, its days unsaid (never Washington's five-day letter,
            # the first estimate: it recalls none).
            event = self._event(EventKind.EXTENSION, undated)
            event.expected_by, event.evidence["expected_by"] = revised, revised_where
            event.unsure["extension_days"] = ("the letter moves the estimated date without saying by how many days: "
                                              "count them from the date it replaces")
            return event
        said_to_extend = any(re.search(r"extend|extension|unusual\s+circumstances", P.CONDITION_CLAUSE.sub("", s), P.IC)
                             and not P.EXTENSION_PROMISED.search(s) and not P.IF.search(s) for s in self.body) or (
            # ... the time frame the requester agreed to said so too
            undated is not None and bool(P.TIME_FRAME_AGREED.search(undated)
                                         or P.STILL_PROCESSING_STATEMENT.search(undated)
                                         or P.THIS_IS_THAT_STATEMENT.search(undated)))
        first_answer = self._expected_by()
        if not said_to_extend and first_answer[0] and re.search(r"\bfirst\s+(?:installment|production|release)\b",
                                                                first_answer[1], P.IC):
            # Washington's five-day letter: "We need additional time to locate, assemble and review the records. We
            # estimate that we will provide the first installment ... on or before December 11, 2026": the time the
            # first answer takes, estimated, extends no deadline.
            return None
        if any(P.FIRST_RESPONSE_ESTIMATE.search(sentence) for sentence in self.body):
            # Washington's five-day letter: "we need additional time to locate, assemble and review the records. We
            # estimate ... on or before January 6": the first response and its estimate, no deadline extended.
            return None
        if (not said_to_extend and first_answer[0] and P.ESTIMATED_ANSWER.search(first_answer[1])
                and self._strong_ack() and not any(_cannot_in_time(sentence)
                                                   or P.LAWS_DAYS_AND_MORE_TIME.search(sentence)
                                                   for sentence in self.body)):
            # The acknowledgement itself, with the office's estimate of when it will answer: "The New York City Police
            # Department (NYPD) has acknowledged your FOIL request. ... the agency requires additional time to respond.
            # The NYPD expects to provide a response to your request on or about 03/31/2027" (New York's
            # acknowledgement with its approximate date): the time the answer takes, estimated, extends no deadline.
            # A letter that is no acknowledgement in so many words and says the office needs more time ("this letter
            # is to advise you that DNREC requires additional time to respond to your request. DNREC's good-faith
            # estimate is that it will be able to provide a response to your request by January 8, 2027"), or one that
            # says it cannot answer within the law's days ("The Department cannot furnish the records within ten
            # business days"), or one that recites the law's days and the more time the law lets it take (Delaware's
            # "within 15 business days ... or by advising that additional time is needed"), takes more time, whatever
            # estimate follows.
            return None
        if any(P.TIME_REASONABLY_NECESSARY.search(sentence) for sentence in self.body):
            # Tennessee's response form: "additional time is necessary ... The time reasonably necessary to produce
            # the records is estimated to be 30 days": the first answer, with its estimate, extends no deadline.
            return None
        event = self._event(EventKind.EXTENSION, undated)
        # The day may stand in the sentence that extends, no answer's date ("The time to respond to your request is
        # hereby extended to March 20, 2026"): it is said all the same.
        new_date = first_answer[0] or next((day for day in map(_extended_day, self.body) if day), None)
        new_estimate, where = self._new_estimated_date()
        if not new_estimate and not appeal:
            # ... or the new due date named as such: "The new due date for the completion of your request is April 30,
            # 2027" (the day the extension runs to, though its days are unsaid)
            new_estimate, where = self._due_date_extended_to()
            new_estimate, where = (new_estimate, where) if new_estimate and _extended_day(where) != new_estimate \
                else (None, "")
        if new_estimate and not appeal:
            # A status letter that moves the estimate: "The new estimated date of completion is March 31, 2027" is
            # the day now expected (not the estimate it replaces, "by the previously estimated date of ...").
            new_date = new_estimate
            event.expected_by, event.evidence["expected_by"] = new_estimate, where
        # An extension counts in days from the deadline it extends; a letter giving only the new date leaves the count
        # to the user, and the date is said so that it is not lost.
        event.unsure["extension_days"] = (
            f"the letter extends the time to {new_date:%B} {new_date.day}, {new_date.year} without saying by how many "
            "days: count them from the deadline it extends" if new_date else
            "the letter extends the time without saying by how many days")
        return event

    @staticmethod
    def _put_off(event: ProposedEvent, expected: dt.date, where: str, invoking: list[str] | None = None
                 ) -> ProposedEvent:
        """A delay to a day: the records made available on or before it are expected then ("the Cabinet will make the
        records available to you on or before December 14, 2026"). A deadline extended to the day, its days unsaid
        ("Because the records are in storage, we have extended the deadline to respond until Monday, March 16,
        2026"), is an extension naming only its new date: the day goes in unsure, and no acknowledgement takes it.
        The days the delay takes, said where the provision is invoked ("As permitted by Iowa Code § 22.8(4)(d), the
        Department will need up to ten (10) business days to determine ..."), are its days."""
        for said in invoking or []:
            found = P.DELAY_DAYS.search(said)
            if found and not P.IF.search(said) and count_value(found.group("n")) is not None:
                event.extension_days, event.evidence["extension_days"] = count_value(found.group("n")), said
                event.expected_by, event.evidence["expected_by"] = expected, where
                return event
        if _extended_day(where) == expected:
            event.unsure["extension_days"] = (f"the letter extends the time to {expected:%B} {expected.day}, "
                                              f"{expected.year} without saying by how many days: count them from the "
                                              "deadline it extends")
            return event
        event.expected_by, event.evidence["expected_by"] = expected, where
        event.unsure["extension_days"] = "the letter puts the records off to a day without saying by how many days"
        return event

    def _revised_estimate(self) -> tuple[dt.date | None, str]:
        """The day a later letter now estimates, where it recalls the estimate an earlier letter gave ("In our letter
        of October 15, 2026, we estimated ... We now estimate that the first installment of records will be available
        on or before January 22, 2027"), or says the estimate moved ("The estimated completion date for your request
        has been updated from 12/18/2026 to 03/22/2027"): the first date after the words, after the letter's date."""
        for sentence in self.body:
            # ... or the estimate said moved from one day to another in one sentence: "The estimated completion date
            # for your request has been updated from 12/18/2026 to 03/22/2027" (the day after "to")
            moved = P.ESTIMATE_MOVED.search(sentence)
            if moved is None or P.IF.search(sentence) or P.RECITAL.search(sentence):
                continue
            later = [value for value, match in dates_in(sentence) if match.start() >= moved.end()]
            if later and (self.date is None or later[0] > self.date):
                return later[0], sentence
        for sentence in self.body:
            # ... or said to be now a day: "the estimated date of completion for your request is now April 16, 2027"
            # (the day at once after the words)
            now = P.ESTIMATE_IS_NOW.search(sentence)
            if now is None or P.IF.search(sentence) or P.RECITAL.search(sentence) or _hedged(sentence):
                continue
            at_once = [value for value, match in dates_in(sentence) if match.start() == now.end()]
            if at_once and (self.date is None or at_once[0] > self.date):
                return at_once[0], sentence
        if not any(P.ESTIMATE_GIVEN_BEFORE.search(s) and not P.IF.search(s) for s in self.body):
            return None, ""
        for sentence in self.body:
            now = P.ESTIMATE_NOW.search(sentence)
            if now is None or P.IF.search(sentence) or P.CONDITION_CLAUSE.search(sentence[:now.start()]):
                continue
            for value, match in dates_in(sentence):
                if match.start() > now.start() and (self.date is None or value > self.date):
                    return value, sentence
        return None, ""

    def _new_estimated_date(self) -> tuple[dt.date | None, str]:
        """The day a new estimate names ("The new estimated date of completion is March 31, 2027"): the first date
        after the words, after the letter's date, and not in an earlier letter's recital."""
        for sentence in self.body:
            if P.RECITAL.search(sentence):
                continue
            for value, match in dates_in(sentence):
                before = sentence[max(0, match.start() - 80):match.start()]
                if (P.NEW_ESTIMATED_DATE.search(before) and not re.search(r"[.;]", before[P.NEW_ESTIMATED_DATE.search(
                        before).end():]) and (self.date is None or value > self.date)):
                    return value, sentence
        return None, ""

    def _due_date_extended_to(self) -> tuple[dt.date | None, str]:
        """The day a sentence says the due date was moved to ("The due date of this request has been extended to
        12/2/2026"): one only, after the letter's date, and not in an earlier letter's recital."""
        found = {(value, sentence) for sentence in self.body if not P.RECITAL.search(sentence)
                 for value, match in dates_in(sentence)
                 if P.DUE_DATE_EXTENDED_TO.search(sentence[max(0, match.start() - 160):match.start()])}
        if len({value for value, _ in found}) != 1:
            return None, ""
        value, sentence = found.pop()
        if self.date is not None and value <= self.date:
            return None, ""
        return value, sentence

    def _new_due_date(self) -> tuple[dt.date | None, str]:
        """The new due date a line names by its label ("New Due Date: 12/03/2026", "Revised response due date:
        December 9, 2026"): one only, and after the letter's date."""
        found = {(value, sentence) for sentence in self.body if P.NEW_DUE_DATE_LABEL.match(sentence)
                 for value, _ in dates_in(sentence)[:1]}
        if len({value for value, _ in found}) != 1:
            return None, ""
        value, sentence = found.pop()
        if self.date is not None and value <= self.date:
            return None, ""
        return value, sentence

    def _statutory_extension(self) -> ProposedEvent | None:
        """A notice under the extension provision that gives the new time in days ("Under Section 902(b) ...,
        a response will be provided within thirty (30) days")."""
        for sentence in self.body:
            if not P.EXTENSION_STATUTE.search(sentence) or P.IF.search(sentence) or P.RECITAL.search(sentence):
                continue
            if P.STATUTE_PERMITS.search(sentence) or _hedged(sentence):
                continue
            match = P.EXTENSION_STATUTE_DAYS.search(sentence)
            delayed = P.RESPONSE_DELAYED.search(sentence)
            governed = min((found.start() for found in (match, delayed) if found), default=len(sentence))
            if P.MID_CONDITION.search(sentence, 0, governed):
                continue  # "..., if the City's response will be delayed, the City will notify you within five days"
            days = count_value(match.group("n")) if match else None
            counted = sentence
            # (the extension taken in so many words, or the answer said to be delayed under the provision: "the City
            # is notifying you ... that the City's response will be delayed for the following reasons:")
            taken = literals.search(P.EXTENSION_WORDS, sentence) if P.EXTENSION_ACTION.search(sentence) else None
            words = taken or delayed if days is None else None
            if words is not None:
                # ... the time taken under the provision in one sentence and counted in one of the next two:
                # "Under Section 902 of the RTKL, 65 P.S. § 67.902, the Department ... requires additional time to
                # respond, for the following reasons: ... The Department expects to respond to your request within
                # thirty (30) calendar days, i.e., on or before January 4, 2027" (Pennsylvania's interim response)
                # (the reasons listed between them, "- the request requires redaction ...", are skipped)
                at = self.body.index(sentence)
                following = [later for later in self.body[at + 1:at + 12]
                             if not re.match(r"\s*(?:[-*\u2022\u2013]|\(?(?:\d{1,2}|[a-h]|[ivx]{1,4})[.)])\s", later)]
                # ... the reasons as sentences of their own, once a form's ticks are taken off ("[X] The request
                # requires redaction of a record in accordance with Section 706."): after a colon the list may run
                # to the seven reasons § 67.902(b)(1) allows, and the count follows it (the first reason may be
                # joined to the colon's sentence when no blank line parts them).
                listed = ":" in sentence[words.end():]
                for later in following[:8 if listed else 2]:
                    found = P.EXTENSION_STATUTE_DAYS.search(later)
                    if found and P.RESPOND_WORD.search(later) and not P.IF.search(later) \
                            and not P.RECITAL.search(later) and not _hedged(later):
                        days, counted = count_value(found.group("n")), later
                        break
            if days is None:
                continue
            event = self._event(EventKind.EXTENSION, sentence)
            event.extension_days, event.evidence["extension_days"] = days, counted
            expected, where = self._expected_by()
            if expected and where == counted and counted != sentence:
                event.expected_by, event.evidence["expected_by"] = expected, where  # "..., i.e., on or before ..."
            return event
        # ... or a state's delay provision with the day it puts the records off to, in one sentence: "Pursuant to KRS
        # 61.872(5), the Cabinet will make the records available to you on or before December 14, 2026".
        # ... or the provision invoked a sentence or two before the one that names the day: "Pursuant to KRS
        # 61.872(5), please be advised that the records are in storage ... and are not immediately available. They
        # must be retrieved and reviewed ... The records ... will be made available to you ... no later than December
        # 18, 2026".
        expected, where = self._expected_by()
        conditional = re.search(r"\b(?:if|unless|should|whether|in\s+the\s+event)\b", where, P.IC)
        at = self.body.index(where) if where in self.body else -1
        # (never the provision restated with its condition: "Under NMSA 1978, Section 14-2-10, if a custodian determines
        # that a request is excessively burdensome or broad, an additional reasonable period of time shall be allowed")
        invoked_before = at > 0 and any(
            P.DELAY_STATUTE.search(said) and not P.IF.search(said)
            and not re.search(r"\b(?:if|unless|in\s+the\s+event)\b", said, P.IC)
            and not P.RECITAL.search(said) and not _hedged(said) for said in self.body[max(0, at - 2):at])
        # A day within the law's own time is no delay: "..., which is within thirty (30) calendar days of receipt of
        # your request as provided in Wyo. Stat. § 16-4-202(d)(i)" (Wyoming's notice that records are not immediately
        # available, with the day they will be, inside the thirty days the statute gives).
        # (a sentence beside it on the time to appeal is not the answer's time: "If you are dissatisfied with LMPD's
        # response, you may appeal to the Office of the Attorney General within the time permitted under KRS
        # 61.880(2)")
        own_time = bool(where) and (_within_laws_time(where) or any(
            _within_laws_time(beside, beside=True)
            for beside in (self.body[max(0, at - 1):at] + self.body[at + 1:at + 2] if at >= 0 else [])
            if not re.search(r"\bappeal", beside, P.IC)))
        if expected and (P.DELAY_STATUTE.search(where) or invoked_before) and not conditional \
                and not P.RECITAL.search(where) and not _hedged(where) and not own_time:
            invoking = [said for said in [*self.body[max(0, at - 2):at], where] if P.DELAY_STATUTE.search(said)]
            return self._put_off(self._event(EventKind.EXTENSION, where), expected, where, invoking)
        # ... or in sentences of their own, the provision or its words ("Pursuant to KRS 61.872(5), the records you
        # requested are in active use, in storage, or not otherwise available.", "the custodian certifies that the
        # records you requested are not immediately available") and then the day ("The records will be available
        # ... no later than December 23, 2026"); never an estimate of the time reasonably necessary (Tennessee's form,
        # Louisiana's La. R.S. 44:35 estimate), which is the first answer, extending no deadline.
        if expected and not conditional and not P.RECITAL.search(where) and not _hedged(where) and not own_time \
                and not any(
                re.search(r"\btime\s+reasonably\s+necessary\b", sentence, P.IC) for sentence in self.body):
            # (records "not immediately available" under Missouri's three-day answer, RSMo 610.023.3, are its first
            # answer with the day, no delay)
            three_day = any(P.THREE_DAY_ANSWER_LAW.search(sentence) for sentence in self.body)
            delay = next((s for s in self.body if (P.DELAY_STATUTE.search(s)
                                                   or (P.NOT_AVAILABLE_NOW.search(s) and not three_day))
                          and not P.IF.search(s) and not P.CONDITION_OPENING.search(s) and not P.RECITAL.search(s)
                          and not _hedged(s)), None)
            if delay:
                return self._put_off(self._event(EventKind.EXTENSION, delay), expected, where, [delay])
        return None

    def _decision(self, topic: re.Pattern[str], kind: EventKind) -> ProposedEvent | None:
        for sentence in self.body:
            if not topic.search(sentence) or P.NOT_A_DECISION.search(sentence):
                continue
            if not topic.search(P.QUOTED_WORDS.sub('""', sentence)):
                # The topic named only in words quoted from the request, which the sentence that tells the day it came
                # keeps: 'received ... on November 9, 2026, seeking "... any letters granting or denying waivers, ...
                # and any earlier FOIA requests, denials, appeals or fee waivers ..."' decides nothing.
                continue
            if P.ABEYANCE.search(sentence) or P.DECISION_STANDARD.search(sentence) \
                    or P.DECISION_PROCESS.search(sentence):
                continue
            if topic is P.WAIVER and P.WAIVED_UNDER_THRESHOLD.search(sentence):
                continue  # "Fees ... are waived because they fall below the $25.00 minimum threshold for billing"
            # Keep only the clause about this topic when a sentence decides two things differently.
            outcome = _decision_outcome(_clause_about(sentence, topic))
            if outcome is None:
                continue
            event = self._event(kind, sentence)
            event.outcome, event.evidence["outcome"] = outcome, sentence
            return event
        return self._decision_taken_up(topic, kind)

    def _fees_waived_note_only(self, waiver: ProposedEvent) -> bool:
        """Whether the fee waiver *waiver* was read from a bare billing note ("Fees for this request have been
        waived.") in a letter no other sentence of which speaks of a waiver (none asked for, none ruled on)."""
        if not P.FEES_WAIVED_NOTE.search(waiver.evidence.get("outcome", "")):
            return False
        return not any(literals.search(P.WAIVER, s) and not P.FEES_WAIVED_NOTE.search(s)
                       and not P.WAIVED_UNDER_THRESHOLD.search(s) for s in self.body)

    def _decision_taken_up(self, topic: re.Pattern[str], kind: EventKind) -> ProposedEvent | None:
        """A finding on the standard said a few sentences after the one that names the topic, naming no topic of
        its own: "You also asked us to waive all fees. ... You meet each of the criteria, so you will not be charged"
        (never past a heading, a sentence about another topic, or one about the records)."""
        other = P.EXPEDITE if topic is P.WAIVER else P.WAIVER
        for index, sentence in enumerate(self.body):
            if not topic.search(sentence) or P.NOT_A_DECISION.search(sentence):
                continue
            for later in self.body[index + 1:index + 4]:
                if other.search(later) or _is_heading(later) or P.NOT_A_DECISION.search(later):
                    break
                if later == self.body[index + 1] and P.VERDICT_ON_REQUEST_NAMED_BEFORE.search(later) \
                        and not topic.search(later) and (outcome := _decision_outcome(later)) is not None:
                    # "You also asked for expedited processing. Your request is denied because ...": said of the
                    # request just named
                    event = self._event(kind, later)
                    event.outcome, event.evidence["outcome"] = outcome, later
                    return event
                if topic.search(later) or not P.STANDARD_FINDING.search(later) \
                        or P.NOT_A_STANDARD_FOR_THIS.search(later) or P.DECISION_STANDARD.search(later):
                    continue
                outcome = _decision_outcome(later)
                if outcome in (Outcome.FULL_GRANT, Outcome.DENIED, Outcome.PARTIAL_GRANT):
                    event = self._event(kind, later)
                    event.outcome, event.evidence["outcome"] = outcome, later
                    return event
        return None

    def _fee_set_by(self, sentence: str, end: int) -> ProposedEvent | None:
        """The fee a verdict on a fee sets in its own words: "... to reduce the fee to $460.00" (not "by $50.00")."""
        found = re.match(r"\s+(?:to|at)\s+(?:\w+\s+)?" + MONEY_PATTERN.pattern, sentence[end:], P.IC)
        value = money(found.group(1)) if found else None
        if not value:
            return None
        event = self._event(EventKind.FEE_ESTIMATE, sentence)
        event.amount, event.evidence["amount"] = value, sentence
        return event

    def _fee_estimate(self, start: int = 0) -> ProposedEvent | None:
        """The fee the letter asks, read from its sentences from *start* on."""
        best: tuple[int, Decimal, str] | None = None
        rows = [row for line in self.body[start:] for row in _TABLE_ROWS_RUN_TOGETHER.split(line)]
        for number, sentence in enumerate(rows):
            if number + 1 < len(rows) and P.FEE_PAID_AFTER.search(rows[number + 1]):
                continue  # "The charge ... is $47.25." / "You paid this amount in advance ...": nothing is owed
            # A sentence that says no fee or a waiver is no estimate, unless it says what is owed after it: "The
            # Authority has waived the search fee; the fee payable is thus $24.00" (that amount alone is read).
            # (literals.found: the same answer as bool(P.FEE_NOT_ESTIMATE.search(sentence)), alternative by alternative)
            owed_only = literals.found(P.FEE_NOT_ESTIMATE, sentence)
            # (a computation under the sentence that introduces it as the fee: "The estimated cost to fulfill your
            # request is therefore:" / "Search and retrieval: 5 hours @ $25.00/hour = $125.00")
            computed = any(P.COMPUTED_TOTAL.search(sentence[:m.start()]) for m in MONEY_PATTERN.finditer(sentence))
            introduced = computed and number > 0 and rows[number - 1].rstrip().endswith(":") \
                and bool(P.FEE_CONTEXT.search(rows[number - 1]))
            if not (P.FEE_CONTEXT.search(sentence) or introduced) or (owed_only and not any(
                    P.AMOUNT_OWED_SAID.search(sentence[:m.start()]) or _fee_in_own_clause(sentence, m)
                    for m in MONEY_PATTERN.finditer(sentence))):
                continue
            if re.search(r"\bappeal\b", sentence, P.IC) or (re.search(r"^\s*if\b", sentence, P.IC)
                                                              and not P.IF_ALL_RELEASED_FEE.search(sentence)):
                continue
            if (P.RECITAL.search(sentence) and P.SENT_BEFORE.search(sentence)) or P.EARLIER_LETTER.search(sentence) \
                    or P.ESTIMATE_SENT_ON_DAY.search(sentence):
                # "On September 4, we sent you a cost estimate of $85.00", "That letter estimated the fees at $340.00",
                # "..., on November 20, 2026, the City sent you a written itemized statement of estimated charges in
                # the amount of $186.40": an earlier letter's estimate
                continue
            if P.UNIT_PRICES.search(sentence) and not P.ESTIMATE_TOTAL.search(sentence) and not computed:
                continue
            if P.FEE_THRESHOLD.search(sentence) and P.NO_CHARGE.search(sentence):
                continue  # below a minimum, nothing is charged: no amount here is an estimate
            for match in MONEY_PATTERN.finditer(sentence):
                before, after = sentence[:match.start()], sentence[match.end():]
                if P.AMOUNT_BEFORE_EXCLUDED.search(before[-30:]) or P.AMOUNT_AFTER_EXCLUDED.search(after[:20]):
                    continue
                if owed_only and not P.AMOUNT_OWED_SAID.search(before) and not _fee_in_own_clause(sentence, match):
                    continue
                if P.ESTIMATE_RECALLED.search(before[-60:]):
                    continue  # "Your earlier estimate of $85.00 no longer applies", "The original estimate was $120"
                value = money(match.group(1))
                if value is None or value == 0:
                    continue
                # ... and the sum said in other words: "The anticipated cost of fulfilling your request comes to
                # $223.00" (above a breakdown's "estimated at 5 hours ... ($120.00)")
                # (a subtotal is not the total: "Subtotal, search, review and segregation fees | | | $390.00" above
                # "Less public interest waiver ... ($60.00)" and "TOTAL ESTIMATED FEES AND COSTS | | | $330.00")
                rank = 2 if re.search(r"(?<!sub)(?<!sub-)total|estimat|\b(?:comes?|amounts?)\s+to\s+\$|"
                                      r"\b(?:anticipated|projected|expected)\s+(?:\w+\s+)?(?:cost|fee|charge)s?\b",
                                      sentence, P.IC) else 1
                if P.AFTER_REDUCTION.search(before) or re.search(P.AMOUNT_DUE_LABEL + r"$", before + "$", P.IC) or (
                        P.AMOUNT_OWED_SAID.search(before) and not re.search(r"\bdeposit\b", after[:60], P.IC)):
                    # "After the fifty percent reduction, the estimated fee is $253.00", an invoice's "Amount Due:
                    # $216.00" below its lines: what is owed
                    rank = 3
                if best is not None and best[0] == 3 and rank < 3 and P.BOTTOM_LINE.match(sentence):
                    # The form's bottom line under what was owed after the reduction adds the rest to it: "Net fees
                    # for search and review: $110.00" / "Costs (copying ...): $9.00" / "TOTAL ESTIMATED FEES AND
                    # COSTS: $119.00" (Hawaii's notice to requester) is the fee.
                    best = (3, value, sentence)
                    continue
                if best is None or (rank, value) > (best[0], best[1]):
                    best = (rank, value, sentence)
        if best is None:
            return None
        event = self._event(EventKind.FEE_ESTIMATE, best[2])
        event.amount, event.evidence["amount"] = best[1], best[2]
        return event

    # --- releases and determinations ------------------------------------------------------------------
    def _whole_request_transferred(self) -> str | None:
        """The sentence sending the request itself on to another office for its own answer, if any.

        It ends this office's part, as a determination would: "I am transferring this request to the FOIA Officer for
        USCIS, for processing under the FOIA and direct response to you" (not the receiving office's own notice: "Your
        request was referred to this office by DHS for processing and direct response to you").
        """
        return next((s for s in self.body if (found := P.REQUEST_TRANSFERRED.search(s))
                     and not re.search(r"\bto\s+(?:us|this\s+(?:office|agency|component|department)|our\s+office)\b",
                                       found.group(), P.IC)), None)

    def _release_kind(self) -> tuple[str | None, str | None]:
        """(sentence showing a final determination, sentence showing an interim release)."""
        interim = next((s for s in self.body if literals.search(P.INTERIM, s) and not P.PROJECTION.search(s)
                        and not P.RECITAL.search(s) and not P.INSTALLMENT_CHARGE_RULE.search(s)), None)
        # (never in the request's words quoted: 'in response to your request ... for "the complete file ..., including
        # the final disposition letter."')
        # (nor the time the law counts from a final determination, in the rights paragraph of an installment: "within
        # 180 days after the date of the final determination to deny the request")
        final_strong = next((s for s in self.body if literals.search(P.FINAL_STRONG,
                                 P.DAYS_FROM_A_FINAL_ANSWER.sub(" ", P.REQUEST_WORDS_QUOTED.sub(r'\1""', s)))
                             and not P.IF.search(s)
                             and not _final_only_in_condition(s)
                             and not P.NOT_FINAL.search(s)
                             and not P.FINAL_LATER.search(s) and not P.ONGOING.search(s)
                             # (nor an earlier letter's answer told with its day: "The FAA completed the processing
                             # of your request ... and released the responsive records to you by letter dated
                             # November 24, 2026", above the bill for it)
                             and not self._released_before_letter(s)), None) or self._no_records() \
            or next((s for s in self.body if P.FORM_DISPOSITION.search(s)), None) \
            or self._whole_request_transferred() or self._closed_for_no_reply() or self._not_furnished_again() \
            or self._none_released_as_exempt()
        # "I am denying your request for a fee waiver" decides the waiver, not the request; so does the verdict on
        # its standard in the sentence after it: "You requested that we waive fees ... Your request is denied because
        # it does not meet the following criteria of 45 C.F.R. § 5.54".
        # (the interim letter itself provided is no release: "the Department is providing this interim response")
        taken_up = self._verdicts_on_waiver_or_expedite()
        # (nor the review for exempt matter the request still needs: "to review the records for information that is
        # exempt from disclosure")
        released = next((s for s in self.body if literals.search(P.RELEASE,
                             P.REVIEW_FOR_EXEMPT_TO_COME.sub(" ", P.INTERIM_LETTER_SENT.sub("", s)))
                         and not literals.search(P.WAIVER, s) and s not in taken_up
                         and not P.PORTAL_NOTICE.search(s)
                         # a case foreseen: "If the records have been released to you in full, no appeal is needed"
                         and not P.CONDITION_FIRST.match(s) and not _release_in_condition(s)
                         and not _release_asked_whether(s) and not _release_among_choices(s)
                         and not literals.search(P.EXPEDITE, s) and not P.FUTURE_RELEASE.search(s)
                         and not _release_told_later(s)
                         and not P.FEE_ALLOWANCE.search(s)
                         and not P.COPIES_FREE.search(s)
                         # (what is given is no record: "the City is providing you with this itemized statement of
                         # estimated charges")
                         and not P.SENDS_CHARGES_ONLY.search(s)
                         and not P.SENDS_TIME_ESTIMATE_ONLY.search(s)
                         and not (P.RELEASED_EARLIER.search(s) and not P.RELEASED_NOW.search(s))
                         and not (P.RELEASE_PRACTICE.search(s) and not re.search(r"\d", s))
                         and not P.RELEASE_AS_FEE_BASIS.search(s)
                         and not P.RELEASED_TO_PUBLIC.search(s)
                         and not (P.MAY_BE_PUBLIC_ALREADY.search(s) and not P.RELEASED_TO_REQUESTER.search(s))), None)
        if released and P.GRANTED_ONLY.search(released) and any(P.PAY_BEFORE_PROCESSING.search(s) for s in self.body):
            # Michigan's "Your request is granted as to existing, nonexempt public records" beside a deposit owed
            # "before it processes your request further": nothing decided or sent yet, a fee notice
            released = None
        if released and P.GRANT_ON_PAYMENT.search(released) \
                and not re.search(r"\b(?:enclos\w*|attached|released|herewith)\b",
                                  P.FEE_PAPER_ENCLOSED.sub(" ", released), P.IC):
            # "your request is granted in part, subject to the payment of fees": granted once paid, nothing sent yet
            # (the fee's own paper enclosed sends no record: "subject to payment of the fee shown on the enclosed
            # Detailed Cost Itemization")
            released = None
        if released is None and self.one_record:
            released = self.one_record[2].split(" … ")[-1]  # "We located a 9-page memorandum. It is enclosed."
        if not interim and released and not any(P.REVIEW_COMPLETED.search(s) for s in self.body):
            # Records going out while part of what was asked for is still being worked on: a first part, not the
            # answer ("The body-worn camera recordings are being reviewed and redacted, and you will be contacted
            # separately" after "The records ..., consisting of 83 pages of reports and supplements, are enclosed.");
            # not where the office says its review of the records is done ("CDCR has completed its review of the
            # responsive records ... Audio and video recordings ... are being reviewed separately").
            interim = next((s for s in self.body if P.PART_STILL_IN_HAND.search(s) and not P.IF.search(s)
                            and not P.RECITAL.search(s)), None)
        promised_only = P.ANSWER_PROMISED.sub(" ", P.INTERIM_LETTER_SENT.sub("", interim or ""))
        if interim and not P.INTERIM_RELEASE_NOUN.search(promised_only) and not released and not self._table_releases():
            # "This is an interim response": a letter so headed that releases nothing is not a release (one whose
            # table counts pages released, "Released in part | 174", releases them); nor is "will continue to process
            # ... and will provide its determination", the answer itself promised.
            interim = None
        if interim and not final_strong:
            return None, interim
        return final_strong or released or self._records_referred_only(), None

    def _records_referred_only(self) -> str | None:
        """The records found all sent on to the agency they came from for its own answer, nothing released here and
        the letter offering the appeal of its answer: "we have referred these records to CBP for review and direct
        response to you ... You may appeal this response" closes the request (not while work goes on: "we continue
        to process the remaining records")."""
        # (not the request passed to the offices that will search for the records: "We have forwarded your request to
        # the Eighth Coast Guard District and to the Office of Investigations and Casualty Analysis for a search for
        # responsive records")
        referral = next((s for s in self.body if P.REFERRED.search(s) and P.RECORDS_REFERRED.search(s)
                         and not P.RECITAL.search(s) and not P.SENT_FOR_SEARCH.search(s)), None)
        if referral is None or not any(P.APPEAL_OFFERED.search(s) for s in self.body):
            return None
        if any(P.ONGOING.search(s) or P.FINAL_LATER.search(s) for s in self.body):
            return None
        return referral

    def _table_releases(self) -> bool:
        """Whether a table of the letter counts pages released ("Released in full | 288" read as "288 pages are
        released in full.")."""
        return any(re.search(r"\bpages\s+are\s+(?:released|provided|produced|disclosed)\b", spelt)
                   for spelt in self.table_rows.values())

    def _verdicts_on_waiver_or_expedite(self) -> set[str]:
        """The sentences that decide a fee waiver or expedited processing named in the sentence before, by its
        standard and naming no records of their own ("You requested that we waive fees associated with processing
        your request. Your request is denied because it does not meet the following criteria ...")."""
        return {sentence for before, sentence in itertools.pairwise(self.body)
                if (literals.search(P.WAIVER, before) or literals.search(P.EXPEDITE, before))
                and (P.STANDARD_FINDING.search(sentence) or P.VERDICT_ON_REQUEST_NAMED_BEFORE.search(sentence))
                and not literals.search(P.WAIVER, sentence) and not literals.search(P.EXPEDITE, sentence)
                and not re.search(r"\b(?:records?|documents?|pages?|files?|information|materials?)\b", sentence, P.IC)}

    def _page_counts(self, *, skip_items: bool) -> PageCounts:
        if self._not_furnished_again() and not any(P.GIVEN_NOW.search(s) for s in self.body):
            # A letter that will not give again what it gave before counts the pages of that earlier release ("the
            # City released to you the complete file ..., consisting of 143 pages"; "Description of the information
            # furnished | ... 143 pages"): none go out with it.
            return PageCounts()
        counts = self._page_counts_read(skip_items=skip_items, table=True)
        if self.table_rows:
            # A table that shares out, document by document, the very pages the running text counts ("We have
            # enclosed 82 pages of records: 67 pages are being released in full and 15 pages are being released in
            # part. We are also withholding 4 pages in full." above "Emails | 41 | 34 released in full, 7 released in
            # part") counts them once, not twice: where the text alone and the table alone come to the same pages.
            text = self._page_counts_read(skip_items=skip_items, table=False)
            table = PageCounts()
            for spelt in self.table_rows.values():
                read_pages(spelt, table)
            if text.pages_released is not None and (text.pages_released, text.withheld_full) == (
                    table.pages_released, table.withheld_full):
                return text
            if text.pages_released is not None and text.withheld_full is not None \
                    and table.withheld_full == text.withheld_full and table.pages_released is None:
                # ... and so does a table whose rows withhold in full just the pages the text withholds, its other
                # rows sharing out the released pages in words read as no release ("Of the 286 pages in this batch,
                # 201 pages are being released to you in full and 72 pages are being released with information
                # deleted. The remaining 13 pages ... are withheld in their entirety." above "Cost-to-repair
                # worksheets | 13 | withheld in full | 4" and "Causal analysis | 118 | 102 in full, 16 in part"):
                # the 13 pages once.
                return text
            if text.released is not None and text.released_full is None and text.released_part is None \
                    and table.released_part is not None and table.released_full is None and table.released is None \
                    and table.released_part < text.released and P.RELEASED_NOW_SAID.search(
                        text.sentences.get("pages_released", "")):
                # A log of the records redacted or withheld, below the pages the text says are released now: the
                # redacted pages are among those released. "The records released today, 412 pages, are available
                # for download" above an exemption log whose redacted records come to 11 pages releases 412.
                counts.released, counts.released_part = text.released, None
                counts.sentences["pages_released"] = text.sentences["pages_released"]
        return counts

    def _released_before_letter(self, sentence: str) -> bool:
        """Whether *sentence* tells a release made on a day it names before the letter's own date."""
        told = P.DATED_PAST_RELEASE.search(sentence)
        if not told or self.date is None or P.RELEASED_NOW.search(sentence):
            return False
        days = dates_in(told.group(0))
        return bool(days) and days[0][0] < self.date

    def _page_counts_read(self, *, skip_items: bool, table: bool) -> PageCounts:
        counts = PageCounts()
        # A table's rows "Inspection reports | 46 | Produced" under "Record | Pages | Action taken", each read as the
        # sentence it stands for, and no more as part of the sentence they were run into.
        for row, spelt in self.table_rows.items() if table else ():
            read_pages(spelt, counts)
            counts.sentences = {name: row if said == spelt else said for name, said in counts.sentences.items()}
        listing = False  # a heading "Documents released:" came before, and each line since is a file of it
        listed_total: int | None = None  # the pages of the files such a list names, added up
        listed_evidence = ""
        records_rows = rows_counting_records(self.body)
        earlier_productions = earlier_production_lines(self.body)
        for index, sentence in enumerate(self.body):
            if index in records_rows:
                continue  # "| Records retrieved | 61 |" / "| Released in full | 14 |": records, not pages
            if index in earlier_productions:
                continue  # "Production 1 (September 30, 2026): ..." above "Production 3 (this production): ..."
            if P.RELEASED_EARLIER.search(sentence) and not P.RELEASED_NOW.search(sentence):
                continue  # "The 45 pages you ask about were released to you in our response of March 3"
            if P.FOUND_EARLIER_TOLD.search(sentence):
                continue  # "By letter dated October 27, MCSO informed you that it had located 2,300 pages": told before
            if self._released_before_letter(sentence):
                continue  # "On June 30, 2026, FEMA released 118 pages to you": a release before this letter
            if (P.OWN_EARLIER_ANSWER_WITHHELD.search(sentence) or (
                    P.RECITAL.search(sentence) and P.EARLIER_WITHHOLDING_TOLD.search(sentence))) \
                    and not P.RELEASED_NOW.search(sentence) and self._days_before_letter(sentence):
                # "In our final response dated August 18, 2026, we withheld 23 pages in full", "We previously advised
                # you that we had withheld 12 pages": that earlier answer's count
                continue
            if P.EARLIER_ANSWER_AS_SUBJECT.search(sentence) and not P.RELEASED_NOW.search(sentence) \
                    and self._days_before_letter(sentence):
                continue  # "ACF's final response of June 18, 2026 released 212 pages ...": that earlier answer's count
            if P.PAGES_TAKEN_UP_AGAIN.search(sentence) and not P.RELEASED_NOW.search(sentence):
                continue  # "we agreed to re-review the 41 pages withheld in full": withheld before, reviewed again
            if P.AMONG_PAGES_COUNTED.search(sentence):
                continue  # "Nine (9) pages consulted with ... are among the pages released in part": counted already
            if P.RELEASE_AWAITS_PAYMENT.search(sentence):
                continue  # "(212 pages) ... would be released upon payment of $31.80": not released
            if P.NEXT_RELEASE_FORETOLD.search(sentence):
                continue  # "anticipates making its next release of approximately 500 pages": not released yet
            for row in self.table_rows:
                sentence = sentence.replace(row, " ")
            listed = listed_file_pages(sentence) if listing else None
            if listed is not None:
                # "Documents released:" / "26-0419982 Incident Report (redacted).pdf - 11 pages": released pages
                listed_total, listed_evidence = (listed_total or 0) + listed, sentence
                continue
            # (the heading, then the list's first marker alone: "... are attached to this letter:" / "1." / "Arrest
            # report ..., 2 pages; 2.")
            listing = bool(RELEASED_LIST_HEADING.match(sentence)) or (listing and bool(
                P.LIST_MARKER_ALONE.fullmatch(sentence.strip())))
            if skip_items and (P.LIST_ITEM_START.match(sentence) or P.LIST_ITEM_BRACKETED.match(sentence)
                               or P.LIST_ITEM_RECORD_ENTRY.match(sentence)
                               or P.TABLE_CELLS.search(sentence)
                               # a portal's line for one document: "Released: 2026-12-01 - Audit report - 118 pages"
                               or (STATUS_LINE.match(sentence) and not STATUS_HEADED_SENTENCE.match(sentence))
                               or (index and P.LIST_MARKER_ALONE.search(self.body[index - 1]))
                               # ... and the text of a bulleted item after its label: "- Inter-agency and intra-agency
                               # materials." / "Fourteen pages of internal staff memoranda ... have been withheld"
                               or (index and P.LIST_ITEM_LABEL.match(self.body[index - 1])
                                   and not re.search(r"\d", self.body[index - 1]))
                               # ... and the item's own next sentence, a share of the pages it counts: "2. The
                               # enclosures to the Report of Investigation, 318 pages in all. Of these, 285 pages are
                               # released, 61 of them with redactions."
                               or (index >= 2 and P.SHARE_OF_ITEM.match(sentence)
                                   and P.LIST_MARKER_ALONE.search(self.body[index - 2]))):
                continue
            # (an earlier production's line, or the list's total, is not what "The records are enclosed" sends)
            previous = earlier_pages_taken_up(
                sentence, self.body[index - 1] if index and index - 1 not in earlier_productions else "",
                self.body[index - 2] if index >= 2 and index - 2 not in earlier_productions else "")
            read_pages_after(sentence, previous, counts)
        # The pages of the files listed are released beside those the message counts, but a portal's list of the
        # files whose pages add up to those the message itself released counts them once: "Records responsive to
        # your request are released through the portal, totaling 186 pages" above "Documents released:" / "- F041-25
        # CUOF Investigation Report (redacted).pdf (142 pages)" / "... (27 pages)" / "... (17 pages)".
        if listed_total is not None and counts.pages_released != listed_total:
            counts.released = (counts.released or 0) + listed_total
            counts.sentences["pages_released"] = listed_evidence
        return counts

    def _determination(self, kind: EventKind, evidence: str) -> ProposedEvent:
        event = self._event(kind, evidence)
        # The items of a numbered or bulleted list ("1. Comments received in the docket (34 pages, released in
        # full).") itemise, document by document, pages the running text may already have counted ("Ninety-two of
        # them are being released to you"): read them only where the running text counts no pages released.
        counts = self._page_counts(skip_items=True)
        if counts.pages_released is None:
            counts = self._page_counts(skip_items=False)
        elif counts.withheld_full is None:
            # ... but pages the items withhold in full, where the running text withholds none, are no double count:
            # "• Pages 41-46, Confidential Informant Contact Sheets: withheld in full under ..." beside "The 40 pages
            # being released are attached" (never more than the pages located).
            items = self._page_counts(skip_items=False)
            if items.withheld_full is not None and (
                    counts.total is None or counts.pages_released + items.withheld_full <= counts.total):
                counts.withheld_full = items.withheld_full
                counts.sentences["pages_withheld"] = items.sentences.get("pages_withheld", "")
        exemptions, exemption_sentences = self._exemptions()
        released = counts.pages_released
        if released is None and counts.total is not None and counts.withheld_full is not None and re.search(
                r"remain(?:ing|der)", " ".join(self.body), P.IC):
            released = counts.total - counts.withheld_full
            # ... and the outcome weighs them: "Of the 43 pages located, 31 are released without excision and 9 with
            # excisions. The remaining 3 pages are withheld in their entirety." releases 40, withholds 3.
            counts.released = released
            counts.sentences["pages_released"] = counts.sentences.get("total", "")
        elif released is None and counts.total is not None and counts.withheld_full is None:
            # "123 pages were located. ... the records are releasable in part": every page found goes out.
            # (not a release a question only names: "the OIG ... is best able to determine whether they may be
            # released, we have referred the 143 pages to the OIG")
            whole = next((s for s in self.body if (found := P.ALL_RELEASED.search(s)) and not P.FUTURE_RELEASE.search(s)
                          and not _whether_before(s, found.start())), None)
            if whole:
                released = counts.released = counts.total
                counts.sentences["pages_released"] = f"{counts.sentences.get('total', '')} … {whole}"
        one = self.one_record if released is None and counts.withheld_full is None else None
        if one:
            # "The Bureau located one record of 9 pages. It is released to you in part."
            released = one[0]
            counts.released_part, counts.released = (released, None) if one[1] else (None, released)
            counts.sentences["pages_released"] = one[2]
        bare = release_after_total(self.body) if released is None else None
        if bare:
            # "432 pages were located; 400 are enclosed; 32 pages are withheld in full"
            released = bare[0]
            counts.released_part, counts.released = (released, None) if bare[1] else (None, released)
            counts.sentences["pages_released"] = bare[2]
        if counts.withheld_full is None:
            # "Of the 412 pages reviewed, 380 are released ... and the remainder are withheld in full."
            subtraction = withheld_by_subtraction(self.body, counts)
            if subtraction.withheld is not None:
                counts.withheld_full, counts.sentences["pages_withheld"] = subtraction.withheld, subtraction.evidence
                if released is None and subtraction.released is not None:
                    released = subtraction.released
                    counts.released = released
                    counts.sentences["pages_released"] = subtraction.released_evidence
            elif subtraction.reason:
                event.unsure["pages_withheld"] = subtraction.reason
        if released is not None:
            event.pages_released, event.evidence["pages_released"] = released, counts.sentences["pages_released"]
        elif running := running_total_only(self.body):
            # "With this installment we have released a total of 412 pages": the sum of every release so far, not
            # this one's pages, and the letter gives no count of its own.
            event.unsure["pages_released"] = (f"the letter counts only the pages of all releases so far "
                                              f"(\"{running}\"), not this release's own")
        elif unsummed := sum_not_adding_up(self.body):
            # "the incident reports (12 pages) and the booking sheets (30 pages), for a total of 45 pages": the items
            # and the sum disagree, and which is right cannot be told.
            event.unsure["pages_released"] = (f"the pages counted item by item do not add up to the total the letter "
                                              f"gives (\"{unsummed}\")")
        if counts.withheld_full is not None:
            event.pages_withheld, event.evidence["pages_withheld"] = counts.withheld_full, \
                counts.sentences["pages_withheld"]
        if exemptions:
            event.exemptions = tuple(exemptions)
            event.evidence["exemptions"] = " … ".join(dict.fromkeys(exemption_sentences))
        if kind is EventKind.FINAL_DETERMINATION:
            outcome, sentence, reason = self._outcome(counts, bool(exemptions))
            if outcome is not None:
                event.outcome, event.evidence["outcome"] = outcome, sentence
                if outcome is Outcome.WITHDRAWN:
                    # A request closed unanswered or withdrawn has no records reviewed, so nothing withheld: a law
                    # the letter names ("We also explained that much of the complaint data is classified as private
                    # under Minnesota Statutes, section 626.557, subdivision 12b") recalls what an earlier letter
                    # said of the records, and applies no exemption; nor does it release any (a table of the
                    # installments given out before: "| 1 | September 29, 2026 | 186 | Provided |").
                    event.exemptions, event.pages_released, event.pages_withheld = (), None, None
                    for name in ("exemptions", "pages_released", "pages_withheld"):
                        event.evidence.pop(name, None)
                whole = sentence if P.WITHHELD_ENTIRELY.search(sentence) else next(
                    (s for s in self.body if P.ALL_WITHHELD_ENTIRELY.search(s)), None)
                if (outcome is Outcome.DENIED and whole and counts.total is not None and released is None
                        and counts.withheld_full is None):
                    # "The Department has identified 16 pages ... withheld in their entirety": all of them; or
                    # "MSP has identified 318 pages ... Your request is denied. ... The records are therefore withheld
                    # in their entirety" (the records as a whole, not one of them: "the autopsy report is withheld").
                    event.pages_withheld = counts.total
                    event.evidence["pages_withheld"] = " … ".join(
                        dict.fromkeys((counts.sentences.get("total", ""), sentence, whole)))
            else:
                event.unsure["outcome"] = reason
        return event

    def _exemptions(self, *, earlier_answers: bool = True) -> tuple[list[str], list[str]]:
        """The exemptions the letter applies and the sentences that cite them (see _exemptions_cited), a table's cell
        that gives only a section ("| Withheld in full | § 32.1-283 |") read as the section of the law the letter
        names for it elsewhere ("confidential under § 32.1-283 of the Code of Virginia")."""
        codes, used = self._exemptions_respelt()
        # What the office's own earlier letter withheld, recalled in a later one that applies exemptions of its own,
        # is that letter's: "By letter dated August 27, 2026, we released 19 pages ... and withheld the remaining
        # records in full under FOIA Exemptions 4, 6 and 8" beside "Portions of these records have been withheld under
        # 5 U.S.C. § 552(b)(6) and (b)(7)(C)" logs (b)(6) and (b)(7)(C) and not (b)(4).
        # ... and in a release after a review, the earlier answer that denied the request, whoever the letter names as
        # having given it (in an appeal's decision that answer is what is reviewed, its grounds weighed there).
        # ... or the office's own earlier answer named by its day: "In its June 24, 2026 response, CCSO withheld the
        # responsive records in their entirety pursuant to Section 7(1)(d)(i) of FOIA".
        # ... or the earlier denial told with its day after the verb: "LMPD denied your request on September 17, 2026,
        # under KRS 61.878(1)(h) and (1)(j)", in a release made after the Attorney General's decision.
        # ... or the review body's decision on that denial, recalled with the grounds it weighed: "On November 20, 2026,
        # the Public Access Bureau issued a determination letter ..., concluding that the Department had not
        # demonstrated ... that the records were exempt under Section 7(1)(d)(i)" (the grounds this release applies
        # are those of its own redactions).
        # ... or told in brackets beside another request's number, with the day it was closed: "the release letters in
        # FOIA requests 2025-OIG-FOIA-00412 (closed September 19, 2025, records denied in full under Exemption 7(A))
        # and 2025-OIG-FOIA-00587 ..." names what that request's answer withheld.
        # ... or the earlier answer the office issued, recalled with its day and what it released: "On August 27, 2026,
        # the Coast Guard issued a final response to your request, releasing 212 pages with redactions under FOIA
        # Exemptions (b)(5), (b)(6) and (b)(7)(C)" beside a supplemental release's own (b)(6) and (b)(7)(C).
        # ... or what the earlier letter told the requester was withheld: "On August 27, 2026, this office informed you
        # that the records were withheld in full under 5 U.S.C. § 552(b)(7)(A)" beside a new answer's (b)(6) and
        # (b)(7)(C) after an appeal's remand.
        recalled = [s for s in used if (P.RECITAL.search(s) and P.OWN_EARLIER_WITHHOLDING.search(s))
                    or P.OWN_EARLIER_ANSWER_WITHHELD.search(s) or (
            earlier_answers and (P.RECITAL.search(s) or P.EARLIER_ANSWER_DATED.search(s))
            and P.EARLIER_DENIAL.search(s)) or (earlier_answers and P.EARLIER_DENIAL_ON_DAY.search(s))
                    or (earlier_answers and self._cited_only_in_dated_asides(s))
                    or (earlier_answers and P.REVIEW_RECITED.search(s))
                    # ... or the office's first answer told as such, undone since: "The Department initially withheld
                    # the records as records of an investigation under Government Code section 7923.600" in the
                    # release made after a court's writ.
                    or (earlier_answers and P.FIRST_WITHHOLDING_TOLD.search(s) and self._days_before_letter(s))
                    or (earlier_answers and (P.RECITAL.search(s) or P.EARLIER_ANSWER_DATED.search(s))
                        and (P.EARLIER_ANSWER_ISSUED.search(s) or P.EARLIER_WITHHOLDING_TOLD.search(s))
                        and self._days_before_letter(s))]
        if recalled and len(recalled) < len(used):
            def cited(s: str) -> list[str]:
                # (the Illinois Act's section by its number alone, the Act cited elsewhere, is read as the Act's)
                return find_exemptions(s, withholding=True) or (
                    find_exemptions(with_illinois_act(s), withholding=True) if self.illinois else [])
            own = {code for s in used if s not in recalled for code in cited(s)}
            # (a (b)(3) this letter applies bare, "The information withheld under Exemption 3 consists of ...", is the
            # recalled one joined to its statute: "pursuant to 5 U.S.C. § 552(b)(3), in conjunction with 10 U.S.C. §
            # 130e")
            dropped = {code for s in recalled for code in cited(s) if not _among(code, own)}
            # (a recalled bare "(b)(3)" drops the statute read for it elsewhere, "(b)(3) 10 U.S.C. § 1102", when
            # this letter applies no Exemption 3 of its own)
            still_applied = [code for code in codes if not _among(code, dropped)]
            if own and dropped and still_applied:
                codes = still_applied
                used = [s for s in used if s not in recalled or any(code in codes for code in find_exemptions(s))]
        # A state's grounds are in the order this letter applies them, not that of the earlier answer recalled
        # first: "On September 1, 2026, the Department withheld the responsive records ... under G. L. c. 4, §
        # 7(26)(f)" before "The Department has redacted the names ... under G. L. c. 4, § 7(26)(c)" and "... also
        # redacted the identities of two confidential informants ... under G. L. c. 4, § 7(26)(f)" is (c), (f).
        # (not in an appeal's decision, where the answer reviewed is told first and weighed after)
        # ... or the earlier answer told in the simple past, with no day, in a letter saying what is withheld still:
        # "The FCPD withheld the records under Va. Code § 2.2-3706.1(B)(1) as criminal investigative files" before
        # "... have been redacted under Va. Code § 16.1-301" and "... continues to be withheld under Va. Code §
        # 2.2-3706.1(B)(1)" is § 16.1-301, § 2.2-3706.1(B)(1).
        still = any(P.STILL_WITHHELD.search(s) for s in used)
        earlier = [s for s in used if s in recalled or (P.RECITAL.search(s) and P.EARLIER_WITHHELD_TOLD.search(s))
                   or (still and P.WITHHELD_BEFORE_ACTIVE.search(s) and not P.STILL_WITHHELD.search(s))]
        if earlier_answers and earlier and len(earlier) < len(used):
            applying = list(dict.fromkeys(code for s in used if s not in earlier for code in find_exemptions(s)))
            if codes and not any(code.startswith("(b)") for code in codes) and set(codes) <= set(applying):
                codes = sorted(codes, key=applying.index)
        # An e-mail whose attached letter (read first) gives again some of the grounds its message names: a state's
        # grounds in the order the message names them, where it names every one ("... redacted pursuant to ... 20
        # U.S.C. § 1232g, and A.R.S. § 15-1043. ... the attorney-client privilege, A.R.S. § 12-2234." above an
        # attachment's "Records withheld in full: 37 pages (attorney-client privilege, A.R.S. § 12-2234)").
        # (each ground found as the message writes it; where one is written otherwise, the order stays)
        if self.message and codes and not any(code.startswith("(b)") for code in codes) \
                and all(code in self.message for code in codes):
            codes = sorted(codes, key=self.message.index)
        return codes, used

    def _days_before_letter(self, sentence: str) -> bool:
        """Whether every day *sentence* names comes before the letter's own (true when it names none, as "previously"
        tells of an earlier time)."""
        return all(self.date is None or day < self.date for day, _ in dates_in(sentence))

    def _cited_only_in_dated_asides(self, sentence: str) -> bool:
        """Whether every exemption *sentence* cites stands in brackets that tell, with a day before the letter's own,
        what was withheld or denied then: "(closed September 19, 2025, records denied in full under Exemption 7(A))"."""
        def told_before(aside: re.Match[str]) -> str:
            days = dates_in(aside.group(0))
            before = bool(days) and all(self.date is None or day < self.date for day, _ in days)
            return " " if before and P.EARLIER_WITHHELD_TOLD.search(aside.group(0)) else aside.group(0)
        without = _ASIDE.sub(told_before, sentence)
        return without != sentence and not find_exemptions(without)

    def _exemptions_respelt(self) -> tuple[list[str], list[str]]:
        """_exemptions_cited, a table's cell that gives only a section read as the section of the law named for it."""
        original = self.body
        respelt = _with_codes_named_elsewhere(original)
        if respelt == original:
            return self._exemptions_cited()
        self.body = respelt
        try:
            codes, used = self._exemptions_cited()
        finally:
            self.body = original
        back = dict(zip(respelt, original, strict=True))
        return codes, [back.get(sentence, sentence) for sentence in used]

    def _exemptions_cited(self) -> tuple[list[str], list[str]]:
        """The exemptions the letter applies (canonical, each once) and the sentences that cite them.

        A citation counts where the sentence withholds or cites something, or is a bare list of codes
        ("Section 552: (b)(3), (b)(6)"); not where it explains review rights, nor where it says that what was
        withheld before is now released. A (b)(3) is joined to the statute it is used with, even when a
        later sentence names it; a federal statute cited on its own counts only in a letter citing no FOIA
        exemption (a state letter's "18 U.S.C. § 2721").
        """
        codes: list[str] = []
        statutes: list[str] = []
        further: list[str] = []  # statutes a sentence withholds under with no exemption named beside them
        used: list[str] = []
        where: dict[str, tuple[int, int]] = {}  # each code's first place: (sentence, position in it)
        introduced = False  # the sentence before withholds and ends in a colon: a list of exemptions follows
        set_aside: set[str] = set()
        classes_aside: set[str] = set()  # Utah's classes of records a sentence sets aside by name alone
        reversed_at: dict[str, int] = {}  # a ground a sentence reverses or sets aside: that sentence
        pinned: dict[str, tuple[str, int]] = {}  # a subsection only pin-cited after the law's words: its section, where
        item_before = False  # the sentence before was an item of such a list
        foia_list = False  # ... and the list is of the FOIA's own subsections: "set forth in 5 U.S.C. 552(b):"
        illinois, massachusetts = self.illinois, self.massachusetts
        for index, sentence in enumerate(self.body):
            in_list = introduced  # the sentence is in a list that a withholding introduced
            items = list_item_exemptions(sentence) if introduced else []
            if introduced and not items and index and (marker := _MARKER_AT_END.search(self.body[index - 1])):
                # ... an item whose marker stands as a sentence of its own, or closes the sentence that introduces the
                # list ("... redacted as follows: 1." then "Social security numbers, ..., under O.C.G.A. §
                # 50-18-72(a)(20)(A).") is read with its marker
                items = list_item_exemptions(f"{marker.group(1)} {sentence}")
            if introduced and foia_list and not items and (paragraph := _FOIA_PARAGRAPH_ITEM.match(sentence)):
                # "... withheld in full, pursuant to the following FOIA exemptions set forth in 5 U.S.C. 552(b):" /
                # "(5) which permits the withholding of inter-agency or intra-agency memorandums ...": each item opens
                # on the paragraph of the section the lead named
                items = find_exemptions(f"5 U.S.C. § 552(b){paragraph.group(1)}")
            if introduced and not items:
                items = cited_first(sentence)  # "5 U.S.C. § 552(b)(6), which concerns ...;" after "pursuant to:"
            if introduced and not items and _BULLET_START.match(sentence):
                # a bulleted item whose ground stands between what it covers and where it was applied: "- Specific
                # intelligence information ..., RCW 42.56.240(1), applied to the 9 pages of the Force Review Board
                # packet ...;"
                items = find_exemptions(sentence, withholding=True)
            if introduced and not items and index and (_LIST_MARKER.fullmatch(self.body[index - 1])
                                                       or _MARKER_AT_END.search(self.body[index - 1])):
                # an item after its marker, what is withheld and then the law it is withheld under: "... with the
                # following information withheld:" / "2." / "Texas driver's license numbers, under section 552.130 of
                # the Government Code."; the marker also where it closes the item before, the items ending in
                # semicolons: "1. Presentence Investigation Report (11 pages) [KRS 61.878(1)(l) and KRS 532.050(6)];
                # 2." / "Pre-Parole Progress Reports (9 pages) [KRS 61.878(1)(j) and KRS 439.510]; 3."
                items = find_exemptions(sentence, withholding=True)
            if introduced and not items and (unmarked := _UNMARKED_ITEM_UNDER.match(sentence)):
                # ... or an item of no marker, a paragraph of its own that names what was taken out and closes on the
                # law it was taken out under: "the Patrol has redacted the following information from the records:" /
                # "Social Security numbers and dates of birth of the persons named in the records, under Section
                # 610.035, RSMo." (a phrase, no sentence saying what is open or public under a law)
                items = find_exemptions(unmarked.group(1), withholding=True)
            if introduced and _TABLE_ROW.search(sentence) and _table_introduced_by_withholding(self.body, index):
                # ... or a row of a table it introduced, the citation in any cell: "Portions of the data have been
                # redacted because they are classified as not public:" / "Data withheld | Classification and
                # authority" / "Social Security numbers | Private, Minn. Stat. § 13.355, subd. 1"; every law its cell
                # names, not only the first that a list item's head would give: "Names of juvenile arrestees | 5 ILCS
                # 140/7.5(bb), in conjunction with 705 ILCS 405/1-7"
                items = list(dict.fromkeys([*items, *find_exemptions(sentence, withholding=True)]))
                # ... in the order the cell names them, not with the one a list item's tail gives (the cell's last,
                # after its last comma) first: "Complaint Investigation Summaries | 77 | Complainant identity | 5 ILCS
                # 140/7(1)(a), 5 ILCS 140/7(1)(b), 5 ILCS 140/7(1)(c)" is (a), (b), (c)
                items.sort(key=lambda code: _position(sentence, code))
            if not items and _TABLE_ROW.search(sentence) and _under_withholding_heading(self.body, index):
                # ... or a row of a table whose heading names a column of the grounds for withholding, however the
                # table is introduced: "Record | Pages | Released | Authority for redaction or withholding" / "Arizona
                # Crash Report | 12 pages | In part | A.R.S. § 28-455; 18 U.S.C. § 2721"
                items = find_exemptions(sentence, withholding=True)
            # A federal statute that is an item of such a list: "... redacted from the records as required by law:" /
            # "- Driver's license numbers and motor vehicle record information, 18 U.S.C. § 2721;" (the list withholds
            # under it, though the item says so in no word of its own); also beside the state's section that rests on
            # it, in an item or in a row of a table a withholding introduced: "Operator's license numbers | MCL
            # 15.243(1)(d); 18 USC 2721".
            # ... or one heading an item of its own, before the colon that says what it covers, as a state's form
            # lists the laws a denial rests on one a paragraph: "... not subject to disclosure under the following state
            # or federal law(s):" / "Tenn. Code Ann. § 10-7-504(a)(29): identifying information ..." / "18 U.S.C. §
            # 2721: personal information obtained from motor vehicle records."
            # ... or a numbered item, its number before it or on a line of its own: "... redacted from the enclosed
            # pages as follows:" / "1." / "Driver's license numbers and motor vehicle information, O.C.G.A. §
            # 50-18-72(a)(20)(A) and 18 U.S.C. § 2721;"
            listed_statutes = federal_statutes(sentence) if introduced and (
                _BULLET_START.match(sentence) or _NUMBERED_START.match(sentence)
                or (index > 0 and bool(_LIST_MARKER.fullmatch(self.body[index - 1])
                                       or _MARKER_AT_END.search(self.body[index - 1])))
                or (_TABLE_ROW.search(sentence) and _table_introduced_by_withholding(self.body, index))) else []
            if not listed_statutes and _TABLE_ROW.search(sentence) and _under_withholding_heading(self.body, index):
                listed_statutes = federal_statutes(sentence)
            if introduced and not listed_statutes and (head := _STATUTE_HEAD.match(sentence)):
                listed_statutes = federal_statutes(head.group(1))
            # (a list introduced by what withholds or denies: "The Department is denying access to the record because
            # it falls under the following exceptions to disclosure ...:")
            opened = _MARKER_AT_END.sub("", sentence) if _MARKER_AT_END.search(sentence) else sentence
            heading = re.search(r":\s+(?=\S)(?!.*:\s)", opened)
            if heading and _LOG_HEADING.fullmatch(opened[heading.end():].strip()):
                opened = opened[:heading.start() + 1]  # "... the statute that applies: Exemption log - Installment 1"
            if first_item := _INTRO_THEN_ITEM.search(opened):
                # ... or the list's first item run into the sentence that introduces it ("The following information
                # has been redacted: (a) Personal e-mail addresses ..., pursuant to ...")
                opened = opened[:first_item.start() + 1]
            elif (run_in := _run_in_item(opened)) is not None:
                # ... or its first item run into it, the law cited at the item's head, where the paragraphs were lost
                # (a PDF's text layer): "... made pursuant to the following exemptions: W. Va. Code § 29B-1-4(a)(8):
                # Internal memoranda or letters ..."
                opened = opened[:len(opened) - len(run_in)].rstrip()
            introduced = bool(items) or bool(opened.rstrip().endswith(":") and (
                P.WITHHOLDING_WORDS.search(opened) or withholds(opened))) \
                or _short_lead_after_withholding(self.body, index, opened) \
                or _withholdings_told_below(self.body, index, opened) \
                or (introduced and index > 0 and bool(_LIST_MARKER.fullmatch(self.body[index - 1])
                                                      or _MARKER_AT_END.search(self.body[index - 1]))) \
                or (introduced and index + 1 < len(self.body)
                    and bool(_CITATION_ALONE.fullmatch(self.body[index + 1].strip()))) \
                or (introduced and bool(_LIST_MARKER.fullmatch(sentence))) \
                or (introduced and bool(_BULLET_START.match(sentence))) \
                or (introduced and bool(_NUMBERED_START.match(sentence))) \
                or (introduced and index + 1 < len(self.body) and bool(_LIST_MARKER.fullmatch(self.body[index + 1]))) \
                or ((item_before or introduced) and _continues_item(self.body, index))
            # ("1." alone, its item next; or another item; or a sentence more of the item before, the next item after
            # it; or the item's text after its marker alone; or the reason of an item, the citation alone that closes
            # it next: "1." / "The report (26 pages) is withheld in its entirety." / "Its disclosure would interfere
            # with enforcement proceedings." / "Idaho Code § 74-124(1)(a).")
            foia_list = introduced and (foia_list or bool(_FOIA_SECTION_LEAD.search(opened)))
            item_before = bool(items)
            # (a table's heading row between the list's introduction and its rows: "Exemption | Material withheld")
            introduced = introduced or (bool(_TABLE_HEADING.fullmatch(sentence.strip()))
                                        and index > 0 and self.body[index - 1].rstrip().endswith(":"))
            # (or a heading naming the log of exemptions, between the introduction and the items or introducing them
            # itself: "The enclosed exemption log identifies each redaction and the statute that applies:" / "Exemption
            # log - Installment 1" / "- Victim and witness names ...: RCW 42.56.240(2), ...")
            introduced = introduced or bool(_LOG_HEADING.fullmatch(sentence.strip()) and not sentence.rstrip().endswith(
                "."))
            if _held_by_another_office(self.body, index):
                continue  # the law another office holds records under, which this one says it does not have
            if _grounds_for_new_request(self.body, index):
                continue  # the law records a new request would reach may be withheld under, not applied now
            if _review_rights(sentence) or (P.STATEMENT_OF_DENIAL_ITSELF.search(sentence)
                                            and not P.STATEMENT_WITHHOLDS.search(sentence)) \
                    or P.HYPOTHETICAL_WITHHOLDING.search(sentence) or P.WITHHOLDING_TO_COME.search(sentence) \
                    or P.LAW_NOTED_IN_GENERAL.search(sentence) or _discretionary_release_only(sentence):
                continue  # (nor a withholding that would apply only to records not found, or is still to be made; nor
                # the law told in general as a note; nor a ground named only to release under it all the same)
            if index and _CITATION_ALONE.fullmatch(sentence.strip()) \
                    and P.LAW_NOTED_IN_GENERAL.search(self.body[index - 1]):
                continue  # ... and the citation standing alone after such a note
            if _opened_once_met(self.body, index):
                continue  # a law that would have kept the records closed till then, the records given
            if _waived_by_consent(self.body, index):
                continue  # a law that keeps records back unless their subject consents, the consent given
            if P.NO_LONGER_APPLIED.search(sentence) or P.NO_LONGER_EXEMPT.search(sentence):
                # (a ground dropped for the pages released now stays for those another sentence still withholds
                # under it: "Exemption 5 is no longer asserted for any of these pages." / "The remaining 9 pages
                # continue to be withheld in full under Exemption 5")
                dropped = _no_longer_applied(with_massachusetts_clause(sentence) if massachusetts else sentence,
                                             cited=self.body) - _still_withheld_elsewhere(self.body, index)
                if not P.NO_LONGER_APPLIED.search(sentence):
                    # (records said to be no longer exempt under a ground leave it to the others another sentence
                    # withholds under it now, not in recalling the earlier answer: "The crash report ... is no longer
                    # exempt under MCL 15.243(1)(b)(i), and it is enclosed." beside "... the Department has determined
                    # that disclosure at this time would interfere with law enforcement proceedings, MCL
                    # 15.243(1)(b)(i).")
                    dropped -= {code for number, other in enumerate(self.body) if number != index
                                and not P.RECITAL.search(other) and withholds(other)
                                for code in find_exemptions(other, withholding=True)}
                set_aside |= dropped
            # "The Department argues that the inspection reports are protected by 23 U.S.C. § 407, ..." / "The
            # Department has not met its burden of proving that the reports are exempt.": the ground argued is set aside
            set_aside |= _argued_before_burden_unmet(self.body, index)
            if (replaced := P.GROUND_REPLACED.search(sentence)) and P.WITHHOLDING_WORDS.search(
                    sentence[:replaced.start()]):
                # "With regard to the information withheld by the FBI pursuant to Exemption 7(D), I am instead
                # affirming the withholding ... under Exemptions 6 and 7(C)": the first ground gives way to the new.
                set_aside |= set(find_exemptions(sentence[:replaced.start()])) - set(
                    find_exemptions(sentence[replaced.start():]))
            if unneeded := P.WITHHOLDING_UNNEEDED.search(sentence):
                # "the FBI's withholdings under Exemption 7(E) are not necessary, as the information so withheld is
                # also protected by Exemption 7(D)": the needless ground gives way, the covering one stays.
                set_aside |= set(find_exemptions(sentence[:unneeded.end()])) - set(
                    find_exemptions(sentence[unneeded.end():]))
            released_now = _released_clauses_only(sentence)
            if released_now is None and not P.STILL_WITHHELD.search(sentence) \
                    and (P.NOW_RELEASED.search(sentence) or P.RELEASES_EARLIER_WITHHELD.search(sentence)):
                # What was withheld before and is released now applies only the grounds of its new redactions ("...
                # previously withheld in full are released to you in part, with the names redacted under Exemption
                # 6", "The Bureau will release 7 pages previously withheld under Exemption 5, with redactions under
                # Exemption 6"), never the ones of the first withholding.
                redacted = P.RELEASED_REDACTED_UNDER.search(sentence)
                # (the Illinois Act's section by its number alone, the Act cited elsewhere: "with the names of juveniles
                # redacted under Section 7(1)(c)")
                if redacted and (kept := find_exemptions(sentence[redacted.start():]) or (
                        find_exemptions(with_illinois_act(sentence[redacted.start():])) if illinois else [])):
                    codes += kept
                    used.append(sentence)
                    for code in kept:
                        where.setdefault(code, (index, _position(sentence, code)))
                continue
            if index and _CITATION_ALONE.fullmatch(sentence.strip()) and not _review_rights(self.body[index - 1]) \
                    and not P.DEEMED_DENIED.search(self.body[index - 1]) \
                    and not P.LAW_NOTED_IN_GENERAL.search(self.body[index - 1]):
                # "... would be contrary to the public interest. C.R.S. 24-72-305(5).": a section standing alone
                # after the reason it is cited for is read with that reason (not the law's deemed denial: "the Request
                # was deemed denied. 65 P.S. § 67.901." cites no exemption).
                before = find_exemptions(self.body[index - 1])
                items += [code for code in find_exemptions(f"{self.body[index - 1]} {sentence}") if code not in before]
                if not items and _same_classification_as_before(self.body, index - 1):
                    # "... are confidential or protected nonpublic while the investigation is active." / "Portable
                    # recording system data that are criminal investigative data are governed by the same
                    # classification." / "Minn. Stat. § 13.825, subd. 2(a)(4).": the law that gives the same
                    # classification as the withholding before it
                    items += find_exemptions(sentence, withholding=True)
                if not items and index >= 2 and _withholding_then_its_reason(self.body, index):
                    # "These records are withheld." / "They are records of law enforcement in any pending
                    # investigation ..., and the matter remains under active investigation." / "O.C.G.A. §
                    # 50-18-72(a)(4).": the citation closes the reason given for the withholding just before it
                    items += find_exemptions(sentence, withholding=True)
                if P.LAW_DESCRIBED.search(self.body[index - 1]) or P.LAW_DESCRIBED_WITHIN.search(self.body[index - 1]):
                    # the pin cite of the law's own words, after the sentence that tells what the section provides
                    # (the section cited bare there, or elsewhere in the letter where that sentence names it by the
                    # act's own numbering: "Section 7(1) of the Child Protection Law provides that ... a written report
                    # ... is a confidential record ..." / "MCL 722.627(1)." beside "the records are confidential under
                    # Section 7 of the Child Protection Law, MCL 722.627")
                    bares = before or list(dict.fromkeys(code for other in self.body
                                                         for code in find_exemptions(other)))
                    pinned.update({code: (bare, index) for code in items for bare in bares
                                   if code.startswith(f"{bare}(")})
                if in_list and any(_LIST_MARKER.fullmatch(before_it) or _BULLET_START.match(before_it)
                                   or _NUMBERED_START.match(before_it) or _MARKER_AT_END.search(before_it)
                                   for before_it in self.body[max(0, index - 3):index]):
                    # ... and, in a list of what was withheld, each marked item's citation closing it after its
                    # reason, the reason in words of no withholding (not a reason given after a colon, no item
                    # marked): "1." / "Records of one incident that remains under active
                    # investigation ... (four pages, withheld in full ...)." / "These records are compiled for law
                    # enforcement purposes, and their production could reasonably be expected to interfere with
                    # enforcement proceedings." / "AS 40.25.120(a)(6)(A)."
                    items += [code for code in find_exemptions(sentence, withholding=True) if code not in items]
                if _listed_citation(self.body, index):
                    # "The specific statutes on which the denial is based are: 1. NRS 289.057(3)(a). Any information
                    # obtained during an investigation ... must be kept confidential ...": an item of a list that is a
                    # citation alone, the reason it is cited for in the sentence after it.
                    items += [code for code in find_exemptions(sentence, withholding=True) if code not in items]
            elif index and (marked := _ITEM_MARKER.match(sentence)) \
                    and _CITATION_ALONE.fullmatch(sentence[marked.end():].strip()) \
                    and _listed_citation(self.body, index):
                # ... its marker and the citation in one sentence: "(b) RCW 42.56.230(7)(a). Driver license numbers
                # are exempt from public inspection."
                items += find_exemptions(sentence[marked.end():], withholding=True)
            elif entry := _schedule_entry(self.body, index):
                items += entry
            elif index and (bare := bare_sections(sentence)) and not _review_rights(self.body[index - 1]):
                # "... disclosing it would reveal them: Public Officers Law § 87(2)(e)(iv). It also identifies the
                # posts of undercover members, and disclosing it could endanger their life or safety, § 87(2)(f).": a
                # bare section is of the law the sentence before cited for the same section.
                before, own = find_exemptions(self.body[index - 1]), find_exemptions(sentence)
                items += [code for code in find_exemptions(f"{self.body[index - 1]} {sentence}")
                          if code not in before and code not in own
                          and any(code.endswith(f"§ {section}") for section in bare)]
                if not items and _ITEM_MARKER.match(sentence) and (law := _list_introduction(self.body, index)):
                    # ... or, an item of a list, of the law its introduction names: "redacted pursuant to the
                    # following provisions of the Public Officers Law:" / "- § 87(2)(b), because disclosure would
                    # constitute an unwarranted invasion of personal privacy"
                    items += [code for section in bare for code in find_exemptions(f"{law} § {section}")
                              if code.endswith(f"§ {section}")]
            if not items and index and _defines_term_withheld(self.body[index - 1], sentence):
                # The law that defines the kind of record the sentence before withholds, cited in a sentence of its
                # own: "... are criminal investigatory records, which are exempt from disclosure under OPRA." /
                # "N.J.S.A. 47:1A-1.1 defines a "criminal investigatory record" as "a record which is not required by
                # law to be made ..."" (the definition is where the exemption is)
                items = find_exemptions(sentence, withholding=True)
            # (literals.found: the same answer as bool(P.EXEMPTION_USE.search(sentence)), alternative by alternative)
            if not (literals.found(P.EXEMPTION_USE, sentence) or exemption_list(sentence) or items or listed_statutes
                    # a row of the form's table that starts with the (b)(3) rule: its ticked codes are still ticked
                    or grand_jury_rule_then_codes(sentence)):
                if P.SET_ASIDE.search(sentence):
                    # "Because of that, we need not reach section 552.108": a ground set aside in a sentence of its
                    # own is not applied, wherever else it is named.
                    before = self.body[index - 1] if index else ""
                    # (only what the words that set aside name after them, not the ground given as the reason
                    # before them: "Because KRS 61.878(1)(i) is dispositive, this Office need not address the
                    # District's reliance on KRS 61.878(1)(j)" sets aside (1)(j) alone)
                    set_aside |= _named_before_set_aside(sentence, before) or set(_named_after_set_aside(sentence))
                    set_aside |= _named_just_before_set_aside(sentence)
                    classes_aside |= _classes_set_aside(sentence)
                continue
            found = list(dict.fromkeys(find_exemptions(sentence) + items))
            if not found and illinois:
                # "Section 7(1)(b) exempts private information ...": the Illinois Act's section, the Act cited elsewhere
                found = find_exemptions(with_illinois_act(sentence))
            if massachusetts and (clause := with_massachusetts_clause(sentence)) != sentence:
                # "Clause (n) exempts from disclosure records relating to the security ...": the clause of G. L. c. 4,
                # § 7(26) by its letter alone, the clause cited elsewhere in the letter
                found = list(dict.fromkeys(find_exemptions(clause) + items))
            for name_the_law in self.laws_named_once:
                # "Section 87(2)(b): the names ... have been redacted" (New York), "... as active criminal
                # investigative data under section 13.82, subdivision 7" (Minnesota): a section cited alone, its law
                # named elsewhere in the letter
                if not found and (named := name_the_law(sentence)) != sentence:
                    found = list(dict.fromkeys(find_exemptions(named) + items))
            if released_now:
                # "We affirm the withholdings under Exemption 6 but are releasing the material previously withheld
                # under Exemption 5": the clause that releases what was withheld before no longer applies its grounds;
                # the clause that upholds a withholding still does.
                found = [code for code in found if code not in released_now]
            if P.SET_ASIDE.search(sentence):
                # "..., and I need not reach the FBI's reliance on Exemption 7(D)": the clause that sets a ground
                # aside does not apply it; the sentence's other clauses may.
                clauses = _SET_ASIDE_CLAUSE_BREAK.split(sentence)
                # (a state's section set aside is named without a word of withholding: "we need not address your
                # argument under section 552.101")
                before = self.body[index - 1] if index else ""
                # (a ground set aside by pointing back, "Because the records are withheld in full under Exemption 7(A),
                # I do not reach those exemptions", is the sentence before's; the one the clause gives as the reason
                # is applied)
                pointed = {clause for clause in clauses if _named_before_set_aside(clause, before)}
                # (what the words that set aside name after them, where they name any: "Because Exemption 7(A)
                # applies, we need not reach Exemption 7(C)" sets aside 7(C) alone)
                aside = {code for clause in clauses if P.SET_ASIDE.search(clause) and clause not in pointed
                         for code in _named_after_set_aside(clause)}
                aside |= {code for clause in pointed for code in _named_before_set_aside(clause, before)}
                aside -= {code for clause in clauses if not P.SET_ASIDE.search(clause) or clause in pointed
                          for code in find_exemptions(clause)}
                aside |= _named_just_before_set_aside(sentence)
                set_aside |= aside
                classes_aside |= _classes_set_aside(sentence)
                for code in aside:
                    reversed_at.setdefault(code, index)
                found = [code for code in found if code not in aside]
            # ... said in a state's words too: "confidential under the Family Educational Rights and Privacy Act, 20
            # U.S.C. § 1232g", "their release is prohibited by federal law, 28 C.F.R. § 20.33"
            alone = (federal_statutes(sentence) if P.WITHHOLDING_WORDS.search(sentence) or withholds(sentence)
                     or listed_statutes else []) + federal_regulations(sentence)
            # (not one cited for a word's meaning only: "education records, as defined in the Family Educational
            # Rights and Privacy Act (FERPA), 20 U.S.C. s. 1232g, ... are confidential and exempt from s. 119.07(1)")
            defining = defining_statutes(sentence)
            alone = [statute for statute in alone if statute not in defining]
            if P.NO_REDACTION.search(sentence):
                # A statute or regulation cited beside a statement that nothing was withheld applies no withholding:
                # "Although no information was withheld, pursuant to 10 C.F.R. § 1004.8, you may challenge the
                # adequacy of the search by submitting a written appeal" (the rule on appeals, not a ground).
                alone = []
            if not found and P.WITHHOLDING_WORDS.search(sentence):
                # "In addition, the names of NGA employees ... are exempt from disclosure under 10 U.S.C. § 424": a
                # statute withholding on its own, no exemption named beside it (kept for a letter applying Exemption 3).
                further += [statute for statute in alone if statute not in _NOT_EXEMPTION_3]
            if found or alone:
                codes += found
                statutes += alone
                used.append(sentence)
                for code in found + alone:
                    where.setdefault(code, (index, _position(sentence, code)))
        b3 = [statute for sentence in self.body for statute in b3_statutes(sentence)]
        for index, (listed, after) in enumerate(zip(self.body, self.body[1:], strict=False)):
            # A form's ticked "(b)(3)" with its statute on the line below: "[X] (b)(3)" / "50 U.S.C. § 3024(i)(1)".
            # ... or below the form's whole table of boxes, the "(b)(3)" ticked in a row above: the FBI's two-column
            # table, then "50 U.S.C. § 3024(i)(1)" on a line of its own after its last row.
            rows = list(itertools.takewhile(exemption_list, reversed(self.body[:index + 1])))
            if rows and any("(b)(3)" in find_exemptions(row) for row in rows) and _statute_alone(after):
                b3 += federal_statutes(after)
            elif exemption_list(listed) and "(b)(3)" in find_exemptions(listed) and (
                    grand_jury_rule_alone(after) or grand_jury_rule_then_codes(after)):
                # "[X] (b)(3)" / "Federal Rules of Criminal Procedure, Rule 6(e)", or the rule with the next column's
                # ticked code beside it: "[X] (b)(3)   [X] (b)(7)(C)" / "Federal Rules of Criminal Procedure 6(e)
                # [X] (b)(7)(D)"
                b3 += grand_jury_rule(after)
        named = [] if b3 else _statutes_named_for_b3(self.body)
        if named and "(b)(3)" in codes:
            # "... exempted from disclosure pursuant to the third exemption. The specific statutes applicable in this
            # case are Title 18 U.S. Code 798; Title 50 U.S. Code 3024(i); ...": each is a ground of its own.
            first = codes.index("(b)(3)")
            codes = codes[:first] + [f"(b)(3) {statute}" for statute in named] + [
                code for code in codes[first + 1:] if code != "(b)(3)"]
        elif not b3 and "(b)(3)" in codes:
            # "Under ... 50 U.S.C. § 3024(i)(1), the ODNI can neither confirm nor deny ... protected under exemptions
            # (b)(1) and (b)(3)": the one statute the withholding names is the one Exemption 3 rests on.
            # A statute cited beside another exemption ("Exemption 4 and 18 U.S.C. § 1905") is that one's.
            cited = list(dict.fromkeys(statute for sentence in self.body
                                       if (P.WITHHOLDING_WORDS.search(sentence) or P.GLOMAR.search(sentence)
                                           or P.STATUTE_BARS_DISCLOSURE.search(sentence))
                                       and all(code.startswith("(b)(3)") for code in find_exemptions(sentence))
                                       for statute in federal_statutes(sentence)))
            # ... or the statutes the sentence right before the one applying Exemption 3 names as what protects the
            # information, given as its reason: "... is intelligence sources and methods information protected from
            # disclosure by section 6 of the CIA Act of 1949, as amended, and section 102A(i)(1) of the National
            # Security Act of 1947, as amended. Therefore, your request is denied pursuant to FOIA exemptions (b)(1)
            # and (b)(3).": each, in that sentence's order.
            reasons = [statutes for sentence, applying in zip(self.body, self.body[1:], strict=False)
                       if "(b)(3)" in find_exemptions(applying) and not find_exemptions(sentence)
                       and P.WITHHOLDING_WORDS.search(sentence) and (statutes := federal_statutes(sentence))]
            # The statute the sentence applying Exemption 3 names itself comes first: "FOIA Exemption 3 ..., in
            # conjunction with section 6(b)(5) of the Consumer Product Safety Act ("CPSA"), 15 U.S.C. § 2055(b)(5)",
            # and then "Section 6(b)(5) prohibits the Commission from disclosing information submitted to it under
            # section 15(b) of the CPSA, 15 U.S.C. § 2064(b)" (that one names where the information came from).
            with_b3 = list(dict.fromkeys(statute for statute in cited for sentence in self.body
                                         if any(code.startswith("(b)(3)") for code in find_exemptions(sentence))
                                         and statute in federal_statutes(sentence)))
            if len(cited) == 1:
                b3 = cited
            elif len(with_b3) == 1:
                b3 = with_b3
            elif len(reasons) == 1 and len(cited) > 1 and set(reasons[0]) == set(cited):
                b3 = reasons[0]  # (every statute the letter withholds under is in that one sentence)
            else:
                b3 = _statute_after_b3(self.body)
        if len(set(b3)) == 1 and "(b)(3)" in codes:
            codes = [f"(b)(3) {b3[0]}" if code == "(b)(3)" else code for code in codes]
        elif len(set(b3)) > 1 and "(b)(3)" in codes and not any(code.startswith("(b)(3) ") for code in codes):
            # "Exemption 3, in conjunction with 50 U.S.C. § 3024(i)(1) and 10 U.S.C. § 424": one Exemption 3 for each
            # statute, in the letter's order
            first = codes.index("(b)(3)")
            codes[first:first + 1] = [f"(b)(3) {statute}" for statute in dict.fromkeys(b3)]
        if any(code.startswith("(b)(3) ") and "U.S.C." in code for code in codes):
            # A letter applying Exemption 3 under a statute names a further one on its own: "The applicable statute is
            # 10 U.S.C. § 455 ... In addition, the names of NGA employees ... are exempt from disclosure under 10
            # U.S.C. § 424": that one is Exemption 3 too, after the others.
            codes += [f"(b)(3) {statute}" for statute in dict.fromkeys(further)
                      if f"(b)(3) {statute}" not in codes and not any(
                          code.startswith(f"(b)(3) {statute}(") for code in codes)]
        specific = [code for code in codes if code.startswith("(b)(3) ")]
        if any("U.S.C." in code for code in specific):
            # An act kept in the letter's words ("(b)(3) National Security Act of 1947") gives way to the
            # Code's section the letter names for Exemption 3 elsewhere.
            codes = [code for code in codes if not code.startswith("(b)(3) ") or "U.S.C." in code
                     or code.endswith(GRAND_JURY_RULE)]
            specific = [code for code in specific if "U.S.C." in code]
        if specific and "(b)(3)" in codes:
            # "Section 552: (b)(3) (b)(5)" and, on the next line, "(b)(3) 50 U.S.C. § 3024(i)(1)": one exemption,
            # named where the list first has it.
            first = codes.index("(b)(3)")
            codes = [code for code in codes if code != "(b)(3)" and (len(specific) > 1 or code != specific[0])]
            if len(specific) == 1:
                codes.insert(first, specific[0])
        codes = _as_whole_sections_named(codes, self.body)
        if not any(code.startswith("(b)(") for code in codes) and statutes:
            # A state letter's federal statute takes its place among the state's sections, in the letter's order
            # ("K.S.A. 45-221(a)(10), ... 18 U.S.C. § 2721, as incorporated by K.S.A. 45-221(a)(1)").
            codes = sorted(codes + statutes, key=lambda code: where.get(code, (len(self.body), 0)))
        # A ground reversed for some of the records and kept for the rest, as a decision in part does, still applies:
        # "VHA's withholding under Exemption 5 of the findings of fact and conclusions is therefore reversed" and then
        # "14 pages are enclosed, released in part, with only the Exemption 5 and Exemption 6 redactions upheld in this
        # decision remaining" (or "The withholding of the recommendations under Exemption 5 is affirmed").
        set_aside -= {code for code, at in reversed_at.items() if _kept_elsewhere(self.body, code, at)}
        codes = [code for code in dict.fromkeys(codes) if not _among(code, set_aside)]
        # A ground named only as one the office may assert later, not applied now: "... personal information ... that
        # would be protected under 5 U.S.C. § 552(b)(6) and (b)(7)(C), and we reserve the right to assert those
        # exemptions when the investigation is closed" (unless another sentence withholds under it now).
        if reserved := _grounds_reserved(self.body):
            codes = [code for code in codes if not _among(code, reserved)] or codes
        if classes_aside:
            # (a class set aside drops the sections of it the letter cites, but for one a sentence finds properly
            # classified: "The incident reports are properly classified as protected under Utah Code § 63G-2-305(10)")
            classed = {code for sentence in self.body if _RIGHTLY_CLASSIFIED.search(sentence)
                       and not P.SET_ASIDE.search(sentence) for code in find_exemptions(sentence)}
            codes = [code for code in codes if code in classed or not any(
                re.match(rf"{re.escape(section)}(?![\w-])", code) for section in classes_aside)] or codes
        # A ground a ruling finds does not reach the information at issue ("the department may not withhold any of the
        # submitted information under section 552.101"; "basic information ... is not excepted from disclosure. See
        # Gov't Code § 552.108(c).") is not applied, unless the ruling applies it to other information elsewhere.
        refused = {code for index, sentence in enumerate(self.body) if (found := _ground_refused(sentence))
                   for code in find_exemptions(_with_citation_after(self.body, index)[found.end():], withholding=True)}
        # ... also a state's exemption named by its letter alone where the letter cites it in full elsewhere ("the
        # Department has not met its burden to withhold the report under Exemption (f)", G. L. c. 4, § 7(26)(f) cited
        # before).
        # (the exemption itself, not one clause of it: "records related to a law enforcement misconduct investigation
        # may not be withheld as personnel information under the first clause of Exemption (c)" leaves Exemption (c)
        # to the privacy clause the letter withholds under)
        refused |= {code for sentence in self.body if (found := _ground_refused(sentence))
                    for part, letter in _LETTERED_EXEMPTION.findall(sentence[found.end():]) if not part
                    for code in codes if not code.startswith("(b)") and code.endswith(f"({letter})")}
        # ... also the one ground a sentence just before describes, where the finding names none: "ORS 192.345(3)
        # conditionally exempts "investigatory information compiled for criminal law purposes," ..." ... "We conclude
        # that GPD has not carried its burden of showing that items (1) and (2) are exempt." (a district attorney's
        # order on an Oregon petition).
        refused |= {code for index, sentence in enumerate(self.body) if (found := _ground_refused(sentence))
                    and not find_exemptions(sentence) and not find_exemptions(sentence, withholding=True)
                    for code in _ground_described_just_before(self.body, index)}
        # ... or one it finds reaches some of the information, beside what it does not reach: "such records are not
        # exempt from disclosure under §1-210(b)(2), G.S." and "such information is exempt from disclosure under
        # §1-210(b)(2), G.S." (Connecticut's Commission, of the report and of the witnesses' home addresses)
        applied = {code for sentence in self.body
                   if (P.GROUND_APPLIED.search(sentence) or P.FOUND_EXEMPT.search(sentence))
                   and not _ground_refused(sentence) for code in find_exemptions(sentence, withholding=True)}
        # ... or a withholding it upholds by pointing back to the one ground its section is about: "Exemption 4." /
        # "Exemption 4 protects trade secrets ..." / "OCA properly withheld 14 pages of these documents in full." /
        # "However, the PPP loan amount ... [is] already publicly available ..., and [it] may not be withheld."
        applied |= {code for index, sentence in enumerate(self.body)
                    if _upholds(sentence) and P.UPHELD_NAMED_BEFORE.search(sentence) and not _ground_refused(sentence)
                    and not P.SET_ASIDE.search(sentence) and not find_exemptions(sentence)
                    # (a sentence that names a ground of its own, however bare, "properly redacted under section
                    # 7(1)(b)", points back to none)
                    and not _GROUND_WORD.search(sentence)
                    and len(pointed := _grounds_just_before(self.body, index)) == 1 for code in pointed}
        # ... or one it keeps for other records, said to stay withheld under it: "The two letters from the project owner
        # ... cannot be withheld under Exemption 5" and "The draft corrective action memoranda ... remain properly
        # withheld in full under Exemption 5" (a decision in part that releases some records and keeps the others).
        applied |= {code for sentence in self.body if not _ground_refused(sentence)
                    for found in P.STILL_WITHHELD_UNDER.finditer(sentence)
                    for code in find_exemptions(sentence[found.end():], withholding=True)}
        codes = [code for code in codes if code not in refused - applied]
        # A ground the letter finds does not apply at all ("Disclosure can therefore no longer interfere with an
        # investigation, and § 87(2)(e)(i) does not apply.") is not applied, unless another sentence upholds it.
        inapplicable = _found_inapplicable(self.body, codes) | _law_found_not_reaching(self.body, codes)
        codes = [code for code in codes if not _among(code, inapplicable)]
        # A subsection pin-cited after the sentence that tells what the section provides names where the law says it;
        # where the letter applies the section elsewhere by its bare number, that is the ground: "Section 552.130 of the
        # Government Code provides that information relating to a motor vehicle operator's license ... is excepted from
        # public release. Gov't Code § 552.130(a)." ... "the department must withhold the motor vehicle record
        # information ... under section 552.130 of the Government Code" is § 552.130.
        # ... also by the section's number in the act's own numbering, its law unnamed: "Section 708(b)(16) of the RTKL
        # exempts ... records ... including "[i]nvestigative materials ..." 65 P.S. § 67.708(b)(16)(ii)." ... "the
        # supplemental reports are exempt under Section 708(b)(16)" is 65 P.S. § 67.708(b)(16).
        for code, (bare, at) in pinned.items():
            if any((bare in find_exemptions(other) or _names_section_by_number(other, bare))
                   and code not in find_exemptions(other)
                   and (P.WITHHOLDING_WORDS.search(other) or withholds(other))
                   for number, other in enumerate(self.body) if number not in (at - 1, at)):
                codes = [bare if kept == code else kept for kept in codes]
                codes = list(dict.fromkeys(codes))
        # A state section cited bare in one sentence and with its subsection in another is one exemption, the
        # subsection naming it ("citing N.D.C.C. § 44-04-18.7" ... "exempt under N.D.C.C. § 44-04-18.7(2)").
        # ... in the place where the letter first cites the section ("You claim ... sections 552.101, 552.108, and
        # 552.130" before the ruling applies "section 552.108(a)(2)").
        # ... but a Texas subsection of leave to redact without a ruling never stands for its exception cited in
        # another sentence: "withheld under section 552.147 of the Government Code. As permitted by sections
        # 552.130(c) and 552.147(b) ..., this information was redacted without the necessity of requesting a
        # decision" applies § 552.147.
        codes = [code for code in codes if texas_leave(code) not in codes]
        codes = one_form_per_section(codes)  # "Section 3754(b) of the Vehicle Code" ... "75 Pa.C.S. § 3754(b)"
        merged: list[str] = []
        decided_on_appeal = any(self._appeal_decided(sentence) for sentence in self.body)
        for code in codes:
            parts = [] if code.startswith("(b)(") else [other for other in codes if other.startswith(code + "(")
                                                          and not any(more.startswith(other + "(") for more in codes)]
            citing = [sentence for sentence in used if code in find_exemptions(sentence, withholding=True)]
            if parts and decided_on_appeal and citing and all(P.REVIEWED_ANSWER_GROUND.search(s) for s in citing):
                # (an appeal's decision that tells the section the answer reviewed rested on, then applies its
                # subsections and other grounds itself, gives its own grounds in its own order: "the custodian
                # withheld the entire file under 1 V.S.A. § 317(c)(5)(A)" before "redacted under 1 V.S.A. § 317(c)(7)"
                # and "they remain exempt under 1 V.S.A. § 317(c)(5)(A)(iii) and (iv)" is (c)(7), (iii), (iv))
                continue
            # (of several subsections cited apart, the first takes the bare section's place and the others keep
            # their own, in the letter's order: "G. L. c. 4, § 7(26)" in the law's definition, then "Clause (a)", the
            # statute it rests on, "Clause (c)" and "Clause (n)")
            merged += [part for part in parts[:1] or [code] if part not in merged]
        codes = merged
        if "(b)(7)" in codes and (parts := _exemption_7_items(self.body)):
            # A form's ticked "Exemption 7: ... for the reason(s) indicated." with its ticked reasons on the lines below
            # ("(C) Disclosure could reasonably be expected to constitute an unwarranted invasion ..."): each reason.
            at = codes.index("(b)(7)")
            codes[at:at + 1] = [f"(b)(7)({part})" for part in parts if f"(b)(7)({part})" not in codes]
        if "(b)(7)" in codes and any(code.startswith("(b)(7)(") for code in codes):
            # Exemption 7 named alone beside its lettered parts is those parts, not one more ground: an enclosed
            # explanation's "(b)(7) Records or information compiled for law enforcement purposes ... (C) ...; (D) ..."
            # beside the marked "(b)(7)(C)" and "(b)(7)(D)", or "Exemption 7 ... in particular Exemption 7(C)".
            codes.remove("(b)(7)")
        if codes and all(code.startswith("(b)(") for code in codes):
            # FOIA exemptions in the statute's order, whatever order the letter names them in ("Exemption 7(A)
            # ... In addition, ... Exemptions 6 and 7(C)").
            codes.sort(key=_statute_order)
        return codes, list(dict.fromkeys(used))

    def _outcome(self, counts: PageCounts, exempted: bool) -> tuple[Outcome | None, str, str]:
        released = counts.pages_released
        no_records = self._no_records()
        if no_records and re.search(r"\bno\s+(?:other|additional|further)\b", no_records, P.IC):
            # "DOE located no other responsive records": some were found ... unless the letter gives none out and says
            # the records asked for were destroyed: "The CAD incident report ... was previously provided to you under
            # request PRR-2026-003902. No other records responsive to your request exist. Please be advised that the
            # dispatch audio recordings and body-worn camera video for those dates were destroyed ..."
            destroyed = next((s for s in self.body if P.RECORDS_DESTROYED.search(_plain(s))), None)
            no_records = destroyed if destroyed and not released and not self._release_said() else None
        elif no_records and not released and re.search(r"\bany\s+(?:other|additional|further)\b", no_records, P.IC) \
                and self._records_referred_only():
            # ... so do the records found all sent to the agency they came from: "we have referred those records to
            # CBP for review and direct response to you. We did not locate any other records."
            no_records = None
        elif no_records and P.NONE_OF_OWN_MAKING.search(no_records) and self._first(P.REFERRED):
            # Only none of the office's own making, those found sent to the office they came from: "... we have
            # referred the 143 pages to the OIG ... no records originating with ETA were located"
            no_records = None
        transferred = self._whole_request_transferred()
        if not released and not exempted and transferred:
            # The request itself sent on to the office that holds the records, for its own answer: what this office
            # found in its files ("A search of the Office of the Executive Secretary found no records") does not
            # answer it; nor does a letter that only sends it on.
            return Outcome.OTHER, transferred, ""
        if no_records and not released and not exempted:
            return Outcome.NO_RECORDS, no_records, ""
        partial = next((s for s in self.body if P.PARTIAL.search(P.WEIGHED_REDACTION.sub(" ", s))
                        and not P.NO_REDACTION.search(s) and not P.REDACTION_WOULD_NOT_DO.search(s)
                        and not P.REDACTED_ELSEWHERE.search(s) and not P.WITHHOLDING_TO_COME.search(s)), None)
        # (never a redaction still to be made: "... would require approximately 14 hours of staff time to locate,
        # retrieve and review the responsive records, and to redact information protected by ...")
        # "Your request for a fee waiver is denied" decides the fee, not the records.
        # (nor a denial foreseen in a condition, as a request enclosed with the answer puts it: "If any part of this
        # request is denied, please cite the specific exemption")
        # (nor the denial the law lets the office make: "the public office may deny the request but shall provide the
        # requester with an opportunity to revise it")
        # (nor a refusal to give again what was given before: "The Department will not provide those records again")
        denied = next((s for s in self.body
                       # (literals.search: DENIED, milliseconds a sentence, run only where a literal every match of
                       # it needs is in the text, the same answer; half the sentences hold none)
                       if literals.search(P.DENIED, P.NOT_FURNISHED_AGAIN.sub(" ", P.DENIAL_THE_LAW_ALLOWS.sub(
                           " ", P.REVIEW_FOR_EXEMPT_TO_COME.sub(" ", s))))
                       and not literals.search(P.WAIVER, s)
                       and not literals.search(P.EXPEDITE, s) and not P.HYPOTHETICAL_WITHHOLDING.search(s)
                       and not P.CONDITION_FIRST.match(s)), None) or self._none_released_as_exempt()
        if unclaimed := self._first(P.UNCLAIMED_INSTALLMENT_CLOSED):
            # closed for an installment never paid for or claimed: the pages a table counts went out before
            return Outcome.WITHDRAWN, unclaimed, ""
        again = self._not_furnished_again()
        if again and not released and not denied and not counts.withheld_full:
            # What the requester was given before, not given a second time ("it will not furnish the same information
            # a second time"): no search, nothing sent or withheld now (the redactions told are the earlier
            # release's), and no denial said; other.
            return Outcome.OTHER, again, ""
        if (counts.released_part or (released and counts.withheld_full)) or (partial and (released or exempted)) \
                or (released and exempted):
            return Outcome.PARTIAL_GRANT, counts.sentences.get("pages_released") or partial or "", ""
        if denied and not released:
            return Outcome.DENIED, denied, ""
        if counts.withheld_full and not released and (counts.total in (None, counts.withheld_full)):
            return Outcome.DENIED, counts.sentences["pages_withheld"], ""
        if partial:
            return Outcome.PARTIAL_GRANT, partial, ""
        ordered = self._first(P.RELEASE_ALL_ORDERED)
        if ordered and not exempted and not counts.withheld_full and not denied:
            return Outcome.FULL_GRANT, ordered, ""  # "... the sheriff's office must release the submitted information"
        # (not a withdrawal or closing to come: "Your request will be considered automatically withdrawn if you do
        # not respond in writing within 10 business days")
        litigated = self._closed_for_litigation()
        if litigated and not released and not counts.withheld_full:
            # "Because the processing ... will now take place in the context of that litigation, ICE is
            # administratively closing your FOIA request": finished here, the records to come through the lawsuit
            return Outcome.OTHER, litigated, ""
        closed = self._closed_for_other_reason()
        if closed and not released and not exempted and not counts.withheld_full:
            # Closed with no search for records, for a reason of its own: a duplicate of a request still open, a
            # request the regulations do not let the office process as made, questions rather than records asked
            # for, records already public: "To avoid duplicative processing, EPA is closing request 2027-EPA-00981 as
            # a duplicate."
            return Outcome.OTHER, closed, ""
        withdrawn = next((s for s in self.body if P.WITHDRAWN.search(s) and not P.WITHDRAWAL_TO_COME.search(s)),
                         None) or self._closed_for_no_reply()
        if withdrawn and not released:
            return Outcome.WITHDRAWN, withdrawn, ""
        if no_records and released and not counts.withheld_full and P.PART_OF_REQUEST.search(no_records):
            # One part released and nothing found for another: "Part 2. ... The search did not turn up any ... record
            # responsive to the second part of your request."
            return Outcome.PARTIAL_GRANT, no_records, ""
        full = self._first(P.FULL) or self._first(P.NO_REDACTION)
        if (released or self._first(P.RELEASE)) and not exempted and not counts.withheld_full and (full or released):
            return Outcome.FULL_GRANT, full or counts.sentences.get("pages_released", ""), ""
        referred = self._first(P.REFERRED) or self._first(P.NOT_SUBJECT)
        if referred and not released:
            return Outcome.OTHER, referred, ""
        return None, "", ("the letter closes the request but does not say plainly whether records were released, "
                          "withheld or not found")

    def _none_released_as_exempt(self) -> str | None:
        """The sentence saying no records will be given (P.NONE_TO_BE_RELEASED) because of what it, or the sentence
        before it, withholds: "Pursuant to Section 119.071(2)(c)1., Florida Statutes, active criminal investigative
        information is exempt from public disclosure. Accordingly, no records will be released at this time." (a
        denial, not a search that found nothing; never after a withdrawal or a finding of no records: "your request
        has been withdrawn ... No records will be produced")."""
        for index, sentence in enumerate(self.body):
            # (literals.search: the pattern, milliseconds a sentence, run only where a literal every match needs
            # ("provided", "released" ...) is in the sentence, the same answer; nineteen sentences in twenty hold none)
            if not literals.search(P.NONE_TO_BE_RELEASED, sentence):
                continue
            reasons = [sentence] + ([self.body[index - 1]] if index else [])
            if any(withholds(reason) and not P.HYPOTHETICAL_WITHHOLDING.search(reason)
                   and not P.WITHHOLDING_TO_COME.search(reason) and not P.IF.search(reason) for reason in reasons):
                return sentence
        return None

    def _closed_for_litigation(self) -> str | None:
        """A closure of the request because it is now in a lawsuit, said in the closing sentence or the one before it:
        "It has come to our attention that your request is now the subject of a lawsuit ... Because the processing of
        the records ... will now take place in the context of that litigation, ICE is administratively closing your
        FOIA request"."""
        for index, sentence in enumerate(self.body):
            # (the request named by its number too: "EPA is administratively closing FOIA request EPA-HQ-2026-007318")
            closing = P.CLOSING_NOW.search(sentence) or re.search(
                r"\b(?:is|are|am)\s+(?:now\s+)?(?:administratively\s+)?closing\s+(?:your|the|this)\b|"
                rf"\b(?:has|have)\s+(?:now\s+)?{P.DECIDING_ADVERBS}(?:now\s+)?(?:administratively\s+)?closed\s+"
                r"(?:your|the|this)\s+(?:[\w-]+\s+){0,3}?(?:request|case|file)\b", sentence, P.IC)
            if not closing or P.IF.search(sentence) or P.WITHDRAWAL_TO_COME.search(sentence):
                continue
            # (the sentence before read past a bare paragraph number, which a memorandum's numbered paragraphs
            # leave as a sentence of its own: "... now the subject of litigation, ... 3. Accordingly, we are
            # administratively closing FOIA request 2026-04711-F")
            before = index - 1
            while before >= 0 and _LIST_MARKER.fullmatch(self.body[before]):
                before -= 1
            if P.IN_LITIGATION.search(sentence) or (before >= 0 and P.IN_LITIGATION.search(self.body[before])):
                return sentence
        return None

    def _release_said(self) -> bool:
        """Whether a sentence says records go out with the letter ("We located the incident report, which is
        enclosed"), not that none do ("Because no records are being produced, there is no charge")."""
        for sentence in self.body:
            given = literals.search(P.RELEASE, sentence)
            if given and not re.search(r"\bno\s+(?:[\w-]+\s+){0,2}$", sentence[:given.start()], P.IC):
                return True
        return False

    def _closed_for_other_reason(self) -> str | None:
        """A closing of the request now, for one of the reasons that are neither a search nor a withdrawal
        (P.CLOSED_FOR_OTHER_REASON), said in the closing sentence or in the one before when the closing follows from
        it: "This request duplicates request 2027-EPA-00912. Accordingly, we have closed it.", "The documents you
        requested are posted on the Commission's website. This request is therefore closed." (not a closing to come:
        "If this request is a duplicate, we will close it")."""
        for index, sentence in enumerate(self.body):
            if not P.CLOSING_NOW.search(sentence) or P.IF.search(sentence) or P.WITHDRAWAL_TO_COME.search(sentence):
                continue
            if P.CLOSED_FOR_OTHER_REASON.search(sentence):
                return sentence
            # (the reason told before a sentence that only cites the law for it: "... the IRS does not process requests
            # for them under the FOIA. See 26 C.F.R. § 601.702(d)(3). We are therefore closing your FOIA request")
            at = index - 1
            while at > 0 and P.CITATION_ONLY.match(self.body[at]):
                at -= 1
            before = self.body[at] if index else ""
            if before and not P.IF.search(before) and P.CLOSED_FOR_OTHER_REASON.search(before) \
                    and re.search(r"\b(?:accordingly|therefore|for\s+(?:this|that|these)\s+reasons?|as\s+a\s+result|"
                                  r"consequently|thus|as\s+such|because\s+of\s+this)\b", sentence, P.IC):
                return sentence
        return None

    def _not_furnished_again(self) -> str | None:
        """The sentence refusing to give again what the office gave the requester before ("The City is not required to
        comply again with a request for this information, and it will not furnish the same information a second
        time"), never under a condition."""
        return next((s for s in self.body if P.NOT_FURNISHED_AGAIN.search(s) and not P.IF.search(s)
                     and not P.CONDITION_FIRST.match(s)), None)

    def _closed_for_no_reply(self) -> str | None:
        """A closure said right after the requester's silence: "ICE has not received the signed consent or any other
        reply from you. Your request has therefore been closed." (a withdrawal, as in one sentence); or for want of
        the consent, proof of identity or proof of death the request lacks, said in the same sentence or the one before:
        "Because we have not received the subject's written consent ..., proof of her death, or a showing of an
        overriding public interest, CBP is unable to process your request, and it has been administratively closed"."""
        for index, sentence in enumerate(self.body):
            # (closed now, in any tense: "Your request has therefore been closed", "we are administratively closing it")
            closed = P.CLOSING_NOW.search(sentence)
            if not closed or P.IF.search(sentence):
                continue
            if P.PROOF_NOT_GIVEN.search(sentence[:closed.start()]):
                return sentence
            before = self.body[index - 1] if index else ""
            if before and not P.IF.search(before) and (P.NO_REPLY_FROM_YOU.search(before)
                                                      or P.PROOF_NOT_GIVEN.search(before)):
                return sentence
        return None

    # --- appeals --------------------------------------------------------------------------------------
    def _exemptions_just_before(self, index: int) -> list[str]:
        """The exemptions of the nearest of the three sentences before *index* that cites any: what a decision
        upholds by pointing back, naming no ground ("Exemption 6. JSC redacted the names .... I affirm those
        redactions.").

        Past those three, a decision set out under headings, one ground each, points back to its section's heading
        when nothing between cites a ground: "1. Exemption 3 - CEII" / "Under the Commission's regulations, CEII
        includes ..." / "18 C.F.R. § 388.113(c)." / "The alignment sheets ... show ..." / "... I find that the
        Director properly designated and withheld these 57 pages."."""
        return _grounds_just_before(self.body, index)

    def _ground_given_after(self, index: int) -> list[str]:
        """The exemptions of the sentence right after *index* when it gives the ground of what *index* upholds by
        pointing back: "The denial of these records is upheld. They are exempt under MCL 15.243(1)(b)(i), because
        ..."; or of the one after it, when the sentence between tells why and cites nothing: "The denial is upheld. The
        report has been provided to the prosecutor as evidence in the pending criminal proceeding. It is exempt from
        disclosure under MCL 15.243(1)(b)(i)."
        """
        for after in self.body[index + 1:index + 3]:
            if P.GROUND_OF_UPHELD.search(after):
                return find_exemptions(after)
            if find_exemptions(after) or find_exemptions(after, withholding=True):
                break
        return []

    def _ground_of_records_named(self, index: int) -> list[str]:
        """The ground of the records an affirmance at *index* names without its ground, where another sentence tells
        what was withheld under what: "I uphold the denial of the bridge inspection reports." after "The records
        officer ... withheld the bridge inspection reports under 1 V.S.A. § 317(c)(44), ..., and the contractor's claim
        file under 1 V.S.A. § 317(c)(14)" is § 317(c)(44) (the first ground cited right after the records' name)."""
        named = P.RECORDS_UPHELD_NAMED.search(self.body[index])
        if not named:
            return []
        what = named.group("what").strip().lower()
        for number, other in enumerate(self.body):
            at = other.lower().find(what)
            if number == index or at < 0:
                continue
            after = other[at + len(what):]
            link = re.match(r"\s*(?:in\s+(?:full|part|their\s+entirety)\s+)?(?:under|pursuant\s+to|citing)\s+", after,
                            re.IGNORECASE)
            if link and (codes := find_exemptions(after[link.end():link.end() + 80], withholding=True)):
                return codes[:1]
        return []

    def _ground_of_heading_just_before(self, index: int) -> list[str]:
        """The ground of the numbered heading right before *index*, the heading its citation alone, where the sentence
        at *index* opens that heading's paragraph and upholds naming no ground: "2." / "AS 40.25.120(a)(6)(C)." / "I
        uphold the withholding of the scene photographs ..." (a decision set out one ground a paragraph)."""
        if index < 2 or not _CITATION_ALONE.fullmatch(self.body[index - 1].strip()) \
                or not _LIST_MARKER.fullmatch(self.body[index - 2]):
            return []
        return find_exemptions(self.body[index - 1], withholding=True)

    def _redacted_in_release(self) -> list[str]:
        """The grounds of the redactions in what a decision releases now: a sentence that redacts under a ground,
        beside (in it or just after) one that releases ("... and a copy of the incident report is attached.")."""
        found: list[str] = []
        for index, sentence in enumerate(self.body):
            if not P.RELEASED_REDACTED_UNDER.search(sentence) or P.NOW_RELEASED.search(sentence) \
                    or P.RELEASES_EARLIER_WITHHELD.search(sentence) \
                    or re.search(r"\b(?:previously|originally|formerly|initially|earlier)\b", sentence, re.IGNORECASE):
                continue  # (what was redacted before and is released now: "will disclose the portions previously
                # redacted under Exemption 4")
            # (or records found public but for what may be redacted: "The use of force reports are therefore public,
            # except that the names of other inmates ... may be redacted as private under Utah Code § 63G-2-302(2)(d)")
            if P.DECISION_RELEASE.search(sentence) or (index and P.DECISION_RELEASE.search(self.body[index - 1])) \
                    or P.FOUND_PUBLIC_EXCEPT.search(sentence):
                found += find_exemptions(sentence)
        return found

    def _grounds_of_rows_released_in_part(self) -> list[str]:
        """The grounds of the redactions in the rows of a table that a decision gives out in part, in a column headed as
        its own: "| Interview summaries of platform crew | 15 | Released in part | (b)(6) |" under "| Document | Pages |
        Disposition on appeal | Exemptions |" (not a row it withholds in full, nor one released in full)."""
        return [code for row, cell in self.decided_on_appeal.items() if _ROW_RELEASED_IN_PART.search(cell)
                for code in find_exemptions(row, withholding=True)]

    def _grounds_in(self, text: str) -> list[str]:
        """The grounds *text* cites; the Illinois Act's section by its number alone, the Act cited elsewhere in the
        letter, read as the Act's: "the supplementary reports are exempt from disclosure under section 7(1)(d)(i)"."""
        return find_exemptions(text) or (find_exemptions(with_illinois_act(text)) if self.illinois else [])

    def _redacted_in_order(self) -> list[str]:
        """The grounds a decision's order to give out records names for what may be taken out of them: "the Village is
        hereby directed to ... provid[e] ... copies of the recordings ..., subject only to the redaction of private
        information under section 7(1)(b)", "the respondents shall provide the complainant with copies of the
        complaints, after redacting the names of students under ..." (not what an answer released before)."""
        return [code for sentence in self.body
                if P.DECISION_RELEASE.search(sentence) and P.RELEASE_REDACTED.search(sentence)
                and not P.RELEASED_EARLIER.search(sentence)
                for code in find_exemptions(with_illinois_act(sentence) if self.illinois else sentence,
                                            withholding=True)]

    def _grounds_appealed(self) -> list[str]:
        """The grounds of the part of the answer an appeal takes up when it takes up only a part: those it names ("Your
        appeal challenges only the withholdings under Exemption 5"), or, where it names pages, the ground another
        sentence gives those pages ("The Appellant challenges only the withholding of the 12 pages" ... "withholding 12
        pages in full under Exemption 5"); none where the letter says neither."""
        for sentence in self.body:
            limited = P.APPEAL_LIMITED_TO.search(sentence)
            named_grounds = P.APPEAL_CHALLENGES_GROUNDS.search(sentence) if not limited else None
            if named_grounds:
                # "Your appeal challenges the withholdings under Exemption 5 and asserts that ... search was
                # inadequate": the grounds named up to the next thing the appeal says
                what = re.split(r";|\band\s+(?:asserts|argues|contends|claims|asks|asked|requests|requested)\b",
                                sentence[named_grounds.start():], flags=P.IC)[0]
                named = find_exemptions(what, withholding=True)
                if named:
                    return named
                continue
            if not limited:
                continue
            what = sentence[limited.end():].split(";")[0]
            named = find_exemptions(what, withholding=True)
            if named:
                return named
            pages = P.PAGES_NAMED.search(what)
            count = count_value(pages.group("n")) if pages else None
            if count is None:
                continue
            grounds: list[str] = []
            for other in self.body:
                for counted in P.PAGES_NAMED.finditer(other):
                    if other is sentence or count_value(counted.group("n")) != count:
                        continue
                    rest = other[counted.end():]
                    end = P.GROUND_CLAUSE_END.search(rest)
                    clause = rest[:end.start() if end else len(rest)]
                    under = re.search(r"\b(?:under|pursuant\s+to|citing|asserting)\b", clause[:100], P.IC)
                    if under:
                        grounds += find_exemptions(clause[under.start():], withholding=True)
            if grounds:
                return list(dict.fromkeys(grounds))
        return []

    def _late_answer_findings(self) -> list[str]:
        """A review's findings that the agency only answered late: "KSP violated the Act when it did not respond to a
        request within five business days", or "Thus, the District violated the Act." right after "The District did not
        respond until 12 business days after it received the request."."""
        return [sentence for index, sentence in enumerate(self.body) if P.LATE_ANSWER_VIOLATION.search(sentence) or (
            index and P.BARE_VIOLATION.search(sentence) and P.LATE_ANSWER_TOLD.search(self.body[index - 1]))
            or _without_late_finding(sentence) != sentence]

    def _appeal_events(self, ack: str | None, decision: str | None) -> list[ProposedEvent]:
        if decision and ack and any(P.APPEAL_REST_PENDING.search(s) for s in self.body):
            # The letter that acknowledges an appeal and decides a part of it at once, the rest still to be decided:
            # "On November 25, 2026, the ... FOIA Appeals Office received your FOIA appeal" ... "the portion of your
            # appeal challenging the adequacy of BLM's search is remanded to BLM" ... "The remaining portion of your
            # appeal ... has been placed in our queue": both events, the acknowledgement first.
            return self._appeal_events(ack, None) + self._appeal_events(None, decision)
        out: list[ProposedEvent] = []
        if decision:
            event = self._event(EventKind.APPEAL_DECISION, decision)
            decisions = " ".join(s for s in self.body if self._appeal_decided(s))
            result = _verdict_in(decisions)
            if result in ("reversed", "affirmed") and any(_split_verdicts(s)[0] for s in self.body):
                result = "partly"  # "The Office affirms the withholding under Exemption 5 and reverses the ... 6."
            if result == "affirmed" and any(P.RELEASES_WHAT_WAS_KEPT.search(s) for s in self.body):
                # "On review, I affirm the withholding under Exemption 6 and the agency will disclose the pages
                # withheld under Exemption 5": one withholding upheld, another given up
                result = "partly"
            if result == "reversed" and (P.REVERSED_AND_AFFIRMED.search(decisions)
                                         or P.WITHHOLDINGS_REVERSED_AND_AFFIRMED.search(" ".join(self.body))):
                # "I am reversing the fee category determination ... I am affirming the denial of a fee waiver": one
                # thing decided for the requester, another against
                result = "partly"
            if result == "reversed" and re.search(P.SHOULD_NOT_HAVE_BEEN, decisions, P.IC) and any(
                    P.STILL_KEPT_BACK.search(s) for s in self.body):
                # "the supervisor concluded that the drivers' names should not have been redacted" ... "The dates of
                # birth ... remain confidential": what was wrongly kept back is given, the rest stays back
                result = "partly"
            if result == "reversed" and (P.RELEASE_REDACTED.search(decisions) or any(
                    P.DECISION_RELEASE.search(s) and P.RELEASE_REDACTED.search(s) for s in self.body)):
                # The release ordered with parts taken out: "the respondents shall provide the complainant with copies
                # of the complaints, ... after redacting the names and other identifying details of students".
                # ... also where the order to release follows the verdict in a sentence of its own: "the Village is
                # hereby directed to take immediate and appropriate action to comply with this opinion by providing
                # Mr. Ferreira-Lindqvist with copies of the recordings ..., subject only to the redaction of private
                # information under section 7(1)(b)" (Illinois's binding opinions).
                result = "partly"
            if result == "partly" and (late := self._late_answer_findings()):
                # A review finding the answer late and the withholding lawful: "KSP violated the Act when it did not
                # respond to a request within five business days. However, KSP did not violate the Act when it
                # withheld records ... under KRS 61.878(1)(h)" (the requester gets nothing: an affirmance).
                # (a sentence joining the late answer's finding to the withholding's is weighed on the latter alone:
                # "we determine that the City violated FOIA by failing to respond ..., but that the City has met its
                # burden of demonstrating that the records it withheld are exempt")
                rest = " ".join(_without_late_finding(s) for s in self.body if self._appeal_decided(s)
                                and (s not in late or _without_late_finding(s) != s))
                if _verdict_in(rest) == "affirmed":
                    result = "affirmed"
            if result:
                event.appeal_result = result
                event.outcome, event.evidence["outcome"] = P.APPEAL_OUTCOMES[result], decision
            else:
                event.unsure["outcome"] = "the decision's words (affirm, remand, reverse) were not found"
            counts = PageCounts()
            for sentence in self.body:
                # Only what the decision releases: "The FBI released 212 pages with redactions" recites the
                # action appealed from; "The 23 pages will be released to you in full" is the decision's.
                # A decision that releases something counts its pages in the note of what it encloses too:
                # "Enclosure (6 pages)" below the signature (read last: counted once where a sentence gave them).
                if P.DECISION_RELEASE.search(sentence) or P.DECISION_KEEPS_WITHHELD.search(sentence):
                    read_pages(sentence, counts)
            if result == "partly" and counts.withheld_full is None:
                # ... and the pages whose withholding a decision in part upholds: "The withholding of the remaining 14
                # pages under Exemption 5 is affirmed", or the pages named in one sentence and upheld in the next (a
                # decision that affirms it all keeps back nothing new: "VHA's withholding of the 65 pages under FOIA
                # Exemption 5 is affirmed, and your appeal is denied").
                for index, (sentence, after) in enumerate(itertools.pairwise([*self.body, ""])):
                    # (the finding may come a sentence later, after one more saying what the pages hold, where that
                    # sentence counts no pages and releases nothing: "The 9 pages of scoring sheets contain ..." /
                    # "They reflect the panelists' individual opinions ..." / "I find that these pages were properly
                    # withheld in full under Exemption 5")
                    later = self.body[index + 2] if index + 2 < len(self.body) and not re.search(
                        r"\bpages?\b|\d", after) and not P.DECISION_RELEASE.search(after) else ""
                    # (the upholding may come a sentence later too, after one saying why they are exempt: "The
                    # remaining 5 pages withheld in full ... consist of staff recommendations ..." / "They are
                    # predecisional and deliberative ..." / "I affirm their withholding under Exemption 5")
                    upheld_pages = P.PAGES_WITHHOLDING_UPHELD.search(sentence) or (
                        (P.THESE_PAGES_UPHELD.search(after) or P.THESE_PAGES_UPHELD.search(later))
                        and P.PAGES_WITHHELD_NAMED.search(sentence)) or (
                        # "The remaining 12 pages are draft reports ..." / "I find that FTA properly withheld them"
                        (P.THEY_RIGHTLY_WITHHELD.search(after) or P.THEY_RIGHTLY_WITHHELD.search(later))
                        and P.REMAINING_PAGES_NAMED.search(sentence))
                    if upheld_pages and not P.IF.search(sentence):
                        pages = count_value(next((found for found in upheld_pages.groupdict().values() if found),
                                                 upheld_pages.group(0)))
                        if pages is not None:
                            counts.withheld_full = pages
                            counts.sentences["pages_withheld"] = sentence
                            break
                # ... or the pages of a record it keeps withheld by name, counted where the letter names it: "a 4-page
                # draft bench memorandum" ... "I am affirming the withholding of the draft bench memorandum in full"
                record_kept = next(((record_pages, sentence) for sentence in self.body
                                    if counts.withheld_full is None and not P.IF.search(sentence)
                                    and (record_pages := pages_of_record_kept(sentence, self.body))), None)
                if record_kept:
                    (kept_pages, counted), upholding = record_kept
                    counts.withheld_full = kept_pages
                    counts.sentences["pages_withheld"] = f"{counted} … {upholding}"
            rows_upheld: list[str] = []
            if result == "partly":
                # ... or the rows of a table of the records whose withholding in full the decision upholds:
                # "| C06813377 | 4 | Withheld in full - affirmed | B1, B5 |" under "| Document | Pages | Panel decision"
                # (also where the text names the pages of only one of those rows as kept back: "The remaining 12 pages
                # of the draft memoranda ... continue to be withheld in full" above rows upholding 31 and 12 pages
                # keeps back 43)
                # ... or the rows the decision keeps back in a column headed as its own: "| OFAC evaluation memoranda |
                # 39 | Withheld in full (Exemption 5) |" under "| Records | Pages | Disposition on appeal |"
                upheld_rows = [row for row, spelt in self.table_rows.items()
                               if (_ROW_UPHELD.search(row) or (
                                   (cell := self.decided_on_appeal.get(row.strip())) is not None
                                   and not _ROW_REVERSED.search(cell)))
                               and (own := pages_in_one(spelt)).withheld_full is not None
                               and own.pages_released is None]
                rows_upheld = upheld_rows
                row_pages = [pages_in_one(self.table_rows[row]).withheld_full or 0 for row in upheld_rows]
                # (also where the text, adding up its sentences, counts more than the rows, but one of its sentences
                # alone gives the rows' sum: "the three pages of recommendations remain withheld under Exemption 5"
                # then "Eight pages remain withheld in full under Exemptions 4, 5 and 6" above rows upholding 3, 3
                # and 2 pages: the second sentence sums up the first with the rest, 8 kept back, not 11)
                summed_up = bool(row_pages) and counts.withheld_full is not None \
                    and counts.withheld_full > sum(row_pages) and any(
                        pages_in_one(sentence).withheld_full == sum(row_pages) for sentence in self.body
                        if P.DECISION_KEEPS_WITHHELD.search(sentence))
                if row_pages and (counts.withheld_full is None or summed_up
                                  or (len(row_pages) > 1 and counts.withheld_full in row_pages
                                      and counts.withheld_full < sum(row_pages))):
                    counts.withheld_full = sum(row_pages)
                    counts.sentences["pages_withheld"] = " … ".join(row.strip() for row in upheld_rows)
            if result in ("reversed", "partly") and counts.pages_released is None:
                for sentence in self.body:
                    if P.ENCLOSURE_PAGES.match(sentence):
                        read_pages(sentence, counts)
            if result in ("reversed", "partly") and counts.pages_released is None:
                # "... withheld 3 pages of contractor cost worksheets in full" ... "the three cost worksheets ..., and
                # they are released to you in full with this letter": the pages those records were counted in.
                carried = next(((found, sentence) for sentence in self.body if P.DECISION_RELEASE.search(sentence)
                                and (found := pages_carried_to(sentence, self.body))), None)
                if carried:
                    (pages, counted), release = carried
                    counts.released = pages
                    counts.sentences["pages_released"] = f"{counted} … {release}"
            if result in ("reversed", "partly"):
                # "The FBI will send these 17 pages directly to you": the pages the decision sends on, counted as sent.
                # (also over fewer read from what the agency agreed to release, the sum of its parts: "the FBI has
                # agreed to release to you additional portions of 14 pages, and to release 3 of the pages it withheld
                # in full with redactions. The FBI will send these 17 pages directly to you.")
                sent = next(((value, sentence) for sentence in self.body if not P.IF.search(sentence)
                             and (found := P.PAGES_SENT_TO_YOU.search(sentence))
                             and (value := count_value(found.group("n") or found.group("r"))) is not None), None)
                if sent and (counts.pages_released is None or sent[0] > counts.pages_released):
                    counts.released = sent[0]
                    counts.sentences["pages_released"] = sent[1]
            if result in ("reversed", "partly") and counts.pages_released is None:
                # "the FOIA Office withheld the 9-page memorandum in full" ... "will release the memorandum to you, in
                # full and without redaction": the pages that record was counted in.
                named = next(((found, sentence) for sentence in self.body if not P.IF.search(sentence)
                              and (found := pages_of_record_released(sentence, self.body))), None)
                if named:
                    (pages, counted), release = named
                    counts.released = pages
                    counts.sentences["pages_released"] = f"{counted} … {release}"
            if counts.released is not None and counts.released_full is not None and counts.released_part is None \
                    and not counts.released_beside and counts.released_full < counts.released and (summed := next((
                        s for s in self.body if P.DECISION_RELEASE.search(s) and pages_in_all(s) == counts.released),
                        None)):
                # The pages the decision releases named as a sum, then those of them released in full: "The incident
                # report ..., 18 pages in all, are released. Six pages are released in full." releases 18 (the rest
                # in part), not 6.
                counts.released_full = None
                counts.sentences["pages_released"] = summed
            if result == "partly" and counts.withheld_full is not None and counts.pages_released is not None:
                # The pages still kept back told record by record in the text, one of them read, and all of them in a
                # table of the records that gives out just the pages the text releases: "Six pages withheld in full
                # ... remain withheld in full" and "The other 6 pages ... remain withheld under Exemption 5" above
                # "| Establishment-level tabulations | 0 | 6 | (b)(3) |" and "| Draft benchmark articles | 0 | 6 |
                # (b)(5) |" keep back 12 (each row's pages, not the one sentence's).
                # (read here, not for every letter: only a decision granted in part with both counts asks it)
                rows = released_and_withheld_rows(self.lines)
                kept = [withheld for _, _, withheld in rows if withheld]
                if len(kept) > 1 and counts.withheld_full in kept and counts.withheld_full < sum(kept) \
                        and sum(released for _, released, _ in rows) == counts.pages_released:
                    counts.withheld_full = sum(kept)
                    counts.sentences["pages_withheld"] = " … ".join(row for row, _, withheld in rows if withheld)
            exemptions, exemption_sentences = self._exemptions(earlier_answers=False)
            if counts.pages_released is not None:
                event.pages_released = counts.pages_released
                event.evidence["pages_released"] = counts.sentences["pages_released"]
            if counts.withheld_full is not None:
                event.pages_withheld = counts.withheld_full
                event.evidence["pages_withheld"] = counts.sentences["pages_withheld"]
            upheld = [code for index, sentence in enumerate(self.body) if _upholds(sentence)
                      # (of a sentence that also reverses, only what its affirming clause names; of one that also gives
                      # out what was kept back, only what comes before: "I affirm the withholding under Exemption 6 and
                      # the agency will disclose the pages withheld under Exemption 5")
                      for code in self._grounds_in(_before_release(" ".join(_split_verdicts(sentence)[0]) or sentence))
                      or (
                          self._ground_given_after(index) or self._exemptions_just_before(index)
                          if P.UPHELD_NAMED_BEFORE.search(sentence) else []) or self._ground_of_records_named(index)
                      or self._ground_of_heading_just_before(index)]
            # ... and the grounds of the table's rows it keeps withheld: "| Staff closing memorandum | 14 | Withheld in
            # full (Exemption 5) |" under "Disposition on appeal"
            upheld += [code for row in rows_upheld for code in find_exemptions(row)]
            if upheld:
                # ... and a withholding the appeal leaves unchallenged stands beside them: "The Appellant does not
                # challenge the redactions made under Exemption 6", and so does one the decision says it leaves aside
                # for that reason: "You did not challenge the withholding of personal information under Exemption 6,
                # and it is not addressed further" (the agency's answer on it stands)
                upheld += [code for sentence in self.body if P.NOT_CHALLENGED.search(sentence)
                           and not re.search(P.WRONGLY_KEPT, sentence, P.IC)
                           for code in find_exemptions(sentence)]
            if result == "partly" and not upheld and any(P.SEARCH_AFFIRMED.search(s) for s in self.body) \
                    and not any(P.FOUND_EXEMPT.search(s) for s in self.body) \
                    and not self._redacted_in_release() and not self._redacted_in_order():
                # A decision in part whose affirming part is the search, the withholding sent back to be explained:
                # "we affirm MPD's decision with respect to the adequacy of its search, and we remand the remainder of
                # this matter to MPD ... MPD shall provide you with an index of the records withheld" upholds no
                # ground; those the answer cited, told in the background, are no one's yet.
                exemptions, exemption_sentences = [], []
            if result == "partly" and upheld:
                # ... and a ground the decision finds applies of itself beside them ("Portions of one document are also
                # exempt under FOIA Exemption 5"), never one it finds wrongly used.
                # ... and one it says it would rely on in any event ("which NYSERDA would in any event withhold under
                # Public Officers Law § 87(2)(f)"), unless it then sets it aside ("I do not reach that exemption").
                in_any_event = [sentence for sentence, after in itertools.pairwise([*self.body, ""])
                                if P.GROUND_IN_ANY_EVENT.search(sentence) and not P.SET_ASIDE.search(sentence)
                                and not P.SET_ASIDE.search(after)]
                upheld += [code for sentence in self.body if (P.FOUND_EXEMPT.search(sentence)
                                                              or sentence in in_any_event)
                           and not re.search(P.WRONGLY_KEPT, sentence, P.IC) for code in find_exemptions(sentence)]
                # "The information withheld under Exemption 6 ... was properly withheld" while the Exemption 5
                # withholding goes back to the agency: only what the decision upholds, and the grounds of the
                # redactions in what it releases now ("... a copy of the incident report is attached. Home addresses
                # ... have been redacted under MCL 15.243(1)(a)").
                redacting = self._redacted_in_release() + self._grounds_of_rows_released_in_part()
                exemptions = [code for code in exemptions if _among(code, upheld) or _among(code, redacting)]
                exemption_sentences = [s for s in exemption_sentences if literals.search(P.UPHELD, s)
                                       or P.GROUND_OF_UPHELD.search(s) or P.RELEASED_REDACTED_UNDER.search(s)
                                       or P.FOUND_EXEMPT.search(s) or s in in_any_event
                                       # (a row of the table of what the decision does)
                                       or s.strip() in self.decided_on_appeal]
            elif result == "partly" and (in_order := self._redacted_in_order()) and (
                    allowed := [code for code in exemptions if _among(code, in_order)]):
                # A decision that orders the records given out with only some information taken out, under a ground it
                # names there, applies that ground alone, whatever grounds the agency's denial cited: "the Village is
                # hereby directed to ... provid[e] Mr. Ferreira-Lindqvist with copies of the body-worn camera
                # recordings and the use of force report, subject only to the redaction of private information under
                # section 7(1)(b)" (sections 7(1)(c) and 7(1)(d)(i) found not to apply).
                exemptions = allowed
                exemption_sentences = [s for s in exemption_sentences
                                       if any(_among(code, allowed) for code in find_exemptions(s))] \
                    or exemption_sentences
            elif result == "partly":
                # A ground the decision finds wrongly used ("this office concludes that the Department improperly
                # withheld the reports under section 7(1)(d)(i)") is not applied, wherever else the letter names it
                # (the agency's denial recited, the law's words quoted); the grounds it lets stand are.
                # (with the section standing alone after it, which is cited for it: "The Custodian unlawfully denied
                # access to the separation agreement, which is ... not exempt as a personnel record .... N.J.S.A.
                # 47:1A-10.")
                # ... or found not proper: "DOCARE's denial of the remainder of the records under HRS § 92F-13(3) was
                # not proper"
                wrongly = [_with_citation_after(self.body, i) for i, s in enumerate(self.body)
                           if (re.search(P.WRONGLY_KEPT, s, P.IC) or P.DENIAL_NOT_PROPER.search(s))
                           and not re.search(P.RIGHTLY_KEPT, s, P.IC) and not literals.search(P.UPHELD, s)]
                # ... or the clause of one sentence that reverses, beside one that affirms ("The Office affirms the
                # withholding under Exemption 5 and reverses the withholding under Exemption 6").
                wrongly += [clause for s in self.body for clause in _split_verdicts(s)[1]]
                # ... or one it finds does not reach the records, named as what does not apply: "ORS 441.671 does not,
                # by its terms, apply to the facility-level findings in these summaries" (only the words before the
                # finding: a ground named after it, "..., which remain exempt under ORS 192.355(2)(a)", is not it)
                not_applying = [code for s in self.body if not P.IF.search(s)
                                and (found := P.GROUND_NOT_APPLYING.search(s))
                                for code in find_exemptions(s[:found.start()], withholding=True)]
                dropped = {code for code in exemptions if any(_names_code(s, code) for s in wrongly)
                           or _among(code, not_applying)}
                if dropped and len(dropped) < len(exemptions):
                    exemptions = [code for code in exemptions if code not in dropped]
                    exemption_sentences = [s for s in exemption_sentences
                                           if not all(code in dropped for code in find_exemptions(s))]
            elif result == "affirmed" and upheld:
                # An affirmance that says which ground holds ("properly classified as protected under Utah Code
                # § 63G-2-305(22)") drops a ground only the agency asserted ("The AOC denied the request, asserting
                # ... § 63G-2-305(17)"); a ground the decision itself finds ("In addition, portions are exempt under
                # Exemption 5") stays.
                asserted_only = {code for code in exemptions if not _among(code, upheld) and all(
                    P.AGENCY_POSITION.search(s) for s in exemption_sentences if _among(code, find_exemptions(s)))}
                exemptions = [code for code in exemptions if code not in asserted_only]
                exemption_sentences = [s for s in exemption_sentences
                                       if not all(_among(code, asserted_only) for code in find_exemptions(s))]
            if result == "affirmed" and exemptions and (appealed := self._grounds_appealed()):
                # An affirmance of an appeal that took up only part of the answer upholds the grounds of that part: "The
                # Appellant challenges only the withholding of the 12 pages" ... "OPI issued a determination letter
                # releasing 41 pages with redactions under Exemptions 4 and 6 and withholding 12 pages in full under
                # Exemption 5" ... "we deny the appeal" is Exemption 5's; the grounds of the rest stay out, unless the
                # decision says the appeal left them unchallenged ("You did not appeal the redactions made under
                # Exemption 6", which stand beside it), or the decision upholds them itself all the same ("On appeal,
                # you challenge the withholdings made pursuant to Exemption 3" ... "I have also determined that the
                # names of TSA employees ... were properly withheld under Exemption 6").
                unchallenged = [code for s in self.body if P.NOT_CHALLENGED.search(s) for code in find_exemptions(s)]
                kept = [code for code in exemptions
                        if _among(code, appealed) or _among(code, unchallenged) or _among(code, upheld)]
                if kept:
                    exemptions = kept
                    exemption_sentences = [s for s in exemption_sentences if any(
                        _among(code, kept) for code in find_exemptions(s, withholding=True))] or exemption_sentences
            # A reversal or remand upholds no withholding: the exemptions it recites are the agency's, not applied; nor
            # does an appeal closed without a decision on them ("the appeal is dismissed as moot").
            # ... nor one turned away as untimely ("your appeal is dismissed as untimely. This office has not reviewed
            # the merits"): the grounds it recites are the answer's, upheld by no one.
            if exemptions and result == "affirmed" and not upheld and P.APPEAL_UNTIMELY.search(decisions):
                exemptions = []
            if exemptions and result not in ("reversed", "remanded", "closed"):
                event.exemptions = tuple(exemptions)
                event.evidence["exemptions"] = " … ".join(exemption_sentences)
            verdict = next(((s, found) for s in self.body if self._appeal_decided(s)
                            and (found := re.search(P.FEE_DECIDED, s, P.IC))), None)
            if result in ("partly", "affirmed") and verdict:
                # A fee appeal decided by reducing or upholding the fee: the fee the decision sets is what is owed,
                # said with it ("we order the Department to reduce the fee to $460.00") or after it ("the Board has
                # decided to reduce the fee. ... Revised total fee | $137.10"); a fee told before is the one appealed.
                sentence, found = verdict
                fee = self._fee_set_by(sentence, found.end()) or self._fee_estimate(start=self.body.index(sentence) + 1)
                return [event, fee] if fee else [event]
            return [event]
        if ack:
            event = self._event(EventKind.APPEAL_ACKNOWLEDGED, ack)
            received, sentence = self._received(appeal=True)
            if received and self.date and received > self.date:
                event.unsure["received"] = f"the receipt date read ({received.isoformat()}) is after the letter's date"
            elif received:
                event.received, event.evidence["received"] = received, sentence
            else:
                event.unsure["received"] = "the letter does not say on which day the appeal was received"
            # "FINAL DETERMINATION DUE DATE: DECEMBER 28, 2026": the day the appeal's decision is due.
            expected, sentence = self._expected_by()
            if expected:
                event.expected_by, event.evidence["expected_by"] = expected, sentence
            out.append(event)
            # The appeal office may take more time to decide, as a FOIA office does to answer: "unusual circumstances
            # exist, and the time to decide your appeal is extended by ten additional working days".
            extension = self._extension(appeal=True)
            if extension is not None:
                out.append(extension)
        return out


# A section named by its number, the law left unsaid: "under section 7(1)(d)(i)", "§ 87(2)(b)".
_SECTION_NAMED = re.compile(r"(?:\bsections?|§+)\s*(\d[\w.:/-]*(?:\([\w.]+\))*)", re.IGNORECASE)


def _names_code(sentence: str, code: str) -> bool:
    """Whether *sentence* cites *code* (canonical), in full or by its section number alone ("section 7(1)(d)(i)" for
    "5 ILCS 140/7(1)(d)(i)")."""
    if _among(code, find_exemptions(sentence)):
        return True
    return any(code == section or re.search(rf"[\s/§]{re.escape(section)}$", code)
               for section in _SECTION_NAMED.findall(sentence))


# Where a clause that sets a ground aside ends: at a semicolon, at ", and" or ", but", or where the decision's own
# finding begins after it: "while I make no determination as to the applicability of that exemption, I have determined
# that the information so withheld is protected by Exemption 7(C)".
_SET_ASIDE_CLAUSE_BREAK = re.compile(r";|,\s+(?:and|but)\s+|,\s+(?=(?:I|we)\s+(?:have\s+|also\s+)?(?:determined|find|"
                                     r"found|conclude|concluded|affirm|uphold)\b)", re.IGNORECASE)


def _as_whole_sections_named(codes: list[str], body: list[str]) -> list[str]:
    """Each Exemption 3 statute cited with a subsection logged as its whole section where the letter also names that
    section whole: "Internal Revenue Code (IRC) Section 6103 prohibits disclosure of this information ..." and "exempt
    ... under FOIA exemption (b)(3) in conjunction with IRC Section 6103(a)" is "(b)(3) 26 U.S.C. § 6103", the statute
    the letter says qualifies, its subsection only where the letter points within it (as "Title 13, United States Code,
    Section 9" beside "§ 9(a)"). A statute named only with its subsection ("50 U.S.C. § 3024(i)(1)") keeps it.
    So is one cited by a subsection of the first level alone where the letter cites another subsection of that level
    of the same section, no Exemption 3 statute itself: "(b)(3), in conjunction with IRC section 6103(a)" beside "an
    authorization under IRC section 6103(c)" cites the section by its parts, its rule and the consent it allows, and
    is "(b)(3) 26 U.S.C. § 6103" (not "15 U.S.C. § 2055(b)(5)" beside "§ 2055(a)(3)", a subsection within a
    subsection, nor "50 U.S.C. § 3024(i)" beside "§ 3024(m)", both Exemption 3 statutes)."""
    if not any(code.startswith("(b)(3) ") and "U.S.C." in code and "(" in code[7:] for code in codes):
        return codes
    cited = {statute for sentence in body for statute in federal_statutes(sentence)}
    whole = {statute for statute in cited if "(" not in statute}
    b3 = {code[7:] for code in codes if code.startswith("(b)(3) ")}
    for statute in b3:
        if (first := re.fullmatch(r"([^(]+)\((\w+)\)", statute)) and any(
                re.match(rf"{re.escape(first.group(1))}\((?!{first.group(2)}\))\w+\)", other)
                and not any(code.startswith(other.split(")", 1)[0]) for code in b3) for other in cited):
            whole.add(first.group(1))
    logged: list[str] = []
    for code in codes:
        if code.startswith("(b)(3) ") and (section := code[7:].split("(", 1)[0]) in whole:
            code = f"(b)(3) {section}"
        if code not in logged:
            logged.append(code)
    return logged


def _named_before_set_aside(clause: str, before: str) -> set[str]:
    """The grounds a clause sets aside by pointing back to the sentence before ("I do not reach those exemptions",
    "we need not address them"), naming none itself after the words that set them aside; empty otherwise."""
    aside = P.SET_ASIDE.search(clause)
    if not aside or not P.SET_ASIDE_NAMED_BEFORE.match(clause[aside.end():]) or find_exemptions(clause[aside.end():]):
        return set()
    return set(find_exemptions(before))


def _named_just_before_set_aside(sentence: str) -> set[str]:
    """The one ground a clause sets aside by pointing back in the singular to the clause just before it, which names
    that ground alone ("I note, however, that EOUSA's letter also cited Exemption 5 for the same material, and I am not
    relying on that exemption"); empty otherwise, and never the grounds of a clause pointed to that names several."""
    clauses = _SET_ASIDE_CLAUSE_BREAK.split(sentence)
    aside: set[str] = set()
    for before, clause in itertools.pairwise(clauses):
        words = P.SET_ASIDE.search(clause)
        if not words or not P.SET_ASIDE_NAMED_JUST_BEFORE.match(clause[words.end():]) \
                or find_exemptions(clause[words.end():]):
            continue
        named = find_exemptions(before, withholding=True)
        if len(named) == 1:
            aside |= set(named)
    return aside


def _argued_before_burden_unmet(body: list[str], index: int) -> set[str]:
    """The one ground the agency's argument, recited in one of the three sentences before, rests on, where the sentence
    at *index* finds the agency's burden not met and names no ground itself: "The Department argues that the inspection
    reports are protected by 23 U.S.C. § 407, which bars ..." then "The Department has not met its burden of proving
    that the reports are exempt." sets aside 23 U.S.C. § 407; empty otherwise, and where the argument names several
    grounds (the finding may reach one of them only)."""
    sentence = body[index]
    if not P.BURDEN_NOT_MET.search(sentence) or find_exemptions(sentence) or federal_statutes(sentence):
        return set()
    for before in reversed(body[max(0, index - 3):index]):
        if P.AGENCY_ARGUES_EXEMPT.search(before):
            named = list(dict.fromkeys(find_exemptions(before, withholding=True) + federal_statutes(before)))
            return set(named) if len(named) == 1 else set()
    return set()


# Utah's classes of records not public, each of its own section of GRAMA (Utah Code §§ 63G-2-302 to -305), named as
# what a review body finds the agency has not shown the records to be: "UDC has not met its burden of showing that the
# critical incident review and the use-of-force reports are properly classified as protected" sets aside the
# letter's § 63G-2-305 grounds; "failed to carry its burden of proving that the file is private" its § 63G-2-302.
_UTAH_CLASS = re.compile(r"\b(?:(?:properly|correctly|appropriately)\s+)?(?:classified|designated)\s+as\s+"
                         r"(private|controlled|protected)\b|\b(?:is|are|was|were)\s+(private|controlled|protected)\b",
                         re.IGNORECASE)
_UTAH_CLASS_SECTION = {"private": "Utah Code § 63G-2-302", "controlled": "Utah Code § 63G-2-304",
                       "protected": "Utah Code § 63G-2-305"}
# ... not a class a sentence finds rightly given ("are properly classified as private under ...").
_RIGHTLY_CLASSIFIED = re.compile(r"(?<!not\s)\b(?:properly|correctly|appropriately)\s+(?:classified|designated)\s+as\b",
                                 re.IGNORECASE)


def _classes_set_aside(sentence: str) -> set[str]:
    """The sections of Utah's classes a sentence that sets grounds aside names by class alone after its words, citing
    no section itself: {"Utah Code § 63G-2-305"} for "UDC has not met its burden of showing that the reports are
    properly classified as protected"; empty otherwise."""
    aside = P.SET_ASIDE.search(sentence)
    if not aside or find_exemptions(sentence):
        return set()
    return {_UTAH_CLASS_SECTION[(found.group(1) or found.group(2)).lower()]
            for found in _UTAH_CLASS.finditer(sentence, aside.end())}


# The reason a decision gives after a ground it sets aside: "..., because the information is fully protected by ...".
_SET_ASIDE_REASON = re.compile(r",?\s+\b(?:because|since|given\s+that|inasmuch\s+as)\b", re.IGNORECASE)


def _named_after_set_aside(clause: str) -> list[str]:
    """The grounds a clause sets aside: those named after its words that set them aside ("Because Exemption 7(A)
    applies, we need not reach Exemption 7(C)"), or, naming none there, all it names ("Exemption 7(D), which I need not
    reach")."""
    aside = P.SET_ASIDE.search(clause)
    if not aside:
        return find_exemptions(clause, withholding=True)
    # (the reason given after them is not set aside: "DEA's reliance on Exemption 7(F) is unnecessary, because the
    # information is fully protected by Exemptions 6 and 7(C)", "I need not reach Exemption 7(D), since ...")
    rest = _SET_ASIDE_REASON.split(clause[aside.end():])[0]
    after = find_exemptions(rest, withholding=True) or _lettered_exemptions(rest)
    return after or find_exemptions(clause[:aside.end()], withholding=True) or find_exemptions(clause, withholding=True)


# Massachusetts's exemptions named by their letter alone, the clause they are of cited elsewhere in the letter: "the
# Department has not met its burden to withhold the report under Exemption (f)" (G. L. c. 4, § 7(26)(f)).
_LETTERED_EXEMPTION = re.compile(r"\bexemptions?\s+\(([a-u])\)(?:(?:,\s*|\s+(?:and|or)\s+)\(([a-u])\))?"
                                 r"(?!\s*(?:\(|of\b|to\b))", re.IGNORECASE)


def _lettered_exemptions(text: str) -> list[str]:
    """The Massachusetts exemptions *text* names by their letters alone ("Exemption (f)", "Exemptions (c) and (n)")."""
    return [f"G. L. c. 4, § 7(26)({letter})" for match in _LETTERED_EXEMPTION.finditer(text)
            for letter in match.groups() if letter]


# The clauses of one sentence: "We affirm ... under Exemption 6 but are releasing ...", "...; the Exemption 6 redactions
# are affirmed", "..., while the redactions under Exemption 7(C) remain".
_CLAUSES = re.compile(r";|,?\s+(?:but|while|whereas|although)\s+|,\s+and\s+(?=(?:we|I|the|this|our|its|they)\b)", P.IC)


def _released_clauses_only(sentence: str) -> set[str] | None:
    """The grounds that only the clauses releasing what was withheld before name, where the sentence also has a clause
    that keeps a withholding under a ground of its own; None where it has no such two clauses. A ground the released
    records are redacted under now ("released in part, with names redacted under Exemption 6") is still applied."""
    clauses = _CLAUSES.split(sentence)
    releasing = [clause for clause in clauses if (P.NOW_RELEASED.search(clause)
                                                  or P.RELEASES_EARLIER_WITHHELD.search(clause))
                 and not P.STILL_WITHHELD.search(clause)]
    kept = [code for clause in clauses if clause not in releasing for code in find_exemptions(clause)]
    if not releasing or not kept:
        return None
    dropped: set[str] = set()
    for clause in releasing:
        redacted = P.RELEASED_REDACTED_UNDER.search(clause)
        dropped |= set(find_exemptions(clause)) - set(find_exemptions(clause[redacted.start():]) if redacted else [])
    return dropped - set(kept)


def _ground_refused(sentence: str) -> re.Match[str] | None:
    """Where *sentence* finds a ground does not reach the information (P.GROUND_REFUSED), not where it tells the
    requester's argument that it does not ("you argue that the factual portions ... cannot be withheld under Exemption
    (b)(5)")."""
    found = P.GROUND_REFUSED.search(sentence)
    if found and P.REFUSAL_ARGUED.search(sentence[:found.start()]):
        return None
    return found


def _upholds(sentence: str) -> bool:
    """Whether *sentence* upholds a withholding (P.UPHELD), not only asks whether one was right ("We therefore cannot
    determine whether Exemption 4 was properly applied to the correspondence")."""
    found = literals.search(P.UPHELD, sentence)
    question = P.PROPRIETY_QUESTIONED.search(sentence)
    if found and question and question.start() <= found.start() < question.end():
        return bool(literals.search(P.UPHELD, sentence, question.end()))
    return bool(found)


def _ground_described_just_before(body: list[str], index: int, reach: int = 5) -> set[str]:
    """The one ground the nearest sentence before *index* that names any ground describes ("ORS 192.345(3)
    conditionally exempts ...", "Exemption 7(A) protects ..."), within *reach* sentences; none where that sentence
    names more than one ground or applies its ground instead of describing it ("The City withheld the report under
    ORS 192.345(3).")."""
    for other in reversed(body[max(0, index - reach):index]):
        named = set(find_exemptions(other)) | set(find_exemptions(other, withholding=True))
        if not named:
            continue
        return named if len(named) == 1 and P.GROUND_DESCRIBED.search(other) else set()
    return set()


# How far back a decision's pointing back may reach for the heading of its section, and what such a heading looks
# like: a short title naming its ground, with no sentence's full stop ("Exemption 3 - CEII", "Exemption 5:
# Deliberative Process Privilege", "B. KRS 61.878(1)(h)").
_SECTION_REACH = 8
_SECTION_HEADING = re.compile(r"(?:[A-Z0-9]{1,3}[.)]\s+)?[^.;:]{0,25}?(?:exemption|§|section|\bKRS\b)[^;]{0,60}?[^.;,]",
                              re.IGNORECASE)


# A table row that says the decision upholds what was done: "Withheld in full - affirmed", "Withheld (upheld)".
_ROW_UPHELD = re.compile(r"\b(?:affirmed|upheld|sustained)\b(?![^|]*\bin\s+part\b)", re.IGNORECASE)
# ... and a cell of the appeal's own decision that gives the record out, or sends it back, rather than keeping it:
# "Released in full", "Reversed; released", "Remanded" (not "Withheld in full (Exemption 5)").
_ROW_REVERSED = re.compile(r"\b(?:revers|remand|overturn|set\s+aside|releas|disclos|provid)", re.IGNORECASE)
# A decision's cell that gives a record out with redactions: "Released in part", "Partially released", "Released with
# redactions" (not "Withheld in full", "Released in full").
_ROW_RELEASED_IN_PART = re.compile(r"\b(?:releas|disclos|provid|produc)\w*\s+(?:in\s+part|with\s+redactions)\b|"
                                   r"\bpartial(?:ly)?\s+(?:releas|disclos|provid|produc)\w*\b", re.IGNORECASE)


def pages_in_one(sentence: str) -> PageCounts:
    """The page counts *sentence* states, read alone."""
    counts = PageCounts()
    read_pages(sentence, counts)
    return counts


# A ground named in a sentence, however bare: "under section 7(1)(b)", "Exemption 6", "§ 87(2)(b)".
_GROUND_WORD = re.compile(r"\b(?:sections?|exemptions?|exceptions?)\s+\(?\d|\u00a7|\(b\)\(\d", re.IGNORECASE)


# The office keeping to itself the right to assert a ground later: "we reserve the right to assert those exemptions
# when the investigation is closed", "the Department reserves the right to invoke Exemptions 6 and 7(C) at that time",
# "we may later assert Exemption 5 as to these records".
_RESERVE_VERB = (r"\b(?:(?:reserves?|reserving|reserved)\s+(?:the\s+|its\s+|our\s+)?right\s+to|(?:may|might|will|could)"
                 r"\s+(?:later|subsequently|also\s+later|then|at\s+that\s+time)|(?:may|might)\s+(?:need|have)\s+to)\s+"
                 r"(?:later\s+|subsequently\s+|also\s+|further\s+)?(?:assert|invoke|claim|raise|rely\s+(?:up)?on)\s+")
_RESERVED_BACK = re.compile(_RESERVE_VERB + r"(?:those|these|such|the\s+same|that|this|both|the\s+above|said)\s+"
                            r"(?:[\w-]+\s+){0,2}?(?:exemptions?|grounds?|provisions?|exceptions?|statutes?)\b", re.I)
_RESERVED_AHEAD = re.compile(_RESERVE_VERB + r"(?!(?:those|these|such|the\s+same|that|this|both|the\s+above|said)\b)"
                             r"(?P<named>[^;]*)", re.I)
# ... the withholding it points back to not done now: "that would be protected under ..." (not "the names were
# redacted under Exemption 6, and we reserve the right to assert that exemption ...").
_APPLIED_NOW = re.compile(r"\b(?:(?:is|are|was|were|has\s+been|have\s+been)\s+(?:being\s+)?(?:withheld|redacted|"
                          r"denied|removed|excised)|(?:we|I)\s+(?:are\s+|have\s+|had\s+)?(?:withh[oe]ld(?:ing)?|"
                          r"redact(?:ed|ing)|den(?:y|ied|ying)))\b", re.I)


def _grounds_reserved(body: list[str]) -> set[str]:
    """The grounds *body* names only as ones the office may assert later, which no other sentence withholds under."""
    reserved: dict[str, int] = {}
    for index, sentence in enumerate(body):
        if back := _RESERVED_BACK.search(sentence):
            before = re.split(r";", sentence[:back.start()])[-1]
            if not _APPLIED_NOW.search(before):
                reserved.update(dict.fromkeys(find_exemptions(before), index))
        elif ahead := _RESERVED_AHEAD.search(sentence):
            reserved.update(dict.fromkeys(find_exemptions(ahead.group("named")), index))
    return {code for code, at in reserved.items()
            if not any(number != at and withholds(other) and _among(code, find_exemptions(other))
                       for number, other in enumerate(body))}


# What the law lets anyone see, said between a withholding and a citation, is no reason for it: "The Act makes arrest
# records open to anyone who asks. NMSA 1978, § 14-2-1."
_OPENNESS_TOLD = re.compile(r"\bopen\s+(?:to|for)\b|\b(?:are|is)\s+(?:a\s+)?public(?:\s+records?)?\b|"
                            r"\bavailable\s+to\s+(?:the\s+public|anyone|any\s+person|you)\b|\banyone\b|"
                            r"\bright\s+to\s+(?:inspect|copy|see)\b", re.I)


def _withholding_then_its_reason(body: list[str], index: int) -> bool:
    """Whether the citation standing alone at *index* follows a withholding that cites no law of its own and then one
    sentence of its reason that cites none either ("These records are withheld." / "They are records of law
    enforcement in any pending investigation ..." / "O.C.G.A. § 50-18-72(a)(4)."); never a fee's or a waiver's
    decision, nor review rights, nor a withholding only supposed, nor sentences of a fee or a cost (the cost of
    "redacting the records" is no withholding: "... we order BCoPD to reduce the fee to $612.00." / "GP §
    4-1A-07(c)(3).")."""
    withholding, reason = body[index - 2], body[index - 1]
    if any(re.search(r"\$|\b(?:fees?|costs?)\b", s, re.IGNORECASE) for s in (withholding, reason)):
        return False
    return bool(withholds(withholding) and P.WITHHOLDING_WORDS.search(withholding)
                and not _OPENNESS_TOLD.search(reason)
                and not find_exemptions(withholding) and not find_exemptions(reason)
                and not _CITATION_ALONE.fullmatch(reason.strip())
                and not any(P.WAIVER.search(s) or P.EXPEDITE.search(s) or _review_rights(s)
                            or P.HYPOTHETICAL_WITHHOLDING.search(s) or P.WITHHOLDING_TO_COME.search(s)
                            for s in (withholding, reason)))


def _grounds_just_before(body: list[str], index: int) -> list[str]:
    """The exemptions of the nearest of the three sentences before *index* in *body* that cites any, or of the heading
    of the section *index* stands in (see _Reader._exemptions_just_before)."""
    for reach, before in enumerate(reversed(body[max(0, index - _SECTION_REACH):index])):
        if _review_rights(before):
            break
        found = find_exemptions(before)
        if found and reach < 3:
            return found
        if found:
            return found if len(set(found)) == 1 and _SECTION_HEADING.fullmatch(before.strip()) else []
    return []


def _kept_elsewhere(body: list[str], code: str, at: int) -> bool:
    """Whether a sentence of *body* other than the one at *at* upholds the withholding under *code* by name, in its
    affirming clause, or keeps redactions under it in what is released now."""
    for number, other in enumerate(body):
        if number == at:
            continue
        if (redacted := P.RELEASED_REDACTED_UNDER.search(other)) and P.DECISION_RELEASE.search(other) \
                and _among(code, find_exemptions(other[redacted.start():])):
            return True
        if _upholds(other) and not P.SET_ASIDE.search(other) \
                and _among(code, find_exemptions(" ".join(_split_verdicts(other)[0]) or other)):
            return True
    return False


def _found_inapplicable(body: list[str], codes: list[str]) -> set[str]:
    """Of *codes*, the grounds a sentence of *body* finds do not apply, named as the subject of "does not apply" or "is
    inapplicable" with nothing after it but the records at issue ("Exemption 4 therefore does not apply to them", "§
    87(2)(e)(i) does not apply"), and upheld by no other sentence ("... were properly withheld under Exemption 6")."""
    found: dict[str, int] = {}
    for index, sentence in enumerate(body):
        for clause in re.split(r";|,\s+(?:and|but|while|so|however,?)\s+|:\s+", sentence):
            match = P.GROUND_INAPPLICABLE.search(clause)
            inverted = None if match else P.GROUND_INAPPLICABLE_INVERTED.search(clause)
            if inverted:
                # "Nor does ORS 192.355(2)(a) apply": the ground between the verb and "apply"
                match = inverted
            if not match or not P.GROUND_INAPPLICABLE_ENDS.match(clause, match.end()) \
                    or P.STILL_WITHHELD.search(clause):
                continue
            head = inverted.group("ground") if inverted else clause[:match.start()]
            named = set(find_exemptions(head)) | set(find_exemptions(head, withholding=True))
            named |= {code for section in signed_sections(head) for code in codes if code.endswith(f"§ {section}")}
            if P.EXEMPTION_5_PRIVILEGE.search(head):
                named.add("(b)(5)")
            for code in named:
                found.setdefault(code, index)
    return {code for code, at in found.items() if _among(code, codes) and not any(
        (literals.search(P.UPHELD, other) or P.GROUND_APPLIED.search(other) or P.RELEASED_REDACTED_UNDER.search(other)
         or P.DECISION_KEEPS_WITHHELD.search(other)) and _among(code, find_exemptions(other))
        for number, other in enumerate(body) if number != at)}


def _law_found_not_reaching(body: list[str], codes: list[str]) -> set[str]:
    """Of *codes*, the laws a sentence names and the next one finds do not reach the records, pointing back to them
    without naming them: "... under ... 42 U.S.C. § 2000g-2(b), CRS is required to hold confidential information
    acquired in its conciliation activities." "The enclosed agendas ... are not subject to that restriction." (upheld
    by no other sentence)."""
    found: dict[str, int] = {}
    for index in range(1, len(body)):
        sentence = body[index]
        if not P.LAW_NOT_REACHING.search(sentence) or find_exemptions(sentence) \
                or find_exemptions(sentence, withholding=True) or P.STILL_WITHHELD.search(sentence):
            continue
        before = body[index - 1]
        for code in codes:
            if code in before or _names_code(before, code):
                found.setdefault(code, index - 1)
    return {code for code, at in found.items() if not any(
        (literals.search(P.UPHELD, other) or P.GROUND_APPLIED.search(other) or P.RELEASED_REDACTED_UNDER.search(other)
         or P.DECISION_KEEPS_WITHHELD.search(other)) and (code in other or _names_code(other, code))
        for number, other in enumerate(body) if number != at)}


def _list_introduction(body: list[str], at: int) -> str | None:
    """The sentence that introduces the list whose item is at *at* (it ends with a colon, every sentence between being
    an item or the rest of one), without its colon; None when there is none within a few sentences."""
    for number in range(at - 1, max(-1, at - 7), -1):
        sentence = body[number].rstrip()
        if sentence.endswith(":") and not _ITEM_MARKER.match(sentence):
            return sentence.rstrip(" :")
        if not _ITEM_MARKER.match(sentence) and not sentence.endswith((";", "; and", "; or")):
            return None
    return None


def _still_withheld_elsewhere(body: list[str], at: int) -> set[str]:
    """The grounds a sentence of *body* other than the one at *at* says records are still withheld under: "The
    remaining 9 pages continue to be withheld in full under Exemption 5", "the draft remains withheld pursuant to
    Exemption 5" (not a ground only recalled: "were withheld under Exemption 5")."""
    return {code for number, other in enumerate(body) if number != at
            for found in P.STILL_WITHHELD_UNDER.finditer(other) for code in find_exemptions(other[found.end():])}


def _discretionary_release_only(sentence: str) -> bool:
    """Whether *sentence* names its grounds only to release what they cover all the same, withholding nothing: what
    could be withheld is taken out first, and any withholding left is a present one the discretion does not reach."""
    if not P.DISCRETIONARY_RELEASE.search(sentence) or P.STILL_WITHHELD.search(sentence):
        return False
    return not P.PRESENT_WITHHOLDING.search(P.COULD_BE_WITHHELD.sub(" ", sentence))


def _no_longer_applied(sentence: str, *, cited: list[str] | None = None) -> set[str]:
    """The grounds a sentence says are no longer applied ("Exemption 5 no longer applies to the factual portions",
    "The deliberative process privilege no longer applies"), not those its other clauses still apply ("...; the rest
    continues to be withheld under Exemption 5"). A subsection named bare ("the records are no longer exempt under
    subsection (a)(4)") is the one section the letter's *cited* sentences give with it ("O.C.G.A. §
    50-18-72(a)(4)"); none where no section or more than one has it."""
    clauses = re.split(r";|,\s+(?:and|but|while)\s+", sentence)
    dropped: set[str] = set()

    def set_aside(clause: str) -> bool:
        # said of now, not of a day to come ("will no longer apply once the investigation is closed": P.LAPSES_LATER)
        return bool(P.NO_LONGER_APPLIED.search(clause) or P.NO_LONGER_EXEMPT.search(clause)) \
            and not P.LAPSES_LATER.search(clause)

    for clause in clauses:
        if set_aside(clause) and not P.STILL_WITHHELD.search(clause) \
                and not P.ARGUED_NO_LONGER_APPLIED.search(clause):
            dropped |= set(find_exemptions(clause, withholding=True)) | set(find_exemptions(clause))
            for bare in _BARE_SUBSECTION.finditer(clause) if cited else ():
                part = re.sub(r"\s+", "", bare.group(1))
                having = {code for other in cited or () if part in other
                          for code in find_exemptions(other, withholding=True) if code.endswith(part)}
                if len(having) == 1:
                    dropped |= having
            if P.EXEMPTION_5_PRIVILEGE.search(clause):
                dropped.add("(b)(5)")
    kept = {code for clause in clauses if not set_aside(clause) or P.STILL_WITHHELD.search(clause)
            for code in find_exemptions(clause)}
    return dropped - kept


# A subsection named by its levels alone, its section cited elsewhere: "subsection (a)(4)", "paragraph (b)(2)".
_BARE_SUBSECTION = re.compile(r"\b(?:sub)?(?:sections?|paragraphs?|divisions?)\s+((?:\(\s*\w{1,4}\s*\)){2,})",
                              re.IGNORECASE)


# A ticked reason under a form's Exemption 7, on a line of its own: "(C) Disclosure could reasonably be expected to
# constitute an unwarranted invasion of personal privacy."
_EXEMPTION_7_ITEM = re.compile(r"^\s*\(([A-F])\)\s+[A-Z]")


def _exemption_7_items(body: list[str]) -> list[str]:
    """The reasons (letters) ticked under a form's bare Exemption 7: the lines of "(A)" ... "(F)" right after the line
    that cites it. Never a full list explaining the exemption, which has "(B)" (fair trial) among the others: a
    reason agencies hardly ever tick."""
    for index, sentence in enumerate(body):
        if find_exemptions(sentence) != ["(b)(7)"]:
            continue
        parts = []
        for after in body[index + 1:]:
            item = _EXEMPTION_7_ITEM.match(after)
            if not item:
                break
            parts.append(item.group(1))
        if parts and "B" not in parts:
            return parts
    return []


def _among(code: str, codes: list[str] | set[str]) -> bool:
    """True when *code* is one of *codes*, a (b)(3) joined to its statute ("(b)(3) 13 U.S.C. § 9") being the same
    ground as the bare "(b)(3)" a single sentence yields, and the other way round."""
    return any(code == other or code.startswith(other + " ") or other.startswith(code + " ") for other in codes)


# The statutes an Exemption 3 rests on, named in a sentence of their own: "The specific statutes applicable in this
# case are ...", "The statute in question is Section 222(f) of the Immigration and Nationality Act, 8 U.S.C. 1202(f)",
# "The Exemption 3 statutes are ...".
_STATUTES_NAMED = re.compile(r"^\W*(?:the|these)\s+(?:(?:exemption\s*\(?3\)?|\(b\)\s*\(3\)|b3)\s+)?"
                             r"(?:(?:specific|relevant|applicable|particular|withholding)\s+)?"
                             r"statutes?\s+"
                             # ... the exemption they are for named after them: "The relevant statutes for exemption
                             # (b)(3) are ..." (the CIA's Agency Release Panel)
                             r"(?:(?:for|under)\s+(?:FOIA\s+)?(?:exemption\s*\(?3\)?|(?:exemption\s+)?\(b\)\s*\(3\)|b3)\s+)?"
                             r"(?:(?:applicable|that\s+appl(?:y|ies)|in\s+question|at\s+issue|relied\s+(?:up)?on|"
                             r"invoked|cited)\s+(?:[\w,]+\s+){0,4}?)?(?:is|are|include|includes)\b|"
                             # ... or named first and said to be the kind of statute the exemption just described:
                             # "The Internal Revenue Code (IRC) section 6103 is such a law." (the IRS's denial
                             # letters), "26 U.S.C. § 6103 is one such statute", "... qualifies as such a statute"
                             # (not a law in general: "No such statute applies", "if there is such a law")
                             r"^(?:U\.\s?S\.\s?C\.|[^.;?]){0,120}?(?<!\bthere\s)\b(?:is|are|qualif(?:y|ies)\s+as)\s+(?:(?:one|an?|two|both)\s+)?"
                             r"(?:such|these)\s+(?:an?\s+)?(?:laws?|statutes?)\b", P.IC)


def _statutes_named_for_b3(body: list[str]) -> list[str]:
    """The federal statutes a sentence names as those Exemption 3 rests on, in the letter's order, when that sentence
    follows the one citing Exemption 3 (see _STATUTES_NAMED); empty otherwise."""
    for before, sentence in itertools.pairwise(body):
        if _STATUTES_NAMED.search(sentence) and "(b)(3)" in find_exemptions(before):
            return list(dict.fromkeys(federal_statutes(sentence)))
    return []


# What the statute under Exemption 3 does, said in the sentence after the exemption: "Under 49 U.S.C. § 114(r), TSA
# prohibits the disclosure of ...", "8 U.S.C. § 1202(f) makes visa records confidential", "35 U.S.C. § 122(a), requires
# that applications for patents be kept in confidence", "held in confidence by the Board".
# ... or that no one may make it known, or that it serves one purpose only, as a statistical agency's statute says:
# "22 U.S.C. § 3104(c), provides that information collected under the Act may be used only for analytical or
# statistical purposes, and that no official or employee may publish or make available any information ...",
# "shall not be published or released", "may be used solely for statistical purposes" (not a statute that lets the
# body publish: "the Bureau may publish the survey's results in aggregate form").
_STATUTE_KEEPS_SECRET = re.compile(r"prohibit|forbid|bars?\b|confidential|disclos|withh|protect|exempt|secret|"
                                   r"may\s+not\s+be\s+(?:released|made\s+public)|"
                                   r"\b(?:kept|held|treated|maintained|preserved)\s+in\s+confidence\b|"
                                   r"\b(?:no\s+(?:[\w-]+\s+){0,6}?(?:may|shall|can|will)|(?:may|shall|can|must|will)\s+not|"
                                   r"cannot|(?:may|shall)\s+never)\s+(?:be\s+)?(?:publish|ma[kd]e\s+(?:\w+\s+)?(?:available|"
                                   r"public|known)|divulg|reveal|releas|furnish|disseminat)|"
                                   r"\b(?:may|shall|must|can)\s+(?:be\s+)?used\s+(?:only|solely|exclusively)\s+for\b|"
                                   r"\bused\s+(?:only|solely|exclusively)\s+for\s+(?:\w+\s+){0,3}?statistical\b", P.IC)


# Records kept back under statutes the sentence names after them: "are confidential under 38 U.S.C. § 5705"; or by
# them, the records the subject: "The withheld tasking orders ... are protected by 10 U.S.C. § 424, ..., and by 10
# U.S.C. § 455" (not the statutes the subject, said in general: "Both 8 U.S.C. § 1202(f) and 26 U.S.C. § 6103
# protect such records").
_KEPT_UNDER_STATUTES = re.compile(r"(?:\b(?:under|pursuant\s+to|by\s+virtue\s+of|in\s+accordance\s+with)|"
                                  r"\b(?:are|is|were|was|been|being)\s+(?:\w+\s+)?(?:protected|withheld|shielded|"
                                  r"exempt(?:ed)?(?:\s+from\s+(?:disclosure|release))?)\s+by)\s+(?:the\s+)?"
                                  r"(?:provisions\s+of\s+)?(?:section\s+)?\d+\s+U\.?\s?S\.?\s?C", re.IGNORECASE)


def _statute_after_b3(body: list[str]) -> list[str]:
    """The federal statutes named in the sentence right after a sentence that cites Exemption 3 without its statute
    ("Exemption 3 ... protects information that another statute specifically exempts from disclosure." / "Under 49
    U.S.C. § 114(r), TSA prohibits the disclosure of ..."), when that sentence says they keep something from
    disclosure, each in its order ("... are confidential under 38 U.S.C. § 5705 and 38 U.S.C. § 7332"); empty
    otherwise."""
    for before, sentence in itertools.pairwise(body):
        if "(b)(3)" not in find_exemptions(before) or federal_statutes(before):
            continue
        # ... or the grand jury's rule: "This provision concerns matters specifically exempted from release by a
        # statute other than the FOIA, in this instance Rule 6(e) of the Federal Rules of Criminal Procedure, which
        # pertains to the secrecy of grand jury proceedings."
        statutes = list(dict.fromkeys(federal_statutes(sentence))) or grand_jury_rule(sentence)
        # (several only where the sentence keeps records back under them, "... are confidential under 38 U.S.C. §
        # 5705 and 38 U.S.C. § 7332"; statutes said in general to protect such records, "Both 8 U.S.C. § 1202(f) and 26
        # U.S.C. § 6103 protect such records", may be any of them)
        if (len(statutes) == 1 or _KEPT_UNDER_STATUTES.search(sentence)) \
                and _STATUTE_KEEPS_SECRET.search(sentence) and not find_exemptions(sentence):
            return statutes
    return []


def _ask_in_condition(sentence: str) -> bool:
    """Whether the ask for clarification stands in a clause of the office's own condition: "We will contact you if fees
    exceed $25.00 or if we need you to clarify your request", "we will write to you should we require clarification"
    (not "We need you to clarify your request; if you cannot, we will search as written": the ask stands before the
    condition, in a clause of its own)."""
    ask = literals.search(P.CLARIFY, sentence)
    if not ask:
        return False
    clause = re.split(r"[,;:]", sentence[:ask.end()])[-1]  # "... if we need you to clarify": the ask may hold the need
    # The office's own need foreseen ("if we need", "should the Branch require", "if necessary"), not the requester's
    # wish asked for: "Please reply within 30 days if you wish us to continue processing request ...".
    # ... or the request's own need: "We will write again if your request needs clarification".
    return bool(re.search(r"\b(?:if|should|in\s+the\s+event(?:\s+that)?|in\s+case)\s+(?:(?:we|I|it|this\s+office|"
                          r"(?:your|the|this)\s+(?:[\w-]+\s+){0,4}?request|"
                          # (an officer named in several words: "in case the FOIA/Privacy Act Appeals Officer needs
                          # additional information or clarification of your appeal")
                          r"the\s+(?:[\w'\u2019/&-]+\s+){0,5}?[\w'\u2019/&-]+)\s+(?:\w+\s+)?(?:need|needs|require|"
                          r"requires|has|have|find|finds|"
                          r"determine|determines|are|is)\b|(?:it\s+is\s+)?(?:necessary|needed|required)\b)",
                          clause, P.IC))


def _statute_alone(sentence: str) -> bool:
    """A line that is one federal statute and nothing else ("50 U.S.C. § 3024(i)(1)"), or one that starts with it
    and goes on with the next codes of the form's table ("50 U.S.C. § 3024(i)(1)   (b)(7)(C)": the statute under
    the ticked "(b)(3)" of the first column, a ticked code of the next column beside it)."""
    statutes = federal_statutes(sentence)
    shape = r"\d+\s*U\.?\s?S\.?\s?C\.?\s*(?:§+|sec(?:tion|\.)?)?\s*[\w().-]+?(?=\s|$)"
    rest = re.sub(shape, "", sentence, count=1, flags=P.IC)
    if len(statutes) == 1 and not re.search(r"[A-Za-z0-9]", rest):
        return True
    first = re.match(r"\s*" + shape, sentence, P.IC)
    return len(statutes) == 1 and first is not None and exemption_list(sentence[first.end():])


# A list's marker read as a sentence of its own ("1.", "(a)", "-").
# A sentence that is one state or federal citation and nothing else: "C.R.S. 24-72-305(5).", "R.C. 149.43(A)(2)(a)."
# "C.R.S. 24-72-305(5).", "Md. Code Ann., Gen. Prov. § 4-351." (a code's name in up to six words, commas between)
# ... and Minnesota's section with its subdivision: "Minn. Stat. § 13.82, subd. 7."
# ... and several subdivisions of one section: "Idaho Code § 74-124(1)(f) and (1)(c)."
# ... a code's year after its name too: "NMSA 1978, § 14-2-1(D)."
# ... and several, each whole, between semicolons: "65 P.S. § 67.708(b)(6)(i)(A); 65 P.S. § 67.708(b)(6)(i)(C)."
# ... and a code's chapter after its name: Massachusetts's "G. L. c. 4, § 7(26)(c)."
# ... and California's official style, in brackets after the sentence it is cited for, the section written out or
# abbreviated and its subdivision in brackets: "(Gov. Code, sec. 7922.000.)", "(Gov. Code, § 7923.600, subd. (a).)",
# "(Pen. Code, section 832.7.)"
_ONE_CITATION = (r"(?:\d+\s+)?[A-Z][A-Za-z.'\u2019]*(?:,?\s+[A-Z][A-Za-z.'\u2019]*){0,5}"
                 r"(?:\s+ch?\.\s*\d+[A-Z]?,)?"
                 r"(?:\s+(?:19|20)\d\d,)?(?:,?\s*(?:§+|secs?\.|sections?))?\s*"
                 r"\d+[\w.:/-]*(?:\(\w{1,5}\))*(?:,?\s+subd(?:ivision|s?\.)\s*(?:\d+[a-z]?(?:\(\w{1,5}\))*|"
                 r"(?:\(\w{1,5}\))+))?"
                 # ... and other subdivisions of the same section after it: "Idaho Code § 74-124(1)(f) and (1)(c).",
                 # "AS 40.25.120(a)(6)(A), (C) and (E)."
                 r"(?:(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:\(\w{1,5}\))+)*")
# ... and the cases cited after them: "N.J.S.A. 47:1A-1.1; MAG Entm't, LLC v. Div. of Alcoholic Beverage Control, 375
# N.J. Super. 534, 546 (App. Div. 2005)." (a case: its parties with "v." between, its year in brackets at the end).
_CASE_CITATION = (r"(?:see\s+(?:also\s+)?|cf\.\s+)?[A-Z][^;]{0,160}?\sv\.\s[^;]{1,200}?"
                  r"\([^();]{0,40}\b(?:19|20)\d\d\)")
# ... several whole citations joined by "and" or commas too: "See R.C. 149.43(A)(1)(h) and R.C. 149.43(A)(2)(a), (b)
# and (c).", "Ind. Code § 5-14-3-4(b)(1), Ind. Code § 5-14-3-4(b)(2)." (each whole, its code named again).
# ... and the same code's further sections after the first, its name not repeated, each with its section sign:
# "Public Officers Law § 87(2)(b); § 89(2)(b).", "Gov't Code § 552.101, § 552.108(a)(1).", "R.C. 149.43(A)(1)(h) and
# § 149.43(A)(2)(c)." (a section sign is needed: "; 2026" or "and 12 pages" is no citation).
_SAME_CODE_SECTION = r"(?:§+|secs?\.|sections?)\s*\d+[\w.:/-]*(?:\(\w{1,5}\))*"
_CITATIONS = (rf"{_ONE_CITATION}(?:(?:\s*[;,]\s*(?:and\s+)?|\s+and\s+)(?:{_ONE_CITATION}|{_SAME_CODE_SECTION}))*"
              rf"(?:\s*;\s*(?:and\s+)?{_CASE_CITATION})*")
# Data said to share the classification of what the sentence before withholds: "are governed by the same
# classification", "have the same classification", "are classified the same way", "are likewise classified as
# confidential".
_SAME_CLASSIFICATION = re.compile(r"\b(?:governed\s+by|subject\s+to|ha(?:ve|s)|take|takes|share|shares|receive|"
                                  r"receives)\s+the\s+same\s+classification\b|\bclassified\s+(?:the\s+same\s+way|in\s+"
                                  r"the\s+same\s+(?:way|manner))\b|\blikewise\s+classified\b", re.IGNORECASE)


def _same_classification_as_before(body: list[str], index: int) -> bool:
    """Whether body[index] gives its data the classification that the sentence before it withholds under."""
    return index > 0 and bool(_SAME_CLASSIFICATION.search(body[index])) and not _review_rights(body[index]) and bool(
        find_exemptions(body[index - 1], withholding=True)) and bool(
        P.WITHHOLDING_WORDS.search(body[index - 1]) or withholds(body[index - 1]))


# A law that defines a term: "N.J.S.A. 47:1A-1.1 defines a "criminal investigatory record" as ...", "A "criminal
# investigatory record" is defined in N.J.S.A. 47:1A-1.1 as ...", "the term "confidential informant" is defined by ...".
_DEFINES_TERM = re.compile(r"\bdefines\s+(?:an?\s+|the\s+(?:term\s+)?)?[\"\u201c]([^\"\u201d]{3,80})[\"\u201d]\s+as\b|"
                           r"[\"\u201c]([^\"\u201d]{3,80})[\"\u201d]\s+(?:is|are)\s+defined\s+(?:in|by|under|at)\b",
                           re.IGNORECASE)


def _defines_term_withheld(before: str, sentence: str) -> bool:
    """Whether *sentence* gives the law defining the kind of record that *before* withholds without citing any law
    of its own ("... are criminal investigatory records, which are exempt from disclosure under OPRA.")."""
    defined = _DEFINES_TERM.search(sentence)
    if not defined or find_exemptions(before) or not (P.WITHHOLDING_WORDS.search(before) or withholds(before)):
        return False
    term = re.sub(r"s$", "", (defined.group(1) or defined.group(2)).strip().lower())
    return re.search(rf"\b{re.escape(term)}s?\b", before.lower()) is not None


_CITATION_ALONE = re.compile(rf"{_CITATIONS}\s*\.?|\(\s*{_CITATIONS}\s*\.?\s*\)\s*\.?")
def _with_citation_after(body: list[str], index: int) -> str:
    """The sentence at *index* with the section that stands alone after it, cited for it ("... not exempt as a
    personnel record. N.J.S.A. 47:1A-10."), or the sentence alone."""
    after = body[index + 1].strip() if index + 1 < len(body) else ""
    cited = re.sub(r"^(?:see\s+(?:also\s+)?)", "", after, flags=re.IGNORECASE)
    return f"{body[index]} {after}" if cited and _CITATION_ALONE.fullmatch(cited) else body[index]


def _names_section_by_number(sentence: str, code: str) -> bool:
    """Whether *sentence* names the section of state *code* by its number alone, whole or in the act's own numbering:
    "exempt under Section 708(b)(16)" for "65 P.S. § 67.708(b)(16)", "under section 552.130" for "Gov't Code §
    552.130" (not a subsection of it: "Section 708(b)(16)(ii)")."""
    _law, sign, section = code.partition(" § ")
    if not sign or code.startswith("(b)("):
        return False
    forms = [section] + ([own] if (own := section.partition(".")[2]) and re.match(r"\d", own) else [])
    return any(re.search(rf"(?:\bsection|§)\s*{re.escape(form)}(?![\w(-]|\.\w)", sentence, re.IGNORECASE)
               for form in forms)


def _with_codes_named_elsewhere(body: list[str]) -> list[str]:
    """*body* with each table cell that gives only a section ("| Withheld in full | § 32.1-283 |") respelt with the law
    the letter names for that section elsewhere ("... confidential under § 32.1-283 of the Code of Virginia" makes it
    "Va. Code § 32.1-283"); a section the letter never cites with its law's name stays as it is."""
    named: dict[str, str] = {}
    for sentence in body:
        if _BARE_CELL_SECTION.search(sentence):
            continue
        for code in find_exemptions(sentence, withholding=True):
            law, sign, section = code.partition(" § ")
            if sign and not code.startswith("(b)("):
                named.setdefault(section, law)
    if not named:
        return body

    def respell(match: re.Match[str]) -> str:
        law = named.get(match.group("sec"))
        return f"{match.group('lead')}{law} § {match.group('sec')}" if law else match.group(0)

    return [_BARE_CELL_SECTION.sub(respell, sentence) for sentence in body]


# A table's cell that gives only a section, its law unnamed: "| § 32.1-283 |".
_BARE_CELL_SECTION = re.compile(r"(?P<lead>(?:^|\|)\s*)§\s*(?P<sec>\d[\w.:-]*?(?:\(\w+\))*)(?=\s*(?:\||$))")


def _continues_item(body: list[str], index: int) -> bool:
    """A sentence that goes on with the bulleted item before it, the list's next item after it: "- Confidential
    investigatory records, R.C. 149.43(A)(1)(h). The eight pages withheld in full are investigator notes. - Social
    security numbers, R.C. 149.45." keeps the list going; so does one between numbered or lettered items that follow
    each other ("2. Minn. Stat. § 13.384, subd. 3: medical data. The 35 pages withheld in full are those records." /
    "3. Minn. Stat. § 13.43, subd. 2: personnel data ...")."""
    if not 0 < index < len(body) - 1 or _item_mark(body[index]) is not None:
        return False
    if _cited_head(body[index], dashed=True) is None:
        # ... or between items with no mark, each a paragraph that opens with the law it cites and a colon: "Tenn.
        # Code Ann. § 10-7-504(a)(2)(A): records ... are confidential. The investigative files are withheld under this
        # section." / "Tenn. Code Ann. § 10-7-504(a)(29): identifying information ..."
        # ... or a dash: "RCW 42.56.290 - Records that are relevant to a controversy ... . The withheld memoranda ...
        # are work product under CR 26(b)(4)." / "RCW 5.60.060(2)(a) - The attorney-client privilege ..."
        back = next((at for at in range(index - 1, max(index - 4, -1), -1)
                     if _cited_head(body[at], dashed=True) or _run_in_item(body[at]) is not None), None)
        ahead = next((at for at in range(index + 1, min(index + 4, len(body)))
                      if _cited_head(body[at], dashed=True)), None)
        if back is not None and ahead is not None and all(
                _cited_head(body[at], dashed=True) is None and _item_mark(body[at]) is None
                for at in range(back + 1, ahead) if at != index):
            return True
        # ... or one sentence more of an item with the FOIA's paragraph first and what it covers after, as a federal
        # office lists its grounds, the next such item right after it: "(b)(4) Confidential commercial or financial
        # information ... ." / "The contractor was consulted and objected to release of its rates." / "(b)(6) Names
        # and salaries of contractor employees ..." (never two sentences or more: the list may have ended)
        if not cited_first(body[index]) and cited_first(body[index - 1]) and cited_first(body[index + 1]):
            return True
    # (the item may go on for a few sentences: "1. R.C. 149.43(A)(2)(c): ... The notes are withheld in full. They
    # make up 9 pages." / "2. R.C. 149.45: ...")
    back = next((at for at in range(index - 1, max(index - 4, -1), -1) if _item_mark(body[at]) is not None), None)
    ahead = next((at for at in range(index + 1, min(index + 4, len(body))) if _item_mark(body[at]) is not None), None)
    if back is None or ahead is None:
        return False
    before, after = _item_mark(body[back]), _item_mark(body[ahead])
    if _LIST_MARKER.fullmatch(body[back]) and back + 1 == index:
        return False  # the item's own text after its marker alone is the item, not more of it
    return before is not None and after is not None and (before == after == "-" or (
        before != "-" and after != "-" and len(before) == len(after) == 1 and ord(after) == ord(before) + 1)
        or (before.isdigit() and after.isdigit() and int(after) == int(before) + 1))


def _cited_head(sentence: str, *, dashed: bool = False) -> str | None:
    """The law an item of a list with no mark opens with, before its colon ("Tenn. Code Ann. § 10-7-504(a)(29):
    identifying information ...", "18 U.S.C. § 2721: personal information ..."); None for any other sentence.
    With *dashed*, also one before a dash set between spaces ("RCW 42.56.290 - Records that are relevant to a
    controversy ...", "5 U.S.C. 552(b)(5) - inter-agency or intra-agency memoranda ...")."""
    head = _STATUTE_HEAD.match(sentence) or (_STATUTE_DASH_HEAD.match(sentence) if dashed else None)
    if head is None:
        return None
    return head.group(1) if (find_exemptions(head.group(1), withholding=True)
                             or federal_statutes(head.group(1))) else None


def _run_in_item(sentence: str) -> str | None:
    """The first item of a list run into the sentence that introduces it, the law cited at the item's head, as a PDF's
    text layer joins the paragraphs: "The redactions ... are made pursuant to the following exemptions: W. Va. Code §
    29B-1-4(a)(8): Internal memoranda ..." gives "W. Va. Code § 29B-1-4(a)(8): Internal memoranda ..."; None where
    what follows the first colon opens with no citation ("... as follows: the names of witnesses")."""
    colon = _FIRST_COLON.match(sentence)
    if colon is None:
        return None
    rest = sentence[colon.end():]
    return rest if _cited_head(rest) else None


_FIRST_COLON = re.compile(r"[^:]{10,}?:\s+(?=[A-Z0-9\u00a7])")
# A citation alone at a sentence's head, then a colon and what it covers: "18 U.S.C. § 2721: personal information".
_STATUTE_HEAD = re.compile(r"\s*([A-Z0-9\u00a7][^:|\n]{2,60}?\d[^:|\s]*)\s*:\s+\S")
# ... or before a dash between spaces, as a list of the grounds one a paragraph sets them: "RCW 5.60.060(2)(a) - The
# attorney-client privilege ...".
_STATUTE_DASH_HEAD = re.compile(r"\s*([A-Z0-9\u00a7(][^:|\n]{2,60}?\d[^:|\s]*)\s+[-\u2013\u2014]\s+\S")


# The mark at the head of a list's item: "-" for a bullet, else its number or letter ("3. ...", "(b) ...").
_ITEM_MARK_AT_HEAD = re.compile(r"\s*(?:([-*\u2022])|\(?([0-9]{1,2}|[a-z])[.)])(?:\s+\S|\s*$)")


def _item_mark(sentence: str) -> str | None:
    marked = _ITEM_MARK_AT_HEAD.match(sentence)
    if marked is None:
        return None
    return "-" if marked.group(1) else marked.group(2)


# A list's marker closing a sentence: the first item's after the introduction's colon ("... redacted as follows: 1."),
# the next item's after the item before ("..., pursuant to O.C.G.A. § 50-18-72(a)(20)(A). (b)"), or one alone ("2.").
_INTRO_THEN_ITEM = re.compile(r":\s*\(?(?:\d{1,2}|[a-z])[.)]\s+(?=\S)")
_MARKER_AT_END = re.compile(r"(?:^|(?<=[:.;]))\s*(\(?(?:\d{1,2}|[a-z])[.)])\s*$")
_LIST_MARKER = re.compile(r"\s*(?:[-*\u2022]|\(?[0-9a-z]{1,2}[.)])\s*")
# ... and at the head of an item, before its text ("(b) RCW 42.56.230(7)(a).", "- C.R.S. § 24-72-204(3)(a)(IV).").
_ITEM_MARKER = re.compile(r"\s*(?:[-*\u2022]|\(?[0-9a-z]{1,2}[.)])\s+")
# A table's heading row: words only in each cell ("Exemption | Material withheld", "Exemption | Description"), a
# plural in brackets among them ("Page(s) | Description of Redaction | Lawful Basis").
_TABLE_HEADING = re.compile(r"[A-Za-z][A-Za-z /&'()-]{0,40}(?:\s\|\s[A-Za-z][A-Za-z /&'()-]{0,40})+")
# A heading line of its own naming a log or list of the exemptions applied, the list's items after it: "Exemption log -
# Installment 1", "Redaction Log", "Exemptions claimed:", "Withholding index" (a title, no sentence: no verb of its
# own, no closing period).
_LOG_HEADING = re.compile(r"(?:(?:exemption|redaction|withholding|privilege|denial)s?\s+(?:log|index|schedule|list|"
                          r"table)|(?:exemptions?|redactions?|withholdings?)\s+(?:applied|claimed|asserted|cited|taken))"
                          r"(?:\s*(?:[-\u2013\u2014:,(]\s*)?[\w ()#.-]{0,40})?:?", re.IGNORECASE)
# A state's exemption named by its letter alone ("Exemption (f)"), with the part of it named before it where a sentence
# speaks of one clause or prong only ("the first clause of Exemption (c)", "the personnel prong of Exemption (c)").
_LETTERED_EXEMPTION = re.compile(r"\b((?:clause|prong|part|portion|half)\s+of\s+)?Exemption\s+\(([a-z])\)")
# A bulleted item of a list, whatever it names: the list goes on through it ("- Security information under Minn. Stat. §
# 13.37, subd. 1(a), ..." after "- Data ... that are not public under Minn. Stat. § 13.85, subd. 2").
_BULLET_START = re.compile(r"\s*[-*\u2022]\s+\S")
# An item of a list of what was withheld, set as a paragraph with no marker: what was taken out, a phrase with no verb
# of its own (a verb only in a clause that tells what the information is: "Information that is reasonably likely to
# pose a clear and present danger ..."), then the law it was taken out under, closing it: "..., under Section
# 610.100.3, RSMo." Never a sentence of its own ("Incident reports are open records under Section 610.100.2, RSMo.").
_UNMARKED_ITEM_UNDER = re.compile(
    r"^\s*[A-Z](?:(?!\b(?:is|are|was|were|has|have|had|will|would|may|must|shall|can|could|did|does|do)\b)[^;:\n]"
    r"|\b(?:that|which|who|whom)\s+(?:(?:is|are|was|were|has|have|had|would|could|may)\s+)?(?:been\s+)?"
    r"(?:not\s+)?(?:\w+ly\s+)?\w+){1,320}?,?\s+(?:under|pursuant\s+to)\s+"
    r"((?:[Ss]ections?\s+|[A-Z0-9\u00a7])[^;:\n]{2,60}?)\.?\s*$")
# ... and so does a numbered or lettered item, though it names no law of its own (its marker at its head, or the next
# item's marker after it): "1. Dates of birth ..., because the public interest in protecting individual privacy ...
# outweighs the public interest in disclosure." before "2. Information identifying confidential informants, under Wis.
# Stat. § 19.36(8)(b)."
_NUMBERED_START = re.compile(r"\s*\(?(?:\d{1,2}|[a-z])[.)]\s+\S")
# A row of a Word table, its cells between bars: "Social Security numbers | Private, Minn. Stat. § 13.355, subd. 1".
_TABLE_ROW = re.compile(r"\S\s\|\s+\S")


def _table_introduced_by_withholding(body: list[str], index: int) -> bool:
    """Whether the table whose row is at *index* follows a sentence that withholds and ends in a colon ("Portions of
    the data have been redacted because they are classified as not public:"), its heading and other rows between;
    not one that only describes what is given ("The data provided are described below:")."""
    before = index - 1
    while before >= 0 and _TABLE_ROW.search(body[before]):
        before -= 1
    return before >= 0 and body[before].rstrip().endswith(":") and bool(
        P.WITHHOLDING_WORDS.search(body[before]) or withholds(body[before]))


def _under_withholding_heading(body: list[str], index: int) -> bool:
    """Whether the row at *index* is below a table's heading row that names a column of the grounds for withholding
    ("Authority for redaction or withholding", "Legal basis", "Exemptions applied", "Statutory authority")."""
    first = index
    while first > 0 and _TABLE_ROW.search(body[first - 1]):
        first -= 1
    return first < index and bool(_TABLE_HEADING.fullmatch(body[first].strip().strip("|").strip())) and bool(
        _WITHHOLDING_COLUMN.search(body[first]) or (_REDACTIONS_COLUMN.search(body[first])
                                                     and _AUTHORITY_COLUMN.search(body[first])))


# A heading's column naming the grounds something was withheld on.
_WITHHOLDING_COLUMN = re.compile(r"(?:^|\|)\s*(?:(?:statutory|legal|lawful)\s+(?:authority|basis)|authority\s+for\s+"
                                 r"(?:redaction|withholding|denial|exemption)|legal\s+basis|basis\s+for\s+(?:redaction|"
                                 r"withholding|denial)|exemptions?(?:\s+(?:applied|claimed|cited|asserted))?|"
                                 r"grounds?\s+for\s+(?:redaction|withholding|denial))\b[^|]*(?:\||$)", re.IGNORECASE)


# ... or a heading with a column of what was taken out beside one of the law for it, each in a word: "Record | Pages |
# Redactions | Authority", "Document | Information withheld | Basis", "Item | Redacted | Statute" (not "Record |
# Pages | Authority", nor "Redactions | Pages").
_REDACTIONS_COLUMN = re.compile(r"(?:^|\|)\s*(?:(?:information|material|portions?|data)\s+)?(?:redactions?|redacted|"
                                r"withheld|withholdings?|excised)(?:\s+(?:information|material|portions?|data))?\s*"
                                r"(?:\||$)", re.IGNORECASE)
_AUTHORITY_COLUMN = re.compile(r"(?:^|\|)\s*(?:authority|basis|statutes?|citations?|law|legal\s+citation|"
                               r"exemptions?)\s*(?:\||$)", re.IGNORECASE)


# What a schedule's entry says was done under the ground it heads, as a label: "Withheld: draft memoranda (6 pages
# denied in full)", "Redacted: names and addresses", "Material withheld in part: ...".
_ENTRY_ACTION = re.compile(r"\s*(?:(?:material|information|records?|portions?)\s+)?(?:withheld|redacted|denied|"
                           r"exempted|redactions?)(?:\s+(?:in\s+(?:full|part)|in\s+its\s+entirety))?\s*:",
                           re.IGNORECASE)


def _schedule_entry(body: list[str], index: int) -> list[str]:
    """The ground an entry of a schedule of exemptions heads, its citation before a colon and what it covers after,
    where the next sentence says what was withheld under it ("Public Officers Law § 87(2)(g): inter-agency or
    intra-agency materials which are not statistical or factual tabulations ..." / "Withheld: draft design exception
    memoranda (6 pages denied in full)"); empty for any other sentence."""
    head, colon, _ = body[index].partition(":")
    if not colon or len(head) > 80 or index + 1 >= len(body) or not _ENTRY_ACTION.match(body[index + 1]):
        return []
    return find_exemptions(head, withholding=True)


def _listed_citation(body: list[str], index: int) -> bool:
    """Whether the sentence at index, a citation alone, is an item of a list (its marker the sentence before, "2.", or
    the list introduced there: "The specific statutes on which the denial is based are:") whose reason follows in the
    next sentence, which withholds ("... must be kept confidential", "... are exempt from disclosure")."""
    if index + 1 >= len(body) or not withholds(body[index + 1]) or _review_rights(body[index + 1]):
        return False
    before = body[index - 1]
    return bool(_LIST_MARKER.fullmatch(before) or _ITEM_MARKER.match(body[index])) or (
        before.rstrip().endswith(":") and withholds(before))


# Records the office says it does not hold ("the photographs ... are not in the custody of this agency", "This office
# does not maintain autopsy records"), said in the next sentence to be held by another office under its own law: "They
# are held by the District 5 Medical Examiner and are confidential and exempt under s. 406.135, F.S." That law is
# where to ask, not a ground this office withholds on.
_NOT_IN_OUR_CUSTODY = re.compile(r"\bnot\s+(?:in\s+the\s+(?:custody|possession)\s+of|(?:maintained|kept|held)\s+by)\s+"
                                 r"(?:this|our)\s+(?:agency|office|department|division|unit)\b|"
                                 r"\b(?:this|our)\s+(?:agency|office|department)\s+(?:does|did)\s+not\s+"
                                 r"(?:maintain|hold|keep|possess|have\s+custody\s+of)\b", re.IGNORECASE)
_HELD_ELSEWHERE = re.compile(r"^\W*(?:they|it|these(?:\s+records)?|those(?:\s+records)?|such\s+records|the\s+"
                             r"(?:records|photographs|files|reports?))\s+(?:are|is)\s+(?:instead\s+)?(?:held|maintained|"
                             r"kept)\s+by\s+(?!(?:this|our)\b)", re.IGNORECASE)


# A lead that names the FOIA's section of exemptions and no paragraph of it, closed by a colon: "pursuant to the
# following FOIA exemptions set forth in 5 U.S.C. 552(b):"; and an item of its list, opening on a paragraph and what
# it permits: "(5) which permits the withholding of ...", "(7)(C) which permits ...".
_FOIA_SECTION_LEAD = re.compile(r"\b552\s*\(b\)\s*:\s*$")
_FOIA_PARAGRAPH_ITEM = re.compile(r"^\s*(\([1-9]\)(?:\([A-F]\))?)\s*,?\s+(?:which|that|to|for|permits|protects|"
                                  r"exempts|applies|concerns)\b")


def _short_lead_after_withholding(body: list[str], index: int, opened: str) -> bool:
    """A lead of a few words closed by a colon ("In summary:", "They are as follows:") just after a sentence that
    speaks of the redactions or withholdings: "The reasons for each redaction and withholding are set out in the
    exemption log enclosed with this installment. In summary:" introduces the list of grounds after it."""
    return bool(index and opened.rstrip().endswith(":") and len(opened.split()) <= 4
                and P.WITHHOLDING_WORDS.search(body[index - 1]))


_TOLD_BELOW = re.compile(r"\b(?:below|as\s+follows|hereafter|the\s+following)\b", re.IGNORECASE)


def _withholdings_told_below(body: list[str], index: int, opened: str) -> bool:
    """A sentence that withholds and points to the list after it, closed by a stop, not a colon, the list's first
    marker next: "The redacted and withheld information is described below, together with the basis for each." /
    "1." / "Records of one incident ...", "The records withheld are listed below with the exemption for each." / "-
    ..." (not a list of anything else: "The records released are described below." / "1.")."""
    return bool(index + 1 < len(body) and _TOLD_BELOW.search(opened)
                and (P.WITHHOLDING_WORDS.search(opened) or withholds(opened))
                and (_LIST_MARKER.fullmatch(body[index + 1]) or _NUMBERED_START.match(body[index + 1])
                     or _BULLET_START.match(body[index + 1])))


def _held_by_another_office(body: list[str], index: int) -> bool:
    """Whether the sentence at *index* says records the sentence before denies holding are held by another office (see
    _NOT_IN_OUR_CUSTODY)."""
    return index > 0 and bool(_HELD_ELSEWHERE.search(body[index])) and bool(_NOT_IN_OUR_CUSTODY.search(body[index - 1]))


def _grounds_for_new_request(body: list[str], index: int) -> bool:
    """Whether the sentence at *index* names the grounds records of a new request may be withheld under, what the office
    foresees, not what it applies (P.NEW_REQUEST_INVITED, P.MAY_BE_WITHHELD): "If you would like to submit a request
    for the incident reports, please send a new request to this office, and note that such reports may be redacted
    under R.C. 5120.21"; or in a note of its own right after the invitation: "You may submit a separate request for
    the video." / "Please note that such recordings may be withheld under RCW 42.56.240(1)", "Please be aware that
    portions of that report may be protected by 38 U.S.C. 5705 and by FOIA Exemption 6"."""
    sentence = body[index]
    if not P.MAY_BE_WITHHELD.search(sentence):
        return False
    if P.NEW_REQUEST_INVITED.search(sentence):
        return True
    # (the note after the invitation speaks of those records, not of the ones this letter answers for)
    return index > 0 and bool(P.NEW_REQUEST_INVITED.search(body[index - 1])) and bool(re.match(
        r"\W*(?:(?:please\s+)?(?:note|be\s+advised|be\s+aware)(?:\s+that)?\s+)?(?:such|those|that|any\s+such|they|it|"
        r"(?:some|parts?|portions?)\s+of\s+(?:those|them|such|that|it|any\s+such))\b", sentence, P.IC))


def _opened_once_met(body: list[str], index: int) -> bool:
    """A law that opens records only once something happens, cited in a sentence that withholds by that alone, the
    next sentence saying it happened and giving the records: "Under Ark. Code Ann. § 25-19-105(c)(1), ... records are
    open to public inspection only upon final administrative resolution of any suspension proceeding ..." / "The
    suspension was upheld on final administrative review ...; those records are therefore included." (not "... have not
    reached final administrative resolution, and those files are withheld in their entirety")."""
    return withholds_only_till(body[index]) and index + 1 < len(body) \
        and bool(P.GIVEN_AFTER_ALL.search(body[index + 1])) and not withholds(body[index + 1])


def _waived_by_consent(body: list[str], index: int) -> bool:
    """A law that keeps records back unless the person they concern consents, cited with that condition, and one of
    the two sentences after saying the consent was given, neither withholding: "... are sealed under Criminal
    Procedure Law § 160.50 and are exempt under POL § 87(2)(a) ..., unless the person arrested has executed a
    designation of an agent or unsealing authorization." / "This office received with your appeal a CPL § 160.50(1)(d)
    authorization executed by Mr. Ambrose-Kimura ..." (the law named, not applied)."""
    after = body[index + 1:index + 3]
    return bool(P.EXEMPT_UNLESS_CONSENT.search(body[index])) and any(P.CONSENT_GIVEN.search(s) for s in after) \
        and not any(withholds(s) for s in after)


# The appeal decided on grounds the sentence names, in words of no withholding: "Accordingly, the denial of your request
# is upheld, and your appeal is denied, pursuant to Public Officers Law §§ 87(2)(e)(i) and 87(2)(b).", "Your appeal is
# therefore denied under Exemption 7(A)", "The determination is affirmed on the basis of section 552.108(a)(1)" (not a
# condition, "If your appeal is denied under this section, you may seek review", nor a right told: "You may appeal the
# denial under § 89(4)(a)").
_APPEAL_DECIDED_UNDER = re.compile(
    r"^(?!\W*(?:if|should|in\s+the\s+event|unless|when|where)\b)[^;]*?\b(?:appeal|denial|determination|decision)\s+"
    r"(?:of\s+(?:[\w'\u2019]+\s+){1,4}?)?(?:is|are|has\s+been|have\s+been)\s+(?:hereby\s+|therefore\s+|accordingly\s+|"
    r"respectfully\s+){0,2}(?:upheld|affirmed|sustained|denied)\b[^.;]*?\b(?:pursuant\s+to|under|in\s+accordance\s+with|"
    r"on\s+the\s+basis\s+of)\s+[^.;]{0,60}?(?:§|\bsections?\b|\bexemptions?\b|\(b\)\s*\()", re.IGNORECASE)


def _review_rights(sentence: str) -> bool:
    """A sentence about seeking review of the decision, which cites review statutes, not exemptions (not the appeal
    decided on the grounds it names, see _APPEAL_DECIDED_UNDER)."""
    return bool(P.REVIEW_RIGHTS.search(sentence)) and not P.WITHHOLDING_WORDS.search(
        P.REVIEWED_WITHHOLDING.sub(" ", sentence)) and not _APPEAL_DECIDED_UNDER.search(sentence)


def _position(sentence: str, code: str) -> int:
    """Where a canonical citation stands in the sentence that cites it, by its section ("§ 2721", "45-221(a)(1)"
    but not inside "45-221(a)(10)"); the sentence's end when its spelling there differs."""
    section = code.split("§", 1)[1] if "§" in code else code[next((i for i, c in enumerate(code) if c.isdigit()), 0):]
    pattern = r"(?<![\w.-])" + r"\s*".join(re.escape(part) for part in section.split()) + r"(?![\w(])"
    match = re.search(pattern, sentence)
    return match.start() if match else len(sentence)


# Statutes cited beside a withholding that are no Exemption 3 statute: the Trade Secrets Act goes with Exemption 4.
_NOT_EXEMPTION_3 = {"18 U.S.C. § 1905"}


def _statute_order(code: str) -> tuple[int, str]:
    match = re.match(r"\(b\)\((\d)\)(?:\((\w)\))?", code)
    return (int(match.group(1)), match.group(2) or "") if match else (10, code)


def _clause_about(sentence: str, topic: re.Pattern[str]) -> str:
    """The part of a sentence that speaks of *topic* ("fee waiver is granted; expedite is denied"); of two clauses
    that speak of it, the one that decides ("You have not provided enough information concerning the requirements
    permitting expedition; therefore, we are unable to grant your request for expedited processing")."""
    # ... but "approved as to the search time, but not as to the copies" is one decision on one topic, in part.
    # A citation's points ("29 C.F.R. § 102.117", "5 U.S.C. 552") end no clause.
    parts = re.split(
        rf";|,?\s+(?:but(?!{P.BUT_NOT_THE_REST.removeprefix('but')})|however|while|whereas)\s+|\.\s(?![§\d(a-z])",
        sentence)
    clauses = [clause for clause in parts if topic.search(clause)]
    deciding = next((clause for clause in clauses if _decision_outcome(clause) is not None), None)
    if deciding is not None:
        return deciding
    # ... or, when none of them decides, the verdict on "your request" in the clause right after one of them: "You
    # have not provided enough information concerning the statutory requirements for expedition; therefore, your
    # request is denied" (a clause naming no topic of its own)
    for before, after in itertools.pairwise(parts):
        if topic.search(before) and P.VERDICT_ON_REQUEST_NAMED_BEFORE.search(after) \
                and not literals.search(P.WAIVER, after) and not literals.search(P.EXPEDITE, after):
            return after
    return clauses[0] if clauses else sentence


def _is_heading(sentence: str) -> bool:
    """A line set apart as a heading: short, with no full stop ("REQUEST FOR A FEE WAIVER", "Expedited Processing")."""
    return len(sentence) < 80 and not re.search(r"[.!?:;]\s*$", sentence.strip())


def _release_told_later(sentence: str) -> bool:
    """Every release or withholding a sentence speaks of is one the office will tell of later: "The Department will
    notify you if any records are withheld, and the legal basis for doing so"."""
    told = P.TOLD_LATER.search(sentence)
    return bool(told and all(found.start() >= told.end() for found in literals.finditer(P.RELEASE, sentence)))


def _release_among_choices(sentence: str) -> bool:
    """The release or denial the sentence names is one of the answers the office may give, listed as choices: "a
    public body shall respond ... either by providing access to the requested records, denying access to the records
    or parts of them, or by advising that additional time is needed"."""
    found = literals.search(P.RELEASE, sentence)
    if not found:
        return False
    choices = P.ANSWER_AMONG_CHOICES.search(sentence[:found.start()])
    return bool(choices and re.search(r"\bor\b", sentence[choices.start():], re.IGNORECASE))


def _final_only_in_condition(sentence: str) -> bool:
    """Every final answer or close the sentence speaks of is inside a condition opening its clause: "Please note that
    if your request is closed and you later decide that you want the records, you will need to submit a new
    request"."""
    return all(P.CONDITION_IN_CLAUSE.search(sentence[:found.start()])
               for found in literals.finditer(P.FINAL_STRONG, sentence))


def _release_in_condition(sentence: str) -> bool:
    """The release a sentence speaks of is inside a condition that begins after its first clause: "this is only an
    estimate, and if some of the pages are withheld in full ..., the actual charges could be less"; or is itself the
    condition: "the public's interest will be lost if the records are released only after the review"."""
    found = literals.search(P.RELEASE, sentence)
    return bool(found and (P.CONDITION_BEFORE.search(sentence[:found.start()]) or any(
        condition.start() < found.end() <= condition.end() for condition in P.RELEASE_AS_CONDITION.finditer(sentence))))


def _decision_outcome(clause: str) -> Outcome | None:
    for pattern, outcome in P.DECISION_WORDS:
        if pattern.search(clause):
            return outcome
    return None


def _fee_in_own_clause(sentence: str, match: re.Match[str]) -> bool:
    """Whether the amount *match* is a fee asked in its own clause of *sentence* (between semicolons), a clause that
    waives nothing: "We will waive search fees; you will be charged duplication fees, estimated at $42.50" (not "Fees
    below $25.00 are waived; ...", the waiver's own clause)."""
    start = sentence.rfind(";", 0, match.start()) + 1
    end = sentence.find(";", match.end())
    clause = sentence[start:end if end >= 0 else len(sentence)]
    if clause == sentence:
        return False
    return bool(P.FEE_CONTEXT.search(clause)) and not P.FEE_NOT_ESTIMATE.search(clause)
