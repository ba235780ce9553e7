"""Dates and times in the reader's locale (set by `desktop.translations.install`)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, QLocale


def moment_text(epoch_ms: int) -> str:
    moment = QDateTime.fromMSecsSinceEpoch(epoch_ms)
    return str(QLocale().toString(moment, QLocale.FormatType.ShortFormat))


def datetime_text(moment: datetime) -> str:
    return moment_text(int(moment.timestamp() * 1000))
