"""Look and feel: large type for a community PC read from across a room, and the system's
light or dark scheme.

Colours are never hard-coded: widgets use palette roles, so following the system scheme
(and its later changes) is Qt's job.
"""

from __future__ import annotations

import enum

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

BASE_POINT_SIZE = 14.0
"""Body text; about twice the usual desktop default in pixels at 96 dpi, on purpose."""
HEADING_SCALE = 1.6


class ColorScheme(enum.Enum):
    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


def prepare_high_dpi() -> None:
    """Call before the QApplication exists: fractional scaling (125%, 150%) stays crisp."""
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )


def apply_theme(
    app: QApplication, *, scheme: ColorScheme = ColorScheme.SYSTEM, font_scale: float = 1.0
) -> None:
    """Fusion style (the same on every OS, dark-aware), large fonts, the chosen scheme."""
    app.setStyle("Fusion")
    hints = app.styleHints()
    if scheme is ColorScheme.SYSTEM:
        hints.unsetColorScheme()
    else:
        wanted = Qt.ColorScheme.Dark if scheme is ColorScheme.DARK else Qt.ColorScheme.Light
        hints.setColorScheme(wanted)
        if hints.colorScheme() != wanted:
            # Platforms without scheme support (offscreen, older X11 desktops) ignore the
            # request; an explicit choice must still win.
            app.setPalette(_dark_palette() if scheme is ColorScheme.DARK else QPalette())
    font = app.font()
    font.setPointSizeF(max(font.pointSizeF(), BASE_POINT_SIZE) * font_scale)
    app.setFont(font)


def make_heading(widget: QWidget, *, scale: float = HEADING_SCALE) -> None:
    """Turn a label (or any widget) into a section heading relative to the app font."""
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setWeight(QFont.Weight.DemiBold)
    widget.setFont(font)


def _dark_palette() -> QPalette:
    """A plain dark palette with readable contrast, for platforms that cannot provide one."""
    palette = QPalette()
    window, base, text = QColor("#202124"), QColor("#17181a"), QColor("#e8eaed")
    role = QPalette.ColorRole
    for r, colour in (
        (role.Window, window),
        (role.WindowText, text),
        (role.Base, base),
        (role.AlternateBase, QColor("#26282b")),
        (role.Text, text),
        (role.Button, QColor("#2d2f33")),
        (role.ButtonText, text),
        (role.ToolTipBase, window),
        (role.ToolTipText, text),
        (role.PlaceholderText, QColor("#9aa0a6")),
        (role.Highlight, QColor("#4c8bf5")),
        (role.HighlightedText, QColor("#ffffff")),
        (role.Link, QColor("#8ab4f8")),
        (role.Mid, QColor("#3c4043")),
        (role.Dark, QColor("#101113")),
    ):
        palette.setColor(r, colour)
    palette.setColor(QPalette.ColorGroup.Disabled, role.Text, QColor("#80868b"))
    palette.setColor(QPalette.ColorGroup.Disabled, role.WindowText, QColor("#80868b"))
    palette.setColor(QPalette.ColorGroup.Disabled, role.ButtonText, QColor("#80868b"))
    return palette
