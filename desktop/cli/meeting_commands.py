"""Commands for meetings: open, attendance, minutes, decisions, closing with the cash count."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.cli import loan_commands
from desktop.cli.common import CommandError, counted, emit
from desktop.cli.ledger_common import Ctx, command, fund_ref, member_ref, pick
from ledger.savings import group_actions, meetings, records

if TYPE_CHECKING:
    from desktop.cli.ledger_common import Sub


def register(sub: Sub) -> None:
    ms = sub.add_parser("meeting", help="meetings, attendance, minutes, decisions").add_subparsers(
        dest="action", required=True
    )
    p = command(ms, "open", "open a meeting", run_meeting_open, True)
    p.add_argument("--date", default=None)
    p.add_argument("--place", default="")
    p.add_argument("--agenda", action="append", default=[], help="an agenda item (repeat)")
    p.add_argument("--district", default=None, help="a meeting of this district only")
    p = command(ms, "attend", "record attendance", run_meeting_attend, True)
    p.add_argument("meeting")
    p.add_argument(
        "attendance",
        nargs="+",
        metavar="MEMBER=STATUS",
        help="present, absent, excused or represented:OTHER",
    )
    p = command(ms, "minutes", "write the minutes, or show them", run_meeting_minutes)
    p.add_argument("meeting")
    p.add_argument("--as", dest="as_person", default=None)
    p.add_argument("--text", default=None)
    p.add_argument("--file", type=Path, default=None)
    p = command(ms, "decide", "record a decision", run_meeting_decide, True)
    p.add_argument("meeting")
    p.add_argument("--motion", required=True)
    p.add_argument("--for", dest="votes_for", type=int, required=True)
    p.add_argument("--against", type=int, required=True)
    p.add_argument("--abstain", type=int, default=0)
    p.add_argument("--outcome", default=None, help="carried, defeated or deferred")
    p = command(ms, "close", "close with the cash counted per fund", run_meeting_close, True)
    p.add_argument("meeting")
    p.add_argument("--count", action="append", default=[], metavar="FUND=AMOUNT", required=True)
    p = command(ms, "show", "a meeting in full", run_meeting_show, False)
    p.add_argument("meeting")
    command(ms, "list", "the meetings", run_meeting_list, False)
    loan_commands.register_meeting(ms)


def run_meeting_open(args: argparse.Namespace) -> int:
    c = Ctx(args)
    change = group_actions.open_meeting(
        c.store,
        c.signer(),
        c.group,
        date=args.date,
        place=args.place,
        agenda=args.agenda,
        district=args.district,
    )
    emit(args, {"id": change.id, "date": change.body["date"]}, f"opened the meeting: {change.id}")
    return 0


def run_meeting_attend(args: argparse.Namespace) -> int:
    c = Ctx(args)
    meeting = pick(args.meeting, c.books.meetings, "meeting")
    rows: dict[str, str | tuple[str, str]] = {}
    for item in args.attendance:
        who, sep, status = item.rpartition("=")
        if not sep:
            raise CommandError(f"'{item}': write MEMBER=STATUS")
        kind, _, by = status.partition(":")
        rows[member_ref(c.state, who)] = (kind, member_ref(c.state, by)) if by else kind
    written = group_actions.record_attendance(c.store, c.signer(), c.group, meeting, rows)
    emit(
        args,
        {"id": written[0].id, "ids": [change.id for change in written]},
        f"recorded the attendance of {counted(len(rows), 'member', 'members')}",
    )
    return 0


def run_meeting_minutes(args: argparse.Namespace) -> int:
    c = Ctx(args)
    meeting = pick(args.meeting, c.books.meetings, "meeting")
    text = args.file.read_text(encoding="utf-8") if args.file else args.text
    if text is not None:
        if not args.as_person:
            raise CommandError("say who writes the minutes with --as PERSON")
        change = group_actions.write_minutes(c.store, c.signer(), c.group, meeting, text)
        emit(
            args, {"id": change.id if change else None}, "minutes saved" if change else "unchanged"
        )
        return 0
    status, approvers = meetings.minutes_status(c.state, meeting)  # type: ignore[arg-type]
    minutes = c.state.document_text(records.minutes_doc(meeting))
    emit(
        args,
        {
            "meeting": meeting,
            "minutes": minutes,
            "status": status,
            "approved_by": sorted(approvers),
        },
        f"{minutes}\n\n[{status}]",
    )
    return 0


def run_meeting_decide(args: argparse.Namespace) -> int:
    c = Ctx(args)
    meeting = pick(args.meeting, c.books.meetings, "meeting")
    change = group_actions.record_decision(
        c.store,
        c.signer(),
        c.group,
        meeting,
        motion=args.motion,
        votes_for=args.votes_for,
        votes_against=args.against,
        abstain=args.abstain,
        outcome=args.outcome,
    )
    emit(
        args,
        {"id": change.id, "outcome": change.body["outcome"]},
        f"recorded: {args.motion} ({change.body['outcome']})",
    )
    return 0


def run_meeting_close(args: argparse.Namespace) -> int:
    c = Ctx(args)
    books = c.books
    meeting = pick(args.meeting, books.meetings, "meeting")
    counts: dict[str, str] = {}
    for item in args.count:
        fund, sep, amount = item.rpartition("=")
        if not sep:
            raise CommandError(f"'{item}': write FUND=AMOUNT")
        counts[fund_ref(books, fund) or ""] = amount
    change = group_actions.close_meeting(c.store, c.signer(), c.group, meeting, counts)
    found = c.books.meetings[meeting]  # type: ignore[index]
    diffs = found.count.differences if found.count else {}
    value = {
        "id": change.id,
        "status": found.status,
        "differences": {f: d for f, d in diffs.items()},
    }
    if found.status == "closed":
        text = "closed: the cash matches the books"
    else:
        text = (
            "cash differs from the books: "
            + ", ".join(f"{books.funds[f].name} {c.money(d)}" for f, d in diffs.items())
            + f"\nthe elders must witness it: lattice signoff {args.group} {meeting[:8]} --as ELDER"
        )
    emit(args, value, text)
    return 0


def _meeting_value(c: Ctx, m: records.Meeting) -> dict[str, Any]:
    status, approvers = meetings.minutes_status(c.state, m.id)
    return {
        "id": m.id,
        "date": m.date,
        "place": m.place,
        "agenda": m.agenda,
        "status": m.status,
        "attendance": {p: {"status": s, "by": by} for p, (s, by) in m.attendance.items()},
        "decisions": [
            {
                "motion": d.motion,
                "for": d.votes_for,
                "against": d.votes_against,
                "abstain": d.abstain,
                "outcome": d.outcome,
            }
            for d in m.decisions
        ],
        "entries": [e.id for e in meetings.entries_at(c.books, m.id)],
        "minutes": c.state.document_text(m.doc),
        "minutes_status": status,
        "minutes_approved_by": sorted(approvers),
        "count": None
        if m.count is None
        else {f: {"counted": a, "computed": b} for f, (a, b) in m.count.counts.items()},
    }


def run_meeting_show(args: argparse.Namespace) -> int:
    c = Ctx(args)
    m = c.books.meetings[pick(args.meeting, c.books.meetings, "meeting")]  # type: ignore[index]
    v = _meeting_value(c, m)
    text = (
        f"meeting of {m.date} at {m.place or '-'} ({m.status})\n"
        f"  {counted(len(v['entries']), 'entry', 'entries')}, "
        f"{counted(len(m.attendance), 'attendance record', 'attendance records')}, "
        f"{counted(len(m.decisions), 'decision', 'decisions')}, minutes {v['minutes_status']}"
    )
    emit(args, v, text)
    return 0


def run_meeting_list(args: argparse.Namespace) -> int:
    c = Ctx(args)
    rows = [_meeting_value(c, m) for m in c.books.meetings.values()]
    lines = [f"{r['date']}  {r['id'][:8]}  {r['status']:<8} {r['place']}" for r in rows]
    emit(args, {"meetings": rows}, "\n".join(lines) or "no meetings yet")
    return 0
