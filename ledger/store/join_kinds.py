"""The kinds by which a person comes into a group: an invite, joining with its code, and
linking another PC. Generic to any group on the store (they touch only membership)."""

from __future__ import annotations

from typing import Any

from ledger.store import schema as s
from ledger.store.change import Change
from ledger.store.district_kinds import live_district
from ledger.store.ids import DeviceId, DistrictId
from ledger.store.invites import check_join_proof
from ledger.store.kinds import KindSpec, register
from ledger.store.membership import ROLE_WORDS, ROLES, Invite, Member, Membership, Role
from ledger.store.words import QT_TRANSLATE_NOOP, Words, word

COUNCIL = frozenset({Role.COUNCIL.value})
ANY_ROLE = frozenset(ROLES)
_role = s.one_of(*ROLES)


def _council_only(m: Membership, change: Change) -> str | None:
    """An active (not suspended, not removed) council member."""
    return m.why_not(change.author, COUNCIL)


def _check_invite(body: dict[str, Any]) -> None:
    s.check_body(
        body,
        {"key": s.key32, "role": _role, "expires": s.integer(0, 2**62)},
        {"district": s.key32},
    )


def _apply_invite(m: Membership, change: Change) -> str | None:
    """Records a live invite: the public `key` derived from the code, the `role` a joiner
    gets, `expires` (Unix ms), and optionally the `district` a joiner lands in. Void when
    an invite with this key exists, or `district` is unknown or retired."""
    key = change.body["key"].hex()
    if key in m.invites:
        return QT_TRANSLATE_NOOP("core", "an invite with this key already exists")
    district = None
    if "district" in change.body:
        found = live_district(m, DistrictId(change.body["district"].hex()))
        if isinstance(found, str):
            return found
        district = found.id
    m.invites[key] = Invite(
        key, change.body["role"], change.body["expires"], change.author, district=district
    )
    return None


register(
    KindSpec(
        "invite.create",
        _check_invite,
        _council_only,
        apply_control=_apply_invite,
        describe=lambda b: Words(
            QT_TRANSLATE_NOOP("core", "created an invite for a new {role}"),
            role=word(ROLE_WORDS, b["role"]),
        ),
    )
)


def _check_join(body: dict[str, Any]) -> None:
    s.check_body(body, {"invite": s.key32, "name": s.text(100), "proof": s.raw_bytes(64)})


def _authorize_join(m: Membership, change: Change) -> str | None:
    """The holder of a live invite: `invite` names an invite of the group not used yet,
    the change's clock `t` is not after its `expires`, the author is not an active
    member, and `proof` is the invite key's Ed25519 signature over
    `"lattice/join/v1" || 0x00 || group id || author key` (see `ledger.store.invites`)."""
    invite = m.invites.get(change.body["invite"].hex())
    if invite is None:
        return QT_TRANSLATE_NOOP("core", "no such invite in this group")
    if invite.used_by is not None:
        return QT_TRANSLATE_NOOP("core", "this invite was already used")
    if change.clock > invite.expires:
        return QT_TRANSLATE_NOOP("core", "this invite had expired")
    if m.is_active(change.author):
        return QT_TRANSLATE_NOOP("core", "already a member of the group")
    if not check_join_proof(
        change.body["invite"], change.group, change.author, change.body["proof"]
    ):
        return QT_TRANSLATE_NOOP("core", "the join does not prove possession of the invite code")
    return None


def _apply_join(m: Membership, change: Change) -> str | None:
    """Marks the invite used and makes the author an active member named `name` with the
    invite's role, linked to the change's device, in the invite's district if it has one
    and that district is not retired by then in replay order (else in no district: the
    council moves them). Void when the invite was used by an earlier join in replay order."""
    invite = m.invites[change.body["invite"].hex()]
    if invite.used_by is not None:
        return QT_TRANSLATE_NOOP("core", "this invite was used by someone else at the same time")
    invite.used_by = change.author
    district = invite.district
    if district is not None and isinstance(live_district(m, district), str):
        district = None
    m.members[change.author] = Member(
        change.author,
        change.body["name"],
        {invite.role},
        devices={change.device},
        since=change.id,
        district=district,
    )
    return None


register(
    KindSpec(
        "member.join",
        _check_join,
        _authorize_join,
        apply_control=_apply_join,
        describe=lambda b: Words(
            QT_TRANSLATE_NOOP("core", "{name} joined with an invite"), name=b["name"]
        ),
    )
)


def _check_link(body: dict[str, Any]) -> None:
    s.check_body(body, {}, {"label": s.text(100)})


def _apply_link(m: Membership, change: Change) -> str | None:
    """Links the change's device to its author, or to the family a household person signs
    for (peers serve the group to linked devices)."""
    member = m.member_of(change.author)
    if member is None:
        return QT_TRANSLATE_NOOP("core", "the author is not a member")
    member.devices.add(DeviceId(change.device))
    return None


def _authorize_link(m: Membership, change: Change) -> str | None:
    """Any active member, viewers too, from a device not yet linked for them."""
    reason = m.why_not(change.author, ANY_ROLE)
    member = m.member_of(change.author)
    if reason is None and member is not None and change.device in member.devices:
        return QT_TRANSLATE_NOOP("core", "this PC is already linked to the group for this person")
    return reason


register(
    KindSpec(
        "device.link",
        _check_link,
        _authorize_link,
        apply_control=_apply_link,
        describe=lambda b: QT_TRANSLATE_NOOP("core", "linked a PC to the group"),
    )
)
