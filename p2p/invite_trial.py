"""A group offered to an invite holder is stored only once it shows the invite.

An invite code names no group, so an offer alone cannot tell an invite holder whether the
group is the one its invite is for: any peer could offer any group it holds. The offered
group's changes are therefore held in memory, unstored, until one of them is the
`invite.create` of one of our invite keys; then they are stored in the order they came
(the store checks that invite's author as for any change). A group whose catch-up ends
without it, or that grows past `MAX_TRIAL_BYTES` first, is refused and none of it stored.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field

from ledger.store.change import Change
from ledger.store.decoded_batch import DecodedBatch
from p2p import messages as m

MAX_TRIAL_BYTES = 32 * 2**20
"""Changes held unstored while an offered group has not yet shown our invite."""

INVITE_KIND = "invite.create"

Held = tuple[m.Batch, DecodedBatch]


class NotTheInvitesGroup(Exception):
    """The offered group did not show our invite in time; the message says why."""


@dataclass
class InviteTrial:
    """The batches of one offered group, held until it shows one of `keys`."""

    keys: frozenset[bytes]
    held: list[Held] = field(default_factory=list)
    size: int = 0
    refused: bool = False

    @classmethod
    def for_keys(cls, keys: Collection[bytes]) -> InviteTrial:
        return cls(frozenset(keys))

    def take(self, batch: m.Batch, decoded: DecodedBatch | None) -> list[Held] | None:
        """Hold `batch`; once a batch shows the invite, every held batch in order.

        Raises `NotTheInvitesGroup` past the size cap (what was held is dropped).
        """
        if self.refused:
            return None
        decoded = decoded if decoded is not None else DecodedBatch(batch.changes)
        self.held.append((batch, decoded))
        self.size += sum(len(raw) for raw in batch.changes)
        if self.shows_invite(batch, decoded):
            held, self.held = self.held, []
            return held
        if self.size > MAX_TRIAL_BYTES:
            self.refuse()
            raise NotTheInvitesGroup(
                f"the offered group showed no invite of ours in its first "
                f"{MAX_TRIAL_BYTES // 2**20} MiB"
            )
        return None

    def shows_invite(self, batch: m.Batch, decoded: DecodedBatch) -> bool:
        for i in range(len(decoded)):
            change = decoded.get(i)
            if (
                isinstance(change, Change)
                and change.group == batch.group
                and change.kind == INVITE_KIND
                and change.body.get("key") in self.keys
            ):
                return True
        return False

    def refuse(self) -> None:
        self.refused = True
        self.held = []
