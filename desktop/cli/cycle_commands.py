"""Commands for the savings cycle: open it, show and pay its share-out, close it."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import TYPE_CHECKING, Any

from desktop.cli.common import CommandError, counted, emit
from desktop.cli.ledger_common import Ctx, command, fund_ref, member_ref, pick
from ledger.savings import cycle_actions
from ledger.savings.shareout import ShareOut, dues, project
from ledger.store.ids import PersonId

if TYPE_CHECKING:
    from desktop.cli.ledger_common import Sub


def register(sub: Sub) -> None:
    cs = sub.add_parser("cycle", help="the savings cycle").add_subparsers(
        dest="action", required=True
    )
    p = command(cs, "open", "start a cycle in the constitution", run_cycle_open, True)
    p.add_argument("--start", required=True, help="the cycle's first day")
    p.add_argument("--end", default=None, help="its planned last day")
    p.add_argument("--meetings", type=int, default=None, help="its planned number of meetings")
    p.add_argument("--cash-unit", default=None, help="round share-out payouts down to this")
    p.add_argument("--note", default="")
    p = command(cs, "close", "close the cycle after its share-out", run_cycle_close, True)
    p.add_argument(
        "--end", default=None, help="its last day (default: its planned end, once passed)"
    )
    p.add_argument("--note", default="")
    command(cs, "show", "the cycle in force and the cycles closed", run_cycle_show, False)

    ss = sub.add_parser("shareout", help="the share-out of the cycle").add_subparsers(
        dest="action", required=True
    )
    p = command(ss, "show", "each member's share-out, as it stands", run_shareout_show, False)
    p.add_argument("--pending", action="store_true", help="count pending entries too")
    p = command(ss, "pay", "record share-out payouts (cash and loan settled)", run_pay, True)
    p.add_argument("member", nargs="*", help="members to pay (default with --all: everyone due)")
    p.add_argument("--all", action="store_true", help="pay every member not paid yet")
    p.add_argument("--date", default=None, help="YYYY-MM-DD, in the cycle (default today)")
    p.add_argument("--fund", default=None, help="the fund paying out (default Savings)")
    p.add_argument("--meeting", default=None)


def run_cycle_open(args: argparse.Namespace) -> int:
    c = Ctx(args)
    change = cycle_actions.open_cycle(
        c.store,
        c.signer(),
        c.group,
        start=args.start,
        end=args.end,
        meetings=args.meetings,
        cash_unit=args.cash_unit,
        note=args.note,
    )
    emit(args, {"id": change.id, "start": args.start}, f"cycle opened from {args.start}")
    return 0


def run_cycle_close(args: argparse.Namespace) -> int:
    c = Ctx(args)
    planned = c.books.rules.latest().cycle_end
    if args.end is None and planned and planned > dt.date.today().isoformat():
        # Closing is signed by the elders and then final: never cut a cycle short by default.
        raise CommandError(
            f"the cycle is planned to run until {planned}: to close it before then, "
            "give its last day with --end"
        )
    change = cycle_actions.close_cycle(c.store, c.signer(), c.group, end=args.end, note=args.note)
    end = change.body["end"]
    emit(
        args,
        {"id": change.id, "end": end},
        f"cycle ending {end} recorded as closed; elders sign it off to close it: {change.id}",
    )
    return 0


def run_cycle_show(args: argparse.Namespace) -> int:
    c = Ctx(args)
    rules = c.books.rules.latest()
    closes: list[dict[str, Any]] = [
        {
            "id": x.id,
            "start": x.start,
            "end": x.end,
            "pool": x.pool,
            "carried": x.carried,
            "closed": x.closed,
            "witnesses": sorted(x.witnesses),
        }
        for x in c.books.cycles.values()
    ]
    value = {
        "start": rules.cycle_start,
        "end": rules.cycle_end,
        "meetings": rules.cycle_meetings,
        "cash_unit": rules.cash_unit,
        "closes": closes,
    }
    planned = rules.cycle_meetings
    lines = [
        f"cycle from {rules.cycle_start or '-'} to {rules.cycle_end or '-'}"
        + (f", {counted(planned, 'meeting', 'meetings')} planned" if planned else "")
    ]
    lines += [
        f"  {x['start'] or '…'} to {x['end']}: pool {c.money(x['pool'])}, carried forward "
        f"{c.money(x['carried'])}, {'closed' if x['closed'] else 'awaiting the elders'}"
        for x in closes
    ]
    emit(args, value, "\n".join(lines))
    return 0


def shareout_value(c: Ctx, plan: ShareOut) -> dict[str, Any]:
    return {
        "currency": c.currency,
        "cycle_start": plan.cycle_start,
        "cycle_end": plan.cycle_end,
        "cash": plan.cash,
        "loans": plan.loans,
        "paid_out": plan.paid_out,
        "pool": plan.pool,
        "savings": plan.savings,
        "profit": plan.profit,
        "shares": plan.shares,
        "value_per_share": plan.value_per_share,
        "cash_unit": plan.cash_unit,
        "carried": plan.carried,
        "members": [
            {
                "member": x.member,
                "name": c.state.member_name(x.member),
                "savings": x.savings,
                "shares": x.shares,
                "share": x.share,
                "profit": x.profit,
                "loan": x.loan,
                "net": x.net,
                "paid": x.paid,
                "due": x.due,
            }
            for x in plan.lines
        ],
    }


def run_shareout_show(args: argparse.Namespace) -> int:
    c = Ctx(args)
    plan = project(c.books, confirmed_only=not args.pending)
    per_share = (
        f", {c.money(plan.value_per_share)} per share" if plan.value_per_share is not None else ""
    )
    lines = [
        f"pool {c.money(plan.pool)} = cash {c.money(plan.cash)} + loans outstanding "
        f"{c.money(plan.loans)} + already paid out {c.money(plan.paid_out)}",
        f"savings {c.money(plan.savings)}, profit {c.money(plan.profit)}, "
        f"{plan.shares} shares{per_share}",
        f"{'member':<20} {'shares':>6} {'savings':>14} {'profit':>14} {'loan':>14} "
        f"{'net payout':>14}",
    ]
    lines += [
        f"{c.state.member_name(x.member):<20} {x.shares:>6} {c.money(x.savings):>14} "
        f"{c.money(x.profit):>14} {c.money(x.loan):>14} {c.money(x.net):>14}"
        + ("  paid" if x.paid else "")
        for x in plan.lines
    ]
    if plan.carried:
        lines.append(f"carried forward (rounding): {c.money(plan.carried)}")
    value = shareout_value(c, plan)
    today = dt.date.today().isoformat()
    day = min(today, plan.cycle_end) if plan.cycle_end else today
    for line, row in zip(plan.lines, value["members"], strict=True):
        interest, fines = dues(c.books, line.member, day) if not line.paid else (0, 0)
        row["owes_first"] = interest + fines
        if interest or fines:
            lines.append(
                f"to pay before any payout: {row['name']} owes {c.money(interest)} in loan "
                f"interest and {c.money(fines)} in fines (it adds to every part)"
            )
    emit(args, value, "\n".join(lines))
    return 0


def run_pay(args: argparse.Namespace) -> int:
    c = Ctx(args)
    if args.all:
        plan = project(c.books)
        members: list[str] = [x.member for x in plan.lines if not x.paid and x.net + x.loan > 0]
    else:
        members = [member_ref(c.state, m) for m in args.member]
    changes = cycle_actions.pay_shareouts(
        c.store,
        c.signer(),
        c.group,
        members=[PersonId(m) for m in members],
        date=args.date,
        fund=fund_ref(c.books, args.fund),
        meeting=pick(args.meeting, c.books.meetings, "meeting") if args.meeting else None,
    )
    paid: list[dict[str, Any]] = [
        {
            "id": change.id,
            "member": member,
            "cash": change.body["amount"],
            "loan": change.body.get("settles", 0),
        }
        for member, change in zip(members, changes, strict=True)
    ]
    lines = [
        f"paid {c.state.member_name(x['member'])} {c.money(x['cash'])}"
        + (f" and settled {c.money(x['loan'])} of loan" if x["loan"] else "")
        + f": {x['id']}"
        for x in paid
    ]
    value = {"paid": paid, "id": paid[0]["id"] if paid else None}
    emit(args, value, "\n".join(lines) or "nobody to pay")
    return 0
