"""The members table: who belongs to the group, their roles, standing and join day."""

from __future__ import annotations

from collections.abc import Set
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject

from ledger.savings.books import books_of
from ledger.savings.joined import early_entries, join_days
from ledger.store.history import GroupHistory
from ledger.store.ids import DeviceId, DistrictId, PersonId, short
from ledger.store.membership import ROLES
from ledger.store.state import GroupState
from ui.core_text import core_text
from ui.models.table import Column, RowTableModel


def role_name(role: str) -> str:
    """A role in the reader's language."""
    names = {
        "council": QCoreApplication.translate("MembersModel", "council"),
        "elder": QCoreApplication.translate("MembersModel", "elder"),
        "member": QCoreApplication.translate("MembersModel", "member"),
        "viewer": QCoreApplication.translate("MembersModel", "viewer"),
    }
    return names.get(role, role)


def status_name(status: str) -> str:
    names = {
        "active": QCoreApplication.translate("MembersModel", "active"),
        "suspended": QCoreApplication.translate("MembersModel", "suspended"),
        "removed": QCoreApplication.translate("MembersModel", "removed"),
    }
    return names.get(status, status)


@dataclass(frozen=True, slots=True)
class MemberRow:
    person: PersonId
    name: str
    roles: tuple[str, ...]
    status: str
    devices: int
    district: str = ""
    """The name of the member's district ('' without one)."""
    represents: str = ""
    """The name of the district the member represents ('' if none)."""
    district_id: DistrictId | None = None
    household: tuple[str, ...] = ()
    """Names of the other persons who may sign for the family."""
    joined: str = ""
    """Their join day, "YYYY-MM-DD" (`ledger.savings.joined`: a correction's, else their
    adds'); '' when none was said (the founder, a join by invite, an add without a day)."""
    early: tuple[str, ...] = ()
    """The core's words for each of their standing entries dated before `joined` (signed
    by a peer before the day was set or corrected): they count, and the council should know."""


def member_rows(
    state: GroupState,
    *,
    history: GroupHistory | None = None,
    this_pc: DeviceId | None = None,
    keys_here: Set[PersonId] = frozenset(),
) -> list[MemberRow]:
    """Active members first, then by name; roles in the group's fixed order.

    A member's computers are the PCs linked to them in the group, and this PC when it
    holds their key (a founder may add an elder whose key lives here, with no link yet).
    Join days and early entries need the group's `history` (without it: none shown).
    """
    names = {d.id: d.name for d in state.membership.districts.values()}
    days: dict[PersonId, str | None] = {}
    early: dict[PersonId, list[str]] = {}
    if history is not None:
        days = join_days(history, state.membership)
        books = books_of(state)
        for found in early_entries(history, state):
            assert found.entry.member is not None
            early.setdefault(found.entry.member, []).append(found.words(books))
    rows = [
        MemberRow(
            person=m.person,
            name=m.name,
            roles=tuple(r for r in ROLES if r in m.roles),
            status=str(m.status),
            devices=len(m.devices | ({this_pc} if this_pc and m.person in keys_here else set())),
            district=names.get(m.district, "") if m.district is not None else "",
            represents=names.get(m.represents, "") if m.represents is not None else "",
            district_id=m.district,
            household=tuple(sorted(m.household.values(), key=str.casefold)),
            joined=days.get(m.person) or "",
            early=tuple(early.get(m.person, ())),
        )
        for m in state.membership.members.values()
    ]
    rows.sort(key=lambda r: (r.status != "active", r.name.casefold(), r.person))
    return rows


def name_tooltip(row: MemberRow) -> str:
    """The member's key, and who else signs for the family."""
    if not row.household:
        return row.person
    return (
        QCoreApplication.translate("MembersModel", "%1; signing for the family too: %2")
        .replace("%1", row.person)
        .replace("%2", ", ".join(row.household))
    )


def roles_text(row: MemberRow) -> str:
    roles = [role_name(x) for x in row.roles]
    if row.represents:
        roles.append(
            QCoreApplication.translate("MembersModel", "representative of %1").replace(
                "%1", row.represents
            )
        )
    return ", ".join(roles)


def joined_text(row: MemberRow) -> str:
    """The join day, and how many entries of theirs are dated before it."""
    if not row.joined:
        return QCoreApplication.translate("MembersModel", "not said")
    if not row.early:
        return row.joined
    return QCoreApplication.translate(
        "MembersModel", "%1, %n entries dated earlier", "", len(row.early)
    ).replace("%1", row.joined)


def joined_tooltip(row: MemberRow) -> str:
    """What the day means; the early entries, each named."""
    if row.early:
        heading = QCoreApplication.translate(
            "MembersModel",
            "Entries dated before they joined (signed before the join day was set; they count):",
        )
        return "\n".join([heading, *(core_text(words) for words in row.early)])
    if not row.joined:
        return QCoreApplication.translate(
            "MembersModel",
            "No join day was said for them, so entries for them may have any date. The "
            "council can set one: Correct join day…",
        )
    return QCoreApplication.translate("MembersModel", "The first day entries for them may be dated")


DISTRICT_COLUMN = 3
JOINED_COLUMN = 4
COMPUTERS_COLUMN = 5
ID_COLUMN = 6


class MembersModel(RowTableModel[MemberRow]):
    """Name, roles, status, district (hidden by the view in a group without districts),
    join day, computers, id."""

    def __init__(self, parent: QObject | None = None) -> None:
        self.district_word = QCoreApplication.translate("MembersModel", "district")
        super().__init__(
            [
                Column(
                    lambda: QCoreApplication.translate("MembersModel", "Name"),
                    lambda r: r.name,
                    tooltip=name_tooltip,
                ),
                Column(lambda: QCoreApplication.translate("MembersModel", "Roles"), roles_text),
                Column(
                    lambda: QCoreApplication.translate("MembersModel", "Status"),
                    lambda r: status_name(r.status),
                ),
                Column(
                    lambda: self.district_word[:1].upper() + self.district_word[1:],
                    lambda r: r.district,
                ),
                Column(
                    lambda: QCoreApplication.translate("MembersModel", "Joined"),
                    joined_text,
                    tooltip=joined_tooltip,
                ),
                Column(
                    lambda: QCoreApplication.translate("MembersModel", "Computers"),
                    lambda r: str(r.devices),
                ),
                Column(
                    lambda: QCoreApplication.translate("MembersModel", "Id"),
                    lambda r: short(r.person),
                ),
            ],
            parent,
        )
