"""A council of 8 districts × 80 families (640 members, the issue's scale), built with
real districts, representatives and households: the time of the roll-up by district,
of one district's figures, and of opening the group (a cold start in a fresh process,
state and roll-up ready, from the cached state and from a full replay). Medians.

`--size` is the number of families per district; the store is built once and kept
(LATTICE_BENCH_CACHE moves it).
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from nacl.signing import SigningKey

from bench._args import bench_args, machine_load
from ledger.savings import actions
from ledger.savings import district_actions as da
from ledger.savings import membership_actions as core
from ledger.savings.books import books_of
from ledger.savings.districts import rollup
from ledger.store.ids import GroupId, PersonId
from ledger.store.keyring import Keyring
from ledger.store.storage import DB_NAME
from ledger.store.store import Store

DISTRICTS = 8
MONTHS = 3
CACHE = Path(os.environ.get("LATTICE_BENCH_CACHE") or tempfile.gettempdir()) / "lattice-districts"
CHILD = """
import json, sys, time
start = time.perf_counter()
from pathlib import Path
from ledger.store.storage import DB_NAME
from ledger.store.store import Store
from ledger.savings.books import books_of
from ledger.savings.districts import rollup
store = Store.open(Path(sys.argv[1]))
group = store.group_ids()[0]
state = store.state(group)
result = rollup(books_of(state), state.membership)
ready = time.perf_counter() - start
store.close()
print(json.dumps({"ready": ready, "rows": len(result.rows), "members": result.total.members}))
"""


def _key() -> PersonId:
    return PersonId(SigningKey.generate().verify_key.encode().hex())


def build(families: int) -> Path:
    """The council's data folder: founded, districts, families with one household person
    in four, a representative per district, MONTHS of contributions signed off."""
    home = CACHE / str(families)
    if (home / "done").exists():
        return home
    shutil.rmtree(home, ignore_errors=True)
    store = Store.open(home)
    keyring = Keyring(store.db)
    council = keyring.create("Kao Fin Saechao", "1234")
    elders = [keyring.create(n, "1234") for n in ("Nai Lo Saelee", "Muang Seng Saephan")]
    group = core.create_group(store, council, name="Council", currency="USD", quorum=2).group
    for elder in elders:
        core.add_member(store, council, group, person=elder.person, name=elder.name,
                        roles=["elder"])  # fmt: skip
    with store.batch():
        for d in range(DISTRICTS):
            district = da.add_district(store, council, group, name=f"District {d + 1}").id
            for f in range(families):
                person = _key()
                core.add_member(store, council, group, person=person, name=f"Family {d}-{f}",
                                roles=["member"], district=district)  # fmt: skip
                if f == 0:
                    da.appoint_rep(store, council, group, person, district=district)
                if f % 4 == 1:
                    da.set_household(store, council, group, person, [(_key(), "Spouse")])
    members = [p for p, m in store.state(group).membership.members.items() if m.district]
    with store.batch():
        for month in range(1, MONTHS + 1):
            for number, person in enumerate(members):
                actions.add_entry(store, council, group, type="contribution", member=person,
                                  amount=f"{10 + number % 7}.00",
                                  date=f"2026-{month:02d}-05")  # fmt: skip
    entries = list(books_of(store.state(group)).entries)
    for elder in elders:
        for start in range(0, len(entries), 2000):
            actions.sign_off(store, elder, group, entries[start : start + 2000])
    store.close()
    (home / "done").write_text(group)
    return home


def _cold_open(home: Path) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(home)], check=True, capture_output=True, text=True
    )
    result: dict[str, float] = json.loads(out.stdout)
    return result


def main() -> None:
    args = bench_args(__doc__, size=80, rounds=5, what="families per district")
    started = time.perf_counter()
    home = build(args.size)
    built = time.perf_counter() - started
    group = GroupId((home / "done").read_text().strip())
    print(machine_load())
    store = Store.open(home)
    state = store.state(group)
    books, m = books_of(state), state.membership
    whole, one = [], []
    for _ in range(args.rounds):
        t0 = time.perf_counter()
        result = rollup(books, m)
        whole.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        rollup(books, m).row(m.active_districts()[0].id)
        one.append(time.perf_counter() - t0)
    assert sum(r.members for r in result.rows) == result.total.members
    store.close()
    _cold_open(home)  # the first open after a build replays and caches the state
    cached = [_cold_open(home)["ready"] for _ in range(args.rounds)]
    replayed = []
    for _ in range(args.rounds):
        with sqlite3.connect(home / DB_NAME) as db:  # a full replay: drop the cached state
            db.execute("DELETE FROM snapshot")
        replayed.append(_cold_open(home)["ready"])
    print(
        f"{DISTRICTS} districts × {args.size} families = {result.total.members - 3} families "
        f"(+3 council/elders), {result.total.persons} persons, {len(books.entries):,} entries "
        f"(built in {built:.1f} s)"
    )
    print(f"roll-up by district (median):      {statistics.median(whole) * 1000:.1f} ms")
    print(f"one district's figures (median):   {statistics.median(one) * 1000:.1f} ms")
    print(f"open the group, cached state:      {statistics.median(cached):.2f} s (fresh process)")
    print(f"open the group, full replay:       {statistics.median(replayed):.2f} s (fresh process)")


if __name__ == "__main__":
    main()
