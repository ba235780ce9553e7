"""The errors the core raises; each carries a reason in plain words."""

from __future__ import annotations

from ledger.store.words import Words


class LatticeError(Exception):
    """Base of every error the core reports to a person.

    Raised with a marked template and its named parameters, e.g.
    `Refused(QT_TRANSLATE_NOOP("core", "{what} must be more than zero"), what=AMOUNT)`:
    `str(exc)` is the English sentence, `exc.words` the form a front end translates.
    """

    def __init__(self, message: str = "", /, **params: object) -> None:
        if params or not isinstance(message, Words):
            message = Words(message, **params)
        super().__init__(message)

    @property
    def words(self) -> Words:
        first = self.args[0] if self.args else ""
        return first if isinstance(first, Words) else Words(str(first))


class StoreError(LatticeError):
    """The data folder cannot be used (corrupt, newer format, unreadable)."""


class WrongPassphrase(LatticeError):
    """The passphrase does not open this person's key."""


class NotFound(LatticeError):
    """A named person, group, member, entry or meeting does not exist."""


class Refused(LatticeError):
    """An action was refused by the group's rules; nothing was written."""


class DecodeError(LatticeError):
    """Bytes from the network or disk are not a well-formed change."""
