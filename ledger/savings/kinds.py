"""Registers the finance kinds: who may author each (from the causal past) and its effect.

Authorization here depends only on the membership in the change's causal past;
whatever depends on the books (funds, balances, rules) is decided in `apply`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ledger.savings import (
    cycles,
    descriptions,
    entries,
    goals,
    meetings,
    rules,
    signoff,
    snapshot_part,
)
from ledger.savings.books import books_of
from ledger.store.change import Change
from ledger.store.district_kinds import live_district
from ledger.store.ids import DistrictId, PersonId
from ledger.store.kinds import KindSpec, register
from ledger.store.membership import ROLES, District, Membership, Role, Status
from ledger.store.words import QT_TRANSLATE_NOOP, Words

if TYPE_CHECKING:
    from ledger.store.state import GroupState

COUNCIL = frozenset({Role.COUNCIL.value})
ELDER = frozenset({Role.ELDER.value})
ANY = frozenset(ROLES)


def _council(m: Membership, change: Change) -> str | None:
    """An active (not suspended, not removed) council member."""
    return m.why_not(change.author, COUNCIL)


def _known(m: Membership, raw: bytes) -> str | None:
    member = m.members.get(PersonId(raw.hex()))
    if member is None or member.status == Status.REMOVED:
        return Words(
            QT_TRANSLATE_NOOP("core", "{person} is not a member of the group"), person=raw.hex()[:8]
        )
    return None


def _representing(m: Membership, change: Change) -> District | None:
    """The district the author represents when they are an active representative who is
    not council (council acts for the whole group)."""
    if _council(m, change) is None:
        return None
    return _represented(m, change)


def _represented(m: Membership, change: Change) -> District | None:
    """`_representing` for an author known not to be active council."""
    member = m.member_of(change.author)
    if member is None or member.represents is None or m.why_not(change.author, ANY) is not None:
        return None
    return m.districts.get(member.represents)


def _for_district(m: Membership, district: District, raw: bytes) -> str | None:
    """None when `raw` names a member (not removed) of `district`; else the reason."""
    reason = _known(m, raw)
    if reason is not None:
        return reason
    member = m.members[PersonId(raw.hex())]
    if member.district != district.id:
        return Words(
            QT_TRANSLATE_NOOP(
                "core",
                "a representative of {district} records only for its members, "
                "and {name} is not one of them",
            ),
            district=district.name,
            name=member.name,
        )
    return None


def _authorize_entry(m: Membership, change: Change) -> str | None:
    """An active council member, or the representative of a district (an active member
    appointed by `rep.appoint`) for an entry naming a `member` of that district (a
    reversal names none: council only). A `member` the body names must be a member not
    removed. All in the change's causal past."""
    reason = _council(m, change)  # (asked once: most entries are council's)
    district = None if reason is None else _represented(m, change)
    if district is not None:
        if "member" not in change.body:
            return Words(
                QT_TRANSLATE_NOOP(
                    "core",
                    "a representative records entries for a member of their {district} only",
                ),
                district=m.district_word(),
            )
        return _for_district(m, district, change.body["member"])
    if reason is None and "member" in change.body:
        reason = _known(m, change.body["member"])
    return reason


def _authorize_open(m: Membership, change: Change) -> str | None:
    """An active council member, or the representative of the `district` the meeting is
    for. A `district` must be an active district (in the change's causal past)."""
    raw = change.body.get("district")
    found: District | None = None
    if raw is not None:
        live = live_district(m, DistrictId(raw.hex()))
        if isinstance(live, str):
            return live
        found = live
    district = _representing(m, change)
    if district is not None:
        if found is None or found.id != district.id:
            return Words(
                QT_TRANSLATE_NOOP(
                    "core", "a representative opens meetings of their own {district} only ({name})"
                ),
                district=m.district_word(),
                name=district.name,
            )
        return None
    return _council(m, change)


def _authorize_attend(m: Membership, change: Change) -> str | None:
    """An active council member, or a district's representative for the members of that
    district only (who represented them may be anyone of the group); every person in
    `attendance` (and who represented them) must be a member not removed."""
    district = _representing(m, change)
    if district is not None:
        for person, _, _ in change.body["attendance"]:
            reason = _for_district(m, district, person)
            if reason is not None:
                return reason
    reason = None if district is not None else _council(m, change)
    for person, _, by in change.body["attendance"]:
        for raw in (person, by):
            if reason is None and raw is not None:
                reason = _known(m, raw)
    return reason


def _elder(m: Membership, change: Change) -> str | None:
    """An active elder."""
    return m.why_not(change.author, ELDER)


def _apply_rules(state: GroupState, change: Change) -> str | None:
    """Adds a version of the rules in force from `from`: only the rules it names change, and
    those it lists in `unset` go back to not set.
    Void when it would leave, on some day from `from` on, a minimum of shares above the
    maximum or a cycle ending before it starts."""
    books = books_of(state)
    books.sync()
    version = rules.version_of(change)
    reason = books.rules.problem_with(version)
    if reason is not None:
        return reason
    books.rules.versions.append(version)
    return None


def _spec(name: str, check: Any, authorize: Any, apply: Any, describe: Any) -> KindSpec:
    return KindSpec(name, check, authorize, apply=apply, describe=describe)


for _s in (
    _spec("rules.set", rules.check_body, _council, _apply_rules, rules.describe),
    _spec(
        "fund.add",
        entries.check_fund,
        _council,
        entries.apply_fund,
        descriptions.fund_added,
    ),
    _spec(
        "entry.add",
        entries.check_entry,
        _authorize_entry,
        entries.apply_entry,
        entries.describe_entry,
    ),
    _spec(
        "signoff",
        signoff.check_body,
        _elder,
        signoff.apply,
        signoff.describe,
    ),
    _spec(
        "goal.add",
        goals.check_add,
        goals.authorize_add,
        goals.apply_add,
        descriptions.goal_proposed,
    ),
    _spec(
        "goal.update",
        goals.check_update,
        goals.authorize_update,
        goals.apply_update,
        descriptions.goal_updated,
    ),
    _spec(
        "meeting.open",
        meetings.check_open,
        _authorize_open,
        meetings.apply_open,
        descriptions.meeting_opened,
    ),
    _spec(
        "meeting.attend",
        meetings.check_attend,
        _authorize_attend,
        meetings.apply_attend,
        meetings.describe_attend,
    ),
    _spec(
        "meeting.decide",
        meetings.check_decide,
        _council,
        meetings.apply_decide,
        descriptions.decision_recorded,
    ),
    _spec(
        "meeting.close",
        meetings.check_close,
        _council,
        meetings.apply_close,
        descriptions.meeting_closed,
    ),
    _spec("cycle.close", cycles.check_close, _council, cycles.apply_close, cycles.describe_close),
):
    register(_s)

snapshot_part.register()
