"""Full-text search across requests, events and the text of attached documents (SQLite FTS5).

The index is kept in step by database triggers (migration 0003); this module extracts text from
attachments once, when they are attached, and runs ranked searches with snippets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import text

from foiatrack.core.errors import UserError
from foiatrack.services.pdf_text import MAX_TEXT_CHARS, NotExtracted, pdf_text, pdf_text_here
from foiatrack.store.database import Database

__all__ = ["NotExtracted", "SearchHit", "extract_text", "fts_query", "search"]
_EXEMPTION = re.compile(r"^\(?b\)?\(?([1-9])\)?(?:\(?([a-fA-F])\)?)?$")
_TOKEN = re.compile(r'"[^"]+"|[\w§().-]+', re.UNICODE)


def extract_text(filename: str, media_type: str, data: bytes, *, trusted: bool = False) -> str | None:
    """Searchable text of an attached file, or None when it has none we can read.

    PDFs are read with pypdf (text layer only: scanned pages without OCR give nothing), in a child process
    with a time and memory limit unless the file is *trusted* (our own sample documents); plain text is
    decoded. A damaged or encrypted file is simply not searchable: attaching it still succeeds.

    Raises:
        NotExtracted: the PDF's text could not be read within the limits (the file still attaches).
    """
    if media_type == "application/pdf" or filename.lower().endswith(".pdf"):
        return pdf_text_here(data) if trusted else pdf_text(data)
    if media_type.startswith("text/") or filename.lower().endswith((".txt", ".md", ".csv", ".eml")):
        return data[:MAX_TEXT_CHARS].decode("utf-8", errors="replace").replace("\x00", " ")
    return None


@dataclass(frozen=True, slots=True)
class SearchHit:
    request_id: int
    subject: str
    agency: str
    status: str
    source: str  # request, event or attachment
    title: str
    snippet: str
    rank: float

    def to_json(self) -> dict[str, object]:
        return {"request_id": self.request_id, "subject": self.subject, "agency": self.agency,
                "status": self.status, "source": self.source, "title": self.title, "snippet": self.snippet,
                "rank": self.rank}


def fts_query(query: str) -> str:
    """The user's words as an FTS5 query: every word must match, the last one as a prefix.

    Quoted phrases stay phrases. FTS5 operators typed by the user are treated as words, so no input can
    produce a syntax error.
    """
    tokens = _TOKEN.findall(query)
    terms = []
    for index, token in enumerate(tokens):
        exemption = _EXEMPTION.match(token)
        if exemption:  # "b6", "b7c" find "(b)(6)", "(b)(7)(C)": the index holds them as words "b 7 c"
            terms.append('"' + " ".join(part for part in ("b", *exemption.groups()) if part) + '"')
            continue
        words = token.strip('"').replace('"', " ").strip()
        if not words:
            continue
        term = '"' + words + '"'
        if index == len(tokens) - 1 and not token.startswith('"'):
            term += "*"
        terms.append(term)
    return " ".join(terms)


def search(db: Database, query: str, limit: int = 50) -> list[SearchHit]:
    """Ranked matches (best first) with a snippet around the words found."""
    expression = fts_query(query)
    if not expression:
        raise UserError("search: type at least one word to search for", field="search")
    if not db.is_sqlite:
        from foiatrack.services.search_postgresql import search_rows

        with db.read_session() as session:
            found = search_rows(session, query, limit)
        return [SearchHit(row[0], row[1], row[2], row[3], row[4], row[5], " ".join(str(row[6]).split()),
                          float(row[7])) for row in found]
    statement = text(
        """
        WITH best AS (
            SELECT rowid AS id, bm25(search_index, 4.0, 1.0) AS score
            FROM search_index
            WHERE search_index MATCH :query
            ORDER BY score
            LIMIT :limit
        )
        SELECT s.request_id, r.subject, a.name, r.status, s.source, s.title,
               snippet(search_index, 1, '[', ']', '…', 14), best.score
        FROM best
        JOIN search_index AS s ON s.rowid = best.id
        JOIN requests AS r ON r.id = s.request_id
        JOIN agencies AS a ON a.id = r.agency_id
        WHERE search_index MATCH :query AND r.deleted_at IS NULL
        ORDER BY best.score
        """
    )
    # Ranking first and writing snippets only for the best rows keeps common words fast on large
    # databases (a snippet for each of thousands of matches is what costs).
    with db.read_session() as session:
        rows = session.execute(statement, {"query": expression, "limit": limit}).all()
    return [SearchHit(request_id, subject, agency, status, source, title, " ".join(snippet.split()), rank)
            for request_id, subject, agency, status, source, title, snippet, rank in rows]
