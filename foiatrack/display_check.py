"""Can the desktop app start here? Checked before Qt is loaded, because Qt aborts the process (a core dump,
exit 134, a screenful about "xcb") when it finds no display or a library its X11 plugin needs is missing.

Qt-free on purpose: it runs for ``foiatrack`` with no command, before anything of PySide6 is imported.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

# What Qt's X11 ("xcb") plugin loads beyond the X basics, with the Debian/Ubuntu package of each. The
# PySide6 wheels bring Qt itself but not these system libraries.
XCB_LIBRARIES: tuple[tuple[str, str], ...] = (
    ("libxcb-cursor.so.0", "libxcb-cursor0"),
    ("libxcb-icccm.so.4", "libxcb-icccm4"),
    ("libxcb-keysyms.so.1", "libxcb-keysyms1"),
    ("libxcb-image.so.0", "libxcb-image0"),
    ("libxcb-render-util.so.0", "libxcb-render-util0"),
    ("libxcb-randr.so.0", "libxcb-randr0"),
    ("libxcb-shape.so.0", "libxcb-shape0"),
    ("libxcb-xkb.so.1", "libxcb-xkb1"),
    ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
)
CLI_HINT = "The command line works without a display: `foiatrack --help` lists the commands (e.g. `foiatrack list`)."


def _loadable(name: str) -> bool:
    try:
        ctypes.CDLL(name)
    except OSError:
        return False
    return True


def missing_xcb_packages(loadable: Callable[[str], bool] = _loadable) -> list[tuple[str, str]]:
    """The (library, package) pairs Qt's X11 plugin needs that cannot be loaded."""
    return [(library, package) for library, package in XCB_LIBRARIES if not loadable(library)]


def _x_server_reachable(display: str) -> bool:
    """A local display (``:0``) has its socket in /tmp/.X11-unix; remote ones are taken on trust."""
    host, _, rest = display.rpartition(":")
    if host not in ("", "unix") or not rest:
        return True
    number = rest.split(".")[0]
    return not number.isdigit() or Path(f"/tmp/.X11-unix/X{number}").exists()


def display_problem(env: Mapping[str, str] | None = None, platform: str = sys.platform,
                    loadable: Callable[[str], bool] = _loadable) -> str | None:
    """Why the desktop app cannot open a window here (one or two lines), or None when it can."""
    env = os.environ if env is None else env
    if not platform.startswith("linux") and not platform.startswith("freebsd"):
        return None  # Windows and macOS always have their own window system
    chosen = env.get("QT_QPA_PLATFORM", "").split(":")[0].split(";")[0].strip()
    if chosen and chosen not in ("xcb", "wayland", "wayland-egl"):
        return None  # offscreen, vnc, eglfs...: the user chose a platform that needs no desktop
    wayland = bool(env.get("WAYLAND_DISPLAY")) and chosen != "xcb"
    display = env.get("DISPLAY", "")
    if chosen.startswith("wayland") or (wayland and not chosen):
        return None if wayland else (
            "foiatrack: the desktop app needs a display, and WAYLAND_DISPLAY is not set.\n" + CLI_HINT)
    if not display:
        return "foiatrack: the desktop app needs a display (no DISPLAY is set: no desktop session here).\n" + CLI_HINT
    if not _x_server_reachable(display):
        return f"foiatrack: the desktop app needs a display, and none answers at DISPLAY={display}.\n" + CLI_HINT
    missing = missing_xcb_packages(loadable)
    if missing:
        libraries = ", ".join(library for library, _ in missing)
        packages = " ".join(package for _, package in missing)
        return (f"foiatrack: the desktop app needs Qt's X11 libraries, and {libraries} "
                f"{'is' if len(missing) == 1 else 'are'} missing (Debian/Ubuntu: sudo apt install {packages}).\n"
                + CLI_HINT)
    return None
