"""User actions on districts, representatives and households (see
`ledger.savings.membership_actions` for the conventions: each refuses in words before
signing, and returns the signed change).

A district is named by the user by its name (any case) or by its id (or the first
eight or more hex digits of it); `find_district` resolves either.
"""

from __future__ import annotations

from collections.abc import Iterable

from ledger.store.change import Change
from ledger.store.district_kinds import MAX_HOUSEHOLD, live_district
from ledger.store.errors import NotFound, Refused
from ledger.store.ids import DistrictId, GroupId, PersonId
from ledger.store.membership import District, Membership, Status
from ledger.store.persons import Signer, person_bytes
from ledger.store.store import Store
from ledger.store.words import QT_TRANSLATE_NOOP, Words

_NAME_MAX = 60


def find_district(m: Membership, ref: str, *, retired_ok: bool = False) -> District:
    """The district `ref` names: its name (trimmed, any case; active districts first), its
    id, or an unambiguous prefix of its id of at least 8 hex digits."""
    wanted = ref.strip().casefold()
    by_name = [d for d in m.districts.values() if d.name.casefold() == wanted]
    by_name.sort(key=lambda d: d.retired)
    found = by_name[0] if by_name else None
    if found is None and len(wanted) >= 8:
        hits = [d for d in m.districts.values() if d.id.startswith(wanted)]
        found = hits[0] if len(hits) == 1 else None
    if found is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("core", "no {district} '{ref}' in this group"),
            district=m.district_word(),
            ref=ref,
        )
    live = live_district(m, found.id)
    if isinstance(live, str) and not retired_ok:
        raise Refused(live)
    return found


def _name(m: Membership, name: str, besides: DistrictId | None = None) -> str:
    name = name.strip()
    if not name or len(name) > _NAME_MAX:
        raise Refused(
            QT_TRANSLATE_NOOP("core", "a {district} name has 1 to {max} characters"),
            district=m.district_word(),
            max=_NAME_MAX,
        )
    for d in m.active_districts():
        if d.id != besides and d.name.casefold() == name.casefold():
            raise Refused(
                QT_TRANSLATE_NOOP("core", "the group already has a {district} called {name}"),
                district=m.district_word(),
                name=d.name,
            )
    return name


def _membership(store: Store, group: GroupId) -> Membership:
    return store.state(group).membership


def add_district(store: Store, signer: Signer, group: GroupId, *, name: str) -> Change:
    """Add a district; its id is the returned change's id."""
    m = _membership(store, group)
    return store.write(signer, group, "district.add", {"name": _name(m, name)})


def rename_district(
    store: Store, signer: Signer, group: GroupId, district: str, *, name: str
) -> Change:
    m = _membership(store, group)
    found = find_district(m, district)
    body = {"district": bytes.fromhex(found.id), "name": _name(m, name, besides=found.id)}
    return store.write(signer, group, "district.rename", body)


def retire_district(store: Store, signer: Signer, group: GroupId, district: str) -> Change:
    """Retire a district that has no members left (move them first)."""
    m = _membership(store, group)
    found = find_district(m, district)
    still = m.district_members(found.id)
    if still:
        raise Refused(
            QT_TRANSLATE_NOOP(
                "core", "the {district} {name} still has {count} members: move them first"
            ),
            district=m.district_word(),
            name=found.name,
            count=len(still),
        )
    return store.write(signer, group, "district.retire", {"district": bytes.fromhex(found.id)})


def _member_of_group(m: Membership, person: PersonId | str) -> bytes:
    raw = person_bytes(person)
    member = m.members.get(PersonId(raw.hex()))
    if member is None or member.status == Status.REMOVED:
        raise NotFound(
            QT_TRANSLATE_NOOP("core", "{person} is not a member of this group"),
            person=str(person)[:8],
        )
    return raw


def move_member(
    store: Store, signer: Signer, group: GroupId, person: PersonId | str, *, district: str
) -> Change:
    """Move a member to another district (or into one, when they had none)."""
    m = _membership(store, group)
    raw = _member_of_group(m, person)
    found = find_district(m, district)
    member = m.members[PersonId(raw.hex())]
    if member.district == found.id:
        raise Refused(
            QT_TRANSLATE_NOOP("core", "{name} is in {district} already"),
            name=member.name,
            district=found.name,
        )
    body = {"person": raw, "district": bytes.fromhex(found.id)}
    return store.write(signer, group, "member.move", body)


def appoint_rep(
    store: Store, signer: Signer, group: GroupId, person: PersonId | str, *, district: str
) -> Change:
    """Make a member the representative of a district (one district at a time)."""
    m = _membership(store, group)
    raw = _member_of_group(m, person)
    found = find_district(m, district)
    body = {"person": raw, "district": bytes.fromhex(found.id)}
    return store.write(signer, group, "rep.appoint", body)


def dismiss_rep(store: Store, signer: Signer, group: GroupId, person: PersonId | str) -> Change:
    m = _membership(store, group)
    raw = person_bytes(person)
    member = m.members.get(PersonId(raw.hex()))
    if member is None or member.represents is None:
        raise Refused(QT_TRANSLATE_NOOP("core", "that person is not a district representative"))
    return store.write(signer, group, "rep.dismiss", {"person": raw})


def set_household(
    store: Store,
    signer: Signer,
    group: GroupId,
    family: PersonId | str,
    persons: Iterable[tuple[PersonId | str, str]],
) -> Change:
    """Set who else may sign for a family member: (person id, name) pairs, replacing the
    earlier list (empty: only the member's own key)."""
    m = _membership(store, group)
    raw = _member_of_group(m, family)
    rows: list[list[object]] = []
    seen = {raw}
    for person, name in persons:
        key = person_bytes(person)
        if key in seen:
            raise Refused(
                QT_TRANSLATE_NOOP("core", "a person may be named only once in a household")
            )
        seen.add(key)
        pid = PersonId(key.hex())
        if pid in m.members:
            raise Refused(
                QT_TRANSLATE_NOOP(
                    "core", "{person} is a member of the group and cannot sign for a family"
                ),
                person=m.members[pid].name,
            )
        other = m.signs_for.get(pid)
        if other is not None and other != raw.hex():
            raise Refused(
                QT_TRANSLATE_NOOP("core", "{person} signs for another family already"),
                person=pid[:8],
            )
        if not name.strip() or len(name.strip()) > 100:
            raise Refused(QT_TRANSLATE_NOOP("core", "a name has 1 to 100 characters"))
        rows.append([key, name.strip()])
    if len(rows) > MAX_HOUSEHOLD:
        raise Refused(
            QT_TRANSLATE_NOOP("core", "at most {max} persons may sign for one family"),
            max=MAX_HOUSEHOLD,
        )
    return store.write(signer, group, "member.household", {"person": raw, "persons": rows})


def district_word_problem(word: str) -> Words | None:
    """Why `word` cannot be what a group calls its districts, or None."""
    if not word.strip() or len(word.strip()) > 40:
        return Words(QT_TRANSLATE_NOOP("core", "the word for a district has 1 to 40 characters"))
    return None
