"""What the ledger commands share: a sub-command with the group argument, finding funds,
goals, meetings, entries and members by what a person types, and the context of one command.

Things are named the way a person types them: a fund, goal, meeting or entry by its
id or an id prefix of 4+ digits (funds also by name), a member by id, prefix or name.
Amounts are typed in the group's currency ('12.50'); JSON output gives minor units.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from desktop.cli import common
from ledger.savings.books import Books, books_of
from ledger.savings.money import grouped
from ledger.store.errors import NotFound
from ledger.store.ids import GroupId
from ledger.store.state import GroupState
from ledger.store.store import Store

if TYPE_CHECKING:
    from ledger.store.persons import Signer

    Sub = argparse._SubParsersAction[argparse.ArgumentParser]
Run = Callable[[argparse.Namespace], int]


def command(
    parent: Sub, name: str, help_text: str, run: Run, signs: bool | None = None
) -> argparse.ArgumentParser:
    """A sub-command with --home/--json, the group argument and, when it signs, --as."""
    p: argparse.ArgumentParser = parent.add_parser(name, help=help_text)
    common.add_common(p)
    p.add_argument("group")
    if signs:
        p.add_argument("--as", dest="as_person", required=True, help="who signs (id or name)")
        p.set_defaults(unlock_early=True)
    p.set_defaults(run=run)
    return p


def pick(ref: str, ids: Iterable[str], what: str, names: dict[str, str] | None = None) -> str:
    """The one id that ref names: exactly, by its name in names, or by a 4+ digit prefix."""
    ref = ref.strip()
    pool = list(ids)
    hits = [i for i in pool if i == ref.lower()]
    if not hits and names:
        hits = [i for i in pool if names.get(i, "").casefold() == ref.casefold()]
    if not hits and len(ref) >= 4:
        hits = [i for i in pool if i.startswith(ref.lower())]
    if len(hits) != 1:
        found = "more than one" if hits else "no"
        raise NotFound(f"{found} {what} matches '{ref}'")
    return hits[0]


def member_ref(state: GroupState, ref: str) -> str:
    members = state.membership.members
    return pick(ref, members, "member", {p: m.name for p, m in members.items()})


def fund_ref(books: Books, ref: str | None) -> str | None:
    if ref is None:
        return None
    return pick(ref, books.funds, "fund", {f: x.name for f, x in books.funds.items()})


class Ctx:
    """The store, group, state and books of one command. A command that signs (its parser
    sets `unlock_early`) asks for the passphrase first and unlocks while the group loads."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.store: Store = common.open_store(args)
        self._unlocking = (
            common.Unlocking(args, self.store) if getattr(args, "unlock_early", False) else None
        )
        self.group: GroupId = common.group_of(self.store, args.group)
        if self._unlocking is not None:
            self.store.history(self.group)  # the write reads it: read it while Argon2id runs

    @property
    def state(self) -> GroupState:
        return self.store.state(self.group)

    @property
    def books(self) -> Books:
        return books_of(self.state)

    @property
    def currency(self) -> str:
        return self.state.settings.currency

    def money(self, amount: int) -> str:
        return grouped(amount, self.currency)

    def signer(self) -> Signer:
        if self._unlocking is not None:
            return self._unlocking.signer()
        return common.signer(self.args, self.store)
