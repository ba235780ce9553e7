"""The store's command line, as a volunteer IT helper would use it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli import main


@pytest.fixture(autouse=True)
def _passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LATTICE_PASSPHRASE", "1234")


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, dict, str]:
    code = main([*args])
    out, err = capsys.readouterr()
    value = json.loads(out) if "--json" in args and out.strip() else {}
    return code, value, err


def test_a_group_travels_on_a_usb_stick(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pc1, pc2 = str(tmp_path / "pc1"), str(tmp_path / "pc2")
    code, amina, _ = run(capsys, "person", "create", "Amina", "--home", pc1, "--json")
    assert code == 0 and len(amina["id"]) == 64
    _, bosco, _ = run(capsys, "person", "create", "Bosco", "--home", pc1, "--json")
    code, group, _ = run(
        capsys,
        "group",
        "create",
        "Umoja",
        "--currency",
        "kes",
        "--quorum",
        "2",
        "--as",
        "Amina",
        "--home",
        pc1,
        "--json",
    )
    assert code == 0
    code, added, _ = run(
        capsys,
        "member",
        "add",
        "Umoja",
        bosco["id"],
        "--name",
        "Bosco",
        "--role",
        "elder",
        "--as",
        "Amina",
        "--home",
        pc1,
        "--json",
    )
    assert code == 0 and added["id"]
    code, invite, _ = run(
        capsys,
        "invite",
        "create",
        "Umoja",
        "--role",
        "member",
        "--as",
        "Amina",
        "--home",
        pc1,
        "--json",
    )
    assert code == 0 and invite["code"].startswith("LAT-")
    stick = tmp_path / "umoja.lattice"
    code, exported, _ = run(
        capsys, "changes", "export", "Umoja", "-o", str(stick), "--home", pc1, "--json"
    )
    assert exported["changes"] == 3
    code, imported, _ = run(capsys, "changes", "import", str(stick), "--home", pc2, "--json")
    assert (imported["accepted"], imported["pending"], imported["rejected"]) == (3, 0, 0)
    _, status1, _ = run(capsys, "status", "--home", pc1, "--json")
    _, status2, _ = run(capsys, "status", "--home", pc2, "--json")
    assert status1["groups"][0]["digest"] == status2["groups"][0]["digest"]
    assert status1["groups"][0]["id"] == group["id"]
    assert status1["groups"][0]["changes"] == 3
    assert status1["device"] != status2["device"]
    assert status1["sync"]["known"] == []
    _, again, _ = run(capsys, "changes", "import", str(stick), "--home", pc2, "--json")
    assert again["duplicate"] == 3
    code, listed, _ = run(capsys, "member", "list", "Umoja", "--home", pc2, "--json")
    assert {m["name"]: m["roles"] for m in listed["members"]} == {
        "Amina": ["council"],
        "Bosco": ["elder"],
    }
    assert run(capsys, "check", "--home", pc2, "--json")[1]["ok"] is True


def test_a_flipped_byte_in_the_file_imports_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pc1, pc2 = str(tmp_path / "pc1"), str(tmp_path / "pc2")
    run(capsys, "person", "create", "Amina", "--home", pc1)
    run(capsys, "group", "create", "Umoja", "--currency", "RWF", "--as", "Amina", "--home", pc1)
    stick = tmp_path / "umoja.lattice"
    run(capsys, "changes", "export", "Umoja", "-o", str(stick), "--home", pc1)
    data = bytearray(stick.read_bytes())
    for position in (0, len(data) // 2, len(data) - 1):
        damaged = bytearray(data)
        damaged[position] ^= 0x01
        stick.write_bytes(bytes(damaged))
        code, _, err = run(capsys, "changes", "import", str(stick), "--home", pc2)
        assert code == 1
        assert "nothing was imported" in err or "not a Lattice changes file" in err
    assert run(capsys, "status", "--home", pc2, "--json")[1]["groups"] == []


def test_mistakes_are_plain_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    home = str(tmp_path / "pc")
    run(capsys, "person", "create", "Amina", "--home", home)
    code, _, err = run(
        capsys, "group", "create", "Umoja", "--currency", "XYZ", "--as", "Amina", "--home", home
    )
    assert code == 1 and "ISO 4217" in err
    code, _, err = run(
        capsys, "group", "create", "Umoja", "--currency", "KES", "--as", "Nobody", "--home", home
    )
    assert code == 1 and "no person 'Nobody'" in err
    monkeypatch.setenv("LATTICE_PASSPHRASE", "wrong")
    code, _, err = run(
        capsys, "group", "create", "Umoja", "--currency", "KES", "--as", "Amina", "--home", home
    )
    assert code == 1 and "wrong passphrase for Amina" in err
    code, _, err = run(capsys, "member", "list", "Nope", "--home", home)
    assert code == 1 and "no group 'Nope'" in err


def test_person_backup_moves_between_pcs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pc1, pc2 = str(tmp_path / "pc1"), str(tmp_path / "pc2")
    _, amina, _ = run(capsys, "person", "create", "Amina", "--home", pc1, "--json")
    backup = tmp_path / "amina.key"
    assert run(capsys, "person", "export", "Amina", "-o", str(backup), "--home", pc1)[0] == 0
    _, restored, _ = run(capsys, "person", "import", str(backup), "--home", pc2, "--json")
    assert restored["id"] == amina["id"]
    _, people, _ = run(capsys, "person", "list", "--home", pc2, "--json")
    assert people["persons"] == [{"id": amina["id"], "name": "Amina"}]


def test_check_fails_on_a_damaged_store(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    home = tmp_path / "pc"
    run(capsys, "person", "create", "Amina", "--home", str(home))
    for leftover in home.glob("lattice.sqlite3-*"):
        leftover.unlink()
    (home / "lattice.sqlite3").write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    code, value, _ = run(capsys, "check", "--home", str(home), "--json")
    assert code == 1 and value["ok"] is False


def test_a_group_is_found_by_the_first_words_of_its_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """As the README writes it: 'Umoja' for the group 'Umoja Savings', in any case."""
    home = str(tmp_path / "pc")
    run(capsys, "person", "create", "Amina", "--home", home)
    for name in ("Umoja Savings", "Umoja Women Group", "Tumaini"):
        code, _, _ = run(capsys, "group", "create", name, "--currency", "KES", "--as", "Amina",
                         "--home", home)  # fmt: skip
        assert code == 0
    code, found, _ = run(capsys, "balance", "umoja savings", "--home", home, "--json")
    assert code == 0, found
    code, _, err = run(capsys, "balance", "Umoja", "--home", home, "--json")
    assert code != 0 and "more than one group is called Umoja" in err
    code, _, _ = run(capsys, "balance", "tumaini", "--home", home, "--json")
    assert code == 0
    code, _, err = run(capsys, "balance", "Tum", "--home", home, "--json")
    assert code != 0 and "no group 'Tum'" in err


def test_check_reports_what_others_left_here(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from ledger.store.store import Store

    home = tmp_path / "pc"
    store = Store.open(home)
    store.ingest_many([b"junk", b"more junk"], source="peer 12D3KooWjunk")
    store.close()
    code, value, _ = run(capsys, "check", "--home", str(home), "--json")
    assert code == 0 and value["ok"] is True
    assert (value["refused"], value["unresolved"]) == (2, 0)
    assert value["waiting"]["changes"] == 0
    assert value["senders"] == [{"source": "peer 12D3KooWjunk", "refused": 2, "unresolved": 0}]
    assert main(["check", "--home", str(home)]) == 0
    text = capsys.readouterr().out
    assert "refused from elsewhere: 2 changes" in text and "peer 12D3KooWjunk (2)" in text


def test_backup_and_restore_from_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pc, new = str(tmp_path / "pc"), str(tmp_path / "new")
    run(capsys, "person", "create", "Amina", "--home", pc)
    args = ("group", "create", "Umoja", "--currency", "KES", "--quorum", "1", "--as", "Amina")
    run(capsys, *args, "--home", pc)
    code, made, _ = run(capsys, "backup", str(tmp_path), "--home", pc, "--json")
    assert code == 0 and (made["groups"], made["changes"]) == (1, 1)
    code, restored, _ = run(capsys, "restore", made["file"], "--home", new, "--json")
    assert code == 0
    assert restored == {"groups": 1, "changes": 1, "kept": None, "held": [made_group(pc)]}
    code, _, err = run(capsys, "restore", made["file"], "--home", new)
    assert code == 1 and "already holds a store (1 change in 1 group)" in err
    code, again, _ = run(capsys, "restore", made["file"], "--home", new, "--replace", "--json")
    assert code == 0 and again["kept"].startswith(str(tmp_path / "new" / "lattice.sqlite3."))
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a store")
    code, _, err = run(capsys, "restore", str(junk), "--home", str(tmp_path / "other"))
    assert code == 1 and "junk.sqlite3 is not a usable backup" in err
    assert not (tmp_path / "other" / "lattice.sqlite3").exists()


def made_group(home: str) -> str:
    return str(json.loads(_status(home))["groups"][0]["id"])


def _status(home: str) -> str:
    import contextlib
    import io

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(["status", "--home", home, "--json"]) == 0
    return out.getvalue()


def test_a_restored_pc_writes_only_after_a_sync_or_the_only_pc_confirmation(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pc, new = str(tmp_path / "pc"), str(tmp_path / "new")
    run(capsys, "person", "create", "Amina", "--home", pc)
    _, bosco, _ = run(capsys, "person", "create", "Bosco", "--home", pc, "--json")
    args = ("group", "create", "Umoja", "--currency", "KES", "--quorum", "1", "--as", "Amina")
    run(capsys, *args, "--home", pc)
    _, made, _ = run(capsys, "backup", str(tmp_path), "--home", pc, "--json")
    code, _, _ = run(capsys, "restore", made["file"], "--home", new)
    assert code == 0
    add = ("member", "add", "Umoja", bosco["id"], "--name", "Bosco", "--role", "elder")
    add = (*add, "--as", "Amina")
    code, _, err = run(capsys, *add, "--home", new)
    assert code == 1 and "this PC was restored from a backup: sync with another PC" in err
    status = json.loads(_status(new))["groups"][0]
    assert status["held_after_restore"] is True and status["members"] == 1
    assert main(["status", "--home", new]) == 0
    assert "HELD: This PC was restored from a backup" in capsys.readouterr().out
    code, _, err = run(capsys, "resume-writing", "Umoja", "--home", new)
    assert code == 1 and "only PC" in err
    code, lifted, _ = run(capsys, "resume-writing", "Umoja", "--only-pc", "--home", new, "--json")
    assert code == 0 and lifted["lifted"] is True
    code, _, _ = run(capsys, *add, "--home", new)
    assert code == 0
    assert json.loads(_status(new))["groups"][0]["held_after_restore"] is False


def test_restore_says_what_happens_next(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pc = str(tmp_path / "pc")
    run(capsys, "person", "create", "Amina", "--home", pc)
    args = ("group", "create", "Umoja", "--currency", "KES", "--quorum", "1", "--as", "Amina")
    run(capsys, *args, "--home", pc)
    _, made, _ = run(capsys, "backup", str(tmp_path), "--home", pc, "--json")
    assert main(["restore", made["file"], "--home", str(tmp_path / "new")]) == 0
    text = capsys.readouterr().out
    assert "writes nothing for these groups until it has synced" in text
    assert "lattice resume-writing <group> --only-pc" in text


def test_an_import_of_a_million_tiny_items_is_refused_in_words(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import hashlib

    from ledger.store import transfer

    body = (
        transfer.MAGIC
        + transfer._HEADER
        + transfer._encode_head(4, 1_000_000)
        + b"\x41\x00" * 1_000_000
    )
    path = tmp_path / "million.lattice"
    path.write_bytes(body + hashlib.sha256(body).digest())
    code, _, err = run(capsys, "changes", "import", str(path), "--home", str(tmp_path / "pc"))
    assert code == 1
    assert "holds 1000000 changes, over the limit of 500000; nothing was imported" in err


def test_serve_says_which_groups_are_held_and_when_a_sync_lifts_one() -> None:
    from desktop.cli.serve_commands import held_lines, resumed_line
    from ledger.store.events import RestoreHoldLifted, WritingResumed
    from ledger.store.ids import GroupId

    group = GroupId("ab" * 32)
    held = {group: "Umoja"}
    assert held_lines(held) == [
        "Umoja: restored from a backup; this PC writes nothing for it until a sync with "
        "another PC of the group has brought back what it wrote after the backup"
    ]
    assert resumed_line(held, RestoreHoldLifted(group, confirmed=False)) == (
        "Umoja: back in step after the restore; this PC writes again"
    )
    assert resumed_line(held, WritingResumed()) is None
