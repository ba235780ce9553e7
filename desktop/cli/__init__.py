"""`lattice`: the command line, a thin front end over the same core calls as the window.

It answers at once: `main` first reads only which command was typed (from `COMMANDS`, a
table that imports nothing), then imports and builds just the module of that command.
"""

from __future__ import annotations

import argparse
import functools
import gettext
import importlib
import logging
import sqlite3
import sys
from collections.abc import Sequence

from desktop.cli.common import CommandError, add_common
from ledger.store.errors import LatticeError
from ledger.store.words import Words

log = logging.getLogger("lattice")

_STORE = "desktop.cli.store_commands"
_BOOKS = "desktop.cli.books_commands"
_LOANS = "desktop.cli.loan_commands"
COMMANDS: dict[str, tuple[str, str]] = {
    "person": (_STORE, "persons whose keys live on this PC"),
    "group": (_STORE, "found a group, list its relays"),
    "member": (_STORE, "the members of a group"),
    "invite": (_STORE, "invite codes for new members"),
    "changes": (_STORE, "carry a group's changes on a USB stick"),
    "backup": (
        "desktop.cli.backup_commands",
        "write a consistent copy of the store (safe while Lattice runs)",
    ),
    "restore": (
        "desktop.cli.backup_commands",
        "make a backup this PC's store (checked whole first)",
    ),
    "resume-writing": (
        "desktop.cli.backup_commands",
        "let a restored PC write again without a sync: only for the group's only PC",
    ),
    "check": ("desktop.cli.status_commands", "verify every signature, chain and the stored state"),
    "status": ("desktop.cli.status_commands", "the groups on this PC and their state digests"),
    "fund": (_BOOKS, "the group's funds"),
    "entry": (_BOOKS, "ledger entries"),
    "signoff": (_BOOKS, "sign off entries or a meeting's batch, as an elder"),
    "balance": (_BOOKS, "balances, confirmed and pending apart"),
    "district": ("desktop.cli.district_commands", "the group's districts (chapters, villages ...)"),
    "rep": ("desktop.cli.district_commands", "district representatives"),
    "goal": ("desktop.cli.goal_commands", "group and family goals"),
    "meeting": ("desktop.cli.meeting_commands", "meetings, attendance, minutes, decisions"),
    "rules": ("desktop.cli.rules_commands", "the group's constitution"),
    "passbook": ("desktop.cli.rules_commands", "a member's passbook slip"),
    "loan": (_LOANS, "loans: schedule, interest due, arrears"),
    "fine": (_LOANS, "fines owed"),
    "cycle": ("desktop.cli.cycle_commands", "the savings cycle"),
    "shareout": ("desktop.cli.cycle_commands", "the share-out of the cycle"),
    "export": (
        "desktop.cli.export_commands",
        "write the group's records for a funder: csv, xlsx, pdf or a signed bundle",
    ),
    "verify": (
        "desktop.cli.export_commands",
        "check a signed bundle offline: signatures, membership, elder quorum and totals",
    ),
    "serve": (
        "desktop.cli.network_parsers",
        "run an always-on peer: discover and sync until stopped",
    ),
    "sync": ("desktop.cli.network_parsers", "sync once with one peer, then exit"),
    "join": (
        "desktop.cli.network_parsers",
        "fetch a group from a member's PC with an invite, and join",
    ),
    "peers": ("desktop.cli.peer_commands", "known and discovered peers, with their last sync"),
}
"""Each command: the module whose `register(subparsers)` defines it, and its one-line help
(the same text that module gives; a test keeps the two equal)."""


def _remember_argparse_texts() -> None:
    """argparse asks gettext for its few texts ('options', 'show this help ...') again for
    every parser it builds, and each ask searches the disk for catalogs: most of the time
    it takes to build a parser. The answers cannot change while the command runs."""
    if not hasattr(argparse._, "cache_info"):  # type: ignore[attr-defined]
        argparse._ = functools.lru_cache(maxsize=256)(gettext.gettext)  # type: ignore[attr-defined]


def _top() -> tuple[argparse.ArgumentParser, argparse._SubParsersAction[argparse.ArgumentParser]]:
    _remember_argparse_texts()
    parser = argparse.ArgumentParser(
        prog="lattice", description="Lattice: a group's signed savings ledger, on its own PCs."
    )
    parser.add_argument("--verbose", "-v", action="store_true", help="log what happens")
    add_common(parser, top=True)
    return parser, parser.add_subparsers(dest="command", required=True, metavar="COMMAND")


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser of `command` (and of the commands its module defines beside it), or of
    every command when `command` is None."""
    parser, sub = _top()
    if command is None:
        modules = [module for module, _ in COMMANDS.values()]
    else:
        modules = [COMMANDS[command][0]]
    for module in dict.fromkeys(modules):
        importlib.import_module(module).register(sub)
    return parser


def command_typed(argv: Sequence[str]) -> str:
    """Which command `argv` names, read from `COMMANDS` alone (no command's module is
    imported); `--help` before the command, or no or an unknown command, end here with
    argparse's own answer."""
    parser, sub = _top()
    for name, (_, help_text) in COMMANDS.items():
        sub.add_parser(name, help=help_text, add_help=False)
    known, _ = parser.parse_known_args(argv)
    return str(known.command)


def _run(args: argparse.Namespace) -> int:
    try:
        return int(args.run(args) or 0)
    finally:
        for store in getattr(args, "opened_stores", []):
            store.close()


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    args = build_parser(command_typed(argv)).parse_args(argv)
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
        from ledger.store.space import DISK_FULL, disk_full

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
