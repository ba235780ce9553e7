"""A group's derived state: its membership, documents, voided changes and the domain's
part (`books`), as replaying its accepted changes leaves them (`ledger.store.replay`).

Plain data over the membership: the kind registry's effects take a `GroupState`, so it
sits under the registry and the replay, not beside them.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

from loro import LoroDoc

from ledger.store import codec
from ledger.store.ids import ChangeId, GroupId, PersonId, WriterId
from ledger.store.membership import Membership, Settings


@dataclass(frozen=True, slots=True)
class Voided:
    """A change that is kept but has no effect, and why, in plain words."""

    change: ChangeId
    author: PersonId
    kind: str
    what: str
    reason: str


@dataclass
class GroupState:
    group: GroupId
    membership: Membership = field(
        default_factory=lambda: Membership(Settings(name="", currency="XXX", quorum=1))
    )
    documents: dict[str, LoroDoc] = field(default_factory=dict)
    voided: list[Voided] = field(default_factory=list)
    equivocators: dict[WriterId, int] = field(default_factory=dict)
    applied: int = 0
    last_key: tuple[int, str] | None = None
    books: Any = None
    """The savings ledger, goals and meetings (ledger.savings), when that part is loaded."""
    removals: int = 0
    """How many member removals the replay met (standing or void): a cached state that met
    none takes the changes after it without the causal index (`GroupMemory`)."""

    @property
    def settings(self) -> Settings:
        return self.membership.settings

    @property
    def name(self) -> str:
        return self.membership.settings.name

    def member_name(self, person: PersonId) -> str:
        member = self.membership.members.get(person)
        return member.name if member is not None else person[:8]

    def document_text(self, name: str) -> str:
        doc = self.documents.get(name)
        return "" if doc is None else str(doc.get_text(name).to_string())

    def plain(self) -> dict[str, Any]:
        """Everything that must agree between peers, as plain values (for the digest)."""
        m = self.membership
        settings: list[Any] = [
            m.settings.name,
            m.settings.currency,
            m.settings.quorum,
            m.settings.recorder_counts,
        ]
        if m.settings.relays:  # only when set, so the digest of a group without relays stays
            settings.append(list(m.settings.relays))
        if m.settings.district_word:  # districts' fields only when used: older digests stay
            settings.append(m.settings.district_word)
        value: dict[str, Any] = {
            "group": self.group,
            "settings": settings,
            "members": [
                [p, x.name, sorted(x.roles), str(x.status), sorted(x.devices)]
                + (
                    [x.district, x.represents, sorted(x.household.items())]
                    if x.district or x.represents or x.household
                    else []
                )
                for p, x in sorted(m.members.items())
            ],
            "invites": [
                [k, i.role, i.expires, i.used_by] + ([i.district] if i.district else [])
                for k, i in sorted(m.invites.items())
            ],
            "documents": {n: self.document_text(n) for n in sorted(self.documents)},
            "voided": sorted([v.change, v.reason] for v in self.voided),
            "equivocators": sorted(self.equivocators.items()),
            "applied": self.applied,
        }
        if m.districts:
            value["districts"] = [[d.id, d.name, d.retired] for d in m.districts.values()]
        if self.books is not None:
            value["books"] = self.books.plain()
        return value

    def digest(self) -> str:
        return hashlib.sha256(codec.encode(self.plain())).hexdigest()
