"""The core's plain-words texts (refusals, reasons, summaries) in the window's language.

The core hands out `ledger.store.words.Words`: an English text with its template and named
parameters. Here the template is translated in context "core" (the catalogue entries
`lupdate` extracts from the core's `QT_TRANSLATE_NOOP("core", ...)` marks), each
parameter that is itself `Words` likewise, and the template filled in.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ledger.savings.money import Amount
from ledger.store.errors import LatticeError
from ledger.store.words import CONTEXT, Words
from ui.formatting import money_text


def core_text(message: object) -> str:
    """`message` (an error of the core, or a text it made) in the window's language.

    Anything that is not the core's `Words` (a name, a text from another program) is
    shown as it is.
    """
    if isinstance(message, LatticeError):
        message = message.words
    if not isinstance(message, Words):
        return str(message)  # not the core's words (a name, a peer's message): as it is
    translated = QCoreApplication.translate(CONTEXT, message.template)
    if not message.params:
        return translated
    params = {key: _param_text(value) for key, value in message.params.items()}
    try:
        return translated.format(**params)
    except (KeyError, IndexError, ValueError):  # a translation that broke its placeholders
        return message.template.format(**params)


def _param_text(value: object) -> object:
    """A parameter for the reader: words translated, an amount in its currency with the
    reader's grouping."""
    if isinstance(value, Words):
        return core_text(value)
    if isinstance(value, Amount) and value.currency is not None:
        return money_text(int(value), value.currency)
    return value
