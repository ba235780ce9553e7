"""The flood bench runs at a tiny size, so it cannot rot (its figures are not asserted)."""

from __future__ import annotations

from bench import store_flood


def test_the_flood_bench_runs() -> None:
    figures = store_flood.main(count=200, rounds=1)
    assert set(figures) == {"refusals_per_second", "disk_growth_kib", "memory_growth_kib"}
