"""Time every user-visible step on a large database and report median, spread and peak memory.

    uv run python bench/run.py                    # builds bench/out/bench.db once (50,000 requests)
    uv run python bench/run.py --rebuild --runs 7

Each step is timed as a whole operation, several runs; the results go to bench/out/results.json and a
table on stdout with the targets. GUI steps run the real app offscreen in a child process.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from generate import generate  # noqa: E402

from foiatrack.services.workspace import open_workspace  # noqa: E402
from foiatrack.store.database import Database  # noqa: E402


@dataclass
class Result:
    step: str
    target_ms: float | None
    runs_ms: list[float]
    note: str = ""

    @property
    def median(self) -> float:
        return statistics.median(self.runs_ms)

    @property
    def spread(self) -> float:
        return max(self.runs_ms) - min(self.runs_ms)


def timed(function: Callable[[], object], runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        function()
        times.append((time.perf_counter() - started) * 1000)
    return times


def child_python(code: str, *args: str, env: dict[str, str] | None = None) -> dict[str, object]:
    """Run *code* in a fresh interpreter; it prints one JSON document as its last line."""
    completed = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, check=True,
                               env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}, cwd=ROOT)
    return json.loads(completed.stdout.strip().splitlines()[-1])


STEPS: dict[str, Callable[[Database, Path, int], Result]] = {}


def step(function: Callable[[Database, Path, int], Result]) -> Callable[[Database, Path, int], Result]:
    STEPS[function.__name__] = function
    return function


@step
def cli_list(db: Database, path: Path, runs: int) -> Result:
    command = [sys.executable, "-m", "foiatrack", "--db", str(path), "list"]

    def run() -> None:
        subprocess.run(command, stdout=subprocess.DEVNULL, check=True, cwd=ROOT)

    run()  # warm the file cache and bytecode
    return Result("command line: foiatrack list (50,000 rows, process start to exit)", 1000, timed(run, runs))


@step
def cli_list_overdue(db: Database, path: Path, runs: int) -> Result:
    command = [sys.executable, "-m", "foiatrack", "--db", str(path), "list", "--overdue", "--json"]
    return Result("command line: foiatrack list --overdue --json", 1000,
                  timed(lambda: subprocess.run(command, stdout=subprocess.DEVNULL, check=True, cwd=ROOT), runs))


@step
def open_request(db: Database, path: Path, runs: int) -> Result:
    from foiatrack.services.queries import request_detail

    detail = request_detail(db, 1)
    return Result("open a request with 50 events (service)", 100, timed(lambda: request_detail(db, 1), runs),
                  f"{len(detail.events)} events")


@step
def full_text_search(db: Database, path: Path, runs: int) -> Result:
    from foiatrack.services.search import search

    queries = ["facial recognition", "detention standards", "exemptions b6", "licence plate", "asylum"]
    times = []
    for _ in range(runs):
        times.extend(timed(lambda q=q: search(db, q), 1)[0] for q in queries)  # type: ignore[misc]
    return Result("full-text search (5 queries, each)", 100, times)


@step
def recompute_all_deadlines(db: Database, path: Path, runs: int) -> Result:
    from foiatrack.services.derive import recompute_all

    return Result("recompute every deadline (50,000 requests)", 20_000,
                  timed(lambda: recompute_all(db), max(1, runs // 2)))


@step
def backup(db: Database, path: Path, runs: int) -> Result:
    from foiatrack.services.backup import backup_database

    folder = Path(tempfile.mkdtemp(prefix="foiatrack-bench-"))
    try:
        times = timed(lambda: backup_database(db, folder / "copy.db"), max(1, runs // 2))
    finally:
        shutil.rmtree(folder)
    size = path.stat().st_size / 2**20
    return Result("backup (online backup API, checked copy)", None, times, f"database {size:,.0f} MiB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=HERE / "out" / "bench.db")
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--only", nargs="*", help="step names to run")
    parser.add_argument("--requests", type=int, default=50_000)
    args = parser.parse_args()
    args.db.parent.mkdir(parents=True, exist_ok=True)
    if args.rebuild or not args.db.exists():
        print(f"building {args.db} ({args.requests:,} requests)...", flush=True)
        started = time.perf_counter()
        built = generate(args.db, args.requests)
        from foiatrack.services.derive import recompute_all

        recompute_all(built)
        built.close()
        print(f"built in {time.perf_counter() - started:.0f} s", flush=True)
    db = open_workspace(args.db)
    results: list[Result] = []
    for name, function in STEPS.items():
        if args.only and name not in args.only:
            continue
        print(f"timing {name}...", flush=True)
        results.append(function(db, args.db, args.runs))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    report = {
        "machine": {"python": platform.python_version(), "cpus": os.cpu_count(), "platform": platform.platform()},
        "database": str(args.db), "bench_process_peak_rss_mib": round(peak, 1),
        "results": [{**asdict(r), "median_ms": round(r.median, 1), "spread_ms": round(r.spread, 1)} for r in results],
    }
    (HERE / "out" / "results.json").write_text(json.dumps(report, indent=2))
    print()
    print(f"{'step':<62} {'median':>10} {'spread':>9} {'target':>9}  note")
    for r in results:
        target = f"{r.target_ms:,.0f}" if r.target_ms else "-"
        flag = "" if r.target_ms is None or r.median <= r.target_ms else "  MISSED"
        print(f"{r.step:<62} {r.median:>8,.1f}ms {r.spread:>7,.1f}ms {target:>7}ms  {r.note}{flag}")
    print(f"\npeak memory of the bench process: {peak:,.0f} MiB; results in {HERE / 'out' / 'results.json'}")


if __name__ == "__main__":
    main()
