"""Group and family goals: members propose, the council activates; status keeps history.

A goal's description is the collaborative document "goal:<goal id>" (core
`doc.edit`); its progress is the confirmed balance of its linked fund.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ledger.savings.books import Books, FundId, GoalId, books_of, hexid
from ledger.savings.money import MAX_AMOUNT
from ledger.savings.records import Goal, StatusStep
from ledger.savings.rules import check_date
from ledger.store import schema as s
from ledger.store.errors import DecodeError
from ledger.store.ids import PersonId
from ledger.store.membership import Membership, Role
from ledger.store.words import QT_TRANSLATE_NOOP, Words, word

if TYPE_CHECKING:
    from ledger.store.change import Change
    from ledger.store.state import GroupState

STATUSES = ("proposed", "active", "achieved", "dropped")
STATUS_WORDS = {
    "proposed": QT_TRANSLATE_NOOP("core", "proposed"),
    "active": QT_TRANSLATE_NOOP("core", "active"),
    "achieved": QT_TRANSLATE_NOOP("core", "achieved"),
    "dropped": QT_TRANSLATE_NOOP("core", "dropped"),
}
"""A goal's statuses as words a front end translates."""
COUNCIL_STATUSES = frozenset({"active", "achieved"})
"""Statuses only the council may set; a proposer may drop (or re-propose) their own goal."""
TRANSITIONS = {
    "proposed": {"active", "dropped"},
    "active": {"achieved", "dropped"},
    "dropped": {"proposed", "active"},
    "achieved": set(),
}
_FIELDS = {"title": s.text(200), "target": s.integer(1, MAX_AMOUNT), "due": check_date}


def progress(books: Books, goal: Goal) -> int | None:
    """The confirmed balance of the goal's fund, or None when it has none."""
    if goal.fund is None or goal.fund not in books.funds:
        return None
    from ledger.savings.balances import fund_balances

    return fund_balances(books)[goal.fund].confirmed


# -- bodies and authorization --------------------------------------------------------


def check_add(body: dict[str, Any]) -> None:
    s.check_body(
        body,
        {"title": s.text(200), "date": check_date},
        {**_FIELDS, "fund": s.key32, "family": s.key32},
    )


def check_update(body: dict[str, Any]) -> None:
    """Changes something besides `goal`, `date` and `note`."""
    s.check_body(
        body,
        {"goal": s.key32, "date": check_date},
        {**_FIELDS, "fund": s.key32, "status": s.one_of(*STATUSES), "note": s.text(500)},
    )
    if not set(body) - {"goal", "date", "note"}:
        raise DecodeError(QT_TRANSLATE_NOOP("core", "a goal update must change something"))


def authorize_add(m: Membership, change: Change) -> str | None:
    """An active council member, elder or member (not a viewer). A `family` must be a
    member; only the council proposes a goal for a family other than the author's own
    (a person who signs for a family, `member.household`, is of that family)."""
    reason = m.why_not(change.author, frozenset({"council", "elder", "member"}))
    if reason is not None:
        return reason
    family = change.body.get("family")
    if family is not None:
        person = PersonId(family.hex())
        if person not in m.members:
            return QT_TRANSLATE_NOOP("core", "the family of a goal must be a member of the group")
        own = m.member_of(change.author)
        mine = own is not None and own.person == person
        if not mine and Role.COUNCIL.value not in m.roles_of(change.author):
            return QT_TRANSLATE_NOOP(
                "core", "a member proposes family goals for their own family only"
            )
    return None


def authorize_update(m: Membership, change: Change) -> str | None:
    """An active council member, elder or member; only an active council member sets
    `status` to active or achieved (and at replay, only the council, the goal's
    proposer or its family)."""
    if change.body.get("status") in COUNCIL_STATUSES:
        return m.why_not(change.author, frozenset({Role.COUNCIL.value}))
    return m.why_not(change.author, frozenset({"council", "elder", "member"}))


# -- effects -------------------------------------------------------------------------


def apply_add(state: GroupState, change: Change) -> str | None:
    """Adds a goal (id: the change id) with status "proposed". Void when `fund` names no
    fund."""
    books = books_of(state)
    books.sync()
    b = change.body
    fund = FundId(hexid(b["fund"])) if "fund" in b else None
    if fund is not None and fund not in books.funds:
        return QT_TRANSLATE_NOOP("core", "no such fund")
    gid = GoalId(change.id)
    goal = Goal(
        gid,
        b["title"],
        change.author,
        b.get("target"),
        b.get("due"),
        fund,
        PersonId(b["family"].hex()) if "family" in b else None,
    )
    goal.history.append(StatusStep("proposed", change.id, change.author, b["date"]))
    books.goals[gid] = goal
    return None


def update_problem(
    books: Books,
    goal: Goal | None,
    author: PersonId,
    is_council: bool,
    body: dict[str, Any],
    family: PersonId | None = None,
) -> str | None:
    """Why this update may not apply to the goal as it stands, or None; `family` is the
    family the author signs for, when they are a household person."""
    if goal is None:
        return QT_TRANSLATE_NOOP("core", "no such goal")
    mine = {goal.proposer, goal.family}
    if not is_council and author not in mine and (family is None or family not in mine):
        return QT_TRANSLATE_NOOP("core", "only the council or the goal's own family may change it")
    status = body.get("status")
    if status is not None and status not in TRANSITIONS[goal.status]:
        return Words(
            QT_TRANSLATE_NOOP("core", "a goal that is {status} cannot become {new}"),
            status=word(STATUS_WORDS, goal.status),
            new=word(STATUS_WORDS, status),
        )
    if "fund" in body and FundId(hexid(body["fund"])) not in books.funds:
        return QT_TRANSLATE_NOOP("core", "no such fund")
    return None


def apply_update(state: GroupState, change: Change) -> str | None:
    """Changes the fields given. Void when the goal does not exist, the author is neither
    council nor the goal's proposer or family (or a person who signs for it), the status
    does not follow (proposed -> active or dropped; active -> achieved or dropped;
    dropped -> proposed or active; achieved is final), or `fund` names no fund."""
    books = books_of(state)
    books.sync()
    b = change.body
    goal = books.goals.get(GoalId(hexid(b["goal"])))
    council = Role.COUNCIL.value in state.membership.roles_of(change.author)
    reason = update_problem(
        books, goal, change.author, council, b, state.membership.signs_for.get(change.author)
    )
    if reason is not None:
        return reason
    assert goal is not None
    goal.title = b.get("title", goal.title)
    goal.target = b.get("target", goal.target)
    goal.due = b.get("due", goal.due)
    if "fund" in b:
        goal.fund = FundId(hexid(b["fund"]))
    if "status" in b:
        goal.history.append(
            StatusStep(b["status"], change.id, change.author, b["date"], b.get("note", ""))
        )
    return None
