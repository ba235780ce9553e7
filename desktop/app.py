"""`lattice-desktop`: the composition root of the windowed app.

It parses the command line, builds the Qt application, the store and the sync service,
hands them to the window by keyword, and runs trio inside Qt's event loop (qtrio guest
mode: one thread, no polling). Nothing here is reachable as a module-level singleton.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import platformdirs

from ui.view_names import VIEW_NAMES

log = logging.getLogger("desktop")

MIN_SHOT_WIDTH, MIN_SHOT_HEIGHT = 1024, 700


def app_version() -> str:
    try:
        return version("lattice")
    except PackageNotFoundError:
        return "0+unknown"


def default_home() -> Path:
    return Path(platformdirs.user_data_dir("Lattice", appauthor=False))


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="lattice-desktop",
        description="Lattice: the group's savings ledger, goals and minutes, shared between PCs.",
    )
    parser.add_argument(
        "--home",
        type=Path,
        default=default_home(),
        help="data folder (default: %(default)s)",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {app_version()}")
    parser.add_argument("--lang", metavar="CODE", help="language, e.g. es (default: the system's)")
    parser.add_argument(
        "--color-scheme",
        choices=("system", "light", "dark"),
        default="system",
        help="light or dark colours (default: follow the system)",
    )
    parser.add_argument(
        "--font-scale", type=float, default=1.0, help="make all text larger or smaller (e.g. 1.25)"
    )
    parser.add_argument(
        "--screenshot",
        type=Path,
        metavar="FILE",
        help="render a view offscreen to this PNG file and exit",
    )
    parser.add_argument(
        "--view", choices=VIEW_NAMES, default="overview", help="the view for --screenshot"
    )
    parser.add_argument("--size", default="1280x800", help="window size for --screenshot (WxH)")
    parser.add_argument(
        "--offline", action="store_true", help="do not sync with other computers this time"
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log more detail")
    return parser


def parse_size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"size must look like 1280x800, not {text!r}") from None
    return max(width, MIN_SHOT_WIDTH), max(height, MIN_SHOT_HEIGHT)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    if args.font_scale <= 0.3 or args.font_scale > 4:
        parser.error("--font-scale must be between 0.3 and 4")
    size = parse_size(args.size)
    if args.screenshot is not None and "QT_QPA_PLATFORM" not in os.environ:
        # A screenshot needs no display: CI and documentation builds run headless.
        os.environ["QT_QPA_PLATFORM"] = "offscreen"

    # Qt is imported only now, so `--version` and `--help` work without a display stack.
    from desktop.session import run_session

    return run_session(
        home=args.home,
        language=args.lang,
        color_scheme=args.color_scheme,
        font_scale=args.font_scale,
        screenshot=args.screenshot,
        view=args.view,
        size=size,
        argv0=sys.argv[0] if sys.argv else "lattice-desktop",
        offline=args.offline,
    )


if __name__ == "__main__":
    sys.exit(main())
