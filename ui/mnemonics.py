"""Mnemonics (Alt+letter) for every field and button of a dialog, none used twice.

Labels and buttons keep the letter their (translated) text gives with '&'; those without
one, or whose letter an earlier control already took, get a free letter: the first letter
of a word if one is free, else any letter of the text, else " (&X)" added (as Qt does for
scripts without Latin letters). So a translation, or a dialog with a row per fine, never
leaves a control out or two sharing a letter.
"""

from __future__ import annotations

import string

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QAbstractButton, QDialog, QDialogButtonBox, QLabel, QWidget

_FREE = string.ascii_lowercase + string.digits


def mnemonic(text: str) -> str | None:
    """The letter after a single '&' ("&&" is a literal ampersand), lower-cased."""
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] != "&":
                return text[i + 1].lower()
            i += 1
        i += 1
    return None


def _plain(text: str) -> str:
    """`text` without its mnemonic mark (a literal "&&" stays)."""
    out, i = [], 0
    while i < len(text):
        if text[i] == "&" and i + 1 < len(text):
            out.append("&&" if text[i + 1] == "&" else "")
            i += 2 if text[i + 1] == "&" else 1
            continue
        out.append(text[i])
        i += 1
    return "".join(out)


def with_free_letter(text: str, taken: set[str]) -> str:
    """`text` (without a mark) marked at a letter not in `taken`, which gains it."""
    usable = [
        (i, c.lower())
        for i, c in enumerate(text)
        if c.isascii() and c.isalnum() and not (i > 0 and text[i - 1] == "&")
    ]
    starts = [(i, c) for i, c in usable if i == 0 or not text[i - 1].isalnum()]
    for i, letter in [*starts, *usable]:
        if letter not in taken:
            taken.add(letter)
            return text[:i] + "&" + text[i:]
    spare = next((c for c in _FREE if c not in taken), None)
    if spare is None:
        return text
    taken.add(spare)
    stripped = text.rstrip(" :")
    return f"{stripped} (&{spare.upper()}){text[len(stripped):]}"


def answers_enter_or_escape(button: QAbstractButton) -> bool:
    """A dialog's accept or reject button: Enter or Escape reaches it, no letter needed."""
    box = button.parentWidget()
    if not isinstance(box, QDialogButtonBox):
        return False
    role = box.buttonRole(button)
    return role in (QDialogButtonBox.ButtonRole.AcceptRole, QDialogButtonBox.ButtonRole.RejectRole)


def give_mnemonics(
    top: QWidget, *, reserved: frozenset[str] = frozenset(), only_marked: bool = False
) -> None:
    """Mark every label with a buddy and every button under `top` (in `top`'s window), in
    creation order, with no letter of `reserved` (the window's own access keys). With
    `only_marked`, only those already marked are settled (a page of the main window)."""
    controls: list[QLabel | QAbstractButton] = [
        w
        for w in top.findChildren(QWidget)
        if w.window() is top.window()
        and (
            (isinstance(w, QLabel) and w.buddy() is not None)
            or (
                isinstance(w, QAbstractButton)
                and bool(w.focusPolicy() & Qt.FocusPolicy.TabFocus)
                and (mnemonic(w.text()) is not None or not answers_enter_or_escape(w))
            )
        )
    ]
    taken: set[str] = set(reserved)
    unmarked: list[QLabel | QAbstractButton] = []
    for control in controls:
        letter = mnemonic(control.text())
        if letter is not None and letter not in taken:
            taken.add(letter)
        elif control.text().strip() and (letter is not None or not only_marked):
            unmarked.append(control)
    for control in unmarked:
        control.setText(with_free_letter(_plain(control.text()), taken))


class LetteredDialog(QDialog):
    """A dialog whose fields and buttons each get an Alt+letter, none twice, when shown (so
    the letters follow the texts of the language and the rows it shows)."""

    def showEvent(self, event: QShowEvent) -> None:
        give_mnemonics(self)
        super().showEvent(event)
