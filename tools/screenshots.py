"""Regenerate the README's pictures: every view of a 25-member demo group, rendered with
`lattice-desktop --screenshot` at 1280x800 into resources/screenshots/.

`python tools/screenshots.py` (needs the test helpers: run from the repository root).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SIZE = "1280x800"


def main() -> int:
    sys.path.insert(0, str(ROOT))
    from ledger.store.store import Store
    from tests.ui.demo import populate
    from ui.view_names import VIEW_NAMES

    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder) / "home"
        store = Store.open(home)
        try:
            populate(store, crowd=21)
        finally:
            store.close()
        env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
        for view in VIEW_NAMES:
            target = ROOT / "resources" / "screenshots" / f"{view}.png"
            subprocess.run(
                [sys.executable, "-m", "desktop.app", "--home", str(home), "--screenshot",
                 str(target), "--view", view, "--size", SIZE, "--lang", "en"],
                env=env, check=True,
            )  # fmt: skip
            print(f"wrote {target.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
