"""`lattice member add-without-pc`: a member who signs on this shared PC, in one step."""

from __future__ import annotations

import argparse

from desktop.cli import common
from desktop.cli.common import emit
from ledger.savings import membership_actions as actions
from ledger.store.keyring import Keyring

NEW_SECRET_ENV = "LATTICE_NEW_PASSPHRASE"
"""Where a script gives the new member's passphrase or PIN (LATTICE_PASSPHRASE is the
signer's)."""


def register_member(ms: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Adds `member add-without-pc` beside `member add`."""
    p = ms.add_parser(
        "add-without-pc",
        help="add someone who has no PC: a key for them sealed on this PC under their PIN",
    )
    common.add_common(p)
    p.add_argument("--as", dest="as_person", required=True, help="who signs (id or name)")
    p.add_argument("group")
    p.add_argument("--name", required=True, help="their name in the group")
    p.add_argument(
        "--role", action="append", default=None, help="council, elder, member (default) or viewer"
    )
    p.add_argument("--date", default=None, help="the day they joined (default today)")
    p.add_argument("--district", default=None, help="the district they belong to")
    p.set_defaults(run=run_add_without_pc)


def _new_member_secret(name: str) -> str:
    """The new member's passphrase or PIN: from LATTICE_NEW_PASSPHRASE, else typed twice."""
    return common.new_passphrase(
        f"{name}'s new passphrase or PIN: ",
        env=NEW_SECRET_ENV,
        missing=f"no passphrase or PIN for {name}",
    )


def run_add_without_pc(args: argparse.Namespace) -> int:
    store = common.open_store(args)
    group = common.group_of(store, args.group)
    signer = common.signer(args, store)
    roles = args.role or ["member"]
    change = actions.add_member_without_pc(
        store,
        Keyring(store.db),
        signer,
        group,
        name=args.name,
        passphrase=_new_member_secret(args.name),
        roles=roles,
        date=args.date,
        district=args.district,
    )
    person = change.body["person"].hex()
    emit(
        args,
        {"id": change.id, "person": person},
        f"added {args.name.strip()} ({', '.join(roles)}); their key is sealed on this PC "
        f"under their passphrase or PIN: {person}",
    )
    common.warn_about_quorum(store, group)
    return 0
