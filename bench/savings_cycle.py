"""The savings cycle at a real group's size: a 25-member meeting (about 80 lines) recorded
as one batch through the CLI, against one command per line; and a whole 52-meeting cycle
replayed from its signed changes, then its figures (balances, share-out, every loan).

Prints medians and the machine's load. `--size` is the number of members (25; the cycle
has 52 meetings at that size, proportionally fewer below), so the tests run it tiny
(tests/bench/test_benches.py, tests/bench/test_savings_cycle.py).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench._args import bench_args, machine_load
from ledger.savings import actions, group_actions, loans, sitting
from ledger.savings import membership_actions as core
from ledger.savings.balances import fund_balances
from ledger.savings.books import books_of
from ledger.savings.shareout import project
from ledger.store import catalog
from ledger.store.ids import GroupId
from ledger.store.keyring import Keyring
from ledger.store.persons import Signer
from ledger.store.replay import replay
from ledger.store.store import Store

ROOT = Path(__file__).resolve().parents[1]
PASSPHRASE = "bench-pw"
START = (2024, 1, 6)


@dataclass
class Group:
    store: Store
    group: GroupId
    treasurer: Signer
    elders: list[Signer]
    members: list[Signer]


def week(index: int) -> str:
    """The date of weekly meeting `index` (0: 6 January 2024)."""
    import datetime as dt

    return (dt.date(*START) + dt.timedelta(weeks=index)).isoformat()


def founded(home: Path, size: int) -> Group:
    """A group of `size` members, two elders and a treasurer; shares of 50.00 (1-5 a
    meeting), social fund 10.00, loans at 5 % a month declining, fine 'late' 20.00."""
    store = Store.open(home)
    keyring = Keyring(store.db)
    treasurer = keyring.create("Treasurer", PASSPHRASE)
    elders = [keyring.create(f"Elder {i}", PASSPHRASE) for i in (1, 2)]
    members = [keyring.create(f"Member {i:02d}", PASSPHRASE) for i in range(1, size + 1)]
    group = core.create_group(store, treasurer, name="Bench Savings", currency="KES").group
    for signer, role in [*((e, "elder") for e in elders), *((m, "member") for m in members)]:
        core.add_member(store, treasurer, group, person=signer.person, name=signer.name,
                        roles=[role])  # fmt: skip
    actions.add_fund(store, treasurer, group, name="Social", kind="social")
    actions.set_rules(store, treasurer, group, effective="2024-01-01", share_value="50",
                      min_shares=1, max_shares=5, social_fund="10", interest_bp=500,
                      interest_method="declining", fines={"late": "20"})  # fmt: skip
    return Group(store, group, treasurer, elders, members)


def meeting_rows(g: Group, index: int) -> list[sitting.SittingRow]:
    """A meeting's rows: everyone buys shares and pays the social fund; members owing a
    loan repay up to 60.00; two in five pay the lateness fine."""
    books = books_of(g.store.state(g.group))
    rows = []
    for n, member in enumerate(g.members):
        owed = [x for x in loans.member_loans(books, member.person, week(index)) if x.outstanding]
        due = sum(x.outstanding + x.interest_due for x in owed)
        repay = min(6_000, due)
        rows.append(
            sitting.SittingRow(
                member.name,
                shares=n % 5 + 1,
                social="10",
                repayment=f"{repay // 100}.{repay % 100:02d}" if repay else None,
                fines=("late",) if (n + index) % 5 < 2 else (),
                line=n + 2,
            )
        )
    return rows


def hold_meeting(g: Group, index: int, borrowers: int) -> int:
    """One meeting recorded with the core (batch), signed by both elders; loans of 200.00
    for 2 months to `borrowers` members who owe nothing. Returns the lines recorded."""
    meeting = group_actions.open_meeting(g.store, g.treasurer, g.group, date=week(index)).id
    written = sitting.record_meeting(g.store, g.treasurer, g.group, meeting,
                                     meeting_rows(g, index))  # fmt: skip
    for elder in g.elders:
        actions.sign_off(g.store, elder, g.group, [meeting])
    books = books_of(g.store.state(g.group))
    lent = 0
    for n in range(len(g.members)):
        member = g.members[(index * borrowers + n) % len(g.members)]
        if lent == borrowers or books.available(books.default_fund) < 20_000:
            break
        if books.loan_owed(member.person):
            continue
        loan = actions.add_entry(g.store, g.treasurer, g.group, type="loan",
                                 member=member.person, amount="200", term=2,
                                 date=week(index))  # fmt: skip
        for elder in g.elders:
            actions.sign_off(g.store, elder, g.group, [loan.id])
        lent += 1
    return len(written) + lent


def csv_of(rows: list[sitting.SittingRow]) -> str:
    lines = ["member,shares,social,repayment,fines"]
    lines += [
        f"{r.member},{r.shares},{r.social or ''},{r.repayment or ''},{' '.join(r.fines)}"
        for r in rows
    ]
    return "\n".join(lines) + "\n"


def cli(home: Path, *argv: str) -> float:
    """Seconds one `lattice` command takes in its own process, as a treasurer runs it."""
    env = {**os.environ, "LATTICE_PASSPHRASE": PASSPHRASE, "PYTHONPATH": str(ROOT)}
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "desktop.cli", *argv, "--home", str(home)],
                   check=True, capture_output=True, env=env)  # fmt: skip
    return time.perf_counter() - start


def batch_meeting(members: int, rounds: int, singles: int) -> dict[str, float]:
    """Median seconds to record one meeting of `members` from a CSV through the CLI, and
    of single `entry add` commands."""
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp) / "home"
        g = founded(home, members)
        lines = hold_meeting(g, 0, borrowers=max(1, members * 3 // 5))
        batch, counts = [], []
        for index in range(1, rounds + 1):
            meeting = group_actions.open_meeting(g.store, g.treasurer, g.group,
                                                 date=week(index)).id  # fmt: skip
            rows = meeting_rows(g, index)
            path = Path(tmp) / f"m{index}.csv"
            path.write_text(csv_of(rows), "utf-8")
            before = g.store.change_count(g.group)
            g.store.close()
            batch.append(cli(home, "meeting", "record", "Bench", meeting[:12], "--file",
                             str(path), "--as", "Treasurer"))  # fmt: skip
            g.store = Store.open(home)
            counts.append(g.store.change_count(g.group) - before)
            for elder in g.elders:
                actions.sign_off(g.store, elder, g.group, [meeting])
        meeting = group_actions.open_meeting(g.store, g.treasurer, g.group,
                                             date=week(rounds + 1)).id  # fmt: skip
        g.store.close()
        single = [
            cli(home, "entry", "add", "Bench", "--type", "contribution", "--member",
                f"Member {n + 1:02d}", "--shares", "1", "--meeting", meeting[:12],
                "--as", "Treasurer")
            for n in range(singles)
        ]
    return {
        "lines": statistics.median(counts),
        "first_meeting_lines": lines,
        "batch_s": statistics.median(batch),
        "single_s": statistics.median(single),
    }


def cycle_replay(members: int, meetings: int, rounds: int) -> dict[str, float]:
    """Build a cycle of `meetings` weekly meetings, then time replaying its changes and
    computing its figures (medians of `rounds`)."""
    with tempfile.TemporaryDirectory() as tmp:
        g = founded(Path(tmp) / "home", members)
        started = time.perf_counter()
        lines = sum(hold_meeting(g, i, borrowers=3) for i in range(meetings))
        build = time.perf_counter() - started
        history = g.store.history(g.group)
        changes = list(g.store._changes_in_order(g.group))
        replays, figures = [], []
        for _ in range(rounds):
            start = time.perf_counter()
            state = replay(history, changes, catalog.books_factory())
            replays.append(time.perf_counter() - start)
            start = time.perf_counter()
            books = books_of(state)
            fund_balances(books, until=week(meetings))
            project(books)
            for member in g.members:
                loans.member_loans(books, member.person, week(meetings))
            figures.append(time.perf_counter() - start)
        assert not state.voided, state.voided[:1]
        g.store.close()
    return {
        "lines": lines,
        "changes": len(changes),
        "build_s": build,
        "replay_s": statistics.median(replays),
        "figures_s": statistics.median(figures),
    }


def run(members: int, rounds: int, meetings: int, singles: int) -> tuple[dict, dict]:  # type: ignore[type-arg]
    return batch_meeting(members, rounds, singles), cycle_replay(members, meetings, rounds)


def main() -> None:
    args = bench_args(__doc__, size=25, rounds=3, what="members of the group")
    members, rounds = args.size, args.rounds
    meetings = max(2, 52 * members // 25)  # 52 weekly meetings at the full size
    print(machine_load() + " (before)")
    batch, cycle = run(members=members, rounds=rounds, meetings=meetings, singles=3)
    print(f"a {members}-member meeting as one CSV batch through the CLI: {batch['lines']:.0f} "
          f"lines in {batch['batch_s']:.2f} s (median of {rounds}, one process, unlock "
          f"included)")  # fmt: skip
    print(f"one `entry add` per line instead: {batch['single_s']:.2f} s a command, "
          f"{batch['single_s'] * batch['lines'] / 60:.1f} min for the same meeting")  # fmt: skip
    print(f"a {meetings}-meeting cycle of {members} members: {cycle['lines']:.0f} lines, "
          f"{cycle['changes']:.0f} signed changes (built in {cycle['build_s']:.0f} s)")  # fmt: skip
    rate = cycle["changes"] / cycle["replay_s"]
    print(f"replay from the signed changes: {cycle['replay_s']:.2f} s "
          f"({rate:,.0f} changes/s, median of {rounds})")  # fmt: skip
    print(f"then balances, share-out and every member's loans: {cycle['figures_s']:.2f} s")
    print(machine_load() + " (after)")


if __name__ == "__main__":
    main()
