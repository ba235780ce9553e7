"""The verify bench runs at a tiny size, so it cannot rot."""

from __future__ import annotations

import pytest

from bench import verify_bundle


def test_the_verify_bench_prints_its_figures(capsys: pytest.CaptureFixture[str]) -> None:
    verify_bundle.main(["--count", "40", "--rounds", "1"])
    out = capsys.readouterr().out
    assert "bundle: 40 changes" in out
    assert "lattice verify (in memory):" in out
    assert "raw Ed25519 verify, one by one:" in out
