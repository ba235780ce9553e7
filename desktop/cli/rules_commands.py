"""Commands for the group's constitution and what it yields per member: the rules in
force and a member's passbook slip (the share-out is in cycle_commands)."""

from __future__ import annotations

import argparse
import datetime as dt
from dataclasses import asdict
from typing import TYPE_CHECKING, Any

from desktop.cli.common import CommandError, emit
from desktop.cli.ledger_common import Ctx, command, member_ref
from ledger.savings import actions, loans, rules
from ledger.savings.passbook import passbook

if TYPE_CHECKING:
    from desktop.cli.ledger_common import Sub


def register(sub: Sub) -> None:
    _rules(sub)
    p = command(sub, "passbook", "a member's passbook slip", run_passbook, False)
    p.add_argument("member")


def _rules(sub: Sub) -> None:
    rs = sub.add_parser("rules", help="the group's constitution").add_subparsers(
        dest="action", required=True
    )
    p = command(rs, "set", "set rules from a date on", run_rules_set, True)
    p.add_argument("--from", dest="effective", default=None, help="in force from (default today)")
    p.add_argument("--share-value", default=None)
    p.add_argument("--min-shares", type=int, default=None)
    p.add_argument("--max-shares", type=int, default=None)
    p.add_argument("--interest-bp", type=int, default=None, help="loan interest per month, bp")
    p.add_argument(
        "--loan-multiple-pct",
        type=int,
        default=None,
        help="largest loan, %% of the member's savings (300 = three times)",
    )
    p.add_argument("--social-fund", default=None, help="social-fund contribution per meeting")
    p.add_argument(
        "--fine",
        action="append",
        default=None,
        metavar="NAME=AMOUNT",
        help="set one fine of the schedule (the others stay); 0 takes it off",
    )
    p.add_argument(
        "--interest-method",
        default=None,
        choices=("flat", "declining"),
        help="monthly interest on the amount lent (flat) or on the amount still owed",
    )
    p.add_argument(
        "--one-loan",
        default=None,
        choices=("yes", "no"),
        help="a member repays a loan before taking another",
    )
    p.add_argument("--cycle-start", default=None)
    p.add_argument("--cycle-end", default=None)
    p.add_argument("--cycle-meetings", type=int, default=None, help="planned meetings")
    p.add_argument("--cash-unit", default=None, help="round share-out payouts down to this")
    p.add_argument(
        "--shareout-social",
        choices=("yes", "no"),
        default=None,
        help="share out the social fund too (default no: it carries forward)",
    )
    p.add_argument(
        "--unset",
        action="append",
        default=[],
        type=_rule_name,
        choices=rules.UNSETTABLE,
        metavar="RULE",
        help="take a rule away from that date on (back to not set); one of "
        + ", ".join(name.replace("_", "-") for name in rules.UNSETTABLE),
    )
    p.add_argument("--note", default="")
    p = command(rs, "show", "the rules in force, and their history", run_rules_show, False)
    p.add_argument("--on", default=None, help="the rules in force on this day (default today)")


def _rule_name(text: str) -> str:
    """A rule as its option is spelt (loan-multiple-pct) or as the core names it."""
    return text.replace("-", "_")


def run_rules_set(args: argparse.Namespace) -> int:
    c = Ctx(args)
    fines = None
    if args.fine is not None:
        fines = {}
        for item in args.fine:
            name, sep, amount = item.rpartition("=")
            if not sep or not name:
                raise CommandError(f"'{item}': write NAME=AMOUNT")
            fines[name] = amount
    change = actions.set_rules(
        c.store,
        c.signer(),
        c.group,
        effective=args.effective,
        note=args.note,
        share_value=args.share_value,
        min_shares=args.min_shares,
        max_shares=args.max_shares,
        interest_bp=args.interest_bp,
        loan_multiple_pct=args.loan_multiple_pct,
        social_fund=args.social_fund,
        fines=fines,
        interest_method=args.interest_method,
        one_loan=None if args.one_loan is None else args.one_loan == "yes",
        cycle_start=args.cycle_start,
        cycle_end=args.cycle_end,
        cycle_meetings=args.cycle_meetings,
        cash_unit=args.cash_unit,
        shareout_social=None if args.shareout_social is None else args.shareout_social == "yes",
        unset=args.unset,
    )
    day = change.body["from"]
    rules = c.books.rules.in_force(day).as_dict()
    lines = [f"rules set from {day}; in force then:", *_rules_lines(c, rules)]
    emit(args, {"id": change.id, "from": day, "rules": rules}, "\n".join(lines))
    return 0


def _rules_lines(c: Ctx, rules: dict[str, Any]) -> list[str]:
    """The rules in force, one a line, money in the group's currency."""
    money = {"share_value", "social_fund", "cash_unit"}
    lines = []
    for key, value in rules.items():
        if value in (None, {}):
            continue
        if key in money:
            value = c.money(value)
        elif key == "fines":
            value = ", ".join(f"{n} {c.money(a)}" for n, a in sorted(value.items()))
        elif key == "interest_bp":
            key, value = "interest", f"{loans.percent(value)} a month"
        elif key == "loan_multiple_pct":
            key, value = "largest loan", f"{value} % of the member's savings"
        elif isinstance(value, bool):
            value = "yes" if value else "no"
        lines.append(f"  {key.replace('_', ' ')}: {value}")
    return lines


def run_rules_show(args: argparse.Namespace) -> int:
    c = Ctx(args)
    book = c.books.rules
    day = args.on or dt.date.today().isoformat()
    rules = book.in_force(day).as_dict()
    history = [
        {"id": v.id, "from": v.effective, "by": v.author, "changes": v.changes, "note": v.note}
        for v in book.versions
    ]
    lines = _rules_lines(c, rules)
    lines += [
        f"  version from {v.effective} by {c.state.member_name(v.author)}" for v in book.versions
    ]
    for version in book.upcoming(day):
        changed = {k: v for k, v in version.changes.items() if k != "unset"}
        lines.append(f"  to come from {version.effective}:")
        lines += ["  " + line for line in _rules_lines(c, changed)]
        lines += [f"    {k.replace('_', ' ')}: not set" for k in version.changes.get("unset", ())]
    emit(args, {"rules": rules, "history": history}, "\n".join(lines) or "no rules set")
    return 0


def run_passbook(args: argparse.Namespace) -> int:
    c = Ctx(args)
    slip = passbook(c.state, member_ref(c.state, args.member))  # type: ignore[arg-type]
    value = {
        "member": slip.member,
        "name": slip.name,
        "currency": slip.currency,
        "savings": {"confirmed": slip.savings.confirmed, "pending": slip.savings.pending},
        "shares": {"confirmed": slip.shares.confirmed, "pending": slip.shares.pending},
        "loan": {"confirmed": slip.loan.confirmed, "pending": slip.loan.pending},
        "fines": {"confirmed": slip.fines.confirmed, "pending": slip.fines.pending},
        "interest": {"confirmed": slip.interest.confirmed, "pending": slip.interest.pending},
        "projected_payout": slip.projected_payout,
        "fines_owed": slip.fines_owed,
        "loans": [asdict(x) for x in slip.loans],
        "shareout_paid": slip.shareout_paid,
        "shareout_cash": slip.shareout_cash,
        "shareout_loan": slip.shareout_loan,
        "lines": [asdict(x) for x in slip.lines],
        "goals": [asdict(g) for g in slip.goals],
        "code": slip.code,
        "changes": slip.changes,
    }
    emit(args, value, slip.text())
    return 0
