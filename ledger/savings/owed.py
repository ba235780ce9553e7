"""What members owe the group on a day: fines owed and loans in arrears, member by member.

For the treasurer's view of the group (the window's overview): the passbook shows one
member's loans and fines; this gathers everyone who owes, as recorded (pending entries
count, as in the passbook), from the same rules (`loans`, `fines`).
"""

from __future__ import annotations

from dataclasses import dataclass

from ledger.savings import fines
from ledger.savings.books import Books
from ledger.savings.loans import member_loans
from ledger.store.ids import PersonId


@dataclass(frozen=True, slots=True)
class MemberOwes:
    member: PersonId
    fines_owed: int
    """Fines charged and not paid."""
    arrears: int
    """Principal and interest of loan installments past due and not paid."""
    late_since: str | None
    """The due day of the member's oldest late installment."""


@dataclass(frozen=True, slots=True)
class GroupOwes:
    members: tuple[MemberOwes, ...]
    """Members who owe fines or are in arrears, the longest late first."""

    @property
    def fines_owed(self) -> int:
        return sum(m.fines_owed for m in self.members)

    @property
    def owing_fines(self) -> int:
        return sum(1 for m in self.members if m.fines_owed)

    @property
    def arrears(self) -> int:
        return sum(m.arrears for m in self.members)

    @property
    def in_arrears(self) -> tuple[MemberOwes, ...]:
        return tuple(m for m in self.members if m.arrears)


def group_owes(books: Books, day: str) -> GroupOwes:
    """Who owes fines or is in arrears on `day` (ISO date)."""
    out: list[MemberOwes] = []
    for member in books.by_member:
        owed = sum(e.amount for e in fines.owed(books, member) if e.date <= day)
        loans = member_loans(books, member, day)
        arrears = sum(x.arrears for x in loans)
        late = sorted(x.late_since for x in loans if x.arrears and x.late_since)
        if owed or arrears:
            out.append(MemberOwes(member, owed, arrears, late[0] if late else None))
    out.sort(key=lambda m: (m.late_since is None, m.late_since or "", -m.arrears, m.member))
    return GroupOwes(tuple(out))
