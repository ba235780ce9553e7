"""Every user action on a group, as one call: the CLI and the window both use these.

Each action checks what it can before signing (so a refusal writes nothing) and
returns the signed change.
"""

from __future__ import annotations

import time
from typing import Any

from ledger.savings.books import books_of
from ledger.savings.district_actions import find_district
from ledger.savings.joined import first_entry, joined_on
from ledger.savings.money import is_currency
from ledger.store.change import Change
from ledger.store.documents import edit_update, new_document
from ledger.store.errors import NotFound, Refused
from ledger.store.ids import GroupId, PersonId, WriterId, writer_id
from ledger.store.invites import InviteCode
from ledger.store.keyring import Keyring
from ledger.store.membership import ROLE_WORDS, ROLES
from ledger.store.persons import SealedKey, Signer, create_person, person_bytes
from ledger.store.store import Store
from ledger.store.words import QT_TRANSLATE_NOOP, listing, word

DAY_MS = 24 * 3600 * 1000


def _role(role: str) -> str:
    if role not in ROLES:
        raise Refused(
            QT_TRANSLATE_NOOP("core", "'{role}' is not a role (one of {choices})"),
            role=role,
            choices=listing(word(ROLE_WORDS, r) for r in ROLES),
        )
    return role


def create_group(
    store: Store,
    signer: Signer,
    *,
    name: str,
    currency: str,
    quorum: int = 2,
    founder_name: str | None = None,
) -> Change:
    currency = currency.strip().upper()
    if not is_currency(currency):
        raise Refused(
            QT_TRANSLATE_NOOP(
                "core", "'{currency}' is not an ISO 4217 currency code (e.g. KES, RWF, USD)"
            ),
            currency=currency,
        )
    if not 1 <= quorum <= 50:
        raise Refused(
            QT_TRANSLATE_NOOP("core", "the sign-off quorum must be between 1 and 50 elders")
        )
    body = {
        "name": name.strip(),
        "currency": currency,
        "quorum": quorum,
        "founder": (founder_name or signer.name).strip(),
    }
    return store.write(signer, None, "group.create", body)


def change_settings(
    store: Store,
    signer: Signer,
    group: GroupId,
    *,
    name: str | None = None,
    currency: str | None = None,
    quorum: int | None = None,
    recorder_counts: bool | None = None,
    district_word: str | None = None,
) -> Change:
    """Change the named settings; `district_word` is what the group calls its districts."""
    body: dict[str, object] = {}
    if name is not None:
        body["name"] = name.strip()
    if currency is not None:
        if not is_currency(currency.upper()):
            raise Refused(
                QT_TRANSLATE_NOOP("core", "'{currency}' is not an ISO 4217 currency code"),
                currency=currency,
            )
        body["currency"] = currency.upper()
    if quorum is not None:
        body["quorum"] = quorum
    if recorder_counts is not None:
        body["recorder_counts"] = recorder_counts
    if district_word is not None:
        from ledger.savings.district_actions import district_word_problem

        problem = district_word_problem(district_word)
        if problem is not None:
            raise Refused(problem)
        body["district_word"] = district_word.strip()
    if not body:
        raise Refused(QT_TRANSLATE_NOOP("core", "nothing to change"))
    return store.write(signer, group, "group.settings", body)


def add_member(
    store: Store,
    signer: Signer,
    group: GroupId,
    *,
    person: PersonId | str,
    name: str,
    roles: list[str],
    date: str | None = None,
    district: str | None = None,
) -> Change:
    """Add a member; `date` (default: today) is the day they joined, which reports use;
    `district` (a name or id) the district they belong to."""
    body: dict[str, object] = {
        "person": person_bytes(person),
        "name": name.strip(),
        "roles": [_role(r) for r in roles],
    }
    if date is not None:
        body["date"] = _day(date)
    membership = store.state(group).membership
    if person_bytes(person).hex() in membership.signs_for:
        raise Refused(
            QT_TRANSLATE_NOOP("core", "{person} signs for a family of the group already"),
            person=str(person)[:8],
        )
    if district is not None:
        from ledger.savings.district_actions import find_district

        body["district"] = bytes.fromhex(find_district(membership, district).id)
    return store.write(signer, group, "member.add", body)


MIN_SECRET = 4
"""The fewest characters of a passphrase or PIN that seals a key on this PC."""


def add_member_without_pc(
    store: Store,
    keyring: Keyring,
    signer: Signer,
    group: GroupId,
    *,
    name: str,
    passphrase: str,
    roles: list[str],
    date: str | None = None,
    district: str | None = None,
) -> Change:
    """Add a member who has no PC of their own: a new key for them, sealed on this (shared)
    PC under their passphrase or PIN, and their membership. The key is kept only once the
    membership is written, so a refusal leaves neither behind."""
    check_new_passphrase(passphrase)
    sealed, _ = create_person(name, passphrase)
    return add_member_with_key(
        store, keyring, signer, group, sealed=sealed, roles=roles, date=date, district=district
    )


def check_new_passphrase(passphrase: str) -> None:
    """Refuse a passphrase or PIN too short to seal a new key with (before the slow sealing)."""
    if len(passphrase) < MIN_SECRET:
        raise Refused(
            QT_TRANSLATE_NOOP("core", "a passphrase or PIN needs at least {count} characters"),
            count=MIN_SECRET,
        )


def add_member_with_key(
    store: Store,
    keyring: Keyring,
    signer: Signer,
    group: GroupId,
    *,
    sealed: SealedKey,
    roles: list[str],
    date: str | None = None,
    district: str | None = None,
) -> Change:
    """`add_member_without_pc` for a key already sealed by `persons.create_person` (the window
    seals it off its GUI thread: Argon2id takes a while); the key is kept once the
    membership is written."""
    change = add_member(
        store,
        signer,
        group,
        person=sealed.person,
        name=sealed.name,
        roles=roles,
        date=date,
        district=district,
    )
    keyring.keep(sealed)
    return change


def _day(date: str) -> str:
    from ledger.savings.inputs import day_of

    return day_of(date)


def _member_status(
    kind: str,
    store: Store,
    signer: Signer,
    group: GroupId,
    person: PersonId | str,
    reason: str = "",
    date: str | None = None,
) -> Change:
    members = store.state(group).membership.members
    if PersonId(str(person)) not in members:
        raise NotFound(
            QT_TRANSLATE_NOOP("core", "{person} is not a member of this group"),
            person=str(person)[:8],
        )
    body: dict[str, object] = {"person": person_bytes(person)}
    if reason:
        body["reason"] = reason
    if date is not None:
        body["date"] = _day(date)
    return store.write(signer, group, kind, body)


def remove_member(
    store: Store,
    signer: Signer,
    group: GroupId,
    person: PersonId | str,
    reason: str = "",
    date: str | None = None,
) -> Change:
    """Remove a member; `date` (default: today) is the day they left, which reports use."""
    return _member_status("member.remove", store, signer, group, person, reason, date)


def suspend_member(
    store: Store, signer: Signer, group: GroupId, person: PersonId | str, date: str | None = None
) -> Change:
    return _member_status("member.suspend", store, signer, group, person, date=date)


def reinstate_member(
    store: Store, signer: Signer, group: GroupId, person: PersonId | str, date: str | None = None
) -> Change:
    return _member_status("member.reinstate", store, signer, group, person, date=date)


def grant_role(
    store: Store, signer: Signer, group: GroupId, person: PersonId | str, role: str
) -> Change:
    body = {"person": person_bytes(person), "role": _role(role)}
    return store.write(signer, group, "role.grant", body)


def revoke_role(
    store: Store, signer: Signer, group: GroupId, person: PersonId | str, role: str
) -> Change:
    body = {"person": person_bytes(person), "role": _role(role)}
    return store.write(signer, group, "role.revoke", body)


def create_invite(
    store: Store,
    signer: Signer,
    group: GroupId,
    *,
    role: str,
    valid_days: int = 7,
    address: str | None = None,
    district: str | None = None,
) -> tuple[InviteCode, Change]:
    """A single-use code; with `address` (this PC's), it also carries the group's relays,
    so a PC in another town can reach this one through them. With `district` (a name or
    id, see `find_district`), the joiner lands in that district."""
    if not 1 <= valid_days <= 365:
        raise Refused(QT_TRANSLATE_NOOP("core", "an invite is valid for 1 to 365 days"))
    membership = store.membership(group)
    body: dict[str, Any] = {"role": _role(role)}
    if district is not None:
        body["district"] = bytes.fromhex(find_district(membership, district).id)
    code = InviteCode.new(address, membership.settings.relays if address else ())
    body["key"] = code.public_key
    body["expires"] = int(time.time() * 1000) + valid_days * DAY_MS
    return code, store.write(signer, group, "invite.create", body)


def join_group(
    store: Store, signer: Signer, group: GroupId, code: InviteCode, *, name: str
) -> Change:
    """Record the join, once this PC holds the group (fetched by sync or from a file)."""
    invite = store.state(group).membership.invites.get(code.public_key.hex())
    if invite is None:
        raise NotFound(QT_TRANSLATE_NOOP("core", "this invite code does not belong to that group"))
    if invite.used_by is not None:
        raise Refused(QT_TRANSLATE_NOOP("core", "this invite code was already used"))
    if invite.expires < int(time.time() * 1000):
        raise Refused(QT_TRANSLATE_NOOP("core", "this invite code has expired: ask for a new one"))
    body = {
        "invite": code.public_key,
        "name": name.strip(),
        "proof": code.join_proof(group, signer.person),
    }
    return store.write(signer, group, "member.join", body)


def link_device(store: Store, signer: Signer, group: GroupId, label: str = "") -> Change:
    body = {"label": label.strip()} if label.strip() else {}
    return store.write(signer, group, "device.link", body)


def edit_document(
    store: Store, signer: Signer, group: GroupId, doc: str, text: str
) -> Change | None:
    """Replace a collaborative document's text; returns None when it was unchanged."""
    writer: WriterId = writer_id(signer.person, store.device_id)

    def body() -> dict[str, Any] | None:
        current = store.document(group, doc) or new_document()
        update = edit_update(current, doc, writer, text)
        return None if update is None else {"doc": doc, "update": update}

    return store.write_built(signer, group, "doc.edit", body)


def set_join_day(
    store: Store, signer: Signer, group: GroupId, *, person: PersonId | str, date: str
) -> Change:
    """Correct the day `person` joined (a wrong day typed when they were added). Refused
    before signing: a day that is not a real date or is in the future, a person who is not
    a member, the day they have already, and a day after an entry already recorded for
    them (moving the day would leave that entry before it: reverse it first)."""
    if not date.strip():
        raise Refused(QT_TRANSLATE_NOOP("core", "say the day the member joined"))
    day = _day(date.strip())
    state = store.state(group)
    member = state.membership.members.get(PersonId(str(person)))
    if member is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("core", "{person} is not a member of this group"),
            person=str(person)[:8],
        )
    if joined_on(store.history(group), state.membership, member.person) == day:
        raise Refused(
            QT_TRANSLATE_NOOP("core", "{name} joined on {date} already: nothing to change"),
            name=member.name,
            date=day,
        )
    first = first_entry(books_of(state), member.person)
    if first is not None and first.date < day:
        raise Refused(
            QT_TRANSLATE_NOOP(
                "core",
                "{name} has an entry dated {first} (entry {entry}): the join day cannot be "
                "after it; choose {first} or earlier, or reverse that entry first",
            ),
            name=member.name,
            first=first.date,
            entry=first.id[:8],
        )
    body = {"person": person_bytes(member.person), "date": day}
    return store.write(signer, group, "member.joined", body)
