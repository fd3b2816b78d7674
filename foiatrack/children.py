"""Work on untrusted input done in a separate, limited process: the text of an attached PDF, and the
rendering of a user's letter template.

A hostile file can make a library take minutes and gigabytes; in the app's own process that would freeze
the window or exhaust the machine. A child process can be given a hard memory cap by the OS
(``RLIMIT_AS`` on Linux and the BSDs; macOS does not enforce it, and Windows has no such call here: there
only the time limit holds) and is killed when its time is up, whatever it was doing.

A Python install starts the child as ``python -m MODULE``; a built app (PyInstaller) has no ``-m``, so it
starts its own program with ``FOIATRACK_CHILD=MODULE`` in the environment, which the launcher runs
instead of the command line (:func:`run_child_from_environment`).
"""

from __future__ import annotations

import contextlib
import importlib
import os
import subprocess
import sys
import threading

CHILD_VARIABLE = "FOIATRACK_CHILD"
MEMORY_VARIABLE = "FOIATRACK_CHILD_MEMORY"
# Only these modules may be started as children (each has a ``main() -> int`` reading stdin).
CHILDREN = ("foiatrack.services.pdf_text", "foiatrack.letters.isolated")


# The child says it has started (Python loaded, its modules imported, its input read, its memory capped)
# by writing this byte first; the time limit counts from then, so a slow start on a busy machine does not
# eat into the time the work itself is allowed.
READY = b"\x06"
START_LIMIT_S = 60.0


class ChildTimeout(Exception):
    """The child did not finish within its time limit (or did not start) and was killed."""


def run_child(module: str, data: bytes, *, time_limit_s: float, memory_limit: int
              ) -> subprocess.CompletedProcess[bytes]:
    """Run *module*'s ``main`` in a child process with *data* on stdin, at most *memory_limit* bytes of
    address space and *time_limit_s* seconds from the moment it is ready (:func:`ready`); its output
    (after the ready byte) and exit code are returned.

    Raises:
        ChildTimeout: the time was up (the child is killed).
        OSError: the child could not be started.
    """
    if module not in CHILDREN:
        raise ValueError(f"not a child module: {module}")
    env = {**os.environ, MEMORY_VARIABLE: str(memory_limit), "PYTHONDONTWRITEBYTECODE": "1"}
    if getattr(sys, "frozen", False):
        command = [sys.executable]
        env[CHILD_VARIABLE] = module
    else:
        command = [sys.executable, "-m", module]
    child = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                             env=env)
    started, finished = threading.Event(), threading.Event()
    output: list[bytes] = []

    def feed() -> None:
        assert child.stdin is not None
        with contextlib.suppress(OSError), child.stdin:  # a child that died early closed its end
            child.stdin.write(data)

    def collect() -> None:
        assert child.stdout is not None
        with child.stdout:
            first = child.stdout.read(len(READY))
            started.set()
            output.append(child.stdout.read() if first == READY else first + child.stdout.read())
        finished.set()

    threads = [threading.Thread(target=work, daemon=True) for work in (feed, collect)]
    for thread in threads:
        thread.start()
    try:
        if not started.wait(START_LIMIT_S) or not finished.wait(time_limit_s):
            raise ChildTimeout(module)
    finally:
        if child.poll() is None and not finished.is_set():
            child.kill()
        returncode = child.wait()
        for thread in threads:  # the pipes close with the child, so both end at once
            thread.join()
    return subprocess.CompletedProcess(command, returncode, output[0], b"")


def ready() -> None:
    """In the child, once started and capped: tell the parent that its time limit starts now."""
    sys.stdout.buffer.write(READY)
    sys.stdout.buffer.flush()


def limit_memory() -> None:
    """In the child: cap its address space at what the parent asked (where the OS can)."""
    limit = int(os.environ.get(MEMORY_VARIABLE, "0"))
    try:
        import resource
    except ImportError:  # Windows: the parent's time limit still holds
        return
    if limit <= 0:
        return
    # A system that refuses the cap (macOS may) still has the parent's time limit.
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def run_child_from_environment() -> int | None:
    """For a built app's launcher: run the child named by FOIATRACK_CHILD, if any (None: not a child)."""
    module = os.environ.pop(CHILD_VARIABLE, None)
    if module is None:
        return None
    if module not in CHILDREN:
        return 2
    result: int = importlib.import_module(module).main()
    return result
