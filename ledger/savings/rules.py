"""The group's constitution: rules set by the council, each version from a date on.

A `rules.set` change names the date it takes effect from and only the rules it
changes; the rules in force on a day are every version taking effect on or before
that day, merged in date order (ties: replay order). So an entry is checked against
the rules of its own date, and the history of every version stays readable.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from dataclasses import dataclass, field, fields, replace
from typing import TYPE_CHECKING, Any

from ledger.savings.money import MAX_AMOUNT, Amount
from ledger.store import schema as s
from ledger.store.errors import DecodeError
from ledger.store.ids import ChangeId, PersonId
from ledger.store.words import QT_TRANSLATE_NOOP, Words, listing, word

if TYPE_CHECKING:
    from ledger.store.change import Change

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
MAX_FINES = 30


@s.described("tstr", 'a calendar date "YYYY-MM-DD"')
def check_date(value: Any, name: str) -> None:
    """A calendar day as 'YYYY-MM-DD'."""
    if type(value) is str and len(value) == 10 and value[4] == value[7] == "-":
        # The usual date, without the pattern: `fromisoformat` takes ASCII digits only,
        # so a date it reads with these dashes matches `_DATE` (a test holds them equal).
        try:
            dt.date.fromisoformat(value)
            return
        except ValueError:
            pass  # the pattern and its refusal below
    if not isinstance(value, str) or not _DATE.match(value):
        raise DecodeError(
            QT_TRANSLATE_NOOP("core", "{name} must be a date like 2024-03-31"), name=name
        )
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        raise DecodeError(
            QT_TRANSLATE_NOOP("core", "{name} is not a real date ({value})"), name=name, value=value
        ) from None


@s.described(
    f"{{0*{MAX_FINES} tstr => 1..{MAX_AMOUNT}}}", "fine name (at most 40 characters) -> amount"
)
def _fines(value: Any, name: str) -> None:
    if not isinstance(value, dict) or len(value) > MAX_FINES:
        raise DecodeError(
            QT_TRANSLATE_NOOP("core", "{name} must be a map of at most {count} fines"),
            name=name,
            count=MAX_FINES,
        )
    for key, amount in value.items():
        s.text(40)(key, f"{name} key")
        s.integer(0, MAX_AMOUNT)(amount, f"{name}[{key}]")


INTEREST_METHODS = ("flat", "declining")
METHOD_NAMES = {
    "flat": QT_TRANSLATE_NOOP("core", "flat"),
    "declining": QT_TRANSLATE_NOOP("core", "declining"),
}
"""The interest methods by name, as words a front end translates."""


RULE_FIELDS: dict[str, s.Check] = {
    "share_value": s.integer(1, MAX_AMOUNT),
    "min_shares": s.integer(0, 10_000),
    "max_shares": s.integer(1, 10_000),
    "interest_bp": s.integer(0, 100_000),
    "loan_multiple_pct": s.integer(0, 100_000),
    "social_fund": s.integer(0, MAX_AMOUNT),
    "fines": _fines,
    "interest_method": s.one_of(*INTEREST_METHODS),
    "one_loan": s.flag,
    "cycle_start": check_date,
    "cycle_end": check_date,
    "cycle_meetings": s.integer(1, 1000),
    "cash_unit": s.integer(1, MAX_AMOUNT),
    "shareout_social": s.flag,
}
"""share_value: money per share; min/max_shares: shares a member buys per meeting;
interest_bp: loan interest per month in basis points (1000 = 10 %);
loan_multiple_pct: the largest loan as a percentage of the member's savings in the
cycle (300 = three times); social_fund: the social-fund contribution per meeting;
fines: the fine schedule (name -> amount; a version names only the fines it changes,
and an amount of 0 takes a fine off the schedule); interest_method: 'flat' (the monthly
service charge on the principal lent) or 'declining' (on the principal still owed);
one_loan: a member repays a loan before taking another; cycle_start/end: the savings cycle;
cycle_meetings: the planned number of meetings (instead of, or beside, a planned end);
cash_unit: share-out payouts are rounded down to this (e.g. 500 = 5 KES coins);
shareout_social: whether the social fund is shared out too (default: it carries forward)."""

UNSETTABLE = tuple(k for k in RULE_FIELDS if k not in ("fines", "cycle_start"))
"""The rules a version may take away (`unset`): back to "not set" (no limit). Fines go one
by one with an amount of 0; a cycle's start is replaced by a new start, never removed."""


@s.described(f"[1*{len(UNSETTABLE)} tstr]", "names of rules taken away: " + ", ".join(UNSETTABLE))
def _unset(value: Any, name: str) -> None:
    s.list_of(s.one_of(*UNSETTABLE), len(UNSETTABLE), min_len=1)(value, name)
    if len(set(value)) != len(value):
        raise DecodeError(QT_TRANSLATE_NOOP("core", "{name} names a rule twice"), name=name)


@dataclass(frozen=True)
class Rules:
    """The rules in force on one day; None where the group set no such rule."""

    share_value: int | None = None
    min_shares: int | None = None
    max_shares: int | None = None
    interest_bp: int | None = None
    loan_multiple_pct: int | None = None
    social_fund: int | None = None
    fines: dict[str, int] = field(default_factory=dict)
    interest_method: str | None = None
    one_loan: bool | None = None
    cycle_start: str | None = None
    cycle_end: str | None = None
    cycle_meetings: int | None = None
    cash_unit: int | None = None
    shareout_social: bool = False

    def merged(self, changes: dict[str, Any]) -> Rules:
        """These rules with `changes` applied. Fines change one by one (0 removes one); the
        rules named in `unset` go back to not set. A
        new `cycle_start` starts a new cycle: the old cycle's planned end and number of
        meetings go unless the change sets them."""
        update = {k: v for k, v in changes.items() if k in RULE_FIELDS}
        defaults = Rules()
        for key in changes.get("unset", ()):
            update[key] = getattr(defaults, key)
        if "fines" in update:
            schedule = {**self.fines, **update["fines"]}
            update["fines"] = {name: amount for name, amount in schedule.items() if amount}
        if "cycle_start" in update:
            update.setdefault("cycle_end", None)
            update.setdefault("cycle_meetings", None)
        return replace(self, **update)

    @property
    def method(self) -> str:
        """How loan interest is charged: the constitution's method, flat when it names none."""
        return self.interest_method or "flat"

    def problem(self) -> str | None:
        """Why these rules contradict themselves, or None."""
        if (
            self.min_shares is not None
            and self.max_shares is not None
            and self.min_shares > self.max_shares
        ):
            return Words(
                QT_TRANSLATE_NOOP("core", "minimum shares ({low}) above the maximum ({high})"),
                low=self.min_shares,
                high=self.max_shares,
            )
        if self.cycle_start and self.cycle_end and self.cycle_start > self.cycle_end:
            return Words(
                QT_TRANSLATE_NOOP("core", "the cycle ends ({end}) before it starts ({start})"),
                end=self.cycle_end,
                start=self.cycle_start,
            )
        return None

    def in_cycle(self, day: str) -> bool:
        """Whether a day falls in the savings cycle (no cycle set: every day does)."""
        if self.cycle_start is not None and day < self.cycle_start:
            return False
        return self.cycle_end is None or day <= self.cycle_end

    def as_dict(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


@dataclass(frozen=True)
class RulesVersion:
    id: ChangeId
    effective: str
    author: PersonId
    changes: dict[str, Any]
    note: str = ""


class RulesBook:
    """Every version of the constitution, in the order they were replayed.

    `in_force` runs for every entry replayed, so the rules in force after each version
    (in date order) are kept and found by bisection; they are rebuilt when a version is
    added (`versions` only grows by appending, or is replaced as a whole).
    """

    def __init__(self) -> None:
        self.versions: list[RulesVersion] = []
        self._cached_for: tuple[list[RulesVersion], int] | None = None
        self._days: list[str] = []
        self._after: list[Rules] = []

    def _prepare(self) -> None:
        key = (self.versions, len(self.versions))
        if self._cached_for is not None and (
            self._cached_for[0] is key[0] and self._cached_for[1] == key[1]
        ):
            return
        ordered = sorted(self.versions, key=lambda v: v.effective)  # stable: ties keep replay order
        rules, after = Rules(), []
        for version in ordered:
            rules = rules.merged(version.changes)
            after.append(rules)
        self._days = [v.effective for v in ordered]
        self._after = after
        self._cached_for = key

    def in_force(self, day: str) -> Rules:
        self._prepare()
        count = bisect_right(self._days, day)
        return self._after[count - 1] if count else Rules()

    def upcoming(self, day: str) -> list[RulesVersion]:
        """The versions taking effect after `day`, in the order they will apply."""
        return sorted((v for v in self.versions if v.effective > day), key=lambda v: v.effective)

    def latest(self) -> Rules:
        return self.in_force("9999-12-31")

    def with_version(self, version: RulesVersion) -> RulesBook:
        other = RulesBook()
        other.versions = [*self.versions, version]
        return other

    def problem_with(self, version: RulesVersion) -> str | None:
        """Why adding `version` would leave contradictory rules on some day, or None."""
        trial = self.with_version(version)
        days = sorted({v.effective for v in trial.versions if v.effective >= version.effective})
        for day in days:
            reason = trial.in_force(day).problem()
            if reason is not None:
                return Words(
                    QT_TRANSLATE_NOOP("core", "from {day}: {reason}"), day=day, reason=reason
                )
        return None

    def plain(self) -> list[Any]:
        return [
            [v.id, v.effective, v.author, sorted(v.changes.items()), v.note] for v in self.versions
        ]


# -- the change kind ---------------------------------------------------------------------


def check_body(body: dict[str, Any]) -> None:
    """Sets or takes away at least one rule; never sets and takes away the same one."""
    s.check_body(body, {"from": check_date}, {**RULE_FIELDS, "unset": _unset, "note": s.text(500)})
    if not set(body) & {*RULE_FIELDS, "unset"}:
        raise DecodeError(QT_TRANSLATE_NOOP("core", "a rules change must set at least one rule"))
    both = sorted(set(body.get("unset", ())) & set(body))
    if both:
        raise DecodeError(
            QT_TRANSLATE_NOOP("core", "a rules change both sets and takes away {rules}"),
            rules=", ".join(both),
        )


def changes_of(body: dict[str, Any]) -> dict[str, Any]:
    """The rules a rules change's `body` sets, and those it takes away (`unset`)."""
    changes = {k: (dict(v) if k == "fines" else v) for k, v in body.items() if k in RULE_FIELDS}
    if "unset" in body:
        changes["unset"] = list(body["unset"])
    return changes


def version_of(change: Change) -> RulesVersion:
    body = change.body
    return RulesVersion(
        change.id, body["from"], change.author, changes_of(body), body.get("note", "")
    )


RULE_WORDS = {
    "share_value": QT_TRANSLATE_NOOP("core", "share value"),
    "min_shares": QT_TRANSLATE_NOOP("core", "fewest shares a meeting"),
    "max_shares": QT_TRANSLATE_NOOP("core", "most shares a meeting"),
    "interest_bp": QT_TRANSLATE_NOOP("core", "loan interest a month (basis points)"),
    "loan_multiple_pct": QT_TRANSLATE_NOOP("core", "loan limit (% of savings)"),
    "social_fund": QT_TRANSLATE_NOOP("core", "social fund a meeting"),
    "fines": QT_TRANSLATE_NOOP("core", "fines"),
    "cycle_start": QT_TRANSLATE_NOOP("core", "cycle start"),
    "cycle_end": QT_TRANSLATE_NOOP("core", "cycle end"),
    "interest_method": QT_TRANSLATE_NOOP("core", "how interest is charged"),
    "one_loan": QT_TRANSLATE_NOOP("core", "one loan at a time"),
    "cycle_meetings": QT_TRANSLATE_NOOP("core", "meetings in the cycle"),
    "cash_unit": QT_TRANSLATE_NOOP("core", "payouts rounded down to"),
    "shareout_social": QT_TRANSLATE_NOOP("core", "social fund shared out"),
}
"""The rules by the names a treasurer uses, for the activity line of a rules change."""
_MONEY_RULES = frozenset({"share_value", "social_fund"})


def _rule_value(key: str, value: Any) -> object:
    if key in _MONEY_RULES:
        return Amount(value)
    if key == "fines" and isinstance(value, dict):
        return listing(
            Words(QT_TRANSLATE_NOOP("core", "{fine} {amount}"), fine=name, amount=Amount(amount))
            for name, amount in sorted(value.items())
        )
    return value


def describe(body: dict[str, Any]) -> str:
    changed = listing(
        [
            *(
                Words(
                    QT_TRANSLATE_NOOP("core", "{rule} = {value}"),
                    rule=word(RULE_WORDS, key),
                    value=_rule_value(key, body[key]),
                )
                for key in RULE_FIELDS
                if key in body
            ),
            *(
                Words(QT_TRANSLATE_NOOP("core", "{rule} not set"), rule=word(RULE_WORDS, key))
                for key in body.get("unset", ())
            ),
        ]
    )
    return Words(
        QT_TRANSLATE_NOOP("core", "set the group rules from {day}: {changed}"),
        day=body["from"],
        changed=changed,
    )
