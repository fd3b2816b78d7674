"""Where appeals go, read from an agency's decision letter.

Many agencies' regulations send an appeal to "the address in the agency's response" (most DHS components,
the DoD components, HUD and HHS's operating divisions), so the decision letter is the only citable source
of the appeal office. Its appeal paragraph names the office as an address block after "to:", an inline
address ending in a ZIP code, an e-mail address, or a portal URL.

Precision over recall: an address is taken only when it runs from the office's name to a "City, ST ZIP"
line; anything less stays empty with the reason. The Office of Government Information Services (OGIS)
offers mediation, not the appeal, and a court is not an appeal office: neither is ever taken.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# A word that makes a sentence about the administrative appeal.
_APPEAL = re.compile(r"\bappeal(?:s|ed)?\b", re.IGNORECASE)
# A sentence that tells how to appeal ("you may appeal", "send your appeal", "appeals must be"), as opposed
# to one that only mentions an appeal ("Re: Appeal No. …", "your appeal is remanded to the FOIA office").
_HOW_TO_APPEAL = re.compile(
    r"\b(?:may|can|could|right\s+to|wish\s+to|want\s+to|like\s+to|choose\s+to|entitled\s+to)\s+(?:[\w-]+\s+){0,3}?"
    r"appeal"
    r"|\bappeals?\s+(?:[\w-]+\s+){0,2}?(?:must|should|may|can|shall)\b"
    r"|\b(?:file|submit|send|mail|e-?mail|make|address|direct)(?:s|ed|ing)?\s+(?:[\w-]+\s+){0,4}?appeal"
    r"|\bappeal\s+rights?\b",
    re.IGNORECASE,
)
# Where an address starts: after a colon ending "…appeal … to:", or after "addressed/mailed/sent to".
_LEAD = re.compile(
    r"(?:\b(?:to|at|address(?:ed)?(?:\s+to)?|follows|following\s+address)\s*:"
    r"|\b(?:addressed|mailed|sent|sending|delivered|directed|submitted|written)\s+to\b:?"
    r"|\bsend\s+(?:your\s+appeal|it|the\s+appeal)\s+(?:by\s+mail\s+)?to"
    r"|\bby\s+(?:regular\s+|postal\s+|U\.?S\.?\s+)?mail\s+to"
    r"|\bin\s+writing\s+to|\bwriting\s+(?:directly\s+)?to"
    r"|\b(?:appeal|appeals|determination|decision)\s+(?:[a-z0-9]+\s+){0,6}?to\s+(?=the\s+[A-Z]|[A-Z]))[ \t]*",
    re.IGNORECASE,
)
# The last line of a US address: "Washington, D.C. 20536-5900", "Lee's Summit, MO 64064-2139".
_STATES = (
    "AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|"
    "OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR|GU|VI"
)
_STATE = r"(?:" + _STATES + r"|D\.\s?C\.|Washington|Virginia|Maryland)"
_CITY_LINE = re.compile(rf"[A-Z][A-Za-z.' -]+,?\s+{_STATE}\.?,?\s+\d{{5}}(?:-\d{{4}})?\b")
_ZIP_END = re.compile(rf",?\s*{_STATE}\.?,?\s+\d{{5}}(?:-\d{{4}})?\b")
_EMAIL = re.compile(r"(?<![\w.+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
_URL = re.compile(r"\b(?:https?://|www\.)[^\s<>\"')\]]+", re.IGNORECASE)
# Mediation and the courts: sentences or blocks naming them give no appeal office.
_NOT_APPEAL_OFFICE = re.compile(
    r"Government\s+Information\s+Services|\bOGIS\b|mediat|National\s+Archives|\bNARA\b|Adelphi\s+Road"
    r"|\bcourts?\b|judicial\s+review|\bsue\b|lawsuit|Public\s+Liaison",
    re.IGNORECASE,
)
# A URL in an appeal sentence is the place to file only when the sentence says so; regulations, the
# statute and guidance are linked from appeal paragraphs too.
_PORTAL_WORDS = re.compile(r"portal|online|electronic|through|via|SecureRelease|submit|file", re.IGNORECASE)
_NOT_PORTAL = re.compile(r"ecfr\.gov|govinfo\.gov|federalregister\.gov|law\.cornell|uscode|regulations\.gov"
                         r"|archives\.gov|nara\.gov|ogis", re.IGNORECASE)
_MAX_BLOCK_LINES = 8
_MAX_INLINE = 320


@dataclass(frozen=True, slots=True)
class AppealOffice:
    """Where the letter says appeals go, with the sentence it came from.

    ``unsure`` maps a field left empty to the reason ("address": "no City, ST ZIP line after 'to:'").
    """

    address: str = ""
    email: str = ""
    url: str = ""
    evidence: str = ""
    unsure: dict[str, str] = field(default_factory=dict)
    # The sentences ``evidence`` joins, each as the letter has it (the dialog highlights one at a time).
    sentences: tuple[str, ...] = ()

    @property
    def found(self) -> bool:
        return bool(self.address or self.email or self.url)

    def to_json(self) -> dict[str, object]:
        out: dict[str, object] = {"address": self.address or None, "email": self.email or None,
                                  "url": self.url or None, "evidence": self.evidence}
        if self.unsure:
            out["unsure"] = dict(self.unsure)
        return out

    def summary(self) -> str:
        """One line: the office's first address line and city line, else its e-mail or portal."""
        lines = self.address.splitlines()
        parts = [f"{lines[0]}, {lines[-1]}" if len(lines) > 1 else (lines[0] if lines else "")]
        parts += [self.email, self.url]
        return "; ".join(p for p in parts if p)


def find_appeal_office(text: str) -> AppealOffice | None:
    """The appeal office the letter names, or None when it names none (no appeal paragraph, or only
    OGIS mediation or a court). A found office may still leave a field empty, with the reason."""
    text = text.replace("\r\n", "\n").replace("\f", "\n\n")
    address, address_evidence, address_reason = _address(text)
    # The address's own sentence first: "…to: <block> or by e-mail to …" runs across the block's lines.
    sentences = ([address_evidence] if address else []) + _appeal_sentences(text)
    email, email_evidence = _first(sentences, _emails)
    url, url_evidence = _first(sentences, _urls)
    if not (address or email or url or address_reason):
        return None
    unsure = {"address": address_reason} if address_reason and not address else {}
    sentences = [address_evidence] if address_evidence else []
    for value, extra in ((email, email_evidence), (url, url_evidence)):
        if extra and not any(value in sentence for sentence in sentences):
            sentences.append(extra)
    if not (address or email or url):
        return AppealOffice(evidence=address_evidence, unsure=unsure, sentences=tuple(sentences))
    return AppealOffice(address=address, email=email, url=url, evidence=" ".join(sentences), unsure=unsure,
                        sentences=tuple(sentences))


# --- the mailing address -----------------------------------------------------------------------------
def _address(text: str) -> tuple[str, str, str]:
    """(address, evidence, reason left empty) from the first appeal sentence that leads into an address."""
    reason = ""
    for appeal in _APPEAL.finditer(text):
        start = _sentence_start(text, appeal.start())
        window = text[start:appeal.end() + 400]
        window = window[:_paragraph_end(window, appeal.end() - start)]
        lead = _LEAD.search(window, appeal.end() - start)
        if lead is None:
            continue
        before = window[:lead.start()]
        if _NOT_APPEAL_OFFICE.search(before) and not _APPEAL.search(before[-160:]):
            continue
        if not _HOW_TO_APPEAL.search(before):
            continue
        after = text[start + lead.end():]
        if lead.group(0).rstrip().endswith(":") and _line_break_follows(after):
            lines, why = _block(after)
            if not lines:
                # A sentence wrapped just after "to:" (a PDF's text layer, a narrow e-mail): no block below the
                # colon, but the address runs on in the sentence, down to its "City, ST ZIP".
                inline, _ = _inline(after)
                if inline:
                    lines, why = inline, ""
        else:
            lines, why = _inline(after)
        if lines and _NOT_APPEAL_OFFICE.search(" ".join(lines)):
            continue  # "…to: Office of Government Information Services, …" is mediation, not the appeal
        head = text[_sentence_start(text, start + lead.start()):start + lead.end()]
        if lines:
            return "\n".join(lines), _evidence(head, after, lines[-1]), ""
        reason = reason or why
        if reason:
            return "", _evidence(head, after, ""), reason
    return "", "", reason


def _line_break_follows(after: str) -> bool:
    """True when nothing but spaces follows the colon on its line: the address is a block below."""
    return not after.split("\n", 1)[0].strip()


def _block(after: str) -> tuple[list[str], str]:
    """An address block: the lines after "to:" down to the "City, ST ZIP" line."""
    lines: list[str] = []
    for raw in after.lstrip("\n").split("\n"):
        line = raw.strip().rstrip(",;")
        if not line:
            if lines:
                break
            continue
        lines.append(line)
        zipped = _ZIP_END.search(line)
        if _CITY_LINE.fullmatch(line) or (zipped and _CITY_LINE.search(line) and zipped.end() >= len(line) - 1):
            return _tidy(lines), ""
        if len(lines) >= _MAX_BLOCK_LINES:
            break
    if not lines:
        return [], ""
    return [], (f"the appeal paragraph names \u201c{lines[0]}\u201d but no complete mailing address "
                "(no City, ST ZIP line); check the letter")


def _inline(after: str) -> tuple[list[str], str]:
    """An address in the sentence: "to: Office X, Agency, 500 Street SW, Washington, D.C. 20536-5900, …"."""
    flat = _squash(after[:_MAX_INLINE])
    stop = re.search(r"\n\s*\n", after[:_MAX_INLINE])
    if stop is not None:
        flat = _squash(after[:stop.start()])
    flat = flat.lstrip(": ")  # "by writing to: the Chief FOIA Officer, …": the lead took "writing to", not its colon
    zipped = _ZIP_END.search(flat)
    if zipped is None:
        head = re.split(r"[.;(]|\bwithin\b|\bby\b|\bno later\b", flat, maxsplit=1)[0].strip(" ,")
        head = re.sub(r"(?i)^the\s+", "", head)
        if head and head[:1].isupper() and re.search(r"\b(?:Office|Officer|Division|Branch|Appeals?|Director|"
                                                      r"Counsel|Secretary|Chief)\b", head):
            return [], (f"the appeal paragraph names \u201c{head[:80]}\u201d but no complete mailing address "
                        "(no City, ST ZIP); check the letter")
        return [], ""
    body = flat[:zipped.end()]
    later = list(_LEAD.finditer(body))
    if later:  # "…to the Appeals Officer within 90 days by writing to: Office X, …": the last lead starts it
        body = body[later[-1].end():].strip()
    if re.search(r"(?<!\.[A-Z])(?<!\b[A-Z])\.\s+[A-Z][a-z]+\s", body):
        return [], ""  # a sentence ended before the ZIP code: not one address
    parts = [p.strip() for p in body.split(",") if p.strip()]
    if len(parts) < 3 or not re.search(r"\d", " ".join(parts[:-2])):
        return [], ("the appeal paragraph's address has no street, suite or box before the city; check the letter"
                    if len(parts) >= 2 else "")
    city, state = parts[-2], parts[-1]
    lines = [*parts[:-2], f"{city}, {state}"]
    if re.match(r"(?i)the\s", lines[0]):
        lines[0] = lines[0][4:]
    # "500 12th Street, S.W." is written with a comma: keep the quadrant on the street's line.
    merged: list[str] = []
    for line in lines:
        # "90 K Street NE, 10th Floor" and "500 12th Street, S.W." stay one line.
        if merged and re.fullmatch(r"(?:N\.?W|S\.?W|N\.?E|S\.?E)\.?|\d+(?:st|nd|rd|th)?\s+Floor", line):
            merged[-1] = f"{merged[-1]}, {line}"
        else:
            merged.append(line)
    return _tidy(merged), ""


def _tidy(lines: list[str]) -> list[str]:
    out = [re.sub(r"\s+", " ", line).strip().strip(",;").strip() for line in lines]
    return [line.removeprefix("to ").strip() for line in out if line]


# --- e-mail and portal -------------------------------------------------------------------------------
def _appeal_sentences(text: str) -> list[str]:
    """The letter's sentences that tell how to appeal and do not speak of mediation or the courts (each
    paragraph on its own: an e-mail's headers or a letterhead never run into the body's first sentence)."""
    pieces = [piece for paragraph in re.split(r"\n\s*\n", text)
              for piece in re.split(r"(?<=[.!?])\s+(?=[A-Z(\"\u201c])", _squash(paragraph))]
    return [p for p in pieces if _HOW_TO_APPEAL.search(p) and not _NOT_APPEAL_OFFICE.search(p)]


def _emails(sentence: str) -> str:
    for match in _EMAIL.finditer(sentence):
        address = match.group(0).rstrip(".")
        if not re.search(r"nara\.gov|ogis", address, re.IGNORECASE):
            return address
    return ""


def _urls(sentence: str) -> str:
    if not _PORTAL_WORDS.search(sentence):
        return ""
    for match in _URL.finditer(sentence):
        url = match.group(0).rstrip(".,;:")
        if not _NOT_PORTAL.search(url):
            return url if url.lower().startswith("http") else f"https://{url}"
    return ""


def _first(sentences: list[str], pick: object) -> tuple[str, str]:
    for sentence in sentences:
        value = pick(sentence)  # type: ignore[operator]
        if value:
            return value, _clip(sentence)
    return "", ""


# --- text helpers ------------------------------------------------------------------------------------
def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding position *at* starts (after the last ". " or blank line before it)."""
    head = text[max(0, at - 400):at]
    cut = max((m.end() for m in re.finditer(r"(?<![A-Z])(?<!\b[A-Z][a-z])[.!?]\s+(?=[A-Z])|\n\s*\n", head)),
              default=0)
    return max(0, at - 400) + cut


def _paragraph_end(window: str, after: int) -> int:
    stop = re.search(r"\n\s*\n", window[after:])
    if stop is None:
        return len(window)
    # "…a copy of this letter, to:\n\n<block>": the blank line after a colon is inside the sentence.
    if window[:after + stop.start()].rstrip().endswith(":"):
        return len(window)
    return after + stop.start()


def _evidence(head: str, after: str, last_line: str) -> str:
    """The letter's own words from the appeal sentence's start to the end of the sentence that holds the
    address (whitespace squashed, so the dialog can find and highlight it in the letter)."""
    flat = _squash(after[:900])
    at = flat.find(last_line) + len(last_line) if last_line and last_line in flat else 0
    # A full stop ends the sentence unless it closes an abbreviation (D.C., U.S., C.F.R., S.W.).
    end = re.search(r"(?<!\.[A-Z])(?<!\b[A-Z])\.(?=\s+[A-Z\"\u201c]|\s*$)", flat[at:])
    tail = flat[:at + end.end()] if end else flat[:at + 200]
    return _squash(f"{head} {tail}")


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _clip(sentence: str, limit: int = 420) -> str:
    return sentence if len(sentence) <= limit else sentence[:limit - 1].rstrip() + "\u2026"
