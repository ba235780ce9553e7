"""What every benchmark takes on its command line: the size of what it measures and how
many rounds, so that the tests run each one at a tiny size (none can rot) while a
person runs it at full size; and the machine's load, printed beside the figures."""

from __future__ import annotations

import argparse
import os


def bench_args(
    doc: str | None, *, size: int, rounds: int, what: str, flags: dict[str, str] | None = None
) -> argparse.Namespace:
    """`flags`: on/off options of this bench (name: help)."""
    parser = argparse.ArgumentParser(description=(doc or "").strip().splitlines()[0])
    parser.add_argument("--size", type=int, default=size, help=f"{what} (default {size:,})")
    parser.add_argument("--rounds", type=int, default=rounds, help=f"default {rounds}")
    for name, help_text in (flags or {}).items():
        parser.add_argument(f"--{name}", action="store_true", help=help_text)
    args = parser.parse_args()
    if args.size < 1 or args.rounds < 1:
        parser.error("--size and --rounds must be at least 1")
    return args


def machine_load() -> str:
    return f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores"
