"""`lattice check` and `lattice status`: is this PC's store sound, and what does it hold."""

from __future__ import annotations

import argparse
import sqlite3
from typing import Any

from desktop.cli import common
from desktop.cli.common import counted, emit
from desktop.cli.peer_commands import peer_lines, peer_summary, this_pc_lines
from ledger.savings.books import books_of
from ledger.savings.joined import early_entries
from ledger.store.check import check_store
from ledger.store.errors import LatticeError
from ledger.store.evidence import TALLY_SOURCES
from ledger.store.group_memory import now_ms
from ledger.store.ids import GroupId, split_writer
from ledger.store.pending import PENDING_TTL_MS
from ledger.store.reach import HeardFrom, group_last_heard, heard_lines
from ledger.store.restore_hold import HELD_NOTICE
from ledger.store.store import Store
from ledger.store.words import Words
from p2p.peer_id import peer_id_of_device


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("check", help="verify every signature, chain and the stored state")
    common.add_common(p)
    p.set_defaults(run=run_check)
    p = sub.add_parser("status", help="the groups on this PC and their state digests")
    common.add_common(p)
    p.set_defaults(run=run_status)


def run_check(args: argparse.Namespace) -> int:
    try:
        store = common.open_store(args)
    except LatticeError as exc:
        emit(args, {"ok": False, "problems": [str(exc)]}, f"NOT SOUND: {exc}")
        return 1
    try:
        problems, checked = check_store(store)
    except LatticeError as exc:  # damage found only when reading on
        problems, checked = [str(exc)], 0
    held, held_lines = _held(store)
    if problems:
        emit(
            args,
            {"ok": False, "checked": checked, "problems": problems, **held},
            "\n".join(["NOT SOUND:", *(f"  {p}" for p in problems), *held_lines]),
        )
        return 1
    notes = _book_notes(store)
    emit(
        args,
        {"ok": True, "checked": checked, "notes": notes, **held},
        "\n".join(
            [
                f"sound: {counted(checked, 'change', 'changes')} verified",
                *held_lines,
                *(f"note: {n['group']}: {n['note']}" for n in notes),
            ]
        ),
    )
    return 0


def _book_notes(store: Store) -> list[dict[str, str]]:
    """What the books hold that the group should look at, though it stands: entries a
    peer signed dated before their member joined (`ledger.savings.joined`)."""
    notes = []
    for group in store.group_ids():
        state = store.state(group)
        books = books_of(state)
        for early in early_entries(store.history(group), state):
            notes.append(
                {"group": state.name, "entry": early.entry.id, "note": str(early.words(books))}
            )
    return notes


def _held(store: Store) -> tuple[dict[str, Any], list[str]]:
    """What others left here: changes waiting for earlier ones, and refusals per sender."""
    try:
        waiting = store.pending_summary()
        every = store.source_records(limit=TALLY_SOURCES + 1)
    except sqlite3.DatabaseError:  # a damaged store: its problems are reported already
        return {}, []
    senders = every[:5]
    refused = sum(r.rejected for r in every)
    unresolved = sum(r.unresolved for r in every)
    value = {
        "waiting": {
            "changes": waiting.count,
            "bytes": waiting.bytes,
            "senders": waiting.sources,
            "oldest": waiting.oldest_ms,
        },
        "refused": refused,
        "unresolved": unresolved,
        "senders": [
            {"source": r.source, "refused": r.rejected, "unresolved": r.unresolved}
            for r in senders
        ],
    }
    lines = []
    if waiting.count:
        age = max(0, now_ms() - (waiting.oldest_ms or 0)) // 60_000
        lines.append(
            f"{counted(waiting.count, 'change', 'changes')} ({waiting.bytes // 1024} KiB) from "
            f"{counted(waiting.sources, 'sender', 'senders')} "
            f"{'waits' if waiting.count == 1 else 'wait'} for earlier changes; the oldest "
            f"arrived {counted(age, 'minute', 'minutes')} ago "
            f"(dropped after {PENDING_TTL_MS // 60_000} minutes)"
        )
    if refused or unresolved:
        lines.append(
            f"refused from elsewhere: {counted(refused, 'change', 'changes')}; "
            f"never resolved: {unresolved}; "
            "most from " + ", ".join(f"{r.source} ({r.rejected + r.unresolved})" for r in senders)
        )
    return value, lines


def run_status(args: argparse.Namespace) -> int:
    store = common.open_store(args)
    groups: list[dict[str, Any]] = []
    heard: dict[GroupId, list[HeardFrom]] = {}
    held = store.held_groups()
    for group in store.group_ids():
        state = store.state(group)
        heard[group] = group_last_heard(store, group)
        groups.append(
            {
                "id": group,
                "name": state.name,
                "currency": state.settings.currency,
                "digest": state.digest(),
                "changes": store.change_count(group),
                "members": sum(
                    1 for m in state.membership.members.values() if m.status != "removed"
                ),
                "voided": [
                    {
                        "change": v.change,
                        "author": state.member_name(v.author),
                        "what": v.what,
                        "reason": v.reason,
                    }
                    for v in state.voided
                ],
                "quorum_problem": state.membership.quorum_problem(),
                "held_after_restore": group in held,
                "equivocations": [
                    {"writer": w, "author": state.member_name(split_writer(w)[0]), "from_seq": s}
                    for w, s in state.equivocators.items()
                ],
                "relays": list(state.settings.relays),
                "heard_from": [
                    {"device": h.device, "member": h.name, "district": h.where, "time": h.when}
                    for h in heard[group]
                ],
            }
        )
    sync = peer_summary(common.home_of(args))
    value = {
        "device": store.device_id,
        "peer": peer_id_of_device(store.device_id),
        "groups": groups,
        "pending": store.pending_count(),
        "sync": sync,
    }
    lines = this_pc_lines(store.device_id)
    for g in groups:
        lines.append(
            f"{g['name']}  {g['id']}\n  {counted(g['changes'], 'change', 'changes')}, "
            f"{counted(g['members'], 'member', 'members')}, digest {g['digest'][:16]}"
        )
        if g["quorum_problem"]:
            lines.append(f"  WARNING: {g['quorum_problem']}")
        if g["held_after_restore"]:
            lines.append(f"  HELD: {Words(HELD_NOTICE)}")
        for v in g["voided"]:
            lines.append(f"  voided: {v['author']} {v['what']}: {v['reason']}")
        for e in g["equivocations"]:
            lines.append(f"  WARNING: {e['author']}'s PC sent conflicting changes (equivocation)")
        lines.extend(f"  {line}" for line in heard_lines(heard[g["id"]], this_pc=store.device_id))
        if g["relays"]:
            lines.append("  relays: " + ", ".join(g["relays"]))
    if sync["known"]:
        lines.append("peers:")
        lines.extend(f"  {line}" for line in peer_lines(sync))
    emit(args, value, "\n".join(lines))
    return 0
