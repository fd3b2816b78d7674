"""Colours that follow the palette: one set for light and one for dark, each readable on its background.

Every colour the app paints text with comes from here, picked by :func:`is_dark` on the current
palette, so a dark system theme (or ``FOIATRACK_THEME=dark``) never puts dark red on near-black. Each
text colour has a contrast of at least 4.5:1 (WCAG AA) against the background it is drawn on; the tests
compute it. Status chips are small rounded labels: a tinted background with text of the same hue.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette

from foiatrack.core.vocabulary import Status

THEME_ENV = "FOIATRACK_THEME"  # "dark", "light" or unset (follow the system)


@dataclass(frozen=True, slots=True)
class Colours:
    """The app's colours for one palette (hex strings, usable in style sheets and HTML)."""

    text: str
    muted: str
    base: str
    window: str
    late: str  # overdue, errors, passed deadlines
    warning_text: str
    warning_background: str
    good: str
    bar: str  # chart bars
    bar_late: str
    chart_text: str
    chart_background: str
    grid: str


LIGHT = Colours(text="#1f1f1f", muted="#595959", base="#ffffff", window="#f3f3f3", late="#a40000",
                warning_text="#5c4400", warning_background="#fff3cd", good="#1d6b2f", bar="#2f5f9e",
                bar_late="#a40000", chart_text="#1f1f1f", chart_background="#ffffff", grid="#d0d0d0")
DARK = Colours(text="#e8e8e8", muted="#b0b0b0", base="#18191c", window="#34373c", late="#ff8a80",
               warning_text="#ffe08a", warning_background="#4a3b00", good="#8fd694", bar="#7aa7e6",
               bar_late="#ff8a80", chart_text="#e8e8e8", chart_background="#18191c", grid="#4a4d52")

# Chip colours per status group: (light text, light background, dark text, dark background).
_CHIPS: dict[str, tuple[str, str, str, str]] = {
    "late": ("#8a0000", "#fde2e1", "#ffb4ab", "#4d1513"),
    "waiting": ("#1f4f8a", "#e1ecfb", "#a8c8ff", "#17314f"),
    "paused": ("#6b4e00", "#fdf0c8", "#ffe08a", "#3d3200"),
    "adverse": ("#8a2a00", "#fde6d8", "#ffb68f", "#4a2210"),
    "done": ("#1d5c2a", "#dff3e3", "#9fe0a8", "#173a1e"),
    "neutral": ("#3d3d3d", "#e8e8e8", "#d6d6d6", "#3a3c40"),
}
_STATUS_GROUP: dict[Status, str] = {
    Status.DRAFT: "neutral", Status.SUBMITTED: "waiting", Status.ACKNOWLEDGED: "waiting",
    Status.IN_PROGRESS: "waiting", Status.RELEASED_IN_PART: "waiting", Status.APPEALED: "waiting",
    Status.WAITING_CLARIFICATION: "paused", Status.WAITING_FEES: "paused",
    Status.PARTIALLY_GRANTED: "adverse", Status.DENIED: "adverse", Status.NO_RECORDS: "adverse",
    Status.IN_LITIGATION: "adverse", Status.GRANTED: "done", Status.APPEAL_DECIDED: "done",
    Status.WITHDRAWN: "neutral", Status.CLOSED: "neutral",
}


def luminance(colour: str | QColor) -> float:
    """Relative luminance (WCAG 2.1)."""
    c = QColor(colour)

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())


def contrast(first: str | QColor, second: str | QColor) -> float:
    """WCAG contrast ratio of two colours (1 to 21)."""
    a, b = sorted((luminance(first), luminance(second)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def is_dark(palette: QPalette | None = None) -> bool:
    """True when the palette's window is dark (a dark theme)."""
    if palette is None:
        app = QGuiApplication.instance()
        palette = app.palette() if isinstance(app, QGuiApplication) else QPalette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def colours(palette: QPalette | None = None) -> Colours:
    return DARK if is_dark(palette) else LIGHT


def chip_colours(status: Status, palette: QPalette | None = None, *, late: bool = False) -> tuple[str, str]:
    """(text, background) of the status chip; a late request's chip is red whatever its status."""
    light_text, light_bg, dark_text, dark_bg = _CHIPS["late" if late else _STATUS_GROUP.get(status, "neutral")]
    return (dark_text, dark_bg) if is_dark(palette) else (light_text, light_bg)


def all_chip_colours() -> dict[str, tuple[str, str, str, str]]:
    return dict(_CHIPS)


def dark_palette() -> QPalette:
    """A dark palette for the Fusion style (``FOIATRACK_THEME=dark``, or a dark system theme Qt reports)."""
    c = DARK
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: c.window, QPalette.ColorRole.WindowText: c.text,
        QPalette.ColorRole.Base: c.base, QPalette.ColorRole.AlternateBase: "#26282b",
        QPalette.ColorRole.ToolTipBase: c.window, QPalette.ColorRole.ToolTipText: c.text,
        QPalette.ColorRole.PlaceholderText: "#8c8c8c", QPalette.ColorRole.Text: c.text,
        QPalette.ColorRole.Button: "#3a3c40", QPalette.ColorRole.ButtonText: c.text,
        QPalette.ColorRole.BrightText: "#ffffff", QPalette.ColorRole.Link: "#8ab4f8",
        QPalette.ColorRole.LinkVisited: "#c58af9", QPalette.ColorRole.Highlight: "#3d6fb4",
        QPalette.ColorRole.HighlightedText: "#ffffff", QPalette.ColorRole.Light: "#4a4d52",
        QPalette.ColorRole.Midlight: "#3f4246", QPalette.ColorRole.Mid: "#35373b",
        QPalette.ColorRole.Dark: "#1a1b1e", QPalette.ColorRole.Shadow: "#0d0d0d",
    }
    for role, value in roles.items():
        palette.setColor(role, QColor(value))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7a7a7a"))
    return palette


_OURS = "foiatrackDarkPalette"  # set on the application while it shows the app's own dark palette


def chosen_theme(theme: str | None = None) -> str:
    """``dark`` or ``light`` when chosen (argument, else ``FOIATRACK_THEME``); ``""`` follows the system."""
    value = (theme if theme is not None else os.environ.get(THEME_ENV, "")).strip().lower()
    return value if value in ("dark", "light") else ""


def system_scheme(app: QGuiApplication) -> Qt.ColorScheme:
    """What the desktop says (Qt 6.5+: light, dark or unknown)."""
    hints = app.styleHints()
    return hints.colorScheme() if hasattr(hints, "colorScheme") else Qt.ColorScheme.Unknown


def apply_theme(app: QGuiApplication, theme: str | None = None, scheme: Qt.ColorScheme | None = None) -> None:
    """Apply ``FOIATRACK_THEME`` (dark or light); unset follows the system's colour scheme (*scheme*,
    default what Qt reports).

    A desktop whose own palette is dark (KDE, macOS, Windows 11) keeps it: the app's colours are picked
    from it (:func:`colours`). A desktop that says "dark" while the style kept a light palette (Fusion on
    GNOME) gets the app's dark palette; when it says "light" again, the style's own palette comes back.
    """
    chosen = chosen_theme(theme)
    if not chosen:
        scheme = system_scheme(app) if scheme is None else scheme
        ours = bool(app.property(_OURS))
        if scheme == Qt.ColorScheme.Dark and (ours or not is_dark(app.palette())):
            chosen = "dark"
        elif scheme == Qt.ColorScheme.Light and ours:
            chosen = "light"
    if chosen:
        from PySide6.QtWidgets import QApplication

        if isinstance(app, QApplication):
            app.setStyle("Fusion")
        # type: ignore below: app.style() is never None once the QApplication exists
        app.setPalette(dark_palette() if chosen == "dark" else app.style().standardPalette())  # type: ignore[union-attr]
        app.setProperty(_OURS, chosen == "dark")
    mended = readable_palette(app.palette())
    if mended != app.palette():
        app.setPalette(mended)


def _towards(colour: QColor, target: QColor, against: QColor) -> QColor:
    """*colour* mixed step by step towards *target* until it reads at 4.5:1 on *against* (or is *target*)."""
    for step in range(11):
        share = step / 10
        mixed = QColor.fromRgbF(colour.redF() + (target.redF() - colour.redF()) * share,
                                colour.greenF() + (target.greenF() - colour.greenF()) * share,
                                colour.blueF() + (target.blueF() - colour.blueF()) * share)
        if contrast(mixed, against) >= 4.5:
            return mixed
    return QColor(target)


def readable_palette(palette: QPalette) -> QPalette:
    """*palette* with its selection and placeholder text made readable (4.5:1) where the style's are not:
    Fusion's own light palette puts white on a #308cc6 selection (3.6:1), and a desktop's dark base can
    swallow a grey placeholder. Other colours are the desktop's and stay as they are."""
    result = QPalette(palette)
    roles = QPalette.ColorRole
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        text, selection = result.color(group, roles.HighlightedText), result.color(group, roles.Highlight)
        if contrast(text, selection) < 4.5:
            darker = QColor("black") if luminance(text) > 0.5 else QColor("white")
            result.setColor(group, roles.Highlight, _towards(selection, darker, text))
        placeholder, base = result.color(group, roles.PlaceholderText), result.color(group, roles.Base)
        if contrast(placeholder, base) < 4.5:
            result.setColor(group, roles.PlaceholderText, _towards(placeholder, result.color(group, roles.Text), base))
    return result


def follow_system_scheme(app: QGuiApplication) -> None:
    """Switch palettes when the desktop switches between light and dark (unless ``FOIATRACK_THEME`` chose)."""
    hints = app.styleHints()
    if hasattr(hints, "colorSchemeChanged"):
        hints.colorSchemeChanged.connect(lambda scheme: apply_theme(app, scheme=scheme))
