"""Access keys (Alt+letter) for the sections in the window's left-hand list.

A list item cannot carry a mnemonic as a button does, so each section's title gets a
letter the way `ui.mnemonics` gives one (first letters of words first, none twice), the
list draws that letter underlined, and the window binds Alt+letter to the section. The
pages yield: a page's own button or label that wants a section's letter gets another
(`give_mnemonics(view, reserved=...)`), so no Alt+letter ever means two things.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ui.mnemonics import mnemonic, with_free_letter

LETTERED_ROLE = Qt.ItemDataRole.UserRole + 1
"""The item's title with its letter marked by '&' (the display role keeps the plain
title: what a screen reader says and a typed search matches)."""


def lettered_titles(titles: Sequence[str]) -> list[str]:
    """Each title marked at a letter of its own, in list order (the first gets first pick)."""
    taken: set[str] = set()
    return [with_free_letter(title.replace("&", "&&"), taken) for title in titles]


def letter_of(marked: str) -> str:
    letter = mnemonic(marked)
    assert letter is not None, marked
    return letter


def shown_text(marked: str) -> str:
    """`marked` as it reads on screen: no '&' marks, a doubled '&&' as one."""
    return marked.replace("&&", "\0").replace("&", "").replace("\0", "&")


class LetteredItemDelegate(QStyledItemDelegate):
    """Draws an item's title with its access key underlined (when the style underlines
    access keys at all: some show them only while Alt is held)."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        marked = index.data(LETTERED_ROLE)
        if isinstance(marked, str):
            option.text = shown_text(marked)  # sizes as drawn, e.g. "Обзор (X)"

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        marked = index.data(LETTERED_ROLE)
        if not isinstance(marked, str):
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
        text_rect.adjust(margin, 0, -margin, 0)  # as the style's own item text sits
        opt.text = ""  # the background, selection and focus as usual; the text below
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        underline = style.styleHint(QStyle.StyleHint.SH_UnderlineShortcut, opt, widget)
        mark = Qt.TextFlag.TextShowMnemonic if underline else Qt.TextFlag.TextHideMnemonic
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setFont(opt.font)
        style.drawItemText(
            painter,
            text_rect,
            int(opt.displayAlignment) | int(mark),
            opt.palette,
            bool(opt.state & QStyle.StateFlag.State_Enabled),
            marked,
            role,
        )
        painter.restore()
