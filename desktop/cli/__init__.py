"""`lattice`: the command line, a thin front end over the same core calls as the window."""

from __future__ import annotations

import argparse
import importlib
import logging
import sqlite3
import sys
from collections.abc import Sequence

from desktop.cli.common import CommandError, add_common
from ledger.store.errors import LatticeError
from ledger.store.space import DISK_FULL, disk_full
from ledger.store.words import Words

log = logging.getLogger("lattice")

# Each module exposes register(subparsers); optional ones may not exist yet in a build.
_COMMAND_MODULES = (
    "desktop.cli.store_commands",
    "desktop.cli.backup_commands",
    "desktop.cli.status_commands",
    "desktop.cli.books_commands",
    "desktop.cli.district_commands",
    "desktop.cli.goal_commands",
    "desktop.cli.meeting_commands",
    "desktop.cli.rules_commands",
    "desktop.cli.loan_commands",
    "desktop.cli.cycle_commands",
    "desktop.cli.export_commands",
    "desktop.cli.network_parsers",
    "desktop.cli.peer_commands",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="lattice", description="Lattice: a group's signed savings ledger, on its own PCs."
    )
    parser.add_argument("--verbose", "-v", action="store_true", help="log what happens")
    add_common(parser, top=True)
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in _COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name == name:
                continue
            raise
        module.register(sub)
    return parser


def _run(args: argparse.Namespace) -> int:
    try:
        return int(args.run(args) or 0)
    finally:
        for store in getattr(args, "opened_stores", []):
            store.close()


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    try:
        code = _run(args)
    except CommandError as exc:
        sys.stderr.write(f"lattice: {exc}\n")
        return 2
    except LatticeError as exc:
        sys.stderr.write(f"lattice: {exc}\n")
        return 1
    except sqlite3.Error as exc:
        if not disk_full(exc):
            raise
        sys.stderr.write(f"lattice: {Words(DISK_FULL)}\n")
        return 1
    except KeyboardInterrupt:
        sys.stderr.write("lattice: interrupted\n")
        return 130
    return int(code or 0)


if __name__ == "__main__":
    sys.exit(main())
