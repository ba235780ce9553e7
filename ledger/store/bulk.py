"""Building many long-lived objects at once (a large group's entries and history).

The cyclic garbage collector would walk every new object several times as it ages them
through its generations: on 100,000 entries that cost more than building them. These
objects live as long as the store holds the group and form no garbage cycles, so once
built they are moved out of the collector's sight (`gc.freeze`).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


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
