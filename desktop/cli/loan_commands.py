"""Commands for loans, fines owed and the meeting in one sitting.

`loan show` gives each loan's schedule, due date, interest due and arrears; `fine owed`
the fines members owe; `fine attendance` charges the fines owed for absence and
lateness at a meeting; `meeting record` records a whole meeting's rows from a CSV file
(see ledger.savings.sitting_csv for its columns).
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.cli.common import CommandError, counted, emit
from desktop.cli.ledger_common import Ctx, command, member_ref, pick
from ledger.savings import fines, loans, sitting
from ledger.savings.sitting_csv import MAX_BYTES, read_rows

if TYPE_CHECKING:
    from desktop.cli.ledger_common import Sub


def register(sub: Sub) -> None:
    ls = sub.add_parser("loan", help="loans: schedule, interest due, arrears").add_subparsers(
        dest="action", required=True
    )
    p = command(ls, "show", "each loan's schedule, interest due and arrears", run_loan_show)
    p.add_argument("member", nargs="?", default=None, help="default: every member")
    p.add_argument("--on", default=None, help="as it stands on this day (default today)")
    p.add_argument("--all", action="store_true", help="repaid loans too")
    fs = sub.add_parser("fine", help="fines owed").add_subparsers(dest="action", required=True)
    p = command(fs, "owed", "the fines members owe", run_fine_owed)
    p.add_argument("member", nargs="?", default=None)
    p = command(fs, "attendance", "charge the fines owed for absence and lateness",
                run_fine_attendance, True)  # fmt: skip
    p.add_argument("meeting")


def register_meeting(ms: Sub) -> None:
    """`meeting record`: added to the meeting commands."""
    p = command(ms, "record", "record a whole meeting's rows from a CSV file", run_record)
    p.add_argument("meeting")
    p.add_argument(
        "--as", dest="as_person", default=None, help="who signs (id or name; not for --check)"
    )
    p.add_argument("--file", type=Path, required=True, help="CSV: member,shares,social,...")
    p.add_argument("--check", action="store_true", help="check and show the totals only")


def _loan_value(c: Ctx, loan: loans.Loan) -> dict[str, Any]:
    return {
        "id": loan.id,
        "member": loan.member,
        "name": c.state.member_name(loan.member),
        "date": loan.date,
        "principal": loan.principal,
        "term": loan.term,
        "interest_bp": loan.rate_bp,
        "method": loan.method,
        "due_date": loan.due_date,
        "repaid": loan.repaid,
        "outstanding": loan.outstanding,
        "interest_charged": loan.interest_charged,
        "interest_paid": loan.interest_paid,
        "interest_due": loan.interest_due,
        "arrears": loan.arrears,
        "late_since": loan.late_since,
        "schedule": [
            {"month": i.month, "due": i.due, "principal": i.principal, "interest": i.interest}
            for i in loan.schedule()
        ],
    }


def _loan_text(c: Ctx, loan: loans.Loan) -> list[str]:
    rate = (
        f"{loans.percent(loan.rate_bp)} a month {loan.method}" if loan.rate_bp else "no interest"
    )
    term = f"{loan.term} months, due {loan.due_date}" if loan.term else "no term"
    out = [
        f"{c.state.member_name(loan.member)}: loan {loan.id[:8]} of {c.money(loan.principal)} "
        f"on {loan.date}, {term}, {rate}",
        f"  owes {c.money(loan.outstanding)} principal + {c.money(loan.interest_due)} interest"
        f" due; paid {c.money(loan.repaid)} principal, {c.money(loan.interest_paid)} interest",
    ]
    if loan.arrears:
        out.append(f"  in arrears: {c.money(loan.arrears)} (late since {loan.late_since or '-'})")
    for i in loan.schedule():
        out.append(
            f"  month {i.month:>2}  due {i.due}  principal {c.money(i.principal):>14}  "
            f"interest {c.money(i.interest):>12}"
        )
    return out


def run_loan_show(args: argparse.Namespace) -> int:
    c = Ctx(args)
    books = c.books
    day = args.on or dt.date.today().isoformat()
    members = (
        [member_ref(c.state, args.member)] if args.member else sorted(books.by_member)
    )
    found = [
        loan
        for m in members
        for loan in loans.member_loans(books, m, day)  # type: ignore[arg-type]
        if args.all or loan.outstanding or loan.interest_due
    ]
    lines = [line for loan in found for line in _loan_text(c, loan)]
    emit(
        args,
        {"currency": c.currency, "on": day, "loans": [_loan_value(c, x) for x in found]},
        "\n".join(lines) or "no loans owed",
    )
    return 0


def run_fine_owed(args: argparse.Namespace) -> int:
    c = Ctx(args)
    books = c.books
    members = [member_ref(c.state, args.member)] if args.member else sorted(books.by_member)
    rows: list[dict[str, Any]] = [
        {
            "id": e.id,
            "member": e.member,
            "name": c.state.member_name(m),  # type: ignore[arg-type]
            "fine": e.fine,
            "amount": e.amount,
            "date": e.date,
        }
        for m in members
        for e in fines.owed(books, m)  # type: ignore[arg-type]
    ]
    lines = [
        f"{r['name']:<20} {r['fine']:<12} {c.money(r['amount']):>14}  since {r['date']}  "
        f"{r['id'][:8]}"
        for r in rows
    ]
    value = {"currency": c.currency, "owed": rows, "total": sum(r["amount"] for r in rows)}
    emit(args, value, "\n".join(lines) or "no fines owed")
    return 0


def run_fine_attendance(args: argparse.Namespace) -> int:
    c = Ctx(args)
    meeting = pick(args.meeting, c.books.meetings, "meeting")
    written = sitting.charge_attendance_fines(c.store, c.signer(), c.group, meeting)
    books = c.books
    charged = [books.entries[x.id] for x in written]  # type: ignore[index]
    lines = [
        f"{c.state.member_name(e.member)} owes the fine '{e.fine}' of {c.money(e.amount)}"
        for e in charged
        if e.member is not None
    ]
    emit(args, {"ids": [x.id for x in written]}, "\n".join(lines))
    return 0


def run_record(args: argparse.Namespace) -> int:
    if not args.check and not args.as_person:
        raise CommandError("say who signs with --as PERSON (or only check the file with --check)")
    args.unlock_early = not args.check
    c = Ctx(args)
    books = c.books
    meeting = pick(args.meeting, books.meetings, "meeting")
    try:
        if args.file.stat().st_size > MAX_BYTES:
            raise CommandError(f"{args.file} is larger than {MAX_BYTES} bytes")
        text = args.file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise CommandError(f"cannot read {args.file}: {exc}") from None
    rows = read_rows(text)
    sitting.plan(c.store, c.group, meeting, rows)  # every row checked before anything
    day = books.meetings[meeting].date  # type: ignore[index]
    t = sitting.totals(books, day, rows, c.currency)
    totals = {
        "shares": t.shares,
        "savings": t.savings,
        "social": t.social,
        "repayment": t.repayment,
        "fines": t.fines,
        "money": t.money,
        "entries": t.entries,
    }
    text_out = (
        f"{counted(len(rows), 'row', 'rows')}, {counted(t.entries, 'entry', 'entries')}: "
        f"shares {t.shares} ({c.money(t.savings)}), "
        f"social fund {c.money(t.social)}, repayments {c.money(t.repayment)}, "
        f"fines {c.money(t.fines)}; in all {c.money(t.money)}"
    )
    ids: list[str] = []
    if not args.check:
        written = sitting.record_meeting(c.store, c.signer(), c.group, meeting, rows)
        ids = [x.id for x in written]
        text_out += (
            f"\nrecorded {counted(len(ids), 'entry', 'entries')} (pending sign-off: "
            f"lattice signoff {args.group} {meeting[:8]} --as ELDER)"
        )
    emit(args, {"meeting": meeting, "totals": totals, "ids": ids, "rows": len(rows)}, text_out)
    return 0
