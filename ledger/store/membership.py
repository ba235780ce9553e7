"""Who belongs to a group and what each may do, folded from the group's control changes.

Authorization is a pure function of a change's causal history: the store folds the
control changes in a change's causal past (in a deterministic order) into a
`Membership` and asks it whether the author may write that change.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from ledger.store.ids import ChangeId, DeviceId, PersonId
from ledger.store.words import QT_TRANSLATE_NOOP, Words, listing, word


class Role(StrEnum):
    COUNCIL = "council"
    ELDER = "elder"
    MEMBER = "member"
    VIEWER = "viewer"


ROLES = tuple(r.value for r in Role)
WRITING_ROLES = frozenset({Role.COUNCIL, Role.ELDER, Role.MEMBER})
ROLE_WORDS = {
    "council": QT_TRANSLATE_NOOP("core", "council"),
    "elder": QT_TRANSLATE_NOOP("core", "elder"),
    "member": QT_TRANSLATE_NOOP("core", "member"),
    "viewer": QT_TRANSLATE_NOOP("core", "viewer"),
}
"""The roles as words a front end translates."""


class Status(StrEnum):
    ACTIVE = "active"
    SUSPENDED = "suspended"
    REMOVED = "removed"


STATUS_WORDS = {
    "active": QT_TRANSLATE_NOOP("core", "active"),
    "suspended": QT_TRANSLATE_NOOP("core", "suspended"),
    "removed": QT_TRANSLATE_NOOP("core", "removed"),
}
"""A member's statuses as words a front end translates."""


@dataclass
class Member:
    person: PersonId
    name: str
    roles: set[str]
    status: str = Status.ACTIVE
    devices: set[DeviceId] = field(default_factory=set)
    since: ChangeId | None = None


@dataclass
class Invite:
    key: str
    role: str
    expires: int
    created_by: PersonId
    used_by: PersonId | None = None


@dataclass
class Settings:
    name: str
    currency: str
    quorum: int
    recorder_counts: bool = False
    """Whether the person who recorded an entry counts toward its own sign-off quorum."""


@dataclass
class Membership:
    settings: Settings
    members: dict[PersonId, Member] = field(default_factory=dict)
    invites: dict[str, Invite] = field(default_factory=dict)

    def roles_of(self, person: PersonId) -> set[str]:
        member = self.members.get(person)
        if member is None or member.status != Status.ACTIVE:
            return set()
        return member.roles

    def quorum_problem(self) -> Words | None:
        """Why no entry can be confirmed with the group's elders as they are, or None.

        Shown after founding a group and changing its members, so that a quorum no
        elder set can reach is said at once and not found out weeks later."""
        elders = sum(
            1
            for m in self.members.values()
            if m.status == Status.ACTIVE and Role.ELDER.value in m.roles
        )
        if elders >= self.settings.quorum:
            return None
        return Words(
            QT_TRANSLATE_NOOP(
                "core",
                "too few elders to confirm any entry: {elders} active, {quorum} needed "
                "(add elders or lower the quorum)",
            ),
            elders=elders,
            quorum=self.settings.quorum,
        )

    def is_active(self, person: PersonId) -> bool:
        member = self.members.get(person)
        return member is not None and member.status == Status.ACTIVE

    def why_not(self, person: PersonId, allowed: frozenset[str]) -> str | None:
        """None when `person` is active and holds one of `allowed`; else the reason."""
        member = self.members.get(person)
        if member is None:
            return QT_TRANSLATE_NOOP("core", "the author is not a member of the group")
        if member.status == Status.REMOVED:
            return Words(
                QT_TRANSLATE_NOOP("core", "{name} was removed from the group before writing this"),
                name=member.name,
            )
        if member.status == Status.SUSPENDED:
            return Words(
                QT_TRANSLATE_NOOP("core", "{name} is suspended and may not write"), name=member.name
            )
        if not member.roles & allowed:
            return Words(
                QT_TRANSLATE_NOOP("core", "{name} is not {need} ({roles})"),
                name=member.name,
                need=listing(
                    (word(ROLE_WORDS, r) for r in sorted(allowed)),
                    QT_TRANSLATE_NOOP("core", " or "),
                ),
                roles=listing(word(ROLE_WORDS, r) for r in sorted(member.roles)),
            )
        return None

    def linked_devices(self) -> set[DeviceId]:
        return {
            device
            for member in self.members.values()
            if member.status != Status.REMOVED
            for device in member.devices
        }
