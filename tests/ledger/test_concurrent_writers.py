"""Four processes writing to one data folder at once, the same persons in each (as the
window, `lattice serve` and a script do on one PC): no equivocation, no crash, every
acknowledged change stored and valid.

Each repetition runs LATTICE_WRITERS_SECONDS (default 4 s; the issue's campaign ran
30 s) so that ten repetitions fit the CI's time.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from nacl.signing import SigningKey

from ledger.savings import membership_actions as actions
from ledger.store.check import check_store
from ledger.store.ids import GroupId
from ledger.store.persons import Signer
from ledger.store.store import Store

ROOT = Path(__file__).resolve().parents[2]
WRITER = ROOT / "tests" / "ledger" / "writers.py"
PROCESSES = 4
SECONDS = float(os.environ.get("LATTICE_WRITERS_SECONDS", "4"))


def founded(home: Path) -> tuple[GroupId, list[str]]:
    """A group whose two council members will write from every process."""
    seeds = [SigningKey.generate() for _ in range(2)]
    amina, bosco = (Signer(n, k) for n, k in zip(("Amina", "Bosco"), seeds, strict=True))
    store = Store.open(home)
    group = actions.create_group(store, amina, name="Umoja", currency="KES", quorum=1).group
    actions.add_member(store, amina, group, person=bosco.person, name="Bosco", roles=["council"])
    store.close()
    return group, [bytes(k).hex() for k in seeds]


def start_writers(
    home: Path, group: GroupId, seconds: float, seeds: list[str]
) -> list[subprocess.Popen[str]]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return [
        subprocess.Popen(
            [sys.executable, str(WRITER), str(home), group, str(seconds), *seeds],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for _ in range(PROCESSES)
    ]


def assert_holds(home: Path, group: GroupId, acknowledged: set[str]) -> int:
    """Every acknowledged change is stored, nobody equivocated, `check` finds nothing."""
    store = Store.open(home)
    try:
        history = store.history(group)
        lost = acknowledged - set(history.nodes)
        assert not lost, f"{len(lost)} acknowledged changes are missing"
        state = store.state(group)
        assert state.equivocators == {}
        assert state.voided == []
        problems, _ = check_store(store)
        assert problems == []
        return len(history)
    finally:
        store.close()


@pytest.mark.slow
@pytest.mark.parametrize("repetition", range(10))
def test_four_writers_on_one_folder(tmp_path: Path, repetition: int) -> None:
    home = tmp_path / "home"
    group, seeds = founded(home)
    procs = start_writers(home, group, SECONDS, seeds)
    acknowledged: set[str] = set()
    for proc in procs:
        out, err = proc.communicate(timeout=SECONDS + 120)
        assert proc.returncode == 0, err
        assert "Traceback" not in err
        acknowledged.update(out.split())
    assert len(acknowledged) > PROCESSES
    stored = assert_holds(home, group, acknowledged)
    print(f"repetition {repetition}: {len(acknowledged)} acknowledged, {stored} stored")
