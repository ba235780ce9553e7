"""Fixtures for tests that run peers in their own network namespaces."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.multihost.netns import NetnsLab, missing_requirement


@pytest.fixture
def netns_lab(tmp_path: Path) -> Iterator[Callable[[int], NetnsLab]]:
    """`netns_lab(n)` builds n hosts on one bridge; all are torn down after the test."""
    reason = missing_requirement()
    if reason is not None:
        pytest.skip(reason)
    labs: list[NetnsLab] = []

    def make(count: int) -> NetnsLab:
        lab = NetnsLab(count, tmp_path)
        labs.append(lab)
        return lab.__enter__()

    try:
        yield make
    finally:
        for lab in labs:
            lab.close()
