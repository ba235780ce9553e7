"""Commands for districts: `lattice district`, `lattice rep`, and `member move` /
`member household`, `balance --by district` / `--district`.

A district is typed by its name (any case) or its id (8+ hex digits of it); a member by
id, prefix or name, as everywhere else.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from desktop.cli.common import CommandError, counted, emit
from desktop.cli.ledger_common import Ctx, command, member_ref
from ledger.savings import district_actions as da
from ledger.savings import membership_actions as actions
from ledger.savings.balances import Balance
from ledger.savings.books import GoalId
from ledger.savings.districts import DistrictFigures, Rollup, rollup
from ledger.store.membership import Status

if TYPE_CHECKING:
    from desktop.cli.ledger_common import Sub


def register(sub: Sub) -> None:
    ds = sub.add_parser("district", help="the group's districts (chapters, villages ...)")
    dss = ds.add_subparsers(dest="action", required=True)
    p = command(dss, "add", "add a district", run_district_add, True)
    p.add_argument("name")
    p = command(dss, "rename", "rename a district", run_district_rename, True)
    p.add_argument("district")
    p.add_argument("name")
    p = command(dss, "retire", "retire a district without members", run_district_retire, True)
    p.add_argument("district")
    p = command(dss, "word", "what the group calls its districts", run_district_word, True)
    p.add_argument("word", help='e.g. "chapter" or "village"')
    p = command(dss, "list", "the districts, their members and figures", run_district_list)
    p.add_argument("--retired", action="store_true", help="list retired districts too")
    rs = sub.add_parser("rep", help="district representatives")
    rss = rs.add_subparsers(dest="action", required=True)
    p = command(rss, "appoint", "make a member a district's representative", run_rep_appoint, True)
    p.add_argument("person")
    p.add_argument("district")
    p = command(rss, "dismiss", "end a member's role as representative", run_rep_dismiss, True)
    p.add_argument("person")
    command(rss, "list", "the representatives and their districts", run_rep_list)


def register_member(ms: Sub) -> None:
    """`member move` and `member household`, under `lattice member`."""
    p = command(ms, "move", "move a member to a district", run_member_move, True)
    p.add_argument("person")
    p.add_argument("district")
    p = command(ms, "household", "set who else may sign for a family", run_member_household, True)
    p.add_argument("person", help="the family (a member)")
    p.add_argument(
        "signers",
        nargs="*",
        metavar="PERSON=NAME",
        help="a person (64 hex digits) who may sign for the family, and their name; "
        "none: only the member's own key",
    )


def add_balance_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--district", default=None, help="only this district's members")


# -- districts --------------------------------------------------------------------------


def run_district_add(args: argparse.Namespace) -> int:
    c = Ctx(args)
    change = da.add_district(c.store, c.signer(), c.group, name=args.name)
    word = c.state.membership.district_word()
    emit(args, {"id": change.id, "name": args.name}, f"added the {word} {args.name}: {change.id}")
    return 0


def run_district_rename(args: argparse.Namespace) -> int:
    c = Ctx(args)
    change = da.rename_district(c.store, c.signer(), c.group, args.district, name=args.name)
    emit(args, {"id": change.id}, f"renamed {args.district} to {args.name}")
    return 0


def run_district_retire(args: argparse.Namespace) -> int:
    c = Ctx(args)
    change = da.retire_district(c.store, c.signer(), c.group, args.district)
    emit(args, {"id": change.id}, f"retired {args.district}")
    return 0


def run_district_word(args: argparse.Namespace) -> int:
    c = Ctx(args)
    change = actions.change_settings(c.store, c.signer(), c.group, district_word=args.word)
    emit(
        args, {"id": change.id, "word": args.word.strip()}, f"districts are now called {args.word}"
    )
    return 0


def _plain(b: Balance) -> dict[str, int]:
    return {"confirmed": b.confirmed, "pending": b.pending}


def _figures(c: Ctx, row: DistrictFigures) -> dict[str, Any]:
    return {
        "district": row.district,
        "name": row.name,
        "retired": row.retired,
        "members": row.members,
        "persons": row.persons,
        "contributed": _plain(row.contributed),
        "saved": _plain(row.saved),
        "loan": _plain(row.loan),
        "goals": {g: _plain(b) for g, b in row.goals.items()},
    }


def _line(c: Ctx, label: str, row: DistrictFigures) -> str:
    members = counted(row.members, "member", "members")
    return (
        f"  {label:<20} {members:>12}  contributed {c.money(row.contributed.confirmed)}"
        f" (+{c.money(row.contributed.pending)} pending), saved {c.money(row.saved.confirmed)}"
    )


def _goal_shares(c: Ctx, result: Rollup, goal: GoalId) -> dict[str, Any]:
    """A goal's fund split by district and the money from no member (`goal_share`)."""
    share = result.goal_share(goal)
    assert share is not None  # every goal in `goal_funds` has a fund
    permille = share.permille or (None,) * (len(share.by_row) + 1)
    parts = [
        {"district": row.district, "name": row.name, "amount": _plain(part), "permille": p}
        for row, part, p in zip(result.rows, share.by_row, permille, strict=False)
    ]
    other = {"amount": _plain(share.other), "permille": permille[-1]}

    def pct(value: int | None) -> str:
        if value is None:
            return ""
        whole, tenths = divmod(abs(value), 10)
        return f" ({'-' if value < 0 else ''}{whole}.{tenths}%)"

    named = [
        f"{row.name or '(no district)'} {c.money(part.confirmed)}{pct(p)}"
        for row, part, p in zip(result.rows, share.by_row, permille, strict=False)
    ]
    if share.shows_other:
        named.append(f"not from members {c.money(share.other.confirmed)}{pct(permille[-1])}")
    title = c.books.goals[goal].title
    text = f"  goal '{title}': fund {c.money(share.fund.confirmed)} = " + ", ".join(named)
    return {
        "goal": goal,
        "title": title,
        "fund": _plain(share.fund),
        "by_district": parts,
        "not_from_members": other,
        "text": text,
    }


def run_district_list(args: argparse.Namespace) -> int:
    c = Ctx(args)
    state = c.state
    m = state.membership
    result = rollup(c.books, m, include_retired=args.retired)
    reps: dict[str, list[str]] = {}
    for member in m.members.values():
        if member.represents is not None and member.status == Status.ACTIVE:
            reps.setdefault(member.represents, []).append(member.name)
    rows = []
    lines = []
    for row in result.rows:
        value = _figures(c, row)
        value["representatives"] = sorted(reps.get(row.district or "", []))
        rows.append(value)
        label = row.name if row.district else "(no district)"
        if row.retired:
            label += " (retired)"
        reps_text = ", ".join(value["representatives"])
        lines.append(_line(c, label, row) + (f"; represented by {reps_text}" if reps_text else ""))
    lines.append(_line(c, "all", result.total))
    word = str(m.district_word())
    goals = [_goal_shares(c, result, gid) for gid in result.goal_funds]
    for goal in goals:
        lines.append(goal.pop("text"))
    value = {
        "word": word,
        "districts": rows,
        "total": _figures(c, result.total),
        "goals": goals,
    }
    emit(args, value, "\n".join(lines) if m.districts else f"this group has no {word}s yet")
    return 0


# -- representatives and members --------------------------------------------------------


def run_rep_appoint(args: argparse.Namespace) -> int:
    c = Ctx(args)
    person = member_ref(c.state, args.person)
    change = da.appoint_rep(c.store, c.signer(), c.group, person, district=args.district)
    name = c.state.member_name(person)  # type: ignore[arg-type]
    emit(args, {"id": change.id}, f"{name} now represents {args.district}")
    return 0


def run_rep_dismiss(args: argparse.Namespace) -> int:
    c = Ctx(args)
    person = member_ref(c.state, args.person)
    change = da.dismiss_rep(c.store, c.signer(), c.group, person)
    name = c.state.member_name(person)  # type: ignore[arg-type]
    emit(args, {"id": change.id}, f"{name} no longer represents a district")
    return 0


def run_rep_list(args: argparse.Namespace) -> int:
    c = Ctx(args)
    m = c.state.membership
    rows = [
        {
            "person": p,
            "name": x.name,
            "district": x.represents,
            "district_name": m.districts[x.represents].name,
            "status": str(x.status),
        }
        for p, x in sorted(m.members.items(), key=lambda kv: kv[1].name)
        if x.represents is not None
    ]
    lines = [f"  {r['name']:<24} {r['district_name']:<20} {r['status']}" for r in rows]
    emit(args, {"representatives": rows}, "\n".join(lines) or "no representatives")
    return 0


def run_member_move(args: argparse.Namespace) -> int:
    c = Ctx(args)
    person = member_ref(c.state, args.person)
    change = da.move_member(c.store, c.signer(), c.group, person, district=args.district)
    name = c.state.member_name(person)  # type: ignore[arg-type]
    emit(args, {"id": change.id}, f"moved {name} to {args.district}")
    return 0


def run_member_household(args: argparse.Namespace) -> int:
    c = Ctx(args)
    family = member_ref(c.state, args.person)
    pairs: list[tuple[str, str]] = []
    for item in args.signers:
        person, sep, name = item.partition("=")
        if not sep:
            raise CommandError(f"'{item}': write PERSON=NAME")
        pairs.append((person.strip(), name))
    change = da.set_household(c.store, c.signer(), c.group, family, pairs)
    name = c.state.member_name(family)  # type: ignore[arg-type]
    emit(
        args,
        {"id": change.id, "persons": [p for p, _ in pairs]},
        f"{counted(len(pairs), 'person', 'persons')} may sign for {name} besides them",
    )
    return 0


def district_balance(c: Ctx, args: argparse.Namespace) -> tuple[list[dict[str, Any]], list[str]]:
    """`balance --by district`, or with `--district` that district's members one by one."""
    m = c.state.membership
    result = rollup(c.books, m, until=args.until, include_retired=args.district is not None)
    rows: list[dict[str, Any]] = []
    lines: list[str] = []
    if args.district is None:
        for row in result.rows:
            rows.append(_figures(c, row))
            lines.append(_line(c, row.name if row.district else "(no district)", row))
        return rows, lines
    from ledger.savings.balances import member_positions

    found = da.find_district(m, args.district, retired_ok=True)
    lines.append(_line(c, found.name, result.row(found.id)))
    positions = member_positions(c.books, args.until)
    for member in sorted(m.members.values(), key=lambda x: x.name):
        if member.district != found.id:
            continue
        pos = positions.get(member.person)
        saved = pos["saved"] if pos else Balance()
        rows.append({"member": member.person, "name": member.name, "saved": _plain(saved)})
        lines.append(
            f"    {member.name:<20} saved {c.money(saved.confirmed)}"
            f" (+{c.money(saved.pending)} pending)"
        )
    return rows, lines
