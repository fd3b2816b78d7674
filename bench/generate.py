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
    for _ in range(rng.randint(0, 2)):
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
    add("letter", rng.randint(1, 30), "outgoing")
    return events


def generate(path: Path, requests: int, seed: int = 2020, today: dt.date | None = None) -> Database:
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
                events.extend(_life(rng, sent, request_id, today))
                chosen = sorted(rng.sample(TAGS, rng.randint(0, 2)))
                rows[-1]["tags_text"] = ", ".join(chosen)
                tags.extend({"request_id": request_id, "tag": t} for t in chosen)
            session.execute(insert(RequestRow), rows)
            session.execute(insert(EventRow), events)
            if tags:
                session.execute(insert(TagRow), tags)
            next_id += len(rows)
    return db


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path)
    parser.add_argument("--requests", type=int, default=50_000)
    args = parser.parse_args()
    args.path.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    db = generate(args.path, args.requests)
    built = time.perf_counter() - started
    started = time.perf_counter()
    count = recompute_all(db)
    print(f"built {args.requests} requests in {built:.1f} s; recomputed {count} caches in "
          f"{time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    main()
