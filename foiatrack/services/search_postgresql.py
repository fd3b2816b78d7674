"""Full-text search on a PostgreSQL server, with its own text search (stored search vectors with GIN
indexes, migrations 0003 and 0004).

Same results shape and ranking idea as the SQLite FTS5 search: every word must match, the last one as a
prefix, subjects and event summaries weigh more than bodies, a snippet marks the words found.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

_WORD = re.compile(r"\w+", re.UNICODE)
_EXEMPTION = re.compile(r"^\(?b\)?\(?([1-9])\)?(?:\(?([a-fA-F])\)?)?$")
_TOKEN = re.compile(r'"[^"]+"|[\w§().-]+', re.UNICODE)

REQUEST_BODY = "r.subject || ' ' || r.records_sought || ' ' || r.notes || ' ' || r.tags_text"
EVENT_BODY = "e.summary || ' ' || e.details || ' ' || e.exemptions"


def tsquery(query: str) -> str:
    """The user's words as a ``to_tsquery('foiatrack', ...)`` expression (words only, so always valid)."""
    tokens = _TOKEN.findall(query)
    terms = []
    for index, token in enumerate(tokens):
        exemption = _EXEMPTION.match(token)
        words = ["b", *(g.lower() for g in exemption.groups() if g)] if exemption else _WORD.findall(token.lower())
        if not words:
            continue
        term = " <-> ".join(words)
        if index == len(tokens) - 1 and not token.startswith('"') and not exemption and len(words) == 1:
            term += ":*"
        terms.append(f"({term})" if len(words) > 1 else term)
    return " & ".join(terms)


SEARCH = f"""
WITH q AS (SELECT to_tsquery('foiatrack', :query) AS query),
hits AS (
    SELECT r.id AS request_id, 'request' AS source, r.subject AS title, {REQUEST_BODY} AS body,
           ts_rank(r.search_vector, q.query) AS score
    FROM requests r, q WHERE r.search_vector @@ q.query
    UNION ALL
    SELECT e.request_id, 'event', e.summary, {EVENT_BODY}, ts_rank(e.search_vector, q.query)
    FROM events e, q WHERE e.search_vector @@ q.query
    UNION ALL
    SELECT e.request_id, 'attachment', a.filename, t.text, ts_rank(t.search_vector, q.query) * 0.5
    FROM attachment_texts t JOIN attachments a ON a.id = t.attachment_id JOIN events e ON e.id = a.event_id, q
    WHERE t.search_vector @@ q.query
),
best AS (SELECT * FROM hits ORDER BY score DESC LIMIT :limit)
SELECT best.request_id, r.subject, ag.name, r.status, best.source, best.title,
       ts_headline('foiatrack', best.body, q.query,
                   'StartSel=, StopSel=, MaxWords=18, MinWords=6, MaxFragments=1'),
       -best.score
FROM best JOIN requests r ON r.id = best.request_id JOIN agencies ag ON ag.id = r.agency_id, q
WHERE r.deleted_at IS NULL
ORDER BY best.score DESC
"""


_MARKED_CHAR = re.compile("\x02(\\w)\x03")


def _citation_pattern(query: str) -> re.Pattern[str] | None:
    """The exemptions the user searched for, as they may be written in the text ("(b)(7)(C)", "b7c")."""
    forms = []
    for token in _TOKEN.findall(query):
        exemption = _EXEMPTION.match(token)
        if exemption:
            number, letter = exemption.groups()
            tail = rf"\s*\(?{letter}\)?" if letter else r"(?![\w(])"
            forms.append(rf"\(?\bb\)?\s*\(?{number}\)?{tail}")
    return re.compile("|".join(forms), re.IGNORECASE) if forms else None


def mark_whole_words(headline: str, query: str) -> str:
    """The snippet with the words found in [brackets]. PostgreSQL marks each lexeme of a phrase on its own,
    so an exemption search marked every "b", "7" and "C" in the text; single characters lose their marks
    and the whole citation is marked instead."""
    text_ = _MARKED_CHAR.sub(r"\1", headline)
    pattern = _citation_pattern(query)
    if pattern is not None:
        text_ = pattern.sub(lambda m: f"\x02{m.group(0)}\x03", text_)
    return text_.replace("\x02", "[").replace("\x03", "]")


def search_rows(session: Session, query: str, limit: int) -> list[tuple[Any, ...]]:  # SearchHit's fields, in order
    expression = tsquery(query)
    if not expression:
        return []
    rows = session.execute(text(SEARCH), {"query": expression, "limit": limit})
    return [(*row[:6], mark_whole_words(str(row[6] or ""), query), row[7]) for row in rows]
