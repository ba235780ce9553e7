"""Dates, times and money in the reader's locale (set by `desktop.translations.install`)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, QLocale


def moment_text(epoch_ms: int) -> str:
    moment = QDateTime.fromMSecsSinceEpoch(epoch_ms)
    return str(QLocale().toString(moment, QLocale.FormatType.ShortFormat))


def datetime_text(moment: datetime) -> str:
    return moment_text(int(moment.timestamp() * 1000))


def money_text(amount: int, currency: str, *, with_code: bool = True) -> str:
    """An amount in minor units for people: grouped digits in the reader's locale.

    Built from integer parts only; a float never comes near money.
    """
    from ledger.savings.money import to_text

    whole, _, frac = to_text(abs(amount), currency).partition(".")
    locale = QLocale()
    text = str(locale.toString(int(whole)))
    if frac:
        text += locale.decimalPoint() + frac
    if amount < 0:
        text = "-" + text
    return f"{text} {currency}" if with_code else text


def typed_amount(text: str) -> str:
    """An amount as the reader typed it, for the core (which reads only '.' as the decimal
    point): where the reader's language writes a decimal comma, '250,50' is '250.50'.
    Anything else goes to the core as typed, to be read or refused; nothing is guessed."""
    text = text.strip()
    point = QLocale().decimalPoint()
    if point != "." and text.count(point) == 1 and "." not in text:
        return text.replace(point, ".")
    return text
