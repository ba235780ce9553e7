"""The savings-cycle benchmark runs at a tiny size, so it cannot rot (no timing is judged)."""

from __future__ import annotations

from bench import savings_cycle


def test_the_savings_cycle_bench_runs_tiny() -> None:
    batch, cycle = savings_cycle.run(members=3, rounds=1, meetings=2, singles=1)
    # 3 members: shares and social fund each, the repayment of the one borrower, and the
    # lateness fine of the first member only at meeting 1 ((n + 1) % 5 < 2)
    assert batch["lines"] == 3 + 3 + 1 + 1
    assert batch["batch_s"] > 0 and batch["single_s"] > 0
    assert cycle["lines"] > 2 * 6 and cycle["changes"] > cycle["lines"]
    assert cycle["replay_s"] > 0 and cycle["figures_s"] > 0
