"""The members table: who belongs to the group, their roles and standing."""

from __future__ import annotations

from collections.abc import Set
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject

from ledger.store.ids import DeviceId, DistrictId, PersonId, short
from ledger.store.membership import ROLES
from ledger.store.state import GroupState
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


def member_rows(
    state: GroupState, *, this_pc: DeviceId | None = None, keys_here: Set[PersonId] = frozenset()
) -> list[MemberRow]:
    """Active members first, then by name; roles in the group's fixed order.

    A member's computers are the PCs linked to them in the group, and this PC when it
    holds their key (a founder may add an elder whose key lives here, with no link yet).
    """
    names = {d.id: d.name for d in state.membership.districts.values()}
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


DISTRICT_COLUMN = 3


class MembersModel(RowTableModel[MemberRow]):
    """Name, roles, status, district (hidden by the view in a group without districts),
    computers, id."""

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
