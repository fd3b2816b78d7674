"""Build a large, realistic foiatrack database for benchmarks.

50,000 requests across the directory's agencies and every jurisdiction, about ten events each (a plausible
life: sent, received, acknowledged, tracking number, sometimes clarification or fees, extensions, interim
releases, determinations, appeals, lawsuits, notes), written with bulk inserts, then the derived cache is
computed by the real code path (:func:`foiatrack.services.derive.recompute_all`).

    uv run python bench/generate.py bench/out/bench.db --requests 50000
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import time
from pathlib import Path

from sqlalchemy import insert, select

from foiatrack.services.derive import recompute_all
from foiatrack.services.workspace import open_workspace
from foiatrack.store.database import Database
from foiatrack.store.schema import AgencyRow, EventRow, RequestRow, TagRow

SUBJECTS = [
    "Use of facial recognition by {office}", "Contracts with data brokers, {year}",
    "Detainer requests issued in {year}",
    "Body-worn camera footage retention at {office}", "Communications about {topic}",
    "Training materials on {topic}",
    "Audit reports of {office}", "Policies on {topic}", "Emails mentioning {topic}, {year}",
]
TOPICS = ["courthouse arrests", "licence plate readers", "social media monitoring", "cell-site simulators",
          "detention standards", "287(g) agreements", "asylum processing", "family separation", "phone searches"]
OFFICES = ["the Los Angeles field office", "the Newark field office", "Enforcement and Removal Operations",
           "Homeland Security Investigations", "the San Diego sector", "headquarters"]
TAGS = ["surveillance", "detention", "asylum", "border", "litigation", "priority", "coalition", "media"]


def _life(rng: random.Random, sent: dt.date, request_id: int, today: dt.date) -> list[dict[str, object]]:
    """Events for one request, in date order, never after *today*."""
    events: list[dict[str, object]] = []
    day = sent

    def add(kind: str, gap: int, direction: str = "incoming", **fields: object) -> bool:
        nonlocal day
        day = day + dt.timedelta(days=gap)
        if day > today:
            return False
        events.append({"request_id": request_id, "date": day, "kind": kind, "direction": direction,
                       "summary": kind.replace("_", " ").capitalize(), "details": "", "exemptions": "",
                       "created_by": "bench", "created_at": dt.datetime(2025, 1, 1), **fields})
        return True

    add("submitted", 0, "outgoing")
    add("received", rng.choice((0, 0, 1, 2)))
    if not add("acknowledged", rng.randint(1, 10)):
        return events
    add("tracking_number", 0, tracking_number=f"{sent.year}-FOIA-{request_id:06d}")
    if rng.random() < 0.15:
        add("clarification_requested", rng.randint(3, 20))
        if rng.random() < 0.8:
            add("clarification_answered", rng.randint(1, 15), "outgoing")
    if rng.random() < 0.15:
        add("fee_estimate", rng.randint(3, 25), amount=rng.choice((25, 120, 385, 1200)))
        if rng.random() < 0.7:
            add("fee_paid", rng.randint(2, 20), "outgoing", amount=120)
    if rng.random() < 0.3:
        add("extension", rng.randint(10, 30), extension_days=10)
    for _ in range(rng.randint(0, 3)):
        add("interim_release", rng.randint(15, 60), pages_released=rng.randint(5, 400))
    for _ in range(rng.randint(0, 3)):
        add("note", rng.randint(1, 20), "internal", details="Called the FOIA liaison.")
    if rng.random() < 0.6:
        outcome = rng.choice(("full_grant", "partial_grant", "partial_grant", "denied", "no_records", "withdrawn"))
        determined = add("final_determination", rng.randint(20, 200), outcome=outcome,
                         pages_released=rng.randint(0, 900),
                         exemptions="(b)(6); (b)(7)(C)" if outcome in ("partial_grant", "denied") else "")
        if determined and outcome in ("partial_grant", "denied", "no_records") and rng.random() < 0.4:
            add("appeal_filed", rng.randint(10, 80), "outgoing")
            if rng.random() < 0.6:
                add("appeal_decision", rng.randint(20, 120), outcome=rng.choice(("denied", "partial_grant")))
            elif rng.random() < 0.2:
                add("lawsuit_filed", rng.randint(30, 200), "outgoing")
    for _ in range(rng.randint(1, 2)):
        add("letter", rng.randint(1, 30), "outgoing")
    return events


def _busy_request(request_id: int, sent: dt.date) -> list[dict[str, object]]:
    """Fifty events on one request, as a long-running request with monthly chasing accumulates."""
    events = []
    for index in range(50):
        routine = ("note", "letter", "interim_release")
        kind = ("submitted", "received", "acknowledged")[index] if index < 3 else routine[index % 3]
        events.append({"request_id": request_id, "date": sent + dt.timedelta(days=index * 7), "kind": kind,
                       "direction": "outgoing" if kind in ("submitted", "letter") else "incoming",
                       "summary": f"{kind.replace('_', ' ').capitalize()} {index}", "details": "", "exemptions": "",
                       "created_by": "bench", "created_at": dt.datetime(2025, 1, 1)})
    return events


def _pdf_pool(size: int, rng: random.Random) -> list[tuple[bytes, str]]:
    """Distinct small PDF letters with their text, reused across attachments (the bytes are stored once)."""
    import io

    from reportlab.pdfgen.canvas import Canvas

    pool = []
    for index in range(size):
        lines = [f"Letter {index}: determination on your request concerning {rng.choice(TOPICS)}."]
        lines += [f"Pages released: {rng.randint(1, 900)}. Exemptions applied: (b)(6), (b)(7)(C)."]
        lines += [" ".join(rng.choice(TOPICS + OFFICES) for _ in range(12)) for _ in range(30)]
        buffer = io.BytesIO()
        canvas = Canvas(buffer)
        for line_number, line in enumerate(lines):
            canvas.drawString(40, 760 - 14 * line_number, line[:110])
        canvas.showPage()
        canvas.save()
        pool.append((buffer.getvalue(), "\n".join(lines)))
    return pool


def add_attachments(db: Database, count: int, rng: random.Random) -> int:
    """Attach PDF letters with extracted text to *count* determination and release events."""
    import hashlib

    from sqlalchemy import text

    pool = _pdf_pool(200, rng)
    with db.session() as session:
        event_ids = [row[0] for row in session.execute(text(
            "SELECT id FROM events WHERE kind IN ('final_determination', 'interim_release', 'acknowledged') "
            "ORDER BY id"))]
        chosen = sorted(rng.sample(event_ids, min(count, len(event_ids))))
        blobs = {}
        for data, _ in pool:
            blobs[hashlib.sha256(data).hexdigest()] = data
        session.execute(text("INSERT INTO blobs (sha256, size, data) VALUES (:sha256, :size, :data)"),
                        [{"sha256": k, "size": len(v), "data": v} for k, v in blobs.items()])
        attachments, texts = [], []
        for attachment_id, event_id in enumerate(chosen, start=1):
            data, body = pool[attachment_id % len(pool)]
            attachments.append({"id": attachment_id, "event_id": event_id, "filename": f"letter-{event_id}.pdf",
                                "media_type": "application/pdf", "size": len(data),
                                "sha256": hashlib.sha256(data).hexdigest(), "added_at": dt.datetime(2025, 1, 1)})
            texts.append({"attachment_id": attachment_id, "text": body})
        session.execute(text("INSERT INTO attachments (id, event_id, filename, media_type, size, sha256, added_at) "
                             "VALUES (:id, :event_id, :filename, :media_type, :size, :sha256, :added_at)"),
                        attachments)
        session.execute(text("INSERT INTO attachment_texts (attachment_id, text) VALUES (:attachment_id, :text)"),
                        texts)
    return len(chosen)


def generate(path: Path, requests: int, seed: int = 2020, today: dt.date | None = None,
             attachments: int = 20_000) -> Database:
    rng = random.Random(seed)
    today = today or dt.date.today()
    if path.exists():
        path.unlink()
    db = open_workspace(path)
    with db.session() as session:
        agencies = session.execute(select(AgencyRow.id, AgencyRow.jurisdiction)).all()
    batch = 5000
    next_id = 1
    with db.session() as session:
        for start in range(0, requests, batch):
            rows, events, tags = [], [], []
            for request_id in range(next_id, next_id + min(batch, requests - start)):
                agency_id, jurisdiction = rng.choice(agencies)
                sent = today - dt.timedelta(days=rng.randint(0, 6 * 365))
                subject = rng.choice(SUBJECTS).format(office=rng.choice(OFFICES), year=rng.randint(2015, 2025),
                                                      topic=rng.choice(TOPICS))
                rows.append({
                    "id": request_id, "subject": subject,
                    "records_sought": f"All records concerning {subject.lower()}.",
                    "agency_id": agency_id, "jurisdiction": jurisdiction, "requester_name": "Bench Requester",
                    "requester_organisation": "Bench Org",
                    "fee_category": rng.choice(("news_media", "educational", "other")),
                    "fee_waiver_requested": rng.random() < 0.5, "fee_waiver_justification": "",
                    "expedite_requested": rng.random() < 0.1, "expedite_justification": "", "preferred_format": "",
                    "notes": "", "is_sample": False, "created_at": dt.datetime(2025, 1, 1),
                    "updated_at": dt.datetime(2025, 1, 1), "version": 1, "status": "draft", "rules_version": "",
                })
                if request_id == 1:
                    events.extend(_busy_request(request_id, today - dt.timedelta(days=400)))
                else:
                    events.extend(_life(rng, sent, request_id, today))
                chosen = sorted(rng.sample(TAGS, rng.randint(0, 2)))
                rows[-1]["tags_text"] = ", ".join(chosen)
                tags.extend({"request_id": request_id, "tag": t} for t in chosen)
            session.execute(insert(RequestRow), rows)
            session.execute(insert(EventRow), events)
            if tags:
                session.execute(insert(TagRow), tags)
            next_id += len(rows)
    if attachments:
        add_attachments(db, attachments, rng)
    return db


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path)
    parser.add_argument("--requests", type=int, default=50_000)
    parser.add_argument("--attachments", type=int, default=20_000)
    args = parser.parse_args()
    args.path.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    db = generate(args.path, args.requests, attachments=args.attachments)
    built = time.perf_counter() - started
    started = time.perf_counter()
    count = recompute_all(db)
    print(f"built {args.requests} requests in {built:.1f} s; recomputed {count} caches in "
          f"{time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    main()
