"""bench/cli_speed.py runs, at a tiny size, so it cannot rot (no timing is asserted)."""

from __future__ import annotations

import pytest

from bench import cli_speed


def test_the_cli_speed_bench_prints_its_figures(capsys: pytest.CaptureFixture[str]) -> None:
    medians = cli_speed.main(["--entries", "5", "--runs", "1"])
    assert set(medians) == {"--help", "balance", "entry add", "signoff", "status"}
    out = capsys.readouterr().out
    assert "group of 5 entries" in out
    assert out.count("target ≤ 0.3 s") == 5
