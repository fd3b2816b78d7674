"""Backups and restores: consistent copies of the whole database (requests, events and every attached file).

Copies use SQLite's online backup API, so a backup taken while the app or another process is writing is
still a consistent snapshot. Every copy is checked (``PRAGMA integrity_check``) before it is trusted, is
written under a temporary name and renamed into place, and is created readable by its owner only. A restore
refuses files that are damaged, not foiatrack databases, or from a newer foiatrack, and keeps the database
it replaces beside it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import sqlite3
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from foiatrack.core.errors import UserError
from foiatrack.services.paths import backups_dir
from foiatrack.services.settings import Versioned
from foiatrack.store.database import Database
from foiatrack.store.revisions import head_revision, known_revisions
from foiatrack.store.settings import edit_setting, get_versioned

AUTO_BACKUP_KEEP_KEY = "auto_backup_keep"
DEFAULT_AUTO_BACKUP_KEEP = 7
AUTO_BACKUP_PREFIX = "foiatrack-auto-"
SQLITE_HEADER = b"SQLite format 3\x00"


@dataclass(frozen=True, slots=True)
class BackupInfo:
    path: Path
    size: int
    requests: int
    events: int
    schema: str


def _require_sqlite(db: Database) -> Path:
    path = db.path
    if path is None:
        raise UserError("backup: this is a server database; back it up with the server's own tools (pg_dump)")
    return path


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True  # someone else's process, or a platform without signals: leave its file alone
    return True


def remove_stale_partials(target: Path) -> None:
    """Remove ``.<name>.partial-PID`` files a killed backup left beside *target* (their writer is gone)."""
    prefix = f".{target.name}.partial-"
    with contextlib.suppress(OSError):
        for candidate in target.parent.iterdir():
            name = candidate.name
            if name.startswith(prefix) and name[len(prefix):].isdigit():
                pid = int(name[len(prefix):])
                if pid != os.getpid() and not _pid_alive(pid):
                    with contextlib.suppress(OSError):
                        candidate.unlink()


def _private_temp(target: Path) -> Path:
    remove_stale_partials(target)
    temp = target.with_name(f".{target.name}.partial-{os.getpid()}")
    with contextlib.suppress(FileNotFoundError):
        temp.unlink()
    fd = os.open(temp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)
    return temp


def _sqlite(connection: object) -> sqlite3.Connection:
    """The driver's own connection of a SQLite database (these paths run only on SQLite)."""
    assert isinstance(connection, sqlite3.Connection), type(connection)
    return connection


def _copy_database(source: sqlite3.Connection, target: Path) -> None:
    """Snapshot *source* into *target* atomically (temporary file, check, fsync, rename)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    temp = _private_temp(target)
    try:
        destination = sqlite3.connect(temp)
        try:
            source.backup(destination)
            destination.execute("PRAGMA journal_mode = DELETE")  # a single self-contained file
            problems = _integrity_problems(destination)
            if problems:
                raise UserError(f"backup: the copy failed its integrity check ({problems}); nothing was written")
        finally:
            destination.close()
        with open(temp, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(temp, target)
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()


def _integrity_problems(connection: sqlite3.Connection, quick: bool = False) -> str:
    rows = connection.execute("PRAGMA quick_check" if quick else "PRAGMA integrity_check").fetchall()
    messages = [row[0] for row in rows]
    return "" if messages == ["ok"] else "; ".join(messages[:3])


def backup_database(db: Database, target: str | os.PathLike[str]) -> BackupInfo:
    """Write a consistent, checked copy of *db* to *target* (never a half-written file)."""
    source_path = _require_sqlite(db)
    target_path = Path(target).expanduser().resolve()
    if target_path == source_path.resolve():
        raise UserError("backup: the backup file must not be the database itself")
    if target_path.is_dir():
        raise UserError(f"backup: {target_path} is a folder; give a file name such as foiatrack-backup.db")
    raw = db.engine.raw_connection()
    try:
        _copy_database(_sqlite(raw.driver_connection), target_path)
    finally:
        raw.close()
    return inspect_backup(target_path)


def inspect_backup(path: str | os.PathLike[str]) -> BackupInfo:
    """Check that *path* is an intact foiatrack database this version can open; describe it.

    Raises:
        UserError: the file is missing, not SQLite, damaged, not foiatrack's, or from a newer version.
    """
    file = Path(path)
    try:
        with open(file, "rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        raise UserError(f"restore: {file} does not exist") from None
    except OSError as exc:
        raise UserError(f"restore: {file} cannot be read ({exc.strerror or exc})") from None
    if header != SQLITE_HEADER:
        raise UserError(f"restore: {file} is not a foiatrack backup (not a SQLite database)")
    connection = sqlite3.connect(f"file:{file}?mode=ro", uri=True)
    try:
        problems = _integrity_problems(connection)
        if problems:
            raise UserError(f"restore: {file} is damaged ({problems})")
        tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if not {"alembic_version", "requests", "events"} <= tables:
            raise UserError(f"restore: {file} is not a foiatrack database")
        versions = connection.execute("SELECT version_num FROM alembic_version").fetchall()
        if len(versions) != 1:
            raise UserError(f"restore: {file} is not a complete foiatrack database (its schema version is "
                            f"{'missing' if not versions else 'ambiguous'})")
        schema = versions[0][0]
        if schema not in known_revisions():
            raise UserError(f"restore: {file} comes from a newer version of foiatrack (schema {schema}); "
                            "update foiatrack first")
        requests = connection.execute("SELECT count(*) FROM requests").fetchone()[0]
        events = connection.execute("SELECT count(*) FROM events").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise UserError(f"restore: {file} is damaged or not a database ({exc})") from None
    finally:
        connection.close()
    missing = _whole_schema_problems(file, schema)
    if missing:
        raise UserError(f"restore: {file} is not a complete foiatrack database ({'; '.join(missing[:3])}); "
                        "nothing was changed")
    return BackupInfo(file, file.stat().st_size, requests, events, schema)


def _whole_schema_problems(file: Path, schema: str) -> list[str]:
    """Every table and column the program needs, checked before anything is replaced. A backup from an
    older version is checked as it will be after its upgrade: on a private temporary copy."""
    from sqlalchemy import create_engine

    from foiatrack.store.database import open_database
    from foiatrack.store.schema_check import schema_problems

    if schema == head_revision():
        engine = create_engine(f"sqlite:///file:{file}?mode=ro&uri=true")
        try:
            with engine.connect() as connection:
                return schema_problems(connection)
        finally:
            engine.dispose()
    import tempfile

    with tempfile.TemporaryDirectory(prefix="foiatrack-check-") as folder:
        copy = Path(folder) / "upgrade-check.db"
        source = sqlite3.connect(f"file:{file}?mode=ro", uri=True)
        destination = sqlite3.connect(copy)
        try:
            source.backup(destination)
        finally:
            destination.close()
            source.close()
        try:
            upgraded = open_database(copy)
        except UserError as error:
            return [error.message.replace(str(copy), "the backup")]
        except Exception as exc:
            return [f"its upgrade to the current schema fails ({type(exc).__name__})"]
        try:
            with upgraded.engine.connect() as connection:
                return schema_problems(connection)
        finally:
            upgraded.close()


def restore_database(database_path: str | os.PathLike[str], backup: str | os.PathLike[str]) -> Path | None:
    """Replace the database at *database_path* with *backup*; returns where the replaced one was kept.

    The backup is checked before anything is touched. The current database (if any) is first copied
    aside as ``<name>.replaced-<timestamp>.db``; the backup is then copied in with the backup API, which
    writes the destination in one transaction, so other connections never see a half-restored file.
    """
    info = inspect_backup(backup)
    target = Path(database_path).expanduser().resolve()
    if target == info.path.resolve():
        raise UserError("restore: the backup is the database itself")
    target.parent.mkdir(parents=True, exist_ok=True)
    with _restore_lock(target):
        return _restore_locked(target, info)


@contextlib.contextmanager
def _restore_lock(target: Path) -> Iterator[None]:
    """One restore of a database at a time (across processes): a second one waits for the first, then
    keeps what the first restored as its own replaced copy."""
    lock_path = target.with_name(f".{target.name}.restore-lock")
    fd = os.open(lock_path, os.O_CREAT | os.O_RDWR, 0o600)
    try:
        if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
            import msvcrt

            msvcrt.locking(fd, msvcrt.LK_LOCK, 1)
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # closing releases the lock


def unique_kept_path(target: Path) -> Path:
    """A new file beside *target* for the database a restore replaces, created here (exclusively), so no
    two restores, even in the same second or the same process, can ever write the same kept copy."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    suffix = target.suffix or ".db"
    for attempt in range(1, 1000):
        name = f"{target.stem}.replaced-{stamp}{'' if attempt == 1 else f'-{attempt}'}{suffix}"
        candidate = target.with_name(name)
        try:
            os.close(os.open(candidate, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
        except FileExistsError:
            continue
        return candidate
    raise UserError(f"restore: too many replaced copies of {target.name} in one second; try again")


def _restore_locked(target: Path, info: BackupInfo) -> Path | None:
    kept: Path | None = None
    if target.exists() and target.stat().st_size > 0:
        kept = unique_kept_path(target)
        try:
            _keep_aside(target, kept)
        except BaseException:
            with contextlib.suppress(OSError):
                if kept.stat().st_size == 0:
                    kept.unlink()  # the name we reserved, never written
            raise
    else:
        target.parent.mkdir(parents=True, exist_ok=True)
        if not target.exists():
            os.close(os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    source = sqlite3.connect(f"file:{info.path}?mode=ro", uri=True)
    destination = sqlite3.connect(target, timeout=30)
    try:
        source.backup(destination)
    finally:
        destination.close()
        source.close()
    return kept


def _keep_aside(target: Path, kept: Path) -> None:
    if not _keep_consistent_copy(target, kept):
        # The database being replaced is damaged (that is often why one restores): keep its bytes
        # as they are, and start the restore from an empty file.
        _keep_raw_copy(target, kept)
        for path in (target, *_sidecars(target)):
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
        os.close(os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))


def _sidecars(path: Path) -> tuple[Path, Path]:
    return path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")


def _keep_consistent_copy(source: Path, kept: Path) -> bool:
    """Copy a healthy database aside with the backup API; False when it is too damaged to read."""
    current = sqlite3.connect(source)
    try:
        _copy_database(current, kept)
        return True
    except (sqlite3.DatabaseError, UserError):
        return False
    finally:
        current.close()


def _keep_raw_copy(source: Path, kept: Path) -> None:
    """Copy a damaged database's files byte for byte (with its write-ahead log, if any)."""
    temp = _private_temp(kept)
    shutil.copyfile(source, temp)
    os.replace(temp, kept)
    wal = _sidecars(source)[0]
    if wal.exists():
        shutil.copyfile(wal, kept.with_name(kept.name + "-wal"))


def auto_backup_keep(db: Database) -> int:
    return read_auto_backup_keep(db).value


def read_auto_backup_keep(db: Database) -> Versioned[int]:
    with db.read_session() as session:
        keep, version = get_versioned(session, AUTO_BACKUP_KEEP_KEY, DEFAULT_AUTO_BACKUP_KEEP)
    return Versioned(int(keep), version)


def set_auto_backup_keep(db: Database, keep: int, *, expected_version: int) -> int:
    """Save how many daily backups to keep over the version the editor read (ConflictError if it
    changed); returns the new version."""
    if not 0 <= keep <= 365:
        raise UserError("auto_backup_keep: give how many daily backups to keep, 0 (off) to 365",
                        field="auto_backup_keep")
    with db.session() as session:
        return edit_setting(session, AUTO_BACKUP_KEEP_KEY, keep, expected_version=expected_version,
                            label="automatic backups")


def automatic_backup(db: Database, folder: Path | None = None, today: dt.date | None = None) -> Path | None:
    """Take today's rotating backup if there is none yet; keep the newest N (setting, default 7).

    Returns the new backup's path, or None when today's exists, backups are off, or the database is a
    server database.
    """
    if db.path is None:
        return None
    keep = auto_backup_keep(db)
    if keep == 0:
        return None
    folder = folder or backups_dir()
    today = today or dt.date.today()
    stem = db.path.stem
    target = folder / f"{AUTO_BACKUP_PREFIX}{stem}-{today.isoformat()}.db"
    if target.exists():
        return None
    backup_database(db, target)
    existing = sorted(folder.glob(f"{AUTO_BACKUP_PREFIX}{stem}-*.db"))
    for old in existing[:-keep]:
        old.unlink()
    return target


def latest_automatic_backup(database_path: Path, folder: Path | None = None) -> Path | None:
    folder = folder or backups_dir()
    found = sorted(folder.glob(f"{AUTO_BACKUP_PREFIX}{database_path.stem}-*.db"))
    return found[-1] if found else None


def check_database(db: Database, quick: bool = True) -> str:
    """'' when the database passes SQLite's integrity check, else the first problems found.

    A server database has no such check: its schema is compared with the program's (every table and
    column, the schema version) and every table is read through.
    """
    if not db.is_sqlite:
        from foiatrack.store.schema_check import schema_problems, unreadable_tables

        with db.engine.connect() as connection:
            problems = schema_problems(connection) or unreadable_tables(connection)
        return "; ".join(problems[:3])
    raw = db.engine.raw_connection()
    try:
        return _integrity_problems(_sqlite(raw.driver_connection), quick=quick)
    finally:
        raw.close()


__all__ = ["BackupInfo", "automatic_backup", "backup_database", "check_database", "head_revision",
           "inspect_backup", "latest_automatic_backup", "restore_database"]
