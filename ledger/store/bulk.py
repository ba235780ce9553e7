"""Building many long-lived objects (a large group's entries and history), at once or as
a sync brings them in.

The cyclic garbage collector would walk every new object several times as it ages them
through its generations: on 100,000 entries that cost more than building them. These
objects live as long as the store holds the group and form no garbage cycles, so once
built at once they are moved out of the collector's sight (`gc.freeze`). Changes that a
sync brings in arrive a batch at a time, among the network's short-lived objects; while a
sync service runs, the collector looks at the youngest objects after 10,000 new ones
rather than Python's 700 (`collecting_less_often`): in bench/sync_converge.py the ten PCs
spent 2.3 to 3.0 s of CPU in the collector, about a seventh of all, and 1.0 s so, with
no more memory held (the largest PC's: 122 MB either way).
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

YOUNG_COLLECTION_AFTER = 10_000
"""New objects (net of those freed) between two collections of the youngest generation,
while a sync service runs (Python's own is 700)."""
_less_often = 0
_before: tuple[int, int, int] | None = None
_lock = threading.Lock()


@contextmanager
def building_to_keep() -> Iterator[None]:
    """Pause the collector while the block builds objects that are kept; freeze them after."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


@contextmanager
def collecting_less_often() -> Iterator[None]:
    """Raise the collector's youngest threshold to `YOUNG_COLLECTION_AFTER` for the block
    (a threshold set higher already is kept); the one before comes back when the last
    such block in this process ends (tests run several services in one process)."""
    global _less_often, _before
    with _lock:
        if _less_often == 0:
            _before = gc.get_threshold()
            young, *older = _before
            gc.set_threshold(max(young, YOUNG_COLLECTION_AFTER), *older)
        _less_often += 1
    try:
        yield
    finally:
        with _lock:
            _less_often -= 1
            if _less_often == 0 and _before is not None:
                gc.set_threshold(*_before)
                _before = None
