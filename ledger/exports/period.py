"""The date range an export covers: inclusive dates, either end open."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ledger.store.errors import Refused
from ledger.store.words import QT_TRANSLATE_NOOP


@dataclass(frozen=True, slots=True)
class Period:
    start: dt.date | None = None
    end: dt.date | None = None

    def __post_init__(self) -> None:
        if self.start is not None and self.end is not None and self.start > self.end:
            raise Refused(
                QT_TRANSLATE_NOOP("core", "the range starts ({start}) after it ends ({end})"),
                start=self.start,
                end=self.end,
            )

    @classmethod
    def parse(cls, start: str | None, end: str | None) -> Period:
        """From 'YYYY-MM-DD' texts (None or '' for an open end)."""
        return cls(_parse_date(start, "--from"), _parse_date(end, "--to"))

    def contains(self, day: dt.date) -> bool:
        return (self.start is None or day >= self.start) and (self.end is None or day <= self.end)

    def is_after(self, day: dt.date) -> bool:
        """Whether `day` falls after the range's end."""
        return self.end is not None and day > self.end

    def label(self) -> str:
        if self.start is None and self.end is None:
            return "all dates"
        if self.start is None:
            return f"up to {self.end}"
        if self.end is None:
            return f"from {self.start}"
        return f"{self.start} to {self.end}"

    def iso(self) -> tuple[str | None, str | None]:
        return (
            None if self.start is None else self.start.isoformat(),
            None if self.end is None else self.end.isoformat(),
        )


def _parse_date(text: str | None, what: str) -> dt.date | None:
    if text is None or not text.strip():
        return None
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise Refused(
            QT_TRANSLATE_NOOP("core", "{what} must be a date like 2025-01-31, not '{text}'"),
            what=what,
            text=text,
        ) from None
