"""What every command shares: the data folder, output as text or one JSON object,
the passphrase, and finding groups and persons by what a person types."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ledger.store.errors import LatticeError, NotFound

if TYPE_CHECKING:
    from ledger.store.ids import GroupId
    from ledger.store.persons import Signer
    from ledger.store.store import Store


class CommandError(LatticeError):
    """A mistake in how a command was called."""


def default_home() -> Path:
    from platformdirs import user_data_dir  # (imported when used: `--help` needs none)

    return Path(user_data_dir("Lattice", appauthor=False))


def add_common(parser: argparse.ArgumentParser, *, top: bool = False) -> None:
    """`--home` and `--json`, accepted before the command (`lattice --home DIR status`, as
    git and pip users type) and after it; a subcommand's copy never overrides the top's value."""
    parser.add_argument(
        "--home", type=Path, default=None if top else argparse.SUPPRESS, help="the data folder"
    )
    parser.add_argument(
        "--json",
        action="store_true",
        default=False if top else argparse.SUPPRESS,
        help="print one JSON object",
    )
    parser.add_argument(
        "--quiet",
        "-q",
        action="store_true",
        default=False if top else argparse.SUPPRESS,
        help="print only the id of what was made (for scripts: ENTRY=$(lattice entry add … -q))",
    )


def home_of(args: argparse.Namespace) -> Path:
    home = getattr(args, "home", None)
    return Path(home) if home else default_home()


def open_store(args: argparse.Namespace) -> Store:
    """The data folder's store; `main` closes it when the command ends."""
    from ledger.store.store import Store

    store = Store.open(home_of(args))
    opened: list[Store] = getattr(args, "opened_stores", [])
    opened.append(store)
    args.opened_stores = opened
    return store


def passphrase(
    prompt: str = "Passphrase: ", *, env: str = "LATTICE_PASSPHRASE", missing: str = "no passphrase"
) -> str:
    """A passphrase from `env` (scripts), else typed in the terminal; `missing` starts the
    refusal when there is neither."""
    from_env = os.environ.get(env)
    if from_env is not None:
        return from_env
    if not sys.stdin.isatty():
        raise CommandError(f"{missing}: set {env} or run in a terminal")
    return getpass.getpass(prompt)


def new_passphrase(
    prompt: str = "New passphrase or PIN: ",
    *,
    env: str = "LATTICE_PASSPHRASE",
    missing: str = "no passphrase",
) -> str:
    """A new passphrase: from `env`, else typed twice (the two must agree)."""
    if os.environ.get(env) is not None:
        return passphrase(env=env, missing=missing)
    first = passphrase(prompt, env=env, missing=missing)
    if passphrase("Repeat it: ", env=env, missing=missing) != first:
        raise CommandError("the two passphrases differ")
    return first


class Unlocking:
    """Who signs (`--as`), their key being unlocked on a second thread while the command
    reads the store: Argon2id takes about as long as loading a large group, and PyNaCl lets
    go of the GIL while it runs, so on two cores the two overlap."""

    def __init__(self, args: argparse.Namespace, store: Store) -> None:
        if not getattr(args, "as_person", None):
            raise CommandError("say who signs with --as PERSON")
        from ledger.store import persons
        from ledger.store.keyring import Keyring

        keyring = Keyring(store.db)
        person = keyring.find(args.as_person)
        sealed = keyring.sealed(person.id)
        secret = passphrase(f"Passphrase for {person.name}: ")
        pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="unlock")
        self._signer = pool.submit(persons.unlock, sealed, secret)
        pool.shutdown(wait=False)

    def signer(self) -> Signer:
        """The unlocked person, once Argon2id is done; raises what unlocking raised."""
        return self._signer.result()


def signer(args: argparse.Namespace, store: Store) -> Signer:
    return Unlocking(args, store).signer()


def group_of(store: Store, ref: str) -> GroupId:
    """A group by id, id prefix (4+ digits), name, or the first words of its name
    ('Umoja' for 'Umoja Savings'), names in any case."""
    groups = store.group_ids()
    ref = ref.strip()
    exact = [g for g in groups if g == ref.lower()]
    if exact:
        return exact[0]
    wanted = ref.casefold()
    names = {g: store.state(g).name.casefold() for g in groups}
    for found in (
        [g for g in groups if names[g] == wanted],
        [g for g in groups if wanted and names[g].startswith(wanted + " ")],
    ):
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            raise CommandError(f"more than one group is called {ref}: use its id")
    prefixed = [g for g in groups if len(ref) >= 4 and g.startswith(ref.lower())]
    if len(prefixed) == 1:
        return prefixed[0]
    raise NotFound(f"this PC holds no group '{ref}' (see 'lattice status')")


def emit(args: argparse.Namespace, value: dict[str, Any], text: str | Callable[[], str]) -> None:
    """Print exactly one JSON object with --json, else the plain-words text (`text` may
    be a function: amounts in the reader's grouping are then made only when shown)."""
    if getattr(args, "json", False):
        sys.stdout.write(json.dumps(value, sort_keys=True) + "\n")
    elif getattr(args, "quiet", False) and "id" in value:
        sys.stdout.write(f"{value['id']}\n")
    else:
        shown = text() if callable(text) else text
        sys.stdout.write(shown.rstrip("\n") + "\n")


def warn_about_quorum(store: Store, group: GroupId) -> None:
    """Say on stderr when the group's elders cannot reach its sign-off quorum."""
    problem = store.state(group).membership.quorum_problem()
    if problem is not None:
        sys.stderr.write(f"lattice: warning: {problem}\n")


def counted(n: int, one: str, many: str) -> str:
    """`n` with the English noun in its number: "1 change", "2 changes", "0 changes"."""
    return f"{n} {one if n == 1 else many}"
