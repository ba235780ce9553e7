"""Cold start of the window over a store of 100,000 changes: from launching a fresh Python
process to the main window shown (offscreen), with peak memory. Medians of several runs.

The child does what `desktop.session.run_session` does up to the shown window: the
network service is built (its engine's code loads after the window shows, as in the app).

Targets: 1.5 s and 300 MB.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench._args import bench_args, machine_load
from bench._big_store import big_group

RUNS = 5
CHILD = r"""
import json, resource, sys, time
started = float(sys.argv[2])
from pathlib import Path
from desktop.network import start_engine
from desktop.session import build_application
from ledger.store.store import Store
from ui.main_window import MainWindow
imported = time.time()
app = build_application(argv0="bench", language="en", color_scheme="system", font_scale=1.0)
store = Store.open(Path(sys.argv[1]))
opened = time.time()
for group in store.group_ids():
    store.state(group)  # what the window asks first; timed apart to show the core's share
replayed = time.time()
window = MainWindow(store=store, sync=start_engine(store, Path(sys.argv[1])))
window.show()
for _ in range(3):
    app.processEvents()
shown = time.time()
usage = resource.getrusage(resource.RUSAGE_SELF)
rss_kb = usage.ru_maxrss
print(json.dumps({
    "seconds": shown - started, "peak_mb": rss_kb / 1024, "cpu": usage.ru_utime + usage.ru_stime,
    "python_and_imports": imported - started,
    "open_store": opened - imported, "group_state": replayed - opened, "window": shown - replayed,
}))
store.close()
"""


def one_run(home: Path, view: str) -> dict[str, float]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    code = CHILD.replace("window.show()", f"window.show_view({view!r})\nwindow.show()")
    started = time.time()
    out = subprocess.run(
        [sys.executable, "-c", code, str(home), repr(started)],
        env=env, capture_output=True, text=True, check=True,
        cwd=Path(__file__).resolve().parents[1],
    )  # fmt: skip
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def main() -> None:
    args = bench_args(__doc__, size=100_000, rounds=RUNS, what="changes in the store")
    home, _group = big_group(args.size)
    print(f"before: {machine_load()}")
    for view in ("overview", "ledger"):
        runs = [one_run(home, view) for _ in range(args.rounds)]
        seconds = statistics.median(r["seconds"] for r in runs)
        peak = statistics.median(r["peak_mb"] for r in runs)
        cpu = statistics.median(r["cpu"] for r in runs)
        print(
            f"cold start to a shown window ({view} view), {args.size:,} changes, "
            f"{args.rounds} runs: "
            f"median {seconds:.2f} s (target 1.5 s), peak memory {peak:.0f} MB (target 300 MB); "
            f"CPU time {cpu:.2f} s (less sensitive to other load on the machine)"
        )
        phases = ("python_and_imports", "open_store", "group_state", "window")
        print("  of which (medians): " + ", ".join(
            f"{p.replace('_', ' ')} {statistics.median(r[p] for r in runs):.2f} s" for p in phases
        ))  # fmt: skip


if __name__ == "__main__":
    main()
