"""Commands for group and family goals: propose, update and list them with their progress."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from desktop.cli.common import CommandError, emit
from desktop.cli.ledger_common import Ctx, command, fund_ref, member_ref, pick
from ledger.savings import group_actions
from ledger.savings.goals import progress

if TYPE_CHECKING:
    from desktop.cli.ledger_common import Sub


def register(sub: Sub) -> None:
    gs = sub.add_parser("goal", help="group and family goals").add_subparsers(
        dest="action", required=True
    )
    p = command(gs, "add", "propose a goal", run_goal_add, True)
    p.add_argument("--title", required=True)
    p.add_argument("--target", default=None, help="the amount aimed for")
    p.add_argument("--due", default=None, help="the target date")
    p.add_argument("--fund", default=None, help="the fund whose balance is the progress")
    p.add_argument("--family", default=None, help="the member whose family goal it is")
    p.add_argument("--description", default=None)
    p.add_argument("--date", default=None, help="the day it was proposed (default today)")
    p = command(gs, "update", "change a goal or its status", run_goal_update, True)
    p.add_argument("goal")
    p.add_argument("--status", default=None, help="proposed, active, achieved or dropped")
    p.add_argument("--title", default=None)
    p.add_argument("--target", default=None)
    p.add_argument("--due", default=None)
    p.add_argument("--fund", default=None)
    p.add_argument("--note", default="")
    p.add_argument("--description", default=None)
    p.add_argument("--date", default=None, help="the day of the change (default today)")
    command(gs, "list", "the goals and their progress", run_goal_list, False)


def run_goal_add(args: argparse.Namespace) -> int:
    c = Ctx(args)
    change = group_actions.add_goal(
        c.store,
        c.signer(),
        c.group,
        title=args.title,
        target=args.target,
        due=args.due,
        fund=fund_ref(c.books, args.fund),
        family=member_ref(c.state, args.family) if args.family else None,
        description=args.description,
        date=args.date,
    )
    emit(
        args, {"id": change.id, "title": args.title}, f"proposed the goal {args.title}: {change.id}"
    )
    return 0


def run_goal_update(args: argparse.Namespace) -> int:
    c = Ctx(args)
    goal = pick(args.goal, c.books.goals, "goal")
    signer = c.signer()
    change = None
    if any(x is not None for x in (args.status, args.title, args.target, args.due, args.fund)):
        change = group_actions.update_goal(
            c.store,
            signer,
            c.group,
            goal,
            status=args.status,
            title=args.title,
            target=args.target,
            due=args.due,
            fund=fund_ref(c.books, args.fund),
            note=args.note,
            date=args.date,
        )
    if args.description is not None:
        change = (
            group_actions.describe_goal(c.store, signer, c.group, goal, args.description) or change
        )
    if change is None:
        raise CommandError("nothing to change")
    emit(args, {"id": change.id, "goal": goal}, f"updated the goal {goal[:8]}")
    return 0


def run_goal_list(args: argparse.Namespace) -> int:
    c = Ctx(args)
    books, state = c.books, c.state
    rows = [
        {
            "id": g.id,
            "title": g.title,
            "status": g.status,
            "target": g.target,
            "due": g.due,
            "fund": g.fund,
            "family": g.family,
            "progress": progress(books, g),
            "description": state.document_text(g.doc),
            "history": [
                {"status": h.status, "date": h.date, "by": h.author, "note": h.note}
                for h in g.history
            ],
        }
        for g in books.goals.values()
    ]
    lines = [
        f"{g.id[:8]}  {g.title:<30} {g.status:<9}"
        + (f" {c.money(progress(books, g) or 0)} of {c.money(g.target)}" if g.target else "")
        for g in books.goals.values()
    ]
    emit(args, {"currency": c.currency, "goals": rows}, "\n".join(lines) or "no goals yet")
    return 0
