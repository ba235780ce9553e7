"""What every signing dialog needs besides its own fields, in one object.

A signing dialog writes one change to one group (`store`, `group`), offers the persons
who may sign it on this PC (`signers`, whose sealed keys are in `keyring`) and, on a
shared PC, preselects the person at the keyboard and uses their unlocked key
(`session`). The window's views build it from their `ViewContext`
(`ViewContext.signing_for`); the dialogs take it whole.
"""

from __future__ import annotations

from dataclasses import dataclass

from ledger.store.ids import GroupId
from ledger.store.keyring import Keyring, PersonInfo
from ledger.store.store import Store
from ui.unlock import SigningSession


@dataclass(frozen=True)
class SigningContext:
    store: Store
    group: GroupId
    keyring: Keyring
    signers: list[PersonInfo]
    """The persons offered as signer: on this PC, and allowed to sign this action."""
    session: SigningSession | None = None
    """Shared-PC mode: the person at the keyboard and their unlocked key, if any."""
