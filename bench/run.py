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
from dataclasses import asdict, dataclass, field
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
    # The CPU time of the same runs (user + system of the process doing the work): on a shared, loaded
    # machine the wall clock mostly measures the other work, the CPU time what the step itself costs.
    cpu_ms: list[float] = field(default_factory=list)
    load: float = field(default_factory=lambda: os.getloadavg()[0])

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


def timed_cpu(function: Callable[[], object], runs: int) -> tuple[list[float], list[float]]:
    """Wall and CPU milliseconds of each run, this process and the children it waited for alike."""
    def cpu() -> float:
        own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
        return (own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime) * 1000

    wall, used = [], []
    for _ in range(runs):
        started, before = time.perf_counter(), cpu()
        function()
        wall.append((time.perf_counter() - started) * 1000)
        used.append(cpu() - before)
    return wall, used


def _requests(db: Database) -> str:
    """How many requests the database holds, for the step names ("50,000 rows")."""
    from sqlalchemy import func, select

    from foiatrack.store.schema import RequestRow

    with db.read_session() as session:
        return f"{session.scalar(select(func.count()).select_from(RequestRow)):,}"


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
    wall, cpu = timed_cpu(run, runs)
    return Result(f"command line: foiatrack list ({_requests(db)} rows, process start to exit)", 1000, wall,
                  cpu_ms=cpu)


@step
def cli_list_overdue(db: Database, path: Path, runs: int) -> Result:
    command = [sys.executable, "-m", "foiatrack", "--db", str(path), "list", "--overdue", "--json"]
    wall, cpu = timed_cpu(lambda: subprocess.run(command, stdout=subprocess.DEVNULL, check=True, cwd=ROOT), runs)
    overdue = len(json.loads(subprocess.run(command, capture_output=True, check=True, cwd=ROOT).stdout))
    return Result("command line: foiatrack list --overdue --json", 1000, wall, f"{overdue:,} overdue requests",
                  cpu_ms=cpu)


@step
def open_request(db: Database, path: Path, runs: int) -> Result:
    from foiatrack.services.queries import request_detail

    detail = request_detail(db, 1)
    wall, cpu = timed_cpu(lambda: request_detail(db, 1), runs)
    return Result("open a request with 50 events (service)", 100, wall, f"{len(detail.events)} events", cpu_ms=cpu)


@step
def full_text_search(db: Database, path: Path, runs: int) -> Result:
    from foiatrack.services.search import search

    queries = ["facial recognition", "detention standards", "exemptions b6", "licence plate", "asylum"]
    times, cpu = [], []
    for _ in range(runs):
        for query in queries:
            wall, used = timed_cpu(lambda q=query: search(db, q), 1)  # type: ignore[misc]
            times.extend(wall)
            cpu.extend(used)
    return Result("full-text search (5 queries, each)", 100, times, cpu_ms=cpu)


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


_gui: dict[str, object] = {}


def _gui_measurements(path: Path, runs: int) -> dict[str, object]:
    """Run the app once on *path* (offscreen, fresh settings) and collect every GUI figure."""
    if not _gui:
        settings_home = tempfile.mkdtemp(prefix="foiatrack-bench-gui-")
        started = time.time()
        completed = subprocess.run(
            [sys.executable, str(HERE / "gui_child.py"), str(path), str(runs)], capture_output=True, text=True,
            cwd=ROOT, check=True, env=_child_env(settings_home),
        )
        shutil.rmtree(settings_home, ignore_errors=True)
        document = json.loads(completed.stdout.strip().splitlines()[-1])
        document["start_to_dashboard_ms"] = (document["ready_wall"] - started) * 1000
        _gui.update(document)
    return _gui


def _child_env(settings_home: str) -> dict[str, str]:
    """Offscreen Qt, fresh settings, and bytecode caches allowed (as an installed app has them)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": settings_home, "HOME": settings_home}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


@step
def app_start(db: Database, path: Path, runs: int) -> Result:
    """``foiatrack gui --exit-when-ready`` against a bare PySide6 window with a table, alternately.

    Both are whole processes timed from outside (start to exit); each pair runs back to back, the order
    alternating, so a busy machine slows both alike. The note gives the bare window's median and the
    median of the per-pair ratios, and the floor: the bare window after importing SQLAlchemy's ORM
    (``bare_window.py --with-database``), started with each pair, as the least any app built on the two
    libraries can take.
    """
    settings_home = tempfile.mkdtemp(prefix="foiatrack-bench-start-")
    env = _child_env(settings_home)
    app = [sys.executable, "-m", "foiatrack", "--db", str(path), "gui", "--exit-when-ready"]
    bare = [sys.executable, str(HERE / "bare_window.py")]
    floor = [*bare, "--with-database"]

    def wall(command: list[str]) -> tuple[float, float, float]:
        """Wall milliseconds, the child's own figure, and the CPU milliseconds (user + system) it used."""
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        completed = subprocess.run(command, capture_output=True, text=True, check=True, cwd=ROOT, env=env)
        elapsed = (time.perf_counter() - started) * 1000
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) * 1000
        return elapsed, float(completed.stdout.strip().splitlines()[-1]), cpu

    try:
        wall(app), wall(bare), wall(floor)  # warm the file cache and the bytecode caches
        app_ms, bare_ms, ready_ms, app_cpu, bare_cpu, floor_cpu = [], [], [], [], [], []
        for pair in range(max(runs, 5)):
            first, second = (app, bare) if pair % 2 == 0 else (bare, app)
            one, two = wall(first), wall(second)
            (whole, ready, cpu), (yard, _, yard_cpu) = (one, two) if first is app else (two, one)
            app_ms.append(whole)
            ready_ms.append(ready)
            bare_ms.append(yard)
            app_cpu.append(cpu)
            bare_cpu.append(yard_cpu)
            floor_cpu.append(wall(floor)[2])
    finally:
        shutil.rmtree(settings_home, ignore_errors=True)
    ratio = statistics.median(a / b for a, b in zip(app_ms, bare_ms, strict=True))
    cpu_ratio = statistics.median(a / b for a, b in zip(app_cpu, bare_cpu, strict=True))
    floor_ratio = statistics.median(f / b for f, b in zip(floor_cpu, bare_cpu, strict=True))
    # On a shared machine the wall clock mostly measures the other work; the CPU time each process
    # itself used (user + system) is what the code costs, so its ratio is reported beside the wall one.
    return Result("app: process start to dashboard filled and exit (gui --exit-when-ready)", 1000, app_ms,
                  f"bare PySide6 window {statistics.median(bare_ms):,.0f} ms; ratio {ratio:.1f}x (target <= 3x); "
                  f"ready at {statistics.median(ready_ms):,.0f} ms by the app's own clock; CPU time "
                  f"{statistics.median(app_cpu):,.0f} ms against {statistics.median(bare_cpu):,.0f} ms, "
                  f"ratio {cpu_ratio:.1f}x; floor (bare window + SQLAlchemy ORM import) CPU "
                  f"{statistics.median(floor_cpu):,.0f} ms, {floor_ratio:.1f}x the bare window; "
                  f"load average {os.getloadavg()[0]:.1f}", cpu_ms=app_cpu)


@step
def app_start_alone(db: Database, path: Path, runs: int) -> Result:
    """``foiatrack gui --exit-when-ready`` alone, *runs* times after one warm-up: the whole process's wall
    and CPU time. Cheaper than app_start (no bare window, no five pairs) for the largest databases."""
    settings_home = tempfile.mkdtemp(prefix="foiatrack-bench-start-")
    env = _child_env(settings_home)
    app = [sys.executable, "-m", "foiatrack", "--db", str(path), "gui", "--exit-when-ready"]
    ready: list[float] = []

    def run() -> None:
        completed = subprocess.run(app, capture_output=True, text=True, check=True, cwd=ROOT, env=env)
        ready.append(float(completed.stdout.strip().splitlines()[-1]))

    try:
        run()
        ready.clear()
        wall, cpu = timed_cpu(run, runs)
    finally:
        shutil.rmtree(settings_home, ignore_errors=True)
    return Result("app: process start to dashboard filled and exit, alone", 1000, wall,
                  f"ready at {statistics.median(ready):,.0f} ms by the app's own clock", cpu_ms=cpu)


def _cpu_note(figures: dict[str, object], key: str) -> str:
    """The median CPU time of a GUI step (the process's, all threads) and the load it ran under."""
    values = figures.get(key) or []
    median = statistics.median(values) if values else float("nan")  # type: ignore[arg-type]
    return f"CPU time {median:,.0f} ms; load average {os.getloadavg()[0]:.1f}"


@step
def dashboard_refresh(db: Database, path: Path, runs: int) -> Result:
    figures = _gui_measurements(path, runs)
    return Result("app: dashboard refresh (lists and statistics)", 50, figures["dashboard_refresh_ms"],  # type: ignore[arg-type]
                  _cpu_note(figures, "dashboard_refresh_cpu_ms"), cpu_ms=figures["dashboard_refresh_cpu_ms"])  # type: ignore[arg-type]


@step
def dashboard_refresh_after_change(db: Database, path: Path, runs: int) -> Result:
    figures = _gui_measurements(path, runs)
    return Result("app: dashboard refresh after one event logged", 50,
                  figures["dashboard_after_change_ms"],  # type: ignore[arg-type]
                  _cpu_note(figures, "dashboard_after_change_cpu_ms"),
                  cpu_ms=figures["dashboard_after_change_cpu_ms"])  # type: ignore[arg-type]


@step
def dashboard_lists_service(db: Database, path: Path, runs: int) -> Result:
    """The dashboard's action lists, late counts and status counts read again without the answer
    remembered while the database is unchanged (the private function), with no agency changed: the
    counts come from each agency's remembered part and the lists are read again. What a refresh after a
    change pays is ``dashboard_after_change``.
    """
    import datetime as dt

    from foiatrack.services.statistics import DEFAULT_LIST_LIMIT, _dashboard_lists

    today = dt.date.today()

    def run() -> object:
        return _dashboard_lists(db, today, True, 30, DEFAULT_LIST_LIMIT)

    lists = run()  # warm the page cache
    wall, cpu = timed_cpu(run, runs)
    return Result("dashboard lists and counts, in the service, read again, no agency changed", None, wall,
                  f"{lists.overdue_total:,} overdue, {len(lists.overdue)} listed", cpu_ms=cpu)  # type: ignore[attr-defined]


@step
def statistics_service(db: Database, path: Path, runs: int) -> Result:
    """Every agency's statistics read in full (nothing remembered, not even per agency)."""
    import datetime as dt

    from foiatrack.services.statistics import _compute_statistics

    today = dt.date.today()

    def run() -> object:
        return _compute_statistics(db, today, True, None)

    stats = run()
    wall, cpu = timed_cpu(run, runs)
    return Result("per-agency statistics, in the service, read in full", None, wall,
                  f"{len(stats.agencies):,} agencies, {stats.overall.requests:,} requests", cpu_ms=cpu)  # type: ignore[attr-defined]


@step
def dashboard_after_change(db: Database, path: Path, runs: int) -> Result:
    """What a user pays after a typical change: one event logged on one request through the services
    (not timed; every third run the request is edited instead, its notes), then the dashboard read again
    as the app's refresh reads it (the lists and counts, then the per-agency statistics, through the
    services' public functions). Each run changes a request of another agency. The last answer is
    checked against a full reading (nothing remembered)."""
    import datetime as dt

    from one_change import edit_one, log_one, waiting_requests

    from foiatrack.services.statistics import (
        DEFAULT_LIST_LIMIT,
        _compute_statistics,
        _dashboard_lists,
        agency_statistics,
        dashboard_lists,
    )

    today = dt.date.today()
    candidates = waiting_requests(db, runs * 4)

    def refresh() -> tuple[object, object]:
        return dashboard_lists(db, today), agency_statistics(db, today)

    refresh()  # the dashboard as first shown: read in full, then remembered
    wall: list[float] = []
    cpu: list[float] = []
    changed = []
    for run in range(runs):
        changed.append(edit_one(db, candidates.pop(0)) if run % 3 == 2 else log_one(db, candidates, today))
        one_wall, one_cpu = timed_cpu(refresh, 1)
        wall.extend(one_wall)
        cpu.extend(one_cpu)
    lists, stats = refresh()
    same = (lists == _dashboard_lists(db, today, True, 30, DEFAULT_LIST_LIMIT)
            and stats == _compute_statistics(db, today, True, None))
    return Result("dashboard refresh after one event logged or request edited (lists, counts, statistics; "
                  "service)", 50, wall,
                  f"requests changed: {', '.join(map(str, changed))}; equal to a full reading: {same}; "
                  f"load average {os.getloadavg()[0]:.1f}", cpu_ms=cpu)


@step
def filter_keystroke(db: Database, path: Path, runs: int) -> Result:
    figures = _gui_measurements(path, runs)
    return Result("app: requests table filter, per keystroke", 50, figures["filter_keystroke_ms"],  # type: ignore[arg-type]
                  _cpu_note(figures, "filter_keystroke_cpu_ms"), cpu_ms=figures["filter_keystroke_cpu_ms"])  # type: ignore[arg-type]


@step
def sort_by_due(db: Database, path: Path, runs: int) -> Result:
    figures = _gui_measurements(path, runs)
    return Result("app: sort 50,000 rows by due date", None, figures["sort_due_ms"])  # type: ignore[arg-type]


@step
def open_request_page(db: Database, path: Path, runs: int) -> Result:
    figures = _gui_measurements(path, runs)
    return Result("app: open a request with 50 events", 100, figures["open_request_ms"],  # type: ignore[arg-type]
                  f"{figures['events_on_request_1']} events; {_cpu_note(figures, 'open_request_cpu_ms')}",
                  cpu_ms=figures["open_request_cpu_ms"])  # type: ignore[arg-type]


@step
def app_peak_memory(db: Database, path: Path, runs: int) -> Result:
    figures = _gui_measurements(path, runs)
    peak = float(figures["peak_rss_mib"])  # type: ignore[arg-type]
    return Result("app: peak memory (MiB, not ms)", 250, [peak], "resident set, whole app process")


@step
def letter_docx(db: Database, path: Path, runs: int) -> Result:
    return _letter(db, ".docx", runs)


@step
def letter_pdf(db: Database, path: Path, runs: int) -> Result:
    return _letter(db, ".pdf", runs)


def _complete_requests(db: Database, count: int) -> list[int]:
    """Requests with every field a letter may need (the generated ones leave justifications empty)."""
    import datetime as dt
    from decimal import Decimal

    from foiatrack.core.models import OrganisationProfile
    from foiatrack.core.vocabulary import FeeCategory
    from foiatrack.services.requests import NewRequest, RequestFields, file_request
    from foiatrack.services.settings import letterhead_problem, read_profile, save_profile

    letterhead = read_profile(db)
    if letterhead_problem(letterhead.value):  # letters for real requests need the user's letterhead
        save_profile(db, OrganisationProfile(name="Bench Signer", organisation="Bench Org",
                                             address="1 Bench Street\nOakland, CA 94607"),
                     expected_version=letterhead.version)

    fields = RequestFields(
        subject="Contracts with Clearview AI", records_sought="All contracts, licences and correspondence.",
        fee_category=FeeCategory.NEWS_MEDIA, fee_limit=Decimal("250"), fee_waiver_requested=True,
        fee_waiver_justification="Disclosure informs the public about ICE's use of facial recognition.",
        expedite_requested=True, expedite_justification="Urgency to inform the public.",
        preferred_format="PDF by email", requester_name="Alex Rivera", requester_organisation="Bench Org")
    return [file_request(db, NewRequest(agencies=("ICE",), fields=fields, sent_on=dt.date(2025, 11, 19),
                                        tracking_number=f"2026-ICFO-B{n}"))[0] for n in range(count)]


def _letter(db: Database, suffix: str, runs: int) -> Result:
    from foiatrack.services.letters import generate_letter

    folder = Path(tempfile.mkdtemp(prefix="foiatrack-bench-letters-"))
    counter = iter(range(10_000))
    (request_id,) = _complete_requests(db, 1)
    try:
        generate_letter(db, request_id, "federal-request", folder / f"warm{suffix}")
        times = timed(lambda: generate_letter(db, request_id, "federal-request",
                                              folder / f"l{next(counter)}{suffix}"), runs)
    finally:
        shutil.rmtree(folder)
    return Result(f"one letter ({suffix[1:].upper()}), rendered, written and logged", 200, times)


@step
def letters_batch(db: Database, path: Path, runs: int) -> Result:
    from foiatrack.services.letters import generate_letters

    folder = Path(tempfile.mkdtemp(prefix="foiatrack-bench-batch-"))
    ids = _complete_requests(db, 100)
    try:
        results: list[object] = []
        times = timed(lambda: results.extend(generate_letters(db, ids, "follow-up", folder)), 1)
        failed = [r for r in results if getattr(r, "error", "")]
        assert not failed, failed[:3]
    finally:
        shutil.rmtree(folder)
    return Result("100 letters for a batch (PDF, logged)", None, times)


@step
def import_50k_csv(db: Database, path: Path, runs: int) -> Result:
    from bench_import import generate as write_csv

    from foiatrack.services.exchange import import_file

    folder = Path(tempfile.mkdtemp(prefix="foiatrack-bench-import-"))
    try:
        csv_path = folder / "requests.csv"
        write_csv(csv_path, 50_000)
        target = open_workspace(folder / "import.db")
        times = timed(lambda: import_file(target, csv_path), 1)
        target.close()
    finally:
        shutil.rmtree(folder)
    return Result("import 50,000 CSV rows into a new database", 30_000, times)


def _export(path: Path, suffix: str, runs: int) -> tuple[list[float], list[float], float]:
    """Wall and CPU milliseconds of `foiatrack export` (the whole process, as a user runs it) and the
    largest peak resident memory of those processes, in MiB."""
    folder = Path(tempfile.mkdtemp(prefix="foiatrack-bench-export-"))
    target = folder / f"requests{suffix}"
    # The child reports its own peak: RUSAGE_CHILDREN would give the largest child of the whole bench.
    code = ("import resource, runpy, sys; sys.argv = ['foiatrack', '--db', sys.argv[1], 'export', sys.argv[2]]\n"
            "try:\n    runpy.run_module('foiatrack', run_name='__main__')\nexcept SystemExit as done:\n"
            "    assert not done.code, done.code\n"
            "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)")
    peaks: list[float] = []

    def run() -> None:
        done = subprocess.run([sys.executable, "-c", code, str(path), str(target)], capture_output=True, text=True,
                              check=True, cwd=ROOT)
        peaks.append(int(done.stderr.split()[-1]) / 1024)

    try:
        wall, cpu = timed_cpu(run, runs)
    finally:
        shutil.rmtree(folder)
    return wall, cpu, max(peaks)


@step
def export_xlsx(db: Database, path: Path, runs: int) -> Result:
    wall, cpu, peak = _export(path, ".xlsx", runs)
    return Result("command line: export every request and event to XLSX", 10_000, wall,
                  f"{_requests(db)} requests, peak memory {peak:,.0f} MiB", cpu_ms=cpu)


@step
def export_csv(db: Database, path: Path, runs: int) -> Result:
    wall, cpu, peak = _export(path, ".csv", runs)
    return Result("command line: export every request and event to CSV", None, wall,
                  f"{_requests(db)} requests, peak memory {peak:,.0f} MiB", cpu_ms=cpu)


def _letters(folder: Path) -> list[Path]:
    """A held-out set's fourteen letters (text, PDF, Word, e-mail) as the files an office sends, built in *folder*."""
    sys.path.insert(0, str(ROOT / "tests" / "intake"))
    from letter_files import materialise

    source = ROOT / "tests" / "intake" / "letters" / "heldout383"
    names = json.loads((source / "expected.json").read_text(encoding="utf-8"))
    return [materialise(source, name, folder) for name in names]


@step
def intake_letters(db: Database, path: Path, runs: int) -> Result:
    from foiatrack.services import intake
    from foiatrack.services.intake import read_item

    folder = Path(tempfile.mkdtemp(prefix="foiatrack-bench-"))
    try:
        letters = _letters(folder)
        read_item(db, letters[0])  # warm the imports and the compiled patterns
        wall, cpu = [], []
        for letter in letters:
            times, used = timed_cpu(lambda file=letter: read_item(db, file), max(1, runs // 2))  # type: ignore[misc]
            wall.extend(times)
            cpu.extend(used)

        def first_after_a_change() -> None:
            intake._KNOWN.clear()  # as after any commit: the caseload is read again
            read_item(db, letters[0])

        cold, cold_cpu = timed_cpu(first_after_a_change, max(1, runs // 2))
    finally:
        shutil.rmtree(folder)
    return Result(f"intake: read, understand and match one letter ({_requests(db)} requests)", 1000, wall,
                  f"14 letters of a held-out set (text, PDF, Word, e-mail), each; slowest {max(wall):,.0f} ms; the "
                  f"first letter after a change, requests read again: {statistics.median(cold):,.0f} ms (CPU "
                  f"{statistics.median(cold_cpu):,.0f} ms)", cpu_ms=cpu)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=HERE / "out" / "bench.db")
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--only", nargs="*", help="step names to run")
    parser.add_argument("--requests", type=int, default=50_000)
    parser.add_argument("--results", type=Path, default=HERE / "out" / "results.json",
                        help="where to write the figures (JSON)")
    args = parser.parse_args()
    args.db.parent.mkdir(parents=True, exist_ok=True)
    (HERE / "out").mkdir(exist_ok=True)
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
        try:
            results.append(function(db, args.db, args.runs))
        except Exception as error:  # one broken step must not lose the others' figures
            print(f"  {name} failed: {error}", flush=True)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    report = {
        "machine": {"python": platform.python_version(), "cpus": os.cpu_count(), "platform": platform.platform()},
        "database": str(args.db), "bench_process_peak_rss_mib": round(peak, 1),
        "results": [{**asdict(r), "median_ms": round(r.median, 1), "spread_ms": round(r.spread, 1),
                     "cpu_median_ms": round(statistics.median(r.cpu_ms), 1) if r.cpu_ms else None}
                    for r in results],
    }
    args.results.write_text(json.dumps(report, indent=2))
    print()
    print(f"{'step':<62} {'median':>10} {'spread':>9} {'cpu':>10} {'load':>5} {'target':>9}  note")
    for r in results:
        target = f"{r.target_ms:,.0f}" if r.target_ms else "-"
        flag = "" if r.target_ms is None or r.median <= r.target_ms else "  MISSED"
        cpu = f"{statistics.median(r.cpu_ms):>8,.1f}ms" if r.cpu_ms else f"{'-':>10}"
        print(f"{r.step:<62} {r.median:>8,.1f}ms {r.spread:>7,.1f}ms {cpu} {r.load:>5.1f} {target:>7}ms  "
              f"{r.note}{flag}")
    print(f"\npeak memory of the bench process: {peak:,.0f} MiB; results in {args.results}")


if __name__ == "__main__":
    main()
