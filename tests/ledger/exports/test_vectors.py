"""The conformance vectors of docs/vectors/: `lattice verify` gives each its stated verdict.

The vectors are the contract for other verifiers; this checks ours keeps it, and that the
generator still builds vectors that hold (so they can be regenerated when the format moves).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from desktop.cli import main
from ledger.exports.verify import verify_bytes
from ledger.spec import vectors

INDEX = json.loads((vectors.VECTORS / vectors.INDEX).read_text(encoding="utf-8"))["vectors"]


def _meets(verdict: dict[str, Any], vector: dict[str, Any]) -> None:
    assert verdict["sound"] is vector["sound"], (vector["name"], verdict["problems"])
    if vector["sound"]:
        assert verdict["totals"] == vector["totals"], vector["name"]
        return
    failed = [c for c in verdict["checks"] if not c["ok"]]
    assert [c["name"] for c in failed] == vector["failed"], (vector["name"], failed)
    assert vector["reason"] in failed[0]["detail"], (vector["name"], failed[0]["detail"])


@pytest.mark.parametrize("vector", INDEX, ids=[v["name"] for v in INDEX])
def test_lattice_verify_gives_each_vector_its_verdict(
    vector: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["verify", "--json", str(vectors.VECTORS / vector["file"])])
    verdict = json.loads(capsys.readouterr().out)
    assert code == (0 if vector["sound"] else 1)
    _meets(verdict, vector)


def test_the_vectors_cover_valid_and_every_tamper_class() -> None:
    names = {v["name"] for v in INDEX}
    for needed in ("valid-pending-and-confirmed", "valid-reversal", "valid-loan-limits",
                   "valid-removal-voids-concurrent", "valid-equivocation",
                   "valid-cycle-share-out-and-close", "invalid-swapped",
                   "invalid-reversed", "invalid-bool-version", "invalid-negative-created",
                   "invalid-bool-created", "invalid-other-genesis", "invalid-duplicate",
                   "invalid-unknown-kind", "invalid-unknown-body-field",
                   "invalid-dropped-newest-signoff", "invalid-non-elder-signoff"):
        assert needed in names
    assert all((vectors.VECTORS / v["file"]).is_file() for v in INDEX)


@pytest.mark.slow
def test_the_generator_still_builds_vectors_that_hold(tmp_path: Path) -> None:
    built = vectors.build(tmp_path / "work")
    assert [v.name for v in built] == [v["name"] for v in INDEX]
    for vector in built:
        _meets(verify_bytes(vector.data).plain(), vector.plain())


@pytest.mark.parametrize("vector", [v for v in INDEX if v["sound"]],
                         ids=[v["name"] for v in INDEX if v["sound"]])
def test_each_valid_vector_replays_to_the_state_a_store_gives(
    vector: dict[str, Any], tmp_path: Path
) -> None:
    from ledger.exports.offline import replay_bundle
    from ledger.store import codec
    from ledger.store.ids import GroupId
    from ledger.store.store import Store

    outer = codec.decode_canonical((vectors.VECTORS / vector["file"]).read_bytes())
    group = GroupId(codec.decode_canonical(outer["manifest"])["group"].hex())
    replayed = replay_bundle(outer["changes"], group)
    assert replayed.state is not None
    store = Store.open(tmp_path / "fresh")
    try:
        results = store.ingest_many(outer["changes"], source="vector")
        assert {r.status for r in results} == {"accepted"}
        assert replayed.state.digest() == store.state(group).digest()
    finally:
        store.close()
