"""Every command explains itself: `--help` works everywhere (argparse formats each text)."""

from __future__ import annotations

import argparse
import importlib

import pytest

from desktop.cli import COMMANDS, build_parser, command_typed, main


def _parsers(parser: argparse.ArgumentParser) -> list[argparse.ArgumentParser]:
    found = [parser]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                found.extend(_parsers(sub))
    return found


def test_every_command_has_working_help() -> None:
    parsers = _parsers(build_parser())
    names = {p.prog.removeprefix("lattice ").strip() for p in parsers}
    for expected in (
        "person create",
        "group create",
        "member add",
        "changes import",
        "check",
        "status",
        "entry add",
        "signoff",
        "balance",
        "export",
        "verify",
        "rules set",
        "meeting open",
        "goal add",
    ):
        assert expected in names
    for p in parsers:
        assert p.format_help()


def test_the_command_table_says_what_each_module_registers() -> None:
    """`main` reads the typed command from `COMMANDS` before importing any command module:
    the table must name every command, its module and its help as that module does."""
    registered: dict[str, tuple[str, str]] = {}
    for module in dict.fromkeys(m for m, _ in COMMANDS.values()):
        parser = argparse.ArgumentParser(prog="lattice")
        sub = parser.add_subparsers()
        importlib.import_module(module).register(sub)
        for action in sub._choices_actions:
            registered[action.dest] = (module, str(action.help))
    assert registered == COMMANDS
    assert list(registered) == list(COMMANDS)  # the order `lattice --help` lists them in


def test_the_command_is_read_before_its_options(capsys: pytest.CaptureFixture[str]) -> None:
    assert command_typed(["--home", "/x", "-v", "entry", "add", "--help"]) == "entry"
    assert command_typed(["balance", "Umoja", "--home", "/x", "--json"]) == "balance"
    for argv, words in (([], "required: COMMAND"), (["nope"], "invalid choice: 'nope'")):
        with pytest.raises(SystemExit) as exit_:
            command_typed(argv)
        assert exit_.value.code == 2
        assert words in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_:
        main(["--help"])
    assert exit_.value.code == 0
    listing = capsys.readouterr().out
    for name, (_, help_text) in COMMANDS.items():
        assert name in listing and help_text[:20] in listing


def test_a_command_builds_only_its_own_module() -> None:
    parser = build_parser("balance")
    (sub,) = (a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    assert set(sub.choices) == {n for n, (m, _) in COMMANDS.items() if m == COMMANDS["balance"][0]}
    args = parser.parse_args(["balance", "Umoja", "--by", "member", "--home", "/x"])
    assert (args.by, str(args.home)) == ("member", "/x")
