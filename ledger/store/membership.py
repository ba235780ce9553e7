"""Who belongs to a group and what each may do, folded from the group's control changes.

Authorization is a pure function of a change's causal history: the store folds the
control changes in a change's causal past (in a deterministic order) into a
`Membership` and asks it whether the author may write that change.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from ledger.store.ids import ChangeId, DeviceId, DistrictId, PersonId
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
    district: DistrictId | None = None
    """The district the member belongs to (None: none named yet)."""
    represents: DistrictId | None = None
    """The district this member is the representative of, if any."""
    household: dict[PersonId, str] = field(default_factory=dict)
    """For a family: the other persons who may sign for it (person -> name)."""
    joined: str | None = None
    """The join day a `member.joined` correction set ("YYYY-MM-DD"); None: as their adds
    say (`ledger.savings.joined.joined_on`)."""


@dataclass
class District:
    """A named part of a group (a district, chapter or village); its id is the id of the
    change that added it. A retired district keeps its id and name for history."""

    id: DistrictId
    name: str
    retired: bool = False


@dataclass
class Invite:
    key: str
    role: str
    expires: int
    created_by: PersonId
    used_by: PersonId | None = None
    district: DistrictId | None = None
    """The district a joiner lands in (None: none, council moves them later)."""


@dataclass
class Settings:
    name: str
    currency: str
    quorum: int
    recorder_counts: bool = False
    """Whether the person who recorded an entry counts toward its own sign-off quorum."""
    relays: tuple[str, ...] = ()
    """Relay addresses (multiaddrs) the group's PCs meet through (`ledger.store.relays`)."""
    district_word: str = ""
    """What the group calls its districts ("chapter", "village"...); empty: "district"."""


@dataclass
class Membership:
    settings: Settings
    members: dict[PersonId, Member] = field(default_factory=dict)
    invites: dict[str, Invite] = field(default_factory=dict)
    districts: dict[DistrictId, District] = field(default_factory=dict)
    """Every district ever added, retired ones too, in the order they were added."""
    signs_for: dict[PersonId, PersonId] = field(default_factory=dict)
    """Household persons -> the family member they may sign for."""

    def member_of(self, person: PersonId) -> Member | None:
        """The member record `person` acts as: their own, or the family they sign for."""
        member = self.members.get(person)
        if member is None and person in self.signs_for:
            return self.members.get(self.signs_for[person])
        return member

    def district_word(self) -> str:
        """What the group calls a district, e.g. "chapter" (translated when the default)."""
        return self.settings.district_word or QT_TRANSLATE_NOOP("core", "district")

    def active_districts(self) -> list[District]:
        return [d for d in self.districts.values() if not d.retired]

    def district_members(self, district: DistrictId) -> list[Member]:
        """The members (not removed) who belong to `district`."""
        return [
            m
            for m in self.members.values()
            if m.district == district and m.status != Status.REMOVED
        ]

    def roles_of(self, person: PersonId) -> set[str]:
        member = self.member_of(person)
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
        member = self.member_of(person)
        return member is not None and member.status == Status.ACTIVE

    def why_not(self, person: PersonId, allowed: frozenset[str]) -> str | None:
        """None when `person` is active and holds one of `allowed`; else the reason.
        A household person acts as their family: its status and roles."""
        member = self.member_of(person)
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
