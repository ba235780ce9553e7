"""PyInstaller's entry script: the bundle starts here, exactly like `lattice-desktop`; or,
started by the app itself with `HELPER_FLAG`, as its signature helper process (a bundle has
no Python interpreter to start one with; ledger/store/verifier.py)."""

import sys

from ledger.store import signature_helper, verifier

if __name__ == "__main__":
    if sys.argv[1:] == [verifier.HELPER_FLAG]:
        signature_helper.serve()
        sys.exit(0)
    from desktop.app import main

    sys.exit(main())
