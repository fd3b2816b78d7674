"""Correspondence intake: read an agency's letter, find the request it answers, propose (or log) its events.

Matching asks rather than guesses: a tracking or appeal number printed in the letter decides; failing
that, the sender's e-mail domain or the agency named in the letterhead narrows to one agency, and the
request's subject words must then point to one request. Anything less leaves ``request_id`` empty with
the candidates, and the user chooses.

Logging is one transaction per letter: every proposed event, the letter attached to the main one, and the
request's status and deadlines refreshed. A letter whose bytes (SHA-256) are already attached to the
request is not logged again.
"""

from __future__ import annotations

import os
import re
import threading
import weakref
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, or_, select

from foiatrack.core.errors import UserError
from foiatrack.core.event_kinds import EVENT_FIELDS, KINDS
from foiatrack.core.vocabulary import EventKind, Status
from foiatrack.exchange.correspondence import read_bytes, read_correspondence
from foiatrack.intake import Letter, Proposal, ProposedEvent, understand
from foiatrack.intake.appeal_office import AppealOffice, find_appeal_office
from foiatrack.services.attachments import FileContent, read_file, store_attachment
from foiatrack.services.changes import change_stamp
from foiatrack.services.derive import refresh_request
from foiatrack.services.events import NewEvent, event_row_values, validate_event
from foiatrack.services.intake_appeal import AgencyAppeal, agency_appeal, save_from_letter
from foiatrack.services.requests import load_request_row
from foiatrack.services.search import NotExtracted, extract_text
from foiatrack.store.database import Database
from foiatrack.store.schema import AgencyRow, AttachmentRow, EventRow, RequestRow

# The event the letter is filed under: the weightiest one it reports.
_MAIN_ORDER = tuple(sorted((k for k, spec in KINDS.items() if spec.intake_rank is not None),
                          key=lambda k: KINDS[k].intake_rank or 0))
# Words too common in requests and letters to tell one request from another.
_STOPWORDS = frozenset({
    "about", "above", "after", "agency", "agencies", "all", "also", "and", "any", "are", "because", "been",
    "before", "being", "between", "both", "but", "concerning", "copies", "copy", "correspondence", "dated",
    "department", "documents", "during", "each", "emails", "from", "have", "including", "information", "into",
    "letter", "letters", "office", "other", "records", "regarding", "related", "relating", "request",
    "requested", "requests", "responsive", "such", "that", "their", "them", "there", "these", "they", "this",
    "those", "through", "under", "were", "what", "when", "where", "which", "while", "with", "within", "would",
    "your", "foia", "public", "freedom", "act", "january", "february", "march", "april", "june", "july",
    "august", "september", "october", "november", "december", "since",
})
# Portals and mail services many agencies share: their domain says nothing about which agency wrote.
_SHARED_DOMAINS = ("govqa.us", "nextrequest.com", "justfoia.com", "gmail.com", "outlook.com", "hotmail.com",
                   "yahoo.com", "mycusthelp.com", "mycusthelp.net", "foiaonline.gov", "securerelease.us")


@dataclass(frozen=True, slots=True)
class Candidate:
    request_id: int
    subject: str
    agency: str
    tracking_number: str | None
    reason: str

    def to_json(self) -> dict[str, object]:
        return {"request_id": self.request_id, "subject": self.subject, "agency": self.agency,
                "tracking_number": self.tracking_number, "reason": self.reason}


@dataclass(slots=True)
class IntakeItem:
    """One file read, understood and matched (not yet logged)."""

    file: str
    content: FileContent
    letter: Letter
    proposal: Proposal
    request_id: int | None = None
    matched_by: str | None = None
    candidates: list[Candidate] = field(default_factory=list)
    message: str = ""  # why no request was matched and what to do, for the command line (--request ID)
    why_unmatched: str = ""  # why no request was matched, in words for the window (no command-line option)
    already_logged: str = ""  # non-empty when the same file is already attached to the matched request
    appeal_office: AppealOffice | None = None  # where the letter says appeals go
    agency_appeal: AgencyAppeal | None = None  # the matched request's agency's appeal office as read

    def to_json(self) -> dict[str, object]:
        numbers = self.proposal.tracking_numbers
        out: dict[str, object] = {
            "file": self.file, "request_id": self.request_id, "matched_by": self.matched_by,
            "text_source": self.letter.source,
            "letter_date": self.proposal.letter_date.isoformat() if self.proposal.letter_date else None,
            "tracking_number": numbers[0] if numbers else None,
            "appeal_number": self.proposal.appeal_numbers[0] if self.proposal.appeal_numbers else None,
            "sender": self.letter.sender or None,
            "events": [event.to_json() for event in self.proposal.events],
            "appeal_office": self.appeal_office.to_json() if self.appeal_office else None,
        }
        if self.candidates:
            out["candidates"] = [candidate.to_json() for candidate in self.candidates]
        if self.message:
            out["message"] = self.message
        if self.proposal.notes:
            out["notes"] = list(self.proposal.notes)
        if self.already_logged:
            out["already_logged"] = self.already_logged
        return out


@dataclass(frozen=True, slots=True)
class _Known:
    request_id: int
    subject: str
    text: str  # the subject and the records sought, whose words a letter's are compared with
    agency: str
    agency_id: int
    agency_names: tuple[str, ...]
    domain: str
    numbers: frozenset[str]
    tracking_number: str | None
    closed: bool

    @property
    def words(self) -> frozenset[str]:
        # Worked out only when a letter is matched by its words: most are matched by their number, and reading the
        # words of every request of a large caseload each time would cost more than all the rest of the matching.
        return _words(self.text)


def read_item(db: Database, path: str | os.PathLike[str], request_id: int | None = None) -> IntakeItem:
    """Read, understand and match one file. Raises UserError (one line) when the file cannot be read."""
    # One-line errors in the words of letters: missing, unreadable, no text.
    letter = read_correspondence(os.fspath(path))
    content = read_file(path)
    return propose_content(db, content, label=str(path), request_id=request_id, letter=letter)


def propose_content(db: Database, content: FileContent, *, label: str, request_id: int | None = None,
                    letter: Letter | None = None) -> IntakeItem:
    """Understand and match a file already read (a dropped file); *letter* when it was read already."""
    letter = letter or read_bytes(content.filename, content.data, label=label)
    proposal = understand(letter)
    item = IntakeItem(file=label, content=content, letter=letter, proposal=proposal)
    known = _known_requests(db)
    if request_id is not None:
        if not any(k.request_id == request_id for k in known):
            raise UserError(f"--request: no request with id {request_id}", field="request")
        item.request_id, item.matched_by = request_id, "chosen"
    else:
        _match(item, known)
    if item.request_id is not None:
        item.already_logged = _already_logged(db, item.request_id, content.sha256)
    item.appeal_office = find_appeal_office(letter.text)
    if item.appeal_office is not None and item.appeal_office.found and item.request_id is not None:
        item.agency_appeal = agency_appeal(db, item.request_id)
    return item


# The requests as matching sees them, kept per database while nobody commits: letters dropped together, or read one
# after another, read a caseload of tens of thousands of requests once, not once a letter. The app's one change
# detector says whether anyone committed (services.changes.change_stamp: SQLite's data_version, which moves with every
# commit, this process's or another's; on a server a few aggregates of the tables' versions, far cheaper than the rows).
_KNOWN: weakref.WeakKeyDictionary[Engine, tuple[tuple[object, ...], list[_Known]]] = weakref.WeakKeyDictionary()
_KNOWN_LOCK = threading.Lock()


def _known_requests(db: Database) -> list[_Known]:
    stamp = change_stamp(db)  # read before the rows: a commit in between only makes the next letter read again
    with _KNOWN_LOCK:
        kept = _KNOWN.get(db.engine)
    if kept is not None and kept[0] == stamp:
        return kept[1]
    known = _read_known_requests(db)
    with _KNOWN_LOCK:
        _KNOWN[db.engine] = (stamp, known)
    return known


def _read_known_requests(db: Database) -> list[_Known]:
    with db.read_session() as session:
        connection = session.connection()  # plain rows, without the ORM's per-row work: a caseload is many rows
        rows = connection.execute(
            select(RequestRow.id, RequestRow.subject, RequestRow.records_sought, RequestRow.tracking_number,
                   RequestRow.status, AgencyRow.id, AgencyRow.name, AgencyRow.abbreviation, AgencyRow.foia_email)
            .join(AgencyRow, RequestRow.agency_id == AgencyRow.id)
            .where(RequestRow.deleted_at.is_(None))  # requests in the trash are not offered
        ).all()
        numbers: dict[int, set[str]] = {}
        for request_id, tracking, appeal in connection.execute(
                select(EventRow.request_id, EventRow.tracking_number, EventRow.appeal_number)
                .where(or_(EventRow.tracking_number.is_not(None), EventRow.appeal_number.is_not(None)))):
            for value in (tracking, appeal):
                if value:
                    numbers.setdefault(request_id, set()).add(_key(value))

    known = []
    closed = {status: _is_closed(status) for status in {row[4] for row in rows}}
    for rid, subject, sought, tracking, status, agency_id, name, abbreviation, email in rows:
        own = numbers.get(rid, set()) | ({_key(tracking)} if tracking else set())
        domain = email.rsplit("@", 1)[-1].lower().strip() if email and "@" in email else ""
        known.append(_Known(rid, subject, f"{subject} {sought}", name, agency_id,
                            tuple(n for n in (name, abbreviation) if n), domain, frozenset(own), tracking,
                            closed[status]))
    return known


def _is_closed(status: str) -> bool:
    try:
        return Status(status).is_closed
    except ValueError:
        return False


_NOT_IN_KEY = re.compile(r"[^A-Z0-9]")


def _key(number: str) -> str:
    """The number as compared: its letters and digits, upper case ("PRR 26-1402" is "PRR261402")."""
    return _NOT_IN_KEY.sub("", number.upper())


def _same_number(a: str, b: str) -> bool:
    """Equal, or equal but for an office prefix in letters ("PRR 26-1402" is "26-1402")."""
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    # Five digits are enough beside a prefix of letters ("DISA FOIA 27-014" is "27-014"); fewer could be anything.
    return (len(short) >= 6 or (len(short) == 5 and short.isdigit())) and long.endswith(short) and \
        long[:-len(short)].isalpha()


def same_reference(a: str, b: str) -> bool:
    """True when two written reference numbers name the same request or appeal, the way matching compares
    them ("PIR 26-4410" and "26-4410", "#2026-0388" and "2026-0388")."""
    return _same_number(_key(a), _key(b))


def _words(text: str) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"[a-z][a-z'-]{3,}", text.lower()) if w not in _STOPWORDS)


def _number_of(numbers: list[str], known: _Known) -> str:
    """The one of the letter's *numbers* that names the request *known*."""
    return next(n for n in numbers if any(_same_number(_key(n), b) for b in known.numbers))


# The characters a scan's OCR takes for one another in a number printed in capitals and figures ("EOUSA" read as
# "EQUSA", "2O27" for "2027", "FBl" for "FBI"; numbers are compared upper case, so "l" is "L"): each mapped to one
# of its class.
_OCR_ALIKE = {**dict.fromkeys("OQD0", "0"), **dict.fromkeys("IL1", "1"), **dict.fromkeys("S5", "5"),
              **dict.fromkeys("B8", "8"), **dict.fromkeys("Z2", "2"), **dict.fromkeys("G6", "6")}


def _misread_as(printed: str, own: str) -> bool:
    """Whether a number read from a scan (*printed*, as compared: see _key) is a request's own number (*own*) with
    one or two characters taken for others that look like them ("EQUSA2027000437" for "EOUSA2027000437"), never
    one figure for another ("2027000437" for "2027000487" is another request), and long enough to tell requests
    apart; the office's prefix in letters may be left out on one side, as _same_number allows. Or one letter added
    (see _one_stroke_read_twice)."""
    return _alike_taken(printed, own) or _one_stroke_read_twice(printed, own)


def _alike_taken(printed: str, own: str) -> bool:
    short, long = sorted((printed, own), key=len)
    head, tail = long[:len(long) - len(short)], long[len(long) - len(short):]
    if len(short) < 8 or (head and not head.isalpha()):
        return False
    changed = [(a, b) for a, b in zip(short, tail, strict=True) if a != b]
    return 0 < len(changed) <= 2 and all(a in _OCR_ALIKE and _OCR_ALIKE[a] == _OCR_ALIKE.get(b) for a, b in changed)


def _one_stroke_read_twice(printed: str, own: str) -> bool:
    """Whether a number read from a scan (*printed*) is a request's own number (*own*) with one letter added
    beside a letter OCR takes it for, one letter's strokes read twice ("EOQUSA2027000318" for "EOUSA2027000318"):
    taking that one letter out leaves the request's number exactly (its office's prefix in letters may be left out
    on one side, as _same_number allows), and ten characters are left, more than a swap needs (a letter more is
    the likelier way to another office's number). Never a figure added: "20270003118" for "2027000318" could as
    well be another request's number."""
    for i, added in enumerate(printed):
        cls = _OCR_ALIKE.get(added)
        beside = printed[i - 1:i] + printed[i + 1:i + 2]
        if not added.isalpha() or cls is None or not any(c.isalpha() and _OCR_ALIKE.get(c) == cls for c in beside):
            continue
        rest = printed[:i] + printed[i + 1:]
        if len(rest) >= 10 and _same_number(rest, own):
            return True
    return False


def _match_misread(item: IntakeItem, known: list[_Known]) -> bool:
    """Match a scanned letter whose number is on no request by the one request whose own number it is but for
    characters OCR takes for one another (see _misread_as), and give the letter that request's number as written.
    Never where two requests could be meant: then the letter's number decides nothing."""
    proposal = item.proposal
    for numbers, how in ((proposal.appeal_numbers, "appeal_number"), (proposal.tracking_numbers, "tracking_number")):
        for number in numbers:
            hits = {k.request_id: k for k in known if any(_misread_as(_key(number), own) for own in k.numbers)}
            if len(hits) != 1:
                continue
            hit = next(iter(hits.values()))
            item.request_id, item.matched_by = hit.request_id, f"{how}+ocr"
            written = hit.tracking_number if how == "tracking_number" and hit.tracking_number else None
            if written and _misread_as(_key(number), _key(written)):
                _put_right(proposal, number, written, how)
            return True
    return False


def _put_right(proposal: Proposal, misread: str, number: str, how: str) -> None:
    """Put the request's own *number* first in the letter's numbers and its events, where the scan misread it."""
    printed = proposal.appeal_numbers if how == "appeal_number" else proposal.tracking_numbers
    printed[:] = [number] + [n for n in printed if n != misread]
    for event in proposal.events:
        if how == "tracking_number" and event.tracking_number == misread:
            event.tracking_number = number
        elif how == "appeal_number" and event.appeal_number == misread:
            event.appeal_number = number


def _put_first(proposal: Proposal, number: str, how: str, text: str) -> None:
    """Make the number that named the matched request the letter's number, and its events'.

    A letter may print an office's file code or mail stop ("IN REPLY REFER TO: 84-21000") above the request's own
    number. The rules cannot always tell them apart, but the number a request on file carries is that request's:
    proposing the other one would record an office code as the tracking number when the events are logged.
    """
    printed = proposal.appeal_numbers if how == "appeal_number" else proposal.tracking_numbers
    if not printed or printed[0] == number:
        return
    before = printed[0]
    printed.remove(number)
    printed.insert(0, number)
    line = next((ln.strip() for ln in text.splitlines() if number in ln), number)
    for event in proposal.events:
        if how == "appeal_number" and event.appeal_number == before:
            event.appeal_number, event.evidence["appeal_number"] = number, line
        elif how == "tracking_number" and event.tracking_number == before:
            event.tracking_number, event.evidence["tracking_number"] = number, line


def _match(item: IntakeItem, known: list[_Known]) -> None:
    if not known:
        _unmatched(item, "There are no requests yet: file the request first, then add this letter")
        return
    letter, proposal = item.letter, item.proposal
    for numbers, how in ((proposal.appeal_numbers, "appeal_number"), (proposal.tracking_numbers, "tracking_number")):
        keys = {_key(n) for n in numbers}
        hits = [k for k in known if any(_same_number(a, b) for a in k.numbers for b in keys)]
        if len({k.request_id for k in hits}) == 1:
            item.request_id, item.matched_by = hits[0].request_id, how
            _put_first(proposal, _number_of(numbers, hits[0]), how, letter.text)
            return
        if len(hits) > 1:
            text_words = _words(letter.text + " " + letter.subject)
            scored = sorted(((len(k.words & text_words), k) for k in hits), key=lambda pair: -pair[0])
            if scored[0][0] >= 2 and scored[0][0] > scored[1][0]:
                item.request_id, item.matched_by = scored[0][1].request_id, f"{how}+subject"
                _put_first(proposal, _number_of(numbers, scored[0][1]), how, letter.text)
                return
            item.candidates = [_candidate(k, f"{how.replace('_', ' ')} {k.tracking_number or ''}".strip())
                               for k in hits]
            number = next(n for n in numbers if any(_same_number(_key(n), b) for k in hits for b in k.numbers))
            _unmatched(item, f"{_requests(hits)} have {_number_kind(how)} {number}, and the letter's subject does "
                             "not tell them apart")
            return
    if "ocr" in letter.source and _match_misread(item, known):
        return
    printed = proposal.tracking_numbers + proposal.appeal_numbers
    if printed:
        # The letter prints a number no request carries: a request that already has a number of its own is
        # another one, whatever the sender or the subject say (the letter may be about a request not filed here).
        how = "appeal_number" if printed[0] in proposal.appeal_numbers else "tracking_number"
        no_request = f"No request has {_number_kind(how)} {printed[0]}"
        unnumbered = [k for k in known if not k.numbers]
        if unnumbered:
            _match_without_number(item, unnumbered, numbered=True)
            if item.request_id is None:
                _unmatched(item, f"{no_request}; {_lower_first(item.why_unmatched)}")
        else:
            _unmatched(item, f"{no_request}, and each of your requests has another number already, so the letter may "
                             "answer a request not filed here")
        return
    _match_without_number(item, known)


def _match_without_number(item: IntakeItem, known: list[_Known], *, numbered: bool = False) -> None:
    """By the sender's domain or the letterhead's agency, then the subject's words; asks when unsure.

    *numbered*: the letter prints a number no request has, and *known* are the requests without one."""
    letter = item.letter
    text_words = _words(letter.text + " " + letter.subject)
    pool, how = _by_sender(letter.sender, known), "sender_domain"
    if not pool:
        pool, how = _by_letterhead(letter.text, known), "agency_name"
    if pool:
        open_pool = [k for k in pool if not k.closed] or pool
        if len(open_pool) == 1:
            item.request_id, item.matched_by = open_pool[0].request_id, how
            return
        scored = sorted(((len(k.words & text_words), k) for k in open_pool), key=lambda pair: -pair[0])
        if scored[0][0] >= 2 and scored[0][0] > scored[1][0]:
            item.request_id, item.matched_by = scored[0][1].request_id, f"{how}+subject"
            return
        item.candidates = [_candidate(k, f"{how.replace('_', ' ')}; {score} subject words")
                           for score, k in scored[:8]]
        without = " without a number" if numbered else ""
        if how == "sender_domain":
            found = f"The sender's domain {_domain(letter.sender)} matches {_requests(open_pool, without)}"
        else:
            found = f"The letterhead names {_agency(open_pool[0])}, which has {_requests(open_pool, without, False)}"
        _unmatched(item, f"{found}, and the letter's subject does not tell them apart")
        return
    scored = sorted(((len(k.words & text_words), k) for k in known if not k.closed), key=lambda pair: -pair[0])
    if scored and scored[0][0] >= 3 and (len(scored) == 1 or scored[0][0] >= 2 * max(scored[1][0], 1)):
        item.request_id, item.matched_by = scored[0][1].request_id, "subject"
        return
    # One shared word ("state", "police") is chance, not a lead: a State Department letter must not offer a
    # state police request. Two or more are worth showing the user.
    item.candidates = [_candidate(k, f"{score} subject words") for score, k in scored[:8] if score >= 2]
    _unmatched(item, _nothing_matches(letter.sender, numbered, bool(item.candidates)))


def _nothing_matches(sender: str, numbered: bool, close: bool) -> str:
    """"The letter has no tracking number, none of your agencies has an e-mail address at city.example.gov, and
    its letterhead names none of them"; after "No request has tracking number ...;" it speaks of the requests
    still without a number, the only ones the letter may answer."""
    domain = _domain(sender)
    portal = bool(domain) and any(domain == shared or domain.endswith("." + shared) for shared in _SHARED_DOMAINS)
    if numbered:
        if portal:
            why = (f"the sender's domain {domain} is a portal or mail service many agencies use, and the letterhead "
                   "points to none of your requests still without a number")
        else:
            sent = f"the sender's domain {domain}" if domain else "a sender address"
            why = f"neither {sent} nor the letterhead points to one of your requests still without a number"
    elif not domain:
        why = "The letter has no tracking number and no sender address, and its letterhead names none of your agencies"
    elif portal:
        why = (f"The letter has no tracking number, the sender's domain {domain} is a portal or mail service many "
               "agencies use, and its letterhead names none of your agencies")
    else:
        why = (f"The letter has no tracking number, none of your agencies has an e-mail address at {domain}, and its "
               "letterhead names none of your agencies")
    if close:
        why += "; some open requests share words with its subject"
    return why


def _unmatched(item: IntakeItem, why: str) -> None:
    """Say why no request was matched: for the window in plain words, for the command line with the option."""
    item.why_unmatched = why
    if why.startswith("There are no requests"):
        item.message = why
    else:
        item.message = f"{why}: choose one with --request ID"


_NUMBER_WORDS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


def _count(n: int) -> str:
    return _NUMBER_WORDS[n] if n < len(_NUMBER_WORDS) else str(n)


def _requests(requests: list[_Known], qualifier: str = "", with_agency: bool = True) -> str:
    """"two ICE requests", "3 requests to 2 agencies (USCIS, ICE)", "four requests without a number"."""
    agencies = list(dict.fromkeys(_agency(k) for k in requests))
    n = len(requests)
    noun = "request" if n == 1 else "requests"
    if not with_agency:
        return f"{_count(n)} open {noun}{qualifier}"
    if len(agencies) == 1:
        return f"{_count(n)} {agencies[0]} {noun}{qualifier}"
    shown = ", ".join(agencies[:3]) + (", …" if len(agencies) > 3 else "")
    return f"{_count(n)} {noun}{qualifier} to {_count(len(agencies))} agencies ({shown})"


def _agency(known: _Known) -> str:
    """The agency's short name when it has one ("ICE"), else its name."""
    return known.agency_names[-1] if len(known.agency_names) > 1 else known.agency


def _number_kind(how: str) -> str:
    return "appeal number" if how.startswith("appeal") else "tracking number"


def _domain(sender: str) -> str:
    return sender.rsplit("@", 1)[-1].lower() if "@" in sender else ""


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _lower_first(text: str) -> str:
    """"The sender's ..." continues a sentence as "the sender's ..."."""
    return text[:1].lower() + text[1:] if text[:2] not in ("I ", "IC") else text


def _candidate(known: _Known, reason: str) -> Candidate:
    return Candidate(known.request_id, known.subject, known.agency, known.tracking_number, reason)


def _by_sender(sender: str, known: list[_Known]) -> list[_Known]:
    domain = sender.rsplit("@", 1)[-1].lower() if "@" in sender else ""
    if not domain or any(domain == shared or domain.endswith("." + shared) for shared in _SHARED_DOMAINS):
        return []
    return [k for k in known if k.domain and (domain == k.domain or domain.endswith("." + k.domain)
                                              or k.domain.endswith("." + domain))
            and k.domain.count(".") >= 1]


def _by_letterhead(text: str, known: list[_Known]) -> list[_Known]:
    """Requests to the agency whose name (or abbreviation) the letterhead prints; one agency only."""
    head = re.sub(r"\s+", " ", text[:600])
    agencies: dict[int, list[_Known]] = {}
    for k in known:
        for name in k.agency_names:
            if len(name) >= 3 and re.search(rf"(?<!\w){re.escape(name)}(?!\w)", head,
                                            0 if name.isupper() else re.IGNORECASE):
                agencies.setdefault(k.agency_id, []).append(k)
                break
    if len(agencies) != 1:
        # Parent and component both named ("U.S. Department of Homeland Security / ICE"): the longest name
        # printed is the most specific.
        best = sorted(agencies.values(), key=lambda group: -max(len(n) for n in group[0].agency_names))
        return best[0] if best and len(best[0]) else []
    return next(iter(agencies.values()))


def _already_logged(db: Database, request_id: int, sha256: str) -> str:
    with db.read_session() as session:
        row = session.execute(
            select(EventRow.id, EventRow.date, EventRow.kind).join(AttachmentRow, AttachmentRow.event_id == EventRow.id)
            .where(EventRow.request_id == request_id, AttachmentRow.sha256 == sha256)).first()
    if row is None:
        return ""
    return f"this file is already attached to event {row[0]} ({row[2]}, {row[1].isoformat()}) of request {request_id}"


# --- logging -----------------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Applied:
    request_id: int
    event_ids: tuple[int, ...]
    skipped: str = ""  # why nothing was logged (already logged)
    appeal_office: str = ""  # what became of the appeal office the letter names ("" when it names none)


def to_new_event(event: ProposedEvent, *, details: str = "") -> NewEvent:
    """The proposal as the event the log records; raises UserError naming what is missing."""
    if event.date is None:
        raise UserError(f"{event.kind.value}: date: the letter shows no date of its own; give the date",
                        field="date")
    if event.kind is EventKind.FINAL_DETERMINATION and event.outcome is None:
        raise UserError(f"final_determination: outcome: {event.unsure.get('outcome', 'not understood')}; "
                        "choose it in the app or log it with `foiatrack log`", field="outcome")
    return NewEvent(kind=event.kind, date=event.date, details=details,
                    **{name: getattr(event, name) for name in EVENT_FIELDS})


def main_event_index(events: Sequence[ProposedEvent]) -> int:
    ranks = [(_MAIN_ORDER.index(e.kind) if e.kind in _MAIN_ORDER else len(_MAIN_ORDER), i)
             for i, e in enumerate(events)]
    return min(ranks)[1]


def apply_item(db: Database, item: IntakeItem, events: Sequence[ProposedEvent] | None = None,
               request_id: int | None = None, *, save_appeal_office: bool | None = None) -> Applied:
    """Log *events* (default: the proposal's) on the request, the file attached to the main one, and the
    appeal office the letter names saved to the agency (see :mod:`foiatrack.services.intake_appeal`;
    *save_appeal_office* None: only when the agency has none); one transaction. Logs nothing when the same
    file is already attached to that request."""
    target = request_id if request_id is not None else item.request_id
    if target is None:
        raise UserError(f"{item.file}: {item.message or 'no request matched'}", field="request")
    chosen = list(item.proposal.events if events is None else events)
    if not chosen:
        raise UserError(f"{item.file}: no event was recognised in this letter; log it with `foiatrack log`",
                        field="events")
    name = Path(item.file).name
    cleaned = [validate_event(to_new_event(e, details=_details(name, e))) for e in chosen]
    main = main_event_index(chosen)
    try:
        text = extract_text(item.content.filename, item.content.media_type, item.content.data) or item.letter.text
    except NotExtracted:
        text = item.letter.text
    with db.session() as session:
        row = load_request_row(session, target, for_update=True)
        duplicate = session.execute(
            select(EventRow.id).join(AttachmentRow, AttachmentRow.event_id == EventRow.id)
            .where(EventRow.request_id == target, AttachmentRow.sha256 == item.content.sha256)).first()
        if duplicate is not None:
            return Applied(target, (), f"already logged: {name} is attached to event {duplicate[0]}")
        rows = []
        for new in cleaned:
            event = EventRow(created_by=new.created_by, **event_row_values(new))
            row.events.append(event)
            rows.append(event)
        session.flush()
        store_attachment(session, rows[main].id, item.content, text)
        session.flush()
        refresh_request(session, row)
        shown = item.agency_appeal if save_appeal_office else None
        note = save_from_letter(session, row, item.appeal_office, file=item.file,
                                letter_date=item.proposal.letter_date or item.letter.date, choice=save_appeal_office,
                                expected_version=shown.version if shown else None,
                                expected_agency=shown.agency_id if shown else None)
        return Applied(target, tuple(event.id for event in rows), appeal_office=note)


def _details(filename: str, event: ProposedEvent) -> str:
    quote = event.evidence.get("kind", "")
    return f"From {filename}: \u201c{quote}\u201d" if quote else f"From {filename}"


