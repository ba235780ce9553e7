"""This computer's own choices for the window, kept beside its store.

They live in `settings.ini` in the data folder (QSettings, INI format), not in the signed
store: they are not the group's business and never replicate. A folder given with
`--home` (and every test's temporary folder) therefore has settings of its own.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QSettings

from ui.unlock import IDLE_MINUTES, MAX_IDLE_MINUTES, MIN_IDLE_MINUTES

log = logging.getLogger(__name__)

FILE_NAME = "settings.ini"
IDLE_KEY = "shared_pc/lock_after_idle_minutes"


class IdleMinutesRefused(ValueError):
    """A lock time outside `MIN_IDLE_MINUTES`..`MAX_IDLE_MINUTES`; `nearest` is allowed."""

    def __init__(self, minutes: int) -> None:
        self.minutes = minutes
        self.nearest = clamp_idle_minutes(minutes)
        super().__init__(
            f"the lock time must be {MIN_IDLE_MINUTES} to {MAX_IDLE_MINUTES} minutes, not {minutes}"
        )


def clamp_idle_minutes(minutes: int) -> int:
    return min(max(minutes, MIN_IDLE_MINUTES), MAX_IDLE_MINUTES)


class LocalSettings:
    """Typed access to one QSettings store; bad stored values fall back, never crash."""

    def __init__(self, settings: QSettings) -> None:
        self.qsettings = settings

    @classmethod
    def in_folder(cls, home: Path) -> LocalSettings:
        """The settings of the data folder `home` (its `settings.ini`)."""
        return cls(QSettings(str(Path(home) / FILE_NAME), QSettings.Format.IniFormat))

    def idle_minutes(self) -> int:
        """Minutes without input before an unlocked key locks (a hand-edited value that is
        not a whole number falls back to the default; one out of range is clamped)."""
        stored = self.qsettings.value(IDLE_KEY)
        if stored is None:
            return IDLE_MINUTES
        try:
            minutes = int(str(stored).strip())
        except ValueError:
            log.warning("ignoring %s=%r in %s: not a whole number of minutes",
                        IDLE_KEY, stored, self.qsettings.fileName())  # fmt: skip
            return IDLE_MINUTES
        if clamp_idle_minutes(minutes) != minutes:
            log.warning("%s=%d in %s is out of range; using %d", IDLE_KEY, minutes,
                        self.qsettings.fileName(), clamp_idle_minutes(minutes))  # fmt: skip
        return clamp_idle_minutes(minutes)

    def set_idle_minutes(self, minutes: int) -> bool:
        """Keep `minutes` for this computer; False if it could not be written to disk.

        Raises `IdleMinutesRefused` outside the allowed range: nothing is stored then.
        """
        if clamp_idle_minutes(minutes) != minutes:
            raise IdleMinutesRefused(minutes)
        self.qsettings.setValue(IDLE_KEY, minutes)
        self.qsettings.sync()  # on disk now: the window may be closed by a power cut
        if self.qsettings.status() != QSettings.Status.NoError:
            log.error("could not save %s to %s", IDLE_KEY, self.qsettings.fileName())
            return False
        return True
