"""Processes that write to one data folder at once, for the concurrency and kill tests.

`python tests/ledger/writers.py HOME GROUP SECONDS SEED...` writes as each person whose
signing seed (hex) is given, in turn: a line of minutes, a contribution, a goal note.
After each write returns (the change is acknowledged: durable), it prints the change
id. It stops after SECONDS (0: until killed). Any error ends it with a traceback.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from nacl.signing import SigningKey

from ledger.savings import actions as fa
from ledger.savings import membership_actions as actions
from ledger.store.ids import GroupId
from ledger.store.persons import Signer
from ledger.store.store import Store

PAUSE = float(os.environ.get("LATTICE_WRITER_PAUSE", "0"))
"""Seconds between writes (0: as fast as it can); a person types far slower."""
MINUTES = "minutes:" + "ab" * 8
NOTES = "goal:" + "cd" * 8


def main(home: Path, group: GroupId, seconds: float, seeds: list[str]) -> None:
    signers = [Signer(f"p{i}", SigningKey(bytes.fromhex(s))) for i, s in enumerate(seeds)]
    store = Store.open(home)
    member = signers[-1].person
    deadline = time.monotonic() + seconds if seconds > 0 else float("inf")
    i = 0
    while time.monotonic() < deadline:
        signer = signers[i % len(signers)]
        step = (i // len(signers)) % 3
        tag = f"{os.getpid()}-{i}"
        if step == 0:
            change = actions.edit_document(store, signer, group, MINUTES, f"line {tag}")
        elif step == 1:
            change = fa.add_entry(
                store, signer, group, type="contribution", member=member, amount=100 + i
            )
        else:
            change = actions.edit_document(store, signer, group, NOTES, f"note {tag}")
        if change is not None:
            print(change.id, flush=True)
        i += 1
        time.sleep(PAUSE)
    store.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]), GroupId(sys.argv[2]), float(sys.argv[3]), sys.argv[4:])
