"""`lattice backup` and `lattice restore`: a copy of the store that survives its disk."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli import common
from desktop.cli.common import emit
from ledger.store.backup import backup_store, restore_store


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "backup", help="write a consistent copy of the store (safe while Lattice runs)"
    )
    common.add_common(p)
    p.add_argument(
        "destination", type=Path, help="the backup file, or a folder (a USB stick) to put it in"
    )
    p.set_defaults(run=run_backup)
    p = sub.add_parser(
        "restore", help="make a backup this PC's store (checked whole first)"
    )
    common.add_common(p)
    p.add_argument("backup", type=Path, help="a file written by 'lattice backup'")
    p.add_argument(
        "--replace",
        action="store_true",
        help="replace the store this data folder holds (it is kept beside it)",
    )
    p.set_defaults(run=run_restore)


def run_backup(args: argparse.Namespace) -> int:
    store = common.open_store(args)
    info = backup_store(store, args.destination)
    emit(
        args,
        {
            "file": str(info.path),
            "bytes": info.size,
            "groups": info.groups,
            "changes": info.changes,
        },
        f"backed up {info.changes} changes in {info.groups} groups to {info.path} "
        f"({info.size // 1024} KiB)",
    )
    return 0


def run_restore(args: argparse.Namespace) -> int:
    home = common.home_of(args)
    info = restore_store(home, args.backup, replace=args.replace)
    kept = f"; the store it replaced is kept as {info.kept}" if info.kept else ""
    emit(
        args,
        {"groups": info.groups, "changes": info.changes, "kept": str(info.kept or "") or None},
        f"restored {info.changes} changes in {info.groups} groups{kept}.\n"
        "Sync with another PC of the group before writing anything new, so that this PC "
        "continues after what it wrote since the backup.",
    )
    return 0
