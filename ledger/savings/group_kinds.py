"""The kinds that found a group and manage who belongs to it."""

from __future__ import annotations

from typing import Any

from ledger.savings.money import is_currency
from ledger.savings.rules import check_date
from ledger.store import schema as s
from ledger.store.change import Change
from ledger.store.district_kinds import live_district
from ledger.store.errors import DecodeError
from ledger.store.ids import DistrictId, PersonId
from ledger.store.kinds import KindSpec, register
from ledger.store.membership import (
    ROLE_WORDS,
    ROLES,
    STATUS_WORDS,
    Member,
    Membership,
    Role,
    Settings,
    Status,
)
from ledger.store.words import QT_TRANSLATE_NOOP, Words, listing, word

COUNCIL = frozenset({Role.COUNCIL.value})
ANY_ROLE = frozenset(ROLES)
_role = s.one_of(*ROLES)


@s.described("tstr", 'an ISO 4217 currency code Lattice knows, e.g. "KES"')
def _currency(value: Any, name: str) -> None:
    if not isinstance(value, str) or not is_currency(value):
        raise DecodeError(
            QT_TRANSLATE_NOOP("core", "{name} must be an ISO 4217 currency code"), name=name
        )


_SETTINGS = {
    "name": s.text(100),
    "currency": _currency,
    "quorum": s.integer(1, 50),
    "recorder_counts": s.flag,
    "district_word": s.text(40),
}


def _person(change: Change) -> PersonId:
    return PersonId(change.body["person"].hex())


def _council_only(m: Membership, change: Change) -> str | None:
    """An active (not suspended, not removed) council member."""
    return m.why_not(change.author, COUNCIL)


# -- group.create ------------------------------------------------------------------


def _check_genesis(body: dict[str, Any]) -> None:
    s.check_body(
        body,
        {
            "name": s.text(100),
            "currency": _currency,
            "quorum": s.integer(1, 50),
            "founder": s.text(100),
        },
        {"recorder_counts": s.flag},
    )


def _anyone(m: Membership, change: Change) -> str | None:
    """Anyone: it founds a new group, whose id is this change's id."""
    return None


def _apply_genesis(m: Membership, change: Change) -> str | None:
    """Founds the group: its settings are `name`, `currency`, `quorum` and `recorder_counts`
    (false when absent); the author becomes an active council member named `founder`,
    linked to the change's device."""
    b = change.body
    m.settings = Settings(b["name"], b["currency"], b["quorum"], b.get("recorder_counts", False))
    m.members[change.author] = Member(
        change.author, b["founder"], {Role.COUNCIL.value}, devices={change.device}, since=change.id
    )
    return None


register(
    KindSpec(
        "group.create",
        _check_genesis,
        _anyone,
        apply_control=_apply_genesis,
        describe=lambda b: Words(
            QT_TRANSLATE_NOOP("core", "founded the group {name}"), name=b["name"]
        ),
    )
)


# -- group.settings ----------------------------------------------------------------


def _check_settings(body: dict[str, Any]) -> None:
    """At least one setting."""
    if not body:
        raise DecodeError(QT_TRANSLATE_NOOP("core", "a settings change must change something"))
    s.check_body(body, {}, _SETTINGS)


def _apply_settings(m: Membership, change: Change) -> str | None:
    """Sets each named setting to its new value; the others stay."""
    for key, value in change.body.items():
        setattr(m.settings, key, value)
    return None


register(
    KindSpec(
        "group.settings",
        _check_settings,
        _council_only,
        apply_control=_apply_settings,
        describe=lambda b: Words(
            QT_TRANSLATE_NOOP("core", "changed the group settings: {changed}"),
            changed=", ".join(f"{k} = {v}" for k, v in sorted(b.items())),
        ),
    )
)


# -- members -----------------------------------------------------------------------


def _check_add(body: dict[str, Any]) -> None:
    """No role twice."""
    s.check_body(
        body,
        {"person": s.key32, "name": s.text(100), "roles": s.list_of(_role, 4, min_len=1)},
        {"date": check_date, "district": s.key32},
    )
    if len(set(body["roles"])) != len(body["roles"]):
        raise DecodeError(QT_TRANSLATE_NOOP("core", "roles must not repeat"))


def _apply_add(m: Membership, change: Change) -> str | None:
    """Makes `person` an active member named `name` with `roles`, in `district` when
    given (a removed member may be added again, keeping their linked devices). Void when
    `person` is already a member who is not removed, signs for a family, or the district
    is unknown or retired."""
    person = _person(change)
    existing = m.members.get(person)
    if existing is not None and existing.status != Status.REMOVED:
        return Words(QT_TRANSLATE_NOOP("core", "{name} is already a member"), name=existing.name)
    if person in m.signs_for:
        return Words(
            QT_TRANSLATE_NOOP("core", "{person} signs for a family of the group already"),
            person=person[:8],
        )
    district = None
    if "district" in change.body:
        found = live_district(m, DistrictId(change.body["district"].hex()))
        if isinstance(found, str):
            return found
        district = found.id
    devices = existing.devices if existing is not None else set()
    m.members[person] = Member(
        person,
        change.body["name"],
        set(change.body["roles"]),
        devices=devices,
        since=change.id,
        district=district,
        joined=existing.joined if existing is not None else None,
    )
    return None


register(
    KindSpec(
        "member.add",
        _check_add,
        _council_only,
        apply_control=_apply_add,
        describe=lambda b: Words(
            QT_TRANSLATE_NOOP("core", "added {name} as {roles}"),
            name=b["name"],
            roles=listing(word(ROLE_WORDS, r) for r in b["roles"]),
        ),
    )
)


def _check_joined(body: dict[str, Any]) -> None:
    s.check_body(body, {"person": s.key32, "date": check_date})


def _apply_joined(m: Membership, change: Change) -> str | None:
    """Sets the member's join day to `date`, in place of the days their `member.add`
    changes name (the latest correction in replay order stands; a member added again
    keeps it). Entries already recorded stand and count whatever their date. Void when
    `person` was never a member."""
    member = m.members.get(_person(change))
    if member is None:
        return QT_TRANSLATE_NOOP("core", "that person is not a member")
    member.joined = change.body["date"]
    return None


register(
    KindSpec(
        "member.joined",
        _check_joined,
        _council_only,
        apply_control=_apply_joined,
        describe=lambda b: Words(
            QT_TRANSLATE_NOOP("core", "set the join day of member {person} to {date}"),
            person=b["person"].hex()[:8],
            date=b["date"],
        ),
    )
)


def _check_person(body: dict[str, Any]) -> None:
    s.check_body(
        body, {"person": s.key32}, {"reason": s.text(500, allow_empty=True), "date": check_date}
    )


def _status_change(new_status: Status, allowed_from: tuple[Status, ...]) -> Any:
    def apply(m: Membership, change: Change) -> str | None:
        member = m.members.get(_person(change))
        if member is None:
            return QT_TRANSLATE_NOOP("core", "that person is not a member")
        if member.status not in allowed_from:
            return Words(
                QT_TRANSLATE_NOOP("core", "{name} is {status}"),
                name=member.name,
                status=word(STATUS_WORDS, member.status),
            )
        if new_status != Status.ACTIVE and Role.COUNCIL.value in member.roles:
            councils = [
                p
                for p, x in m.members.items()
                if x.status == Status.ACTIVE and Role.COUNCIL.value in x.roles
            ]
            if councils == [member.person]:
                return QT_TRANSLATE_NOOP(
                    "core", "the group would be left without an active council member"
                )
        member.status = new_status
        return None

    was = " or ".join(x.value for x in allowed_from)
    apply.__doc__ = f"Makes the member {new_status.value}. Void when `person` is not a member" + (
        f", is not {was}, or is the group's last active council member."
        if new_status != Status.ACTIVE
        else f" or is not {was}."
    )
    return apply


def _describe_status(template: str) -> Any:
    return lambda b: Words(template, person=b["person"].hex()[:8])


for _kind, _status, _from, _verb in (
    (
        "member.remove",
        Status.REMOVED,
        (Status.ACTIVE, Status.SUSPENDED),
        QT_TRANSLATE_NOOP("core", "removed member {person}"),
    ),
    (
        "member.suspend",
        Status.SUSPENDED,
        (Status.ACTIVE,),
        QT_TRANSLATE_NOOP("core", "suspended member {person}"),
    ),
    (
        "member.reinstate",
        Status.ACTIVE,
        (Status.SUSPENDED,),
        QT_TRANSLATE_NOOP("core", "reinstated member {person}"),
    ),
):
    register(
        KindSpec(
            _kind,
            _check_person,
            _council_only,
            apply_control=_status_change(_status, _from),
            describe=_describe_status(_verb),
        )
    )


# -- roles -------------------------------------------------------------------------


def _check_role(body: dict[str, Any]) -> None:
    s.check_body(body, {"person": s.key32, "role": _role})


def _apply_grant(m: Membership, change: Change) -> str | None:
    """Adds `role` to the member's roles. Void when `person` is not a member or was removed."""
    member = m.members.get(_person(change))
    if member is None or member.status == Status.REMOVED:
        return QT_TRANSLATE_NOOP("core", "that person is not a member")
    member.roles.add(change.body["role"])
    return None


def _apply_revoke(m: Membership, change: Change) -> str | None:
    """Takes `role` from the member. Void when they do not hold it, when it is their only
    role, or when it would leave the group with no active council member."""
    member = m.members.get(_person(change))
    role = change.body["role"]
    if member is None or role not in member.roles:
        return Words(
            QT_TRANSLATE_NOOP("core", "that person does not hold the role {role}"),
            role=word(ROLE_WORDS, role),
        )
    if len(member.roles) == 1:
        return Words(
            QT_TRANSLATE_NOOP("core", "{name} would be left with no role (remove them instead)"),
            name=member.name,
        )
    if role == Role.COUNCIL.value:
        councils = [x for x in m.members.values() if x.status == Status.ACTIVE and role in x.roles]
        if len(councils) == 1:
            return QT_TRANSLATE_NOOP("core", "the group would be left without a council member")
    member.roles.discard(role)
    return None


register(
    KindSpec(
        "role.grant",
        _check_role,
        _council_only,
        apply_control=_apply_grant,
        describe=lambda b: Words(
            QT_TRANSLATE_NOOP("core", "granted the role {role} to {person}"),
            role=word(ROLE_WORDS, b["role"]),
            person=b["person"].hex()[:8],
        ),
    )
)
register(
    KindSpec(
        "role.revoke",
        _check_role,
        _council_only,
        apply_control=_apply_revoke,
        describe=lambda b: Words(
            QT_TRANSLATE_NOOP("core", "revoked the role {role} from {person}"),
            role=word(ROLE_WORDS, b["role"]),
            person=b["person"].hex()[:8],
        ),
    )
)
