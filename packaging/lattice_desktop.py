"""PyInstaller's entry script: the bundle starts here, exactly like `lattice-desktop`."""

import sys

from desktop.app import main

if __name__ == "__main__":
    sys.exit(main())
