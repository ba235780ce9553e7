"""Commands for persons, groups, members, invites, moving changes by file, and checks."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop.cli import common, district_commands, member_commands, relay_commands
from desktop.cli.common import counted, emit
from desktop.cli.ledger_common import member_ref
from ledger.savings import membership_actions as actions
from ledger.store.ids import GroupId
from ledger.store.keyring import Keyring
from ledger.store.relays import group_relays
from ledger.store.store import Store
from ledger.store.transfer import SAMPLE_REASONS, import_changes_file, write_changes_file
from p2p.peer_id import peer_id_of_device


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    _person(sub)
    _group(sub)
    _member(sub)
    _invite(sub)
    _changes(sub)


def _command(
    parent: argparse._SubParsersAction[argparse.ArgumentParser],
    name: str,
    help_text: str,
    run: object,
    *,
    signs: bool = False,
) -> argparse.ArgumentParser:
    p = parent.add_parser(name, help=help_text)
    common.add_common(p)
    if signs:
        p.add_argument("--as", dest="as_person", required=True, help="who signs (id or name)")
    p.set_defaults(run=run)
    return p


# -- persons ---------------------------------------------------------------------------


def _person(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    person = sub.add_parser("person", help="persons whose keys live on this PC")
    ps = person.add_subparsers(dest="action", required=True)
    p = _command(ps, "create", "create a person with a new signing key", run_person_create)
    p.add_argument("name")
    _command(ps, "list", "list the persons on this PC", run_person_list)
    p = _command(ps, "export", "write an encrypted backup of a person's key", run_person_export)
    p.add_argument("person")
    p.add_argument("-o", "--output", type=Path, required=True)
    p = _command(ps, "import", "restore a person's key from a backup", run_person_import)
    p.add_argument("file", type=Path)


def run_person_create(args: argparse.Namespace) -> int:
    store = common.open_store(args)
    signer = Keyring(store.db).create(args.name, common.new_passphrase())
    emit(
        args, {"id": signer.person, "name": signer.name}, f"created {signer.name}: {signer.person}"
    )
    return 0


def run_person_list(args: argparse.Namespace) -> int:
    store = common.open_store(args)
    people = Keyring(store.db).list()
    emit(
        args,
        {"persons": [{"id": p.id, "name": p.name} for p in people]},
        "\n".join(f"{p.id}  {p.name}" for p in people) or "no persons on this PC yet",
    )
    return 0


def run_person_export(args: argparse.Namespace) -> int:
    store = common.open_store(args)
    info = Keyring(store.db).export_backup(args.person, common.passphrase(), args.output)
    emit(
        args,
        {"id": info.id, "file": str(args.output)},
        f"wrote the key of {info.name} to {args.output}",
    )
    return 0


def run_person_import(args: argparse.Namespace) -> int:
    store = common.open_store(args)
    info = Keyring(store.db).import_backup(args.file, common.passphrase())
    emit(args, {"id": info.id, "name": info.name}, f"restored {info.name}: {info.id}")
    return 0


# -- groups and members -----------------------------------------------------------------


def _group(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = sub.add_parser("group", help="found a group, list its relays")
    gs = group.add_subparsers(dest="action", required=True)
    p = _command(
        gs, "create", "found a new group (you become its council)", run_group_create, signs=True
    )
    p.add_argument("name")
    p.add_argument("--currency", required=True, help="ISO 4217 code, e.g. KES, RWF")
    p.add_argument("--quorum", type=int, default=2, help="elders needed to confirm an entry")
    relay_commands.register(gs)


def run_group_create(args: argparse.Namespace) -> int:
    store = common.open_store(args)
    change = actions.create_group(
        store,
        common.signer(args, store),
        name=args.name,
        currency=args.currency,
        quorum=args.quorum,
    )
    emit(args, {"id": change.group, "name": args.name}, f"founded {args.name}: {change.group}")
    common.warn_about_quorum(store, GroupId(change.group))
    return 0


def _member(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    member = sub.add_parser("member", help="the members of a group")
    ms = member.add_subparsers(dest="action", required=True)
    p = _command(ms, "add", "add a person to the group", run_member_add, signs=True)
    p.add_argument("group")
    p.add_argument("person", help="the person's id, or the name of a person on this PC")
    p.add_argument(
        "--name", default=None, help="their name in the group (default: their name on this PC)"
    )
    p.add_argument(
        "--role", action="append", default=None, help="council, elder, member (default) or viewer"
    )
    p.add_argument("--date", default=None, help="the day they joined (default today)")
    p.add_argument("--district", default=None, help="the district they belong to")
    for name, help_text, run in (
        ("remove", "remove a member (their history stays)", run_member_remove),
        ("suspend", "stop a member writing, keeping their history", run_member_suspend),
        ("reinstate", "let a suspended member write again", run_member_reinstate),
    ):
        p = _command(ms, name, help_text, run, signs=True)
        p.add_argument("group")
        p.add_argument("person")
        if name == "remove":
            p.add_argument("--reason", default="")
        p.add_argument("--date", default=None, help="the day it took effect (default today)")
    for name, help_text, run in (
        ("grant", "grant a role", run_member_grant),
        ("revoke", "revoke a role", run_member_revoke),
    ):
        p = _command(ms, name, help_text, run, signs=True)
        p.add_argument("group")
        p.add_argument("person")
        p.add_argument("role")
    p = _command(ms, "list", "list the members and their roles", run_member_list)
    p.add_argument("group")
    member_commands.register_member(ms)
    district_commands.register_member(ms)


def run_member_add(args: argparse.Namespace) -> int:
    store = common.open_store(args)
    group = common.group_of(store, args.group)
    person = _person_id(store, args.person)
    name = args.name or _local_name(store, person)
    roles = args.role or ["member"]
    change = actions.add_member(
        store,
        common.signer(args, store),
        group,
        person=person,
        name=name,
        roles=roles,
        date=args.date,
        district=args.district,
    )
    emit(args, {"id": change.id, "person": person}, f"added {name} ({', '.join(roles)})")
    common.warn_about_quorum(store, group)
    return 0


def _local_name(store: Store, person: str) -> str:
    """The name a person's key carries on this PC; a person from elsewhere needs --name."""
    for info in Keyring(store.db).list():
        if info.id == person:
            return info.name
    raise common.CommandError(
        f"{person[:8]}'s key is not on this PC: give their name in the group with --name"
    )


def _person_id(store: Store, ref: str) -> str:
    """A person's id as typed (64 hex digits), or found by name among the keys on this PC."""
    ref = ref.strip()
    if len(ref) == 64 and all(c in "0123456789abcdefABCDEF" for c in ref):
        return ref.lower()
    return Keyring(store.db).find(ref).id


def _status_command(args: argparse.Namespace, verb: str) -> int:
    store = common.open_store(args)
    group = common.group_of(store, args.group)
    person = member_ref(store.state(group), args.person)
    signer = common.signer(args, store)
    if verb == "removed":
        change = actions.remove_member(store, signer, group, person, args.reason, args.date)
    elif verb == "suspended":
        change = actions.suspend_member(store, signer, group, person, args.date)
    else:
        change = actions.reinstate_member(store, signer, group, person, args.date)
    name = store.state(group).member_name(person)  # type: ignore[arg-type]
    note = " Data already on their PCs stays there." if verb == "removed" else ""
    emit(args, {"id": change.id, "person": person}, f"{verb} {name}.{note}")
    common.warn_about_quorum(store, group)
    return 0


def run_member_remove(args: argparse.Namespace) -> int:
    return _status_command(args, "removed")


def run_member_suspend(args: argparse.Namespace) -> int:
    return _status_command(args, "suspended")


def run_member_reinstate(args: argparse.Namespace) -> int:
    return _status_command(args, "reinstated")


def _role_command(args: argparse.Namespace, grant: bool) -> int:
    store = common.open_store(args)
    group = common.group_of(store, args.group)
    person = member_ref(store.state(group), args.person)
    signer = common.signer(args, store)
    act = actions.grant_role if grant else actions.revoke_role
    change = act(store, signer, group, person, args.role)
    emit(args, {"id": change.id}, f"{'granted' if grant else 'revoked'} {args.role}")
    return 0


def run_member_grant(args: argparse.Namespace) -> int:
    return _role_command(args, True)


def run_member_revoke(args: argparse.Namespace) -> int:
    return _role_command(args, False)


def run_member_list(args: argparse.Namespace) -> int:
    store = common.open_store(args)
    group = common.group_of(store, args.group)
    membership = store.state(group).membership
    members, districts = membership.members, membership.districts
    rows: list[dict[str, Any]] = [
        {
            "id": p,
            "name": m.name,
            "roles": sorted(m.roles),
            "status": str(m.status),
            "devices": len(m.devices),
            "district": districts[m.district].name if m.district else None,
            "represents": districts[m.represents].name if m.represents else None,
            "household": sorted(m.household.values()),
        }
        for p, m in sorted(members.items(), key=lambda kv: kv[1].name)
    ]
    text = "\n".join(
        f"{r['name']:<24} {','.join(r['roles']):<20} {r['status']:<10} "
        + (f"{r['district'] or '-':<16} " if districts else "")
        + r["id"]
        for r in rows
    )
    counts = {s: sum(r["status"] == s for r in rows) for s in ("active", "suspended", "removed")}
    if rows:
        text += (
            f"\n{counts['active']} active, {counts['suspended']} suspended, "
            f"{counts['removed']} removed"
        )
    emit(args, {"members": rows, "counts": counts}, text or "no members")
    return 0


# -- invites -------------------------------------------------------------------------


def _invite(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    invite = sub.add_parser("invite", help="invite codes for new members")
    ins = invite.add_subparsers(dest="action", required=True)
    p = _command(ins, "create", "create a single-use invite code", run_invite_create, signs=True)
    p.add_argument("group")
    p.add_argument("--role", required=True)
    p.add_argument("--days", type=int, default=7, help="how long the code stays valid")
    p.add_argument("--address", default=None, help="a network address to put in the code")
    p.add_argument("--district", default=None, help="the district (name or id) the joiner lands in")


def run_invite_create(args: argparse.Namespace) -> int:
    store = common.open_store(args)
    group = common.group_of(store, args.group)
    address = args.address
    if address is None and group_relays(store, group):
        # No address of this PC given: the joiner reaches it through the group's relays.
        address = f"/p2p/{peer_id_of_device(store.device_id)}"
    code, change = actions.create_invite(
        store,
        common.signer(args, store),
        group,
        role=args.role,
        valid_days=args.days,
        address=address,
        district=args.district,
    )
    district = store.membership(group).invites[code.public_key.hex()].district
    where = ""
    if district is not None:
        where = f" in {store.membership(group).districts[district].name}"
    emit(
        args,
        {"code": code.text(), "id": change.id, "role": args.role, "district": district},
        f"invite code for a new {args.role}{where} "
        f"(valid {counted(args.days, 'day', 'days')}, single use):\n"
        f"  {code.text()}",
    )
    return 0


# -- changes by file ---------------------------------------------------------------------


def _changes(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    changes = sub.add_parser("changes", help="carry a group's changes on a USB stick")
    cs = changes.add_subparsers(dest="action", required=True)
    p = _command(cs, "export", "write every change of a group to a file", run_changes_export)
    p.add_argument("group")
    p.add_argument("-o", "--output", type=Path, required=True)
    p = _command(cs, "import", "take in the changes from a file", run_changes_import)
    p.add_argument("file", type=Path)


def run_changes_export(args: argparse.Namespace) -> int:
    store = common.open_store(args)
    group = common.group_of(store, args.group)
    raws = store.raw_changes(group)
    write_changes_file(args.output, raws)
    emit(
        args,
        {"group": group, "changes": len(raws), "file": str(args.output)},
        f"wrote {counted(len(raws), 'change', 'changes')} to {args.output}",
    )
    return 0


def run_changes_import(args: argparse.Namespace) -> int:
    store = common.open_store(args)
    summary = import_changes_file(store, args.file)
    counts = {s: getattr(summary, s) for s in ("accepted", "pending", "duplicate", "rejected")}
    reasons = [{"change": r.change, "reason": r.reason} for r in summary.reasons]
    lines = [f"{n} {s}" for s, n in counts.items()]
    lines += [f"  rejected {str(r['change'])[:8]}: {r['reason']}" for r in reasons]
    if summary.rejected > len(reasons):
        lines.append(f"  (the first {SAMPLE_REASONS} refusals are shown)")
    for group, brought in summary.own_brought_back.items():
        lines.append(
            f"{store.state(group).name}: the file brought back "
            f"{counted(brought, 'change', 'changes')} this PC "
            "wrote after its backup. Writing stays held: a file cannot show that this PC "
            "wrote nothing later. Sync with another PC of the group to lift the hold; if "
            "the group's PCs only meet by USB stick, import each other PC's newest file, "
            f"then 'lattice resume-writing {group[:8]} --only-pc'."
        )
    value = {**counts, "reasons": reasons, "own_brought_back": summary.own_brought_back}
    emit(args, value, "\n".join(lines))
    return 0
