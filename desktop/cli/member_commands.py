"""`lattice member add-without-pc`: a member who signs on this shared PC, in one step; and
`lattice member join-day`: correct the day a member joined."""

from __future__ import annotations

import argparse

from desktop.cli import common
from desktop.cli.common import emit
from desktop.cli.ledger_common import member_ref
from ledger.savings import membership_actions as actions
from ledger.savings.joined import joined_on
from ledger.savings.membership_actions import set_join_day
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
    p = ms.add_parser(
        "join-day",
        help="correct the day a member joined (entries for them cannot be dated before it)",
    )
    common.add_common(p)
    p.add_argument("--as", dest="as_person", required=True, help="who signs (id or name)")
    p.add_argument("group")
    p.add_argument("person", help="the member (name or id)")
    p.add_argument("date", help="the day they really joined, YYYY-MM-DD")
    p.set_defaults(run=run_join_day)


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


def run_join_day(args: argparse.Namespace) -> int:
    store = common.open_store(args)
    group = common.group_of(store, args.group)
    person = member_ref(store.state(group), args.person)
    was = joined_on(store.history(group), store.state(group).membership, person)  # type: ignore[arg-type]
    change = set_join_day(store, common.signer(args, store), group, person=person, date=args.date)
    day = change.body["date"]
    name = store.state(group).member_name(person)  # type: ignore[arg-type]
    emit(
        args,
        {"id": change.id, "person": person, "joined": day, "was": was},
        f"{name} joined on {day}" + (f" (was {was})" if was else " (no day was said before)"),
    )
    return 0
