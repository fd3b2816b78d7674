"""Build a self-contained foiatrack for the platform this runs on: no Python or uv needed where it is used.

    uv run python packaging/build.py            # -> dist/ (see the README, "Download and install")

- Linux: ``foiatrack-VERSION-linux-ARCH.tar.gz`` holding the program folder, ``foiatrack.desktop``, the
  icon and ``install.sh`` (puts a menu entry and a ``foiatrack`` command in the user's own folders).
- macOS: ``foiatrack.app`` (and a ``.dmg`` when ``hdiutil`` is there, as on every Mac).
- Windows: the program folder, and ``foiatrack-VERSION-setup.exe`` when Inno Setup's ``iscc`` is on PATH.

The same script runs on all three; the continuous-integration workflow in ``.github/workflows/`` calls it on
each platform's runner.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import struct
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from foiatrack import __version__  # noqa: E402  (after the path is set, for a run from anywhere)

SVG_ICON = ROOT / "resources" / "icons" / "foiatrack.svg"
DESKTOP_ENTRY = ROOT / "packaging" / "linux" / "foiatrack.desktop"
INSTALL_SCRIPT = ROOT / "packaging" / "linux" / "install.sh"
INNO_SCRIPT = ROOT / "packaging" / "windows" / "foiatrack.iss"


def platform_tag() -> str:
    """``linux-x86_64``, ``macos-arm64``, ``windows-x86_64``: the name part that says where a build runs."""
    machine = platform.machine().lower()
    machine = {"amd64": "x86_64", "aarch64": "arm64"}.get(machine, machine)
    system = {"darwin": "macos", "win32": "windows"}.get(sys.platform, "linux")
    return f"{system}-{machine}"


def render_icon_png(size: int) -> bytes:
    """The SVG icon drawn at *size* pixels, as PNG bytes (Qt renders it, so no image library is needed)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])  # QImage painting needs an application
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(SVG_ICON)).render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def write_ico(path: Path) -> None:
    """A Windows .ico holding PNG images (allowed since Windows Vista) at the sizes Explorer asks for."""
    sizes = (16, 24, 32, 48, 64, 128, 256)
    images = [render_icon_png(size) for size in sizes]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries = b""
    for size, image in zip(sizes, images, strict=True):
        # Width and height 0 mean 256 in the ICO directory.
        entries += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(image), offset)
        offset += len(image)
    path.write_bytes(header + entries + b"".join(images))


def write_icns(path: Path) -> None:
    """A macOS .icns holding PNG images (the ic07-ic10 types: 128, 256, 512 and 1024 pixels)."""
    chunks = b""
    for kind, size in ((b"ic07", 128), (b"ic08", 256), (b"ic09", 512), (b"ic10", 1024)):
        image = render_icon_png(size)
        chunks += kind + struct.pack(">I", len(image) + 8) + image
    path.write_bytes(b"icns" + struct.pack(">I", len(chunks) + 8) + chunks)


def build_bundle(dist: Path, work: Path, icon: Path | None, info: Path) -> Path:
    """Run PyInstaller on packaging/foiatrack.spec; returns the program folder (or the .app on macOS)."""
    import PyInstaller.__main__

    os.environ["FOIATRACK_BUILD_INFO"] = str(info)
    os.environ["FOIATRACK_BUILD_VERSION"] = __version__
    os.environ["FOIATRACK_BUILD_ICON"] = str(icon) if icon else ""
    PyInstaller.__main__.run([
        str(ROOT / "packaging" / "foiatrack.spec"), "--noconfirm", "--clean", "--log-level", "WARN",
        "--distpath", str(dist), "--workpath", str(work),
    ])
    if sys.platform == "darwin":
        return dist / "foiatrack.app"
    return dist / "foiatrack"


def package_linux(program: Path, dist: Path, tag: str, icon_png: Path) -> Path:
    """The tarball a Linux user downloads: unpack anywhere, run ``./foiatrack/foiatrack`` or ``install.sh``."""
    name = f"foiatrack-{__version__}-{tag}"
    staging = dist / name
    if staging.exists():
        shutil.rmtree(staging)
    staging.mkdir()
    shutil.copytree(program, staging / "foiatrack", symlinks=True)
    shutil.copy2(DESKTOP_ENTRY, staging / "foiatrack.desktop")
    shutil.copy2(icon_png, staging / "foiatrack.png")
    shutil.copy2(INSTALL_SCRIPT, staging / "install.sh")
    (staging / "install.sh").chmod(0o755)
    archive = dist / f"{name}.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        tar.add(staging, arcname=name)
    return archive


def package_windows(program: Path, dist: Path, icon_ico: Path) -> Path | None:
    """The per-user installer, when Inno Setup is installed (it is on GitHub's Windows runners)."""
    iscc = shutil.which("iscc") or shutil.which("ISCC")
    if iscc is None:
        print("Inno Setup's iscc is not on PATH: the program folder is built, the installer is not.")
        return None
    subprocess.run([iscc, f"/DAppVersion={__version__}", f"/DSourceDir={program}", f"/DIconFile={icon_ico}",
                    f"/DOutputDir={dist}", str(INNO_SCRIPT)], check=True)
    return dist / f"foiatrack-{__version__}-setup.exe"


def package_macos(app: Path, dist: Path) -> Path | None:
    """A compressed disk image of the .app, when ``hdiutil`` is there (every Mac has it)."""
    hdiutil = shutil.which("hdiutil")
    if hdiutil is None:
        return None
    image = dist / f"foiatrack-{__version__}-{platform_tag()}.dmg"
    image.unlink(missing_ok=True)
    subprocess.run([hdiutil, "create", "-volname", "foiatrack", "-srcfolder", str(app), "-ov", "-format", "UDZO",
                    str(image)], check=True)
    return image


def folder_size(path: Path) -> int:
    return sum(item.stat().st_size for item in path.rglob("*") if item.is_file() and not item.is_symlink())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the build goes (default: dist/)")
    options = parser.parse_args(argv)
    dist: Path = options.dist.resolve()
    dist.mkdir(parents=True, exist_ok=True)
    tag = platform_tag()
    with tempfile.TemporaryDirectory(prefix="foiatrack-build-") as scratch:
        scratch_dir = Path(scratch)
        info = scratch_dir / "build-info.json"
        info.write_text(json.dumps({"built_on": dt.date.today().isoformat(), "platform": tag}), encoding="utf-8")
        icon_png = scratch_dir / "foiatrack.png"
        icon_png.write_bytes(render_icon_png(256))
        icon: Path | None = None
        if sys.platform == "win32":
            icon = scratch_dir / "foiatrack.ico"
            write_ico(icon)
        elif sys.platform == "darwin":
            icon = scratch_dir / "foiatrack.icns"
            write_icns(icon)
        program = build_bundle(dist, scratch_dir / "work", icon, info)
        print(f"program: {program} ({folder_size(program) / 2**20:.0f} MiB)")
        if sys.platform == "win32":
            assert icon is not None
            made = package_windows(program, dist, icon)
        elif sys.platform == "darwin":
            made = package_macos(program, dist)
        else:
            made = package_linux(program, dist, tag, icon_png)
        if made is not None:
            print(f"download: {made} ({made.stat().st_size / 2**20:.0f} MiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
