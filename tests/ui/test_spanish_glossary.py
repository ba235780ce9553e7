"""One word for one thing in the Spanish window: a reader who sees 'equipo' on one screen
and 'computadora' on the next wonders whether they are two different machines."""

from __future__ import annotations

from pathlib import Path

from tests.ui.test_translations import read_ts

SPANISH = Path(__file__).resolve().parents[2] / "resources" / "translations" / "lattice_es.ts"

# The word the Spanish window uses for a PC of the group, and words it must not mix in.
PC_WORD = "equipo"
OTHER_PC_WORDS = ("computadora", "ordenador")


def test_a_pc_is_always_an_equipo() -> None:
    mixed = [
        (source, form)
        for (_, source), forms in read_ts(SPANISH).items()
        for form in forms
        if any(word in form.lower() for word in OTHER_PC_WORDS)
    ]
    assert not mixed, f"say '{PC_WORD}' for a PC: {mixed}"
