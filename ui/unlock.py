"""Shared-PC mode: who is at the keyboard, and their key while it stays unlocked.

A `SigningSession` holds at most one unlocked `Signer`: the person chosen at the keyboard,
after their first signing action asked their passphrase. It locks again after a few idle
minutes (any key or mouse input in the application counts as activity), on "Lock now", or
when another person is chosen. Reading never needs it. No widgets here: the picker in the
main window and the signing dialogs only call it and listen to its signals.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QThreadPool, QTimer, Signal

from ledger.store import persons
from ledger.store.errors import LatticeError
from ledger.store.ids import PersonId
from ledger.store.keyring import Keyring
from ledger.store.persons import Signer
from ui.key_work import KeyWork

log = logging.getLogger(__name__)

IDLE_MINUTES = 5
"""How long an unlocked key waits for input before it locks, unless this computer's
settings say otherwise (`ui.local_settings`)."""
MIN_IDLE_MINUTES, MAX_IDLE_MINUTES = 1, 60
MINUTE_MS = 60_000

_ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class SigningSession(QObject):
    """The person at the keyboard and, once unlocked, their `Signer` (GUI thread only)."""

    current_changed = Signal(object)
    """The chosen person changed (a PersonId, or None: nobody, reading only)."""
    unlocked = Signal(object)
    """The chosen person's key is unlocked (their PersonId)."""
    unlock_failed = Signal(str)
    """An unlock was refused (e.g. a wrong passphrase), in the core's words."""
    locked = Signal()
    """The key was forgotten: Lock now, another person, or idleness."""
    expired = Signal()
    """Locked because nobody touched the keyboard or mouse for `idle_ms`."""
    busy_changed = Signal(bool)
    """A passphrase check started (True) or ended (False), after `unlocked`/`unlock_failed`."""
    idle_changed = Signal(int)
    """The idle time before locking changed (in milliseconds)."""

    def __init__(
        self,
        keyring: Keyring,
        *,
        idle_ms: int = IDLE_MINUTES * MINUTE_MS,
        pool: QThreadPool | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._keyring = keyring
        self._person: PersonId | None = None
        self._signer: Signer | None = None
        self._checking: PersonId | None = None
        """Whose passphrase the key work under way checks (a late result of a lock or an
        earlier choice is dropped by `KeyWork` itself)."""
        self._work = KeyWork(self, pool=pool)
        self._work.done.connect(self._unlock_done)
        self._work.failed.connect(self._unlock_failed)
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(idle_ms)
        self._idle.timeout.connect(self._idled)
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    # -- reading the state -------------------------------------------------------------

    def person(self) -> PersonId | None:
        """Who is at the keyboard (None: nobody chose yet, reading only)."""
        return self._person

    def signer(self) -> Signer | None:
        """The unlocked key of the person at the keyboard, or None while locked."""
        return self._signer

    def is_unlocked(self) -> bool:
        return self._signer is not None

    def busy(self) -> bool:
        """True while a passphrase is being checked."""
        return self._work.busy()

    def idle_ms(self) -> int:
        return self._idle.interval()

    def set_idle_ms(self, idle_ms: int) -> None:
        """Lock after `idle_ms` without input from now on; an unlocked key counts afresh."""
        if idle_ms <= 0:
            raise ValueError(f"the idle time must be positive, not {idle_ms} ms")
        if idle_ms == self._idle.interval():
            return
        self._idle.setInterval(idle_ms)  # a running countdown restarts with the new interval
        self.idle_changed.emit(idle_ms)

    def idle_remaining_ms(self) -> int:
        """Milliseconds until an unlocked key locks for idleness (-1: nothing is counting)."""
        return self._idle.remainingTime()

    # -- intents -----------------------------------------------------------------------

    def choose(self, person: PersonId | None) -> None:
        """Somebody else sits down: lock the previous person's key."""
        if person == self._person:
            return
        self.lock()
        self._person = person
        self.current_changed.emit(person)

    def unlock(self, person: PersonId, passphrase: str) -> None:
        """Check `passphrase` off the GUI thread; `unlocked` or `unlock_failed` follows.

        Unlocking makes `person` the one at the keyboard (whoever types their passphrase
        is sitting there), so another person's key is locked first.
        """
        if person != self._person:
            self._work.cancel()  # superseded without a "not busy": a new check follows at once
            self.choose(person)
        if self._signer is not None:
            self.unlocked.emit(person)
            return
        try:
            sealed = self._keyring.sealed(person)  # the store's connection: GUI thread only
        except LatticeError as exc:
            self.unlock_failed.emit(str(exc))
            self.busy_changed.emit(False)
            return
        self._checking = person
        self._work.start(lambda: persons.unlock(sealed, passphrase))
        self.busy_changed.emit(True)

    def lock(self) -> None:
        """Forget the key now (also drops an unlock still in progress)."""
        self._idle.stop()
        was_busy = self._work.busy()
        self._work.cancel()
        if self._signer is not None:
            self._signer = None
            log.info("signing key locked")
            self.locked.emit()
        if was_busy:
            self.busy_changed.emit(False)

    def touch(self) -> None:
        """Activity: restart the idle countdown while unlocked."""
        if self._signer is not None:
            self._idle.start()

    # -- internals ---------------------------------------------------------------------

    def _unlock_done(self, signer: Signer) -> None:
        if signer.person != self._checking:
            self.unlock_failed.emit("the unlocked key belongs to someone else")
            self.busy_changed.emit(False)
            return
        self._signer = signer
        self._idle.start()
        log.info("signing key unlocked for %s", signer.person[:8])
        self.unlocked.emit(signer.person)
        self.busy_changed.emit(False)

    def _unlock_failed(self, error: Exception) -> None:
        self.unlock_failed.emit(str(error))
        self.busy_changed.emit(False)

    def _idled(self) -> None:
        if self._signer is not None:
            self.lock()
            self.expired.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._signer is not None and event.type() in _ACTIVITY:
            self._idle.start()
        return False

    def close(self) -> None:
        """Lock and stop watching the application's input."""
        self.lock()
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
