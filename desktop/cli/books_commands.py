"""Commands for the books: funds, entries, sign-off and balances.

Funds and entries are named as in desktop.cli.ledger_common; amounts are typed in the
group's currency ('12.50') and JSON output gives minor units.
"""

from __future__ import annotations

import argparse
from collections.abc import Sized
from typing import TYPE_CHECKING, Any

from desktop.cli import district_commands
from desktop.cli.common import emit, warn_about_quorum
from desktop.cli.ledger_common import Ctx, command, fund_ref, member_ref, pick
from ledger.savings import actions
from ledger.savings.balances import fund_balances, member_positions, monthly, totals
from ledger.savings.books import Books, EntryId
from ledger.savings.shareout import savings_returned

if TYPE_CHECKING:
    from desktop.cli.ledger_common import Sub


def register(sub: Sub) -> None:
    _fund(sub)
    _entry(sub)
    p = command(sub, "signoff", "sign off entries or a meeting's batch, as an elder", run_signoff)
    p.add_argument("targets", nargs="+", metavar="ENTRY_OR_MEETING")
    p.add_argument("--as", dest="as_person", required=True, help="the elder who signs")
    p.set_defaults(unlock_early=True)
    p = command(sub, "balance", "balances, confirmed and pending apart", run_balance, False)
    p.add_argument("--by", choices=("fund", "member", "month", "district"), default="fund")
    p.add_argument("--until", default=None, help="only entries dated up to this day")
    district_commands.add_balance_options(p)


# -- funds -----------------------------------------------------------------------------


def _fund(sub: Sub) -> None:
    fs = sub.add_parser("fund", help="the group's funds").add_subparsers(
        dest="action", required=True
    )
    p = command(fs, "add", "add a fund (social, loan, project ...)", run_fund_add, True)
    p.add_argument("name")
    p.add_argument("--kind", default="savings", help="savings, social, loan or project")
    p.add_argument("--goal", default=None, help="the goal a project fund is for")
    command(fs, "list", "the funds and their balances", run_balance, False).set_defaults(
        by="fund", until=None
    )


def run_fund_add(args: argparse.Namespace) -> int:
    c = Ctx(args)
    goal = pick(args.goal, c.books.goals, "goal") if args.goal else None
    change = actions.add_fund(
        c.store, c.signer(), c.group, name=args.name, kind=args.kind, goal=goal
    )
    emit(args, {"id": change.id, "name": args.name}, f"added the fund {args.name}: {change.id}")
    return 0


# -- entries ---------------------------------------------------------------------------


def _entry(sub: Sub) -> None:
    es = sub.add_parser("entry", help="ledger entries").add_subparsers(dest="action", required=True)
    p = command(es, "add", "record an entry", run_entry_add, True)
    p.add_argument(
        "--type",
        required=True,
        help="contribution, withdrawal, loan, repayment, fine, charge (a fine owed), transfer "
        "or expense (a group expense: no member, say what for in --note)",
    )
    p.add_argument("--member", default=None)
    p.add_argument("--amount", default=None, help="in the group's currency, e.g. 12.50")
    p.add_argument("--fund", default=None, help="default: the savings fund")
    p.add_argument("--date", default=None, help="YYYY-MM-DD (default: the meeting's, or today)")
    p.add_argument("--note", default="")
    p.add_argument("--meeting", default=None)
    p.add_argument("--shares", type=int, default=None, help="shares bought (a contribution)")
    p.add_argument(
        "--interest",
        default=None,
        help="a repayment's interest part; leave it out: the interest due is paid first, "
        "and a typed split must be that one",
    )
    p.add_argument("--to-fund", default=None, help="the destination of a transfer")
    p.add_argument("--fine", default=None, help="the fine of the schedule (a fine or charge)")
    p.add_argument("--term", type=int, default=None, help="a loan's term in months")
    p.add_argument("--loan", default=None, help="the loan a repayment repays (default: oldest)")
    p.add_argument("--charge", default=None, help="the fine owed that a fine pays")
    p = command(es, "reverse", "cancel an entry by a reversal", run_entry_reverse, True)
    p.add_argument("entry")
    p.add_argument("--date", default=None, help="default: the entry's date, or the meeting's")
    p.add_argument("--note", default="")
    p.add_argument("--meeting", default=None)
    p = command(es, "list", "the entries, oldest first", run_entry_list, False)
    p.add_argument("--member", default=None)
    p.add_argument("--meeting", default=None)


def run_entry_add(args: argparse.Namespace) -> int:
    c = Ctx(args)
    books = c.books
    change = actions.add_entry(
        c.store,
        c.signer(),
        c.group,
        type=args.type,
        member=member_ref(c.state, args.member) if args.member else None,
        amount=args.amount,
        fund=fund_ref(books, args.fund),
        date=args.date,
        note=args.note,
        meeting=pick(args.meeting, books.meetings, "meeting") if args.meeting else None,
        shares=args.shares,
        interest=args.interest,
        to_fund=fund_ref(books, args.to_fund),
        fine=args.fine,
        term=args.term,
        loan=pick(args.loan, books.entries, "loan") if args.loan else None,
        charge=pick(args.charge, books.entries, "fine owed") if args.charge else None,
    )
    entry = c.books.entry(EntryId(change.id))
    value = {"id": change.id, "amount": entry.amount if entry else None}
    if entry is not None and entry.type == "repayment":
        value["interest"] = entry.interest

    def text() -> str:
        amount = c.money(entry.total) if entry else ""
        if entry is not None and entry.interest:
            amount += f" ({c.money(entry.interest)} interest, {c.money(entry.amount)} principal)"
        return f"recorded {args.type} {amount}: {change.id} (pending sign-off)"

    emit(args, value, text)
    warn_about_quorum(c.store, c.group)
    return 0


def run_entry_reverse(args: argparse.Namespace) -> int:
    c = Ctx(args)
    books = c.books
    entry = pick(args.entry, books.entries, "entry")
    meeting = pick(args.meeting, books.meetings, "meeting") if args.meeting else None
    change = actions.reverse_entry(
        c.store, c.signer(), c.group, entry, date=args.date, note=args.note, meeting=meeting
    )
    emit(args, {"id": change.id, "reverses": entry}, f"reversed {entry[:8]}: {change.id}")
    return 0


def _entry_row(c: Ctx, books: Books, entry: Any) -> dict[str, Any]:
    state = c.state
    return {
        "id": entry.id,
        "type": entry.type,
        "date": entry.date,
        "fund": entry.fund,
        "fund_name": books.funds[entry.fund].name,
        "to_fund": entry.to_fund,
        "member": entry.member,
        "member_name": state.member_name(entry.member) if entry.member else None,
        "amount": entry.amount,
        "interest": entry.interest,
        "shares": entry.shares,
        "note": entry.note,
        "meeting": entry.meeting,
        "recorder": entry.recorder,
        "reverses": entry.reverses,
        "reversed_by": entry.reversed_by,
        "signoffs": len(books.counting_signers(entry)),
        "status": "confirmed" if books.is_confirmed(entry) else "pending",
    }


def run_entry_list(args: argparse.Namespace) -> int:
    c = Ctx(args)
    books = c.books
    member = member_ref(c.state, args.member) if args.member else None
    meeting = pick(args.meeting, books.meetings, "meeting") if args.meeting else None
    rows = [
        _entry_row(c, books, e)
        for e in sorted(books.entries.values(), key=lambda e: (e.date, e.order))
        if (member is None or e.member == member) and (meeting is None or e.meeting == meeting)
    ]
    lines = [
        f"{r['date']}  {r['id'][:8]}  {r['type']:<12} {c.money(r['amount'] + r['interest']):>16}  "
        f"{r['fund_name']:<12} {r['member_name'] or '':<16} {r['status']} ({r['signoffs']})"
        + (f"  reversed by {r['reversed_by'][:8]}" if r["reversed_by"] else "")
        for r in rows
    ]
    emit(args, {"currency": c.currency, "entries": rows}, "\n".join(lines) or "no entries yet")
    return 0


# -- sign-off and balances --------------------------------------------------------------


def _count(items: Sized, one: str, many: str) -> str:
    """'1 entry', '3 entries': the CLI's own English output."""
    return f"{len(items)} {one if len(items) == 1 else many}"


def run_signoff(args: argparse.Namespace) -> int:
    c = Ctx(args)
    books = c.books
    pool = [*books.entries, *books.meetings, *books.cycles]
    targets = [pick(t, pool, "entry, meeting or cycle close") for t in args.targets]
    written = actions.sign_off(c.store, c.signer(), c.group, targets)
    bodies = [change.body for change in written]
    value = {
        "id": written[0].id,
        "ids": [change.id for change in written],
        "entries": [x.hex() for body in bodies for x in body.get("entries", [])],
        "minutes": [m.hex() for body in bodies for m, _ in body.get("minutes", [])],
        "counts": [m.hex() for body in bodies for m, _ in body.get("counts", [])],
        "cycles": [x.hex() for body in bodies for x in body.get("cycles", [])],
    }
    confirmed = sum(books.is_confirmed(e) for e in value["entries"])
    parts = []
    if value["entries"] or not (value["minutes"] or value["counts"] or value["cycles"]):
        parts.append(f"{_count(value['entries'], 'entry', 'entries')} ({confirmed} now confirmed)")
    if value["minutes"]:
        parts.append(f"the minutes of {_count(value['minutes'], 'meeting', 'meetings')}")
    if value["counts"]:
        parts.append(_count(value["counts"], "cash count", "cash counts"))
    if value["cycles"]:
        parts.append(f"the close of {_count(value['cycles'], 'cycle', 'cycles')}")
    text = "signed " + ", ".join(parts)
    emit(args, value, text)
    return 0


def run_balance(args: argparse.Namespace) -> int:
    c = Ctx(args)
    books, state = c.books, c.state
    total = totals(books, args.until)
    rows: list[dict[str, Any]] = []
    lines = [f"all funds: {c.money(total.confirmed)} confirmed, {c.money(total.pending)} pending"]
    if args.by == "district" or getattr(args, "district", None) is not None:
        rows, more = district_commands.district_balance(c, args)
        lines += more
    elif args.by == "fund":
        for fid, b in fund_balances(books, args.until).items():
            fund = books.funds[fid]
            rows.append(
                {
                    "fund": fid,
                    "name": fund.name,
                    "kind": fund.kind,
                    "confirmed": b.confirmed,
                    "pending": b.pending,
                }
            )
            lines.append(
                f"  {fund.name:<20} {c.money(b.confirmed):>18}  pending {c.money(b.pending)}"
            )
    elif args.by == "member":
        # As the passbook: savings handed back by a share-out are no longer held.
        returned = savings_returned(books, args.until)
        for person, pos in sorted(member_positions(books, args.until).items()):
            row: dict[str, Any] = {"member": person, "name": state.member_name(person)}
            for measure, b in pos.measures.items():
                row[measure] = {"confirmed": b.confirmed, "pending": b.pending}
            held = pos["saved"].confirmed - returned.get(person, 0)
            row["savings_held"] = {"confirmed": held, "pending": pos["saved"].pending}
            rows.append(row)
            lines.append(
                f"  {row['name']:<20} saved {c.money(held)} "
                f"(+{c.money(pos['saved'].pending)} pending), shares {pos['shares'].total}, "
                f"loan {c.money(pos['loan'].total)}, fines {c.money(pos['fines'].total)}"
            )
    else:
        for m in monthly(books):
            if args.until and m.month > args.until[:7]:
                continue
            rows.append(
                {
                    "month": m.month,
                    "fund": m.fund,
                    "name": books.funds[m.fund].name,
                    "inflow": m.inflow,
                    "outflow": m.outflow,
                    "closing": m.closing,
                    "pending": m.pending,
                }
            )
            lines.append(
                f"  {m.month} {books.funds[m.fund].name:<16} in {c.money(m.inflow)}, "
                f"out {c.money(m.outflow)}, balance {c.money(m.closing)}, "
                f"pending {c.money(m.pending)}"
            )
    value = {
        "currency": c.currency,
        "confirmed": total.confirmed,
        "pending": total.pending,
        "by": args.by,
        "breakdown": rows,
    }
    emit(args, value, "\n".join(lines))
    return 0
