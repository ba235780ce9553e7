"""The kinds that shape a group into districts: districts themselves, which district each
member belongs to, district representatives, and the persons who sign for a family.

They are control kinds (folded for authorization, like membership), because who may
record for a member depends on the member's district and on who represents it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from ledger.store import schema as s
from ledger.store.change import Change
from ledger.store.errors import DecodeError
from ledger.store.ids import DistrictId, PersonId
from ledger.store.kinds import GroupWord, KindSpec, register
from ledger.store.membership import District, Member, Membership, Role, Status
from ledger.store.words import QT_TRANSLATE_NOOP, Words

COUNCIL = frozenset({Role.COUNCIL.value})
WORD = GroupWord(QT_TRANSLATE_NOOP("core", "district"))
"""In descriptions: "district" until `ledger.store.kinds.describe` binds the group's word."""
MAX_HOUSEHOLD = 12
"""The most persons who may sign for one family."""
_name = s.text(60)
T = TypeVar("T")


def _council_only(m: Membership, change: Change) -> str | None:
    """An active (not suspended, not removed) council member."""
    return m.why_not(change.author, COUNCIL)


def _district_id(change: Change) -> DistrictId:
    return DistrictId(change.body["district"].hex())


def _person(change: Change) -> PersonId:
    return PersonId(change.body["person"].hex())


def _refusal(m: Membership, template: str, **params: object) -> Words:
    """Why a change is void, naming districts in the group's own word (`{district}`)."""
    return Words(template, district=m.district_word(), **params)


def _looked_up(found: T | None, why_not: Callable[[T | None], Words | None]) -> T | str:
    """The look-up-or-refuse of these kinds: `found`, unless `why_not` (asked of what was
    found, None when nothing was) gives a reason."""
    reason = why_not(found)
    if reason is not None:
        return reason
    assert found is not None
    return found


def _name_taken(m: Membership, name: str, besides: DistrictId | None = None) -> str | None:
    wanted = name.strip().casefold()
    same = next(
        (
            d
            for d in m.active_districts()
            if d.id != besides and d.name.strip().casefold() == wanted
        ),
        None,
    )
    if same is None:
        return None
    return _refusal(
        m,
        QT_TRANSLATE_NOOP("core", "the group already has a {district} called {name}"),
        name=same.name,
    )


def live_district(m: Membership, district: DistrictId) -> District | str:
    """The district named, or why it cannot take members (unknown or retired)."""

    def why_not(found: District | None) -> Words | None:
        if found is None:
            return _refusal(
                m, QT_TRANSLATE_NOOP("core", "no {district} {id} in this group"), id=district[:8]
            )
        if found.retired:
            return _refusal(
                m, QT_TRANSLATE_NOOP("core", "the {district} {name} was retired"), name=found.name
            )
        return None

    return _looked_up(m.districts.get(district), why_not)


def _member(m: Membership, person: PersonId) -> Member | str:
    """The member, or why not (unknown, or removed)."""

    def why_not(found: Member | None) -> Words | None:
        if found is None or found.status == Status.REMOVED:
            return Words(
                QT_TRANSLATE_NOOP("core", "{person} is not a member of the group"),
                person=person[:8],
            )
        return None

    return _looked_up(m.members.get(person), why_not)


# -- districts ---------------------------------------------------------------------


def _check_add(body: dict[str, Any]) -> None:
    s.check_body(body, {"name": _name})


def _apply_add(m: Membership, change: Change) -> str | None:
    """Adds a district named `name` (trimmed), whose id is the change id. Void when an
    active district has the same name (trimmed, case-folded)."""
    name = change.body["name"].strip()
    reason = _name_taken(m, name)
    if reason is not None:
        return reason
    did = DistrictId(change.id)
    m.districts[did] = District(did, name)
    return None


def _check_rename(body: dict[str, Any]) -> None:
    s.check_body(body, {"district": s.key32, "name": _name})


def _apply_rename(m: Membership, change: Change) -> str | None:
    """Renames `district`. Void when it is unknown or retired, or another active district
    has the new name."""
    found = live_district(m, _district_id(change))
    if isinstance(found, str):
        return found
    name = change.body["name"].strip()
    reason = _name_taken(m, name, besides=found.id)
    if reason is not None:
        return reason
    found.name = name
    return None


def _check_district(body: dict[str, Any]) -> None:
    s.check_body(body, {"district": s.key32})


def _apply_retire(m: Membership, change: Change) -> str | None:
    """Retires `district`: it takes no members and no representative any more, and keeps
    its name for history; its representatives stop representing it. Void when it is
    unknown or retired already, or still has members who are not removed (move them
    first)."""
    found = live_district(m, _district_id(change))
    if isinstance(found, str):
        return found
    still = m.district_members(found.id)
    if still:
        return _refusal(
            m,
            QT_TRANSLATE_NOOP(
                "core", "the {district} {name} still has {count} members: move them first"
            ),
            name=found.name,
            count=len(still),
        )
    found.retired = True
    for member in m.members.values():
        if member.represents == found.id:
            member.represents = None
    return None


for _kind, _check, _apply, _words in (
    (
        "district.add",
        _check_add,
        _apply_add,
        lambda b: Words(
            QT_TRANSLATE_NOOP("core", "added the {word} {name}"), word=WORD, name=b["name"]
        ),
    ),
    (
        "district.rename",
        _check_rename,
        _apply_rename,
        lambda b: Words(
            QT_TRANSLATE_NOOP("core", "renamed {word} {district} to {name}"),
            word=WORD,
            district=b["district"].hex()[:8],
            name=b["name"],
        ),
    ),
    (
        "district.retire",
        _check_district,
        _apply_retire,
        lambda b: Words(
            QT_TRANSLATE_NOOP("core", "retired {word} {district}"),
            word=WORD,
            district=b["district"].hex()[:8],
        ),
    ),
):
    register(KindSpec(_kind, _check, _council_only, apply_control=_apply, describe=_words))


# -- members in districts ----------------------------------------------------------


def _check_move(body: dict[str, Any]) -> None:
    s.check_body(body, {"person": s.key32, "district": s.key32})


def _apply_move(m: Membership, change: Change) -> str | None:
    """Moves the member `person` to `district`. Void when `person` is not a member (or was
    removed), the district is unknown or retired, or the member is in it already. A
    representative who moves keeps representing their district until dismissed."""
    member = _member(m, _person(change))
    if isinstance(member, str):
        return member
    found = live_district(m, _district_id(change))
    if isinstance(found, str):
        return found
    if member.district == found.id:
        return Words(
            QT_TRANSLATE_NOOP("core", "{name} is in {district} already"),
            name=member.name,
            district=found.name,
        )
    member.district = found.id
    return None


register(
    KindSpec(
        "member.move",
        _check_move,
        _council_only,
        apply_control=_apply_move,
        describe=lambda b: Words(
            QT_TRANSLATE_NOOP("core", "moved member {person} to {word} {district}"),
            word=WORD,
            person=b["person"].hex()[:8],
            district=b["district"].hex()[:8],
        ),
    )
)


# -- representatives ---------------------------------------------------------------


def _apply_appoint(m: Membership, change: Change) -> str | None:
    """Makes the member `person` the representative of `district` (one district at a time:
    a representative appointed again moves to the new district). A representative may
    record entries for that district's members and open its meetings. Void when `person`
    is not a member (or was removed) or the district is unknown or retired."""
    member = _member(m, _person(change))
    if isinstance(member, str):
        return member
    found = live_district(m, _district_id(change))
    if isinstance(found, str):
        return found
    member.represents = found.id
    return None


def _check_person(body: dict[str, Any]) -> None:
    s.check_body(body, {"person": s.key32})


def _apply_dismiss(m: Membership, change: Change) -> str | None:
    """Ends `person`'s role as a district representative. Void when they are not one."""
    member = m.members.get(_person(change))
    if member is None or member.represents is None:
        return QT_TRANSLATE_NOOP("core", "that person is not a district representative")
    member.represents = None
    return None


register(
    KindSpec(
        "rep.appoint",
        _check_move,
        _council_only,
        apply_control=_apply_appoint,
        describe=lambda b: Words(
            QT_TRANSLATE_NOOP("core", "made {person} the representative of {word} {district}"),
            word=WORD,
            person=b["person"].hex()[:8],
            district=b["district"].hex()[:8],
        ),
    )
)
register(
    KindSpec(
        "rep.dismiss",
        _check_person,
        _council_only,
        apply_control=_apply_dismiss,
        describe=lambda b: Words(
            QT_TRANSLATE_NOOP("core", "ended {person}'s role as a {word} representative"),
            word=WORD,
            person=b["person"].hex()[:8],
        ),
    )
)


# -- households --------------------------------------------------------------------


@s.described("[bstr .size 32, tstr]", "[person, name]: a person who may sign for the family")
def _signer_row(value: Any, name: str) -> None:
    if not isinstance(value, list) or len(value) != 2:
        raise DecodeError(QT_TRANSLATE_NOOP("core", "{name} must be [person, name]"), name=name)
    s.key32(value[0], f"{name} person")
    s.text(100)(value[1], f"{name} name")


def _check_household(body: dict[str, Any]) -> None:
    """No person twice, and not the family's own person."""
    s.check_body(body, {"person": s.key32, "persons": s.list_of(_signer_row, MAX_HOUSEHOLD)})
    keys = [row[0] for row in body["persons"]]
    if len(set(keys)) != len(keys) or body["person"] in keys:
        raise DecodeError(
            QT_TRANSLATE_NOOP("core", "a person may be named only once in a household")
        )


def _apply_household(m: Membership, change: Change) -> str | None:
    """Sets who else may sign for the family `person` (replacing the earlier list; an
    empty list leaves only the member's own key). A household person acts as the family:
    with its roles and status, and a PC they link is linked to the family. Void when
    `person` is not a member (or was removed), or a person named is a member of the group
    themselves or signs for another family."""
    family = _member(m, _person(change))
    if isinstance(family, str):
        return family
    persons = {PersonId(raw.hex()): name.strip() for raw, name in change.body["persons"]}
    for person in persons:
        if person in m.members:
            return Words(
                QT_TRANSLATE_NOOP(
                    "core", "{person} is a member of the group and cannot sign for a family"
                ),
                person=m.members[person].name,
            )
        other = m.signs_for.get(person)
        if other is not None and other != family.person:
            return Words(
                QT_TRANSLATE_NOOP("core", "{person} signs for another family already"),
                person=person[:8],
            )
    for person in family.household:
        m.signs_for.pop(person, None)
    family.household = persons
    for person in persons:
        m.signs_for[person] = family.person
    return None


register(
    KindSpec(
        "member.household",
        _check_household,
        _council_only,
        apply_control=_apply_household,
        describe=lambda b: Words(
            QT_TRANSLATE_NOOP("core", "set who may sign for family {person}: {count} persons"),
            person=b["person"].hex()[:8],
            count=len(b["persons"]),
        ),
    )
)
