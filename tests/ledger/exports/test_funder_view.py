"""Open each export the way a funder would, through the `lattice` command line."""

from __future__ import annotations

import csv
import json
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop.cli import main
from ledger.exports.period import Period
from ledger.exports.totals import bundle_totals
from ledger.store.ids import GroupId
from ledger.store.keyring import Keyring
from ledger.store.persons import Signer
from ledger.store.store import Store


@pytest.fixture
def full_group(store: Store, ledger_group: GroupId, people: dict[str, Signer]) -> GroupId:
    """The ledger plus a meeting with attendance, a group goal and a family goal."""
    amina = people["Amina"]
    g = ledger_group
    meeting = store.write(amina, g, "meeting.open",
                          {"date": "2024-03-12", "place": "Community hall"})
    store.write(amina, g, "meeting.attend", {"meeting": bytes.fromhex(meeting.id), "attendance": [
        [bytes.fromhex(people[n].person), status, None]
        for n, status in (("Amina", "present"), ("Bosco", "present"), ("Chiku", "absent"),
                          ("Esther", "present"))
    ]})
    store.write(amina, g, "goal.add", {"title": "Water tank", "date": "2024-01-10",
                                        "target": 500_000, "fund": bytes.fromhex(g)})
    store.write(amina, g, "goal.add", {"title": "Chiku's roof", "date": "2024-01-10",
                                        "target": 80_000, "family": bytes.fromhex(
                                            people["Chiku"].person)})
    return g


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, dict[str, object]]:
    code = main(list(argv))
    out = capsys.readouterr().out
    return code, json.loads(out) if out.strip().startswith("{") else {"text": out}


def test_xlsx_numbers_are_numbers_in_the_currency(
    store: Store, full_group: GroupId, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "umoja.xlsx"
    code, result = _run(capsys, "export", full_group, "--format", "xlsx", "-o", str(out),
                        "--home", str(store.home), "--json")
    assert code == 0 and result["files"] == [str(out)]
    book = load_workbook(out)
    assert book.sheetnames == ["Summary", "Entries", "Balances by month", "Goals", "Meetings",
                               "Loans", "Expenses and cash"]
    entries = book["Entries"]
    header = [c.value for c in entries[1]]
    assert "Member" not in header and "Note" not in header
    amounts = [row[4] for row in entries.iter_rows(min_row=2)]
    assert all(isinstance(c.value, int | float | Decimal) for c in amounts)
    assert all(c.number_format.endswith('"KES"') and "0.00" in c.number_format for c in amounts)
    # 1000 + 500 + 300 + (100 principal + 10 interest) + 200 pending
    assert sum(Decimal(str(c.value)) for c in amounts) == Decimal("2110")
    summary = {r[0].value: r[1].value for r in book["Summary"].iter_rows(min_row=4, max_row=9)}
    assert Decimal(str(summary["Confirmed balance, all funds"])) == Decimal("1310")
    assert Decimal(str(summary["Pending (awaiting elder sign-off)"])) == Decimal("200")
    goals = [[c.value for c in r] for r in book["Goals"].iter_rows(min_row=2)]
    # Family goals are summed, without their titles, unless members are named.
    assert [g[:3] for g in goals] == [["Water tank", "group", "proposed"],
                                      ["Family goals (1)", "families", "proposed"]]
    meetings = [[c.value for c in r] for r in book["Meetings"].iter_rows(min_row=2)]
    assert meetings[0][2:5] == [3, 4, 0.75]


def test_xlsx_converts_in_libreoffice(
    store: Store, full_group: GroupId, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed; CI installs libreoffice-calc-nogui")
    out = tmp_path / "umoja.xlsx"
    assert main(["export", full_group, "--format", "xlsx", "-o", str(out), "--with-names",
                 "--home", str(store.home)]) == 0
    converted = tmp_path / "lo"
    # Every sheet to CSV, formatted as shown (token 9) so the currency format is visible.
    subprocess.run(
        [soffice, f"-env:UserInstallation=file://{tmp_path / 'profile'}", "--headless",
         "--convert-to", 'csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,true,'
         "false,false,-1", "--outdir", str(converted), str(out)],
        check=True, capture_output=True, timeout=180,
    )
    summary = (converted / "umoja-Summary.csv").read_text("utf-8")
    assert '"1,310.00 KES"' in summary
    rows = list(csv.reader((converted / "umoja-Entries.csv").open(encoding="utf-8")))
    assert rows[0][-2:] == ["Member", "Note"]
    assert {r[-2] for r in rows[1:]} == {"Chiku", "Amina"}
    assert "1,000.00 KES" in {r[4] for r in rows[1:]}


def test_csv_entries_and_balances(
    store: Store, full_group: GroupId, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "umoja.csv"
    code, result = _run(capsys, "export", "Umoja", "--format", "csv", "-o", str(out),
                        "--from", "2024-02-01", "--home", str(store.home), "--json")
    assert code == 0
    assert result["files"] == [str(out), str(tmp_path / "umoja-balances.csv"),
                               str(tmp_path / "umoja-loans.csv")]
    entries = list(csv.DictReader(out.open(encoding="utf-8-sig")))
    assert [e["amount"] for e in entries] == ["300.00", "110.00", "200.00"]
    assert [e["status"] for e in entries] == ["confirmed", "confirmed", "pending"]
    balances = list(csv.DictReader((tmp_path / "umoja-balances.csv").open(encoding="utf-8-sig")))
    assert [(b["month"], b["opening"], b["closing"]) for b in balances] == [
        ("2024-02", "1500.00", "1200.00"), ("2024-03", "1200.00", "1310.00")]
    assert {b["member"] for b in balances} == {"all members"}


def test_pdf_renders_to_pages(
    store: Store, full_group: GroupId, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "umoja.pdf"
    store.sign_receipt(full_group)  # as at a meeting's close
    assert main(["export", full_group, "--format", "pdf", "-o", str(out),
                 "--home", str(store.home)]) == 0
    assert out.read_bytes().startswith(b"%PDF-")
    pdftotext = shutil.which("pdftotext")
    pdftoppm = shutil.which("pdftoppm")
    if pdftotext is None or pdftoppm is None:
        pytest.skip("poppler-utils (pdftoppm, pdftotext) is not installed")
    text = subprocess.run([pdftotext, "-layout", str(out), "-"], check=True,
                          capture_output=True, text=True).stdout
    for expected in ("Umoja", "2024-01-10 to 2024-03-12", "KES 1,310.00", "KES 200.00",
                     "Pooled funds over time", "Contributions per month", "Water tank",
                     "Return on assets", "75.0%", "Witnessed: this state, or a later one, was",
                     "held by the group's one PC", "1 meeting held in this range"):
        assert expected in text, expected
    assert "Chiku" not in text  # aggregated: not even in a family goal's title
    subprocess.run([pdftoppm, "-r", "50", "-png", str(out), str(tmp_path / "page")],
                   check=True, timeout=120)
    assert sorted(p.name for p in tmp_path.glob("page-*.png"))[:1] == ["page-1.png"]


def test_bundle_and_verify_from_the_command_line(
    store: Store, full_group: GroupId, people: dict[str, Signer], tmp_path: Path,
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
) -> None:
    treasurer = Keyring(store.db).create("Treasurer", "pw-treasurer")
    store.write(people["Amina"], full_group, "member.add", {
        "person": bytes.fromhex(treasurer.person), "name": "Treasurer", "roles": ["council"]})
    monkeypatch.setenv("LATTICE_PASSPHRASE", "pw-treasurer")
    out = tmp_path / "umoja.lattice"
    home = ["--home", str(store.home)]
    assert main(["export", full_group, "--format", "bundle", "-o", str(out), *home]) == 2
    capsys.readouterr()
    assert main(["export", full_group, "--format", "bundle", "-o", str(out), "--as",
                 "Treasurer", *home]) == 0
    capsys.readouterr()
    code, verdict = _run(capsys, "verify", str(out), "--json")
    assert code == 0 and verdict["sound"] is True
    assert verdict["totals"] == bundle_totals(store.state(full_group), Period())
    assert verdict["witnessed"]["held_by"] == verdict["witnessed"]["pcs"] == 1
    assert main(["verify", str(out)]) == 0
    text = capsys.readouterr().out
    assert text.startswith("SOUND")
    assert "witnessed: this state, or a later one, was held by the group's one PC" in text
    broken = bytearray(out.read_bytes())
    broken[len(broken) // 2] ^= 0x40
    out.write_bytes(bytes(broken))
    assert main(["verify", str(out)]) == 1
    assert capsys.readouterr().out.startswith("NOT SOUND")
