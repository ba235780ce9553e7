"""`lattice backup` and `lattice restore`: a copy of the store that survives its disk."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli import common
from desktop.cli.common import counted, emit
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
    p = sub.add_parser(
        "resume-writing",
        help="let a restored PC write again without a sync: only for the group's only PC",
    )
    common.add_common(p)
    p.add_argument("group", help="the group (id, id prefix or name)")
    p.add_argument(
        "--only-pc",
        action="store_true",
        help="confirm that no other PC of the group exists (else sync with one instead)",
    )
    p.set_defaults(run=run_resume_writing)


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
        f"backed up {_changes_in_groups(info.changes, info.groups)} to {info.path} "
        f"({info.size // 1024} KiB)",
    )
    return 0


def run_restore(args: argparse.Namespace) -> int:
    home = common.home_of(args)
    info = restore_store(home, args.backup, replace=args.replace)
    kept = f"; the store it replaced is kept as {info.kept}" if info.kept else ""
    emit(
        args,
        {
            "groups": info.groups,
            "changes": info.changes,
            "kept": str(info.kept or "") or None,
            "held": list(info.held),
        },
        f"restored {_changes_in_groups(info.changes, info.groups)}{kept}.\n"
        "Next: this PC writes nothing for these groups until it has synced with another PC "
        "of the group ('lattice serve', or 'lattice sync <address>'), which brings back what "
        "it wrote after the backup; writing first would give two records one number, and "
        "the other PCs would then ignore that person's records from there on. The hold "
        "lifts by itself once the sync is done ('lattice status' says which groups are "
        "still held). If this is a group's only PC: 'lattice resume-writing <group> "
        "--only-pc'.",
    )
    return 0


def _changes_in_groups(changes: int, groups: int) -> str:
    """ "1 change in 1 group", "12 changes in 2 groups"."""
    return f"{counted(changes, 'change', 'changes')} in {counted(groups, 'group', 'groups')}"


def run_resume_writing(args: argparse.Namespace) -> int:
    store = common.open_store(args)
    group = common.group_of(store, args.group)
    name = store.state(group).name
    lifted = store.resume_writing(group, only_pc=args.only_pc)
    emit(
        args,
        {"group": group, "lifted": lifted},
        f"{name}: this PC writes again"
        if lifted
        else f"{name}: this PC was not held; nothing changed",
    )
    return 0
