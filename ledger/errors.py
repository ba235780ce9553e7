"""The errors the core raises; each carries a reason in plain words."""

from __future__ import annotations


class LatticeError(Exception):
    """Base of every error the core reports to a person."""


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
