"""Districts in the window: the group's own word for them, each member's district, and
the core's roll-up by district as table rows with the total last.

Every figure comes from `ledger.savings.districts.rollup`, the shares of a goal from its
`goal_share` (the same the PDF and the spreadsheet show); nothing here adds money up.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt

from ledger.savings.balances import Balance
from ledger.savings.books import Books, GoalId
from ledger.savings.districts import DistrictFigures, rollup
from ledger.store.ids import DistrictId, PersonId
from ledger.store.keyring import Keyring, PersonInfo
from ledger.store.state import GroupState
from ui.core_text import core_text
from ui.formatting import money_text
from ui.models.table import Column, RowTableModel


def district_word(state: GroupState) -> str:
    """What the group calls a district ("district", "chapter", "village"), in the reader's
    language when it is the default word."""
    return core_text(state.membership.district_word())


def capitalized(word: str) -> str:
    return word[:1].upper() + word[1:]


def has_districts(state: GroupState) -> bool:
    return bool(state.membership.districts)


def district_names(state: GroupState) -> dict[DistrictId, str]:
    """Every district's name (retired ones too: old records still name them)."""
    return {d.id: d.name for d in state.membership.districts.values()}


def active_districts(state: GroupState) -> list[tuple[DistrictId, str]]:
    """(id, name) of the districts that take members, in the order they were added."""
    return [(d.id, d.name) for d in state.membership.active_districts()]


def district_of(state: GroupState, person: PersonId | None) -> DistrictId | None:
    member = state.membership.members.get(person) if person is not None else None
    return member.district if member is not None else None


def members_of(state: GroupState, district: DistrictId) -> frozenset[PersonId]:
    """Everyone whose money counts for `district` (removed members too: their entries stay)."""
    return frozenset(p for p, m in state.membership.members.items() if m.district == district)


def representatives_here(
    keyring: Keyring, state: GroupState, district: DistrictId | None = None
) -> list[PersonInfo]:
    """Persons on this PC who represent a district (`district`, or any), active members:
    they open their district's meetings and record for its members (the core decides)."""
    out = []
    for person in keyring.list():
        member = state.membership.members.get(person.id)
        if member is None or member.represents is None or not state.membership.is_active(person.id):
            continue
        if district is None or member.represents == district:
            out.append(person)
    return out


@dataclass(frozen=True, slots=True)
class DistrictRow:
    district: DistrictId | None
    name: str
    """The district's name; for members of no district, money from no member and the
    total, words."""
    members: int
    contributed: int
    """Confirmed money the members paid in (net of withdrawals), any fund."""
    pending: int
    """Paid in and not confirmed yet."""
    saved: int
    """Confirmed savings held for the members."""
    loans: int
    """Loan principal the members owe (confirmed)."""
    goal: int | None
    """This row's confirmed part of the chosen goal's fund (None: no goal): what its
    members paid in; the whole fund on the total's row."""
    goal_raised: int
    """The goal fund's confirmed balance, the whole the shares are of (0: no goal)."""
    currency: str
    total: bool = False
    share_permille: int | None = None
    """This row's share of the goal's fund, in thousandths, from the core's
    `Rollup.goal_share` (None: no goal or nothing in its fund)."""
    other: bool = False
    """The row of the goal fund's money from no member (it has no members' figures)."""


def _row(figures: DistrictFigures, name: str, part: Balance | None, raised: int,
         currency: str, *, total: bool = False) -> DistrictRow:  # fmt: skip
    return DistrictRow(
        district=figures.district,
        name=name,
        members=figures.members,
        contributed=figures.contributed.confirmed,
        pending=figures.contributed.pending,
        saved=figures.saved.confirmed,
        loans=figures.loan.confirmed,
        goal=None if part is None else part.confirmed,
        goal_raised=raised,
        currency=currency,
        total=total,
    )


def main_goal(books: Books) -> GoalId | None:
    """The goal the overview splits by district: the first active group goal with a fund
    (the council's pooled goal), else any group goal with a fund."""
    funded = [g for g in books.goals.values() if g.fund is not None and g.family is None]
    active = [g for g in funded if g.status == "active"]
    chosen = active or funded
    return chosen[0].id if chosen else None


def district_rows(
    state: GroupState, books: Books, goal: GoalId | None = None
) -> tuple[list[DistrictRow], DistrictRow]:
    """The roll-up's rows (districts, then members of no district if any, then the goal
    fund's money from no member when there is some) and its total. The total is the
    core's, which is the sum of the rows (a test checks it)."""
    found = rollup(books, state.membership)
    share = found.goal_share(goal) if goal is not None else None
    currency = state.settings.currency
    raised = share.fund.confirmed if share is not None else 0
    no_district = QCoreApplication.translate("DistrictsModel", "(no %1)").replace(
        "%1", district_word(state)
    )
    rows = [
        _row(r, r.name if r.district is not None else no_district,
             share.by_row[n] if share is not None else None, raised, currency)
        for n, r in enumerate(found.rows)
    ]  # fmt: skip
    total = _row(
        found.total, QCoreApplication.translate("DistrictsModel", "Total"),
        share.fund if share is not None else None, raised, currency, total=True,
    )  # fmt: skip
    if share is None:
        return rows, total
    if share.shows_other:
        rows.append(
            DistrictRow(
                district=None,
                name=QCoreApplication.translate("DistrictsModel", "Not from members"),
                members=0,
                contributed=0,
                pending=0,
                saved=0,
                loans=0,
                goal=share.other.confirmed,
                goal_raised=raised,
                currency=currency,
                other=True,
            )
        )
    if share.permille is None:
        return rows, total
    parts = list(share.permille[:-1]) + ([share.permille[-1]] if share.shows_other else [])
    rows = [replace(r, share_permille=p) for r, p in zip(rows, parts, strict=True)]
    return rows, replace(total, share_permille=sum(share.permille))


def share_text(row: DistrictRow) -> str:
    if row.goal is None:
        return ""
    amount = money_text(row.goal, row.currency, with_code=False)
    share = row.share_permille
    if share is None:
        return amount
    return f"{amount} ({percent_text(share)})"


def percent_text(permille: int) -> str:
    """'12.5%' from 125 thousandths, with the reader's decimal point (integers only)."""
    whole, tenths = divmod(abs(permille), 10)
    return f"{'-' if permille < 0 else ''}{whole}{QLocale().decimalPoint()}{tenths}%"


RIGHT = Qt.AlignmentFlag.AlignRight


class DistrictsModel(RowTableModel[DistrictRow]):
    """The roll-up by district, the total in the last row. Headers use the group's word."""

    def __init__(self, parent: QObject | None = None) -> None:
        self.word = QCoreApplication.translate("DistrictsModel", "district")
        self.goal_title = ""
        super().__init__(
            [
                Column(lambda: capitalized(self.word), lambda r: r.name),
                Column(
                    lambda: QCoreApplication.translate("DistrictsModel", "Members"),
                    lambda r: "" if r.other else str(r.members),
                    align=RIGHT,
                ),
                Column(
                    lambda: QCoreApplication.translate("DistrictsModel", "Contributed"),
                    lambda r: (
                        "" if r.other else money_text(r.contributed, r.currency, with_code=False)
                    ),
                    align=RIGHT,
                    tooltip=lambda r: (
                        ""
                        if r.other
                        else QCoreApplication.translate(
                            "DistrictsModel", "%1 more pending sign-off"
                        ).replace("%1", money_text(r.pending, r.currency))
                    ),
                ),
                Column(
                    lambda: QCoreApplication.translate("DistrictsModel", "Savings"),
                    lambda r: "" if r.other else money_text(r.saved, r.currency, with_code=False),
                    align=RIGHT,
                ),
                Column(
                    lambda: (
                        QCoreApplication.translate("DistrictsModel", "Share of %1").replace(
                            "%1", self.goal_title
                        )
                        if self.goal_title
                        else QCoreApplication.translate("DistrictsModel", "Share of the goal")
                    ),
                    share_text,
                    align=RIGHT,
                ),
            ],
            parent,
        )

    def show_rollup(
        self, rows: list[DistrictRow], total: DistrictRow, *, word: str, goal_title: str
    ) -> None:
        changed = (word, goal_title) != (self.word, self.goal_title)
        self.word, self.goal_title = word, goal_title
        self.set_rows([*rows, total] if rows else [])
        if changed:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
