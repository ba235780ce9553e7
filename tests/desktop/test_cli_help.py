"""Every command explains itself: `--help` works everywhere (argparse formats each text)."""

from __future__ import annotations

import argparse

from desktop.cli import build_parser


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
