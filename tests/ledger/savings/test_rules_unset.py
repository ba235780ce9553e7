"""Taking a rule away (`unset`) and the versions still to come, through the core API."""

from __future__ import annotations

import datetime as dt

import pytest

from ledger.savings import actions as fa
from ledger.savings.books import books_of
from ledger.savings.rules import Rules, RulesBook, RulesVersion
from ledger.store import snapshot
from ledger.store.errors import Refused
from ledger.store.ids import ChangeId, PersonId
from tests.ledger.conftest import forge
from tests.ledger.savings.conftest import books
from tests.ledger.savings.test_cli import Cli


def test_an_unset_rule_goes_back_to_no_limit_from_its_date(store, people, group) -> None:
    a = people["Amina"]
    fa.set_rules(store, a, group, effective="2024-01-01", share_value="50", max_shares=5,
                 interest_method="declining", one_loan=True, shareout_social=True)  # fmt: skip
    change = fa.set_rules(
        store, a, group, effective="2024-06-01",
        unset=["max_shares", "interest_method", "one_loan", "shareout_social"],
    )  # fmt: skip
    assert change.body["unset"] == ["max_shares", "interest_method", "one_loan", "shareout_social"]
    book = books(store, group).rules
    before, after = book.in_force("2024-05-31"), book.in_force("2024-06-01")
    assert (before.max_shares, before.interest_method, before.one_loan) == (5, "declining", True)
    assert after == Rules(share_value=5000)
    assert "max_shares" not in book.versions[1].changes  # history keeps what each version did
    assert book.versions[1].changes["unset"][0] == "max_shares"
    state = store.state(group)  # the cached state keeps the taken-away rules
    cached = snapshot.decode_state(snapshot.encode_state(state))
    assert cached is not None and cached.digest() == state.digest()
    assert books_of(cached).rules.in_force("2024-06-01") == after


def test_unset_refusals_write_nothing(store, people, group) -> None:
    a = people["Amina"]
    fa.set_rules(store, a, group, effective="2024-01-01", max_shares=5)
    count = len(books(store, group).rules.versions)
    with pytest.raises(Refused, match="not a rule that can be taken away"):
        fa.set_rules(store, a, group, effective="2024-02-01", unset=["fines"])
    with pytest.raises(Refused, match="not a rule that can be taken away"):
        fa.set_rules(store, a, group, effective="2024-02-01", unset=["nonsense"])
    with pytest.raises(Refused, match="both set and taken away"):
        fa.set_rules(store, a, group, effective="2024-02-01", max_shares=3, unset=["max_shares"])
    assert len(books(store, group).rules.versions) == count


def test_malformed_unset_is_rejected_on_ingest(store, people, group) -> None:
    a = people["Amina"]
    before = store.state(group).digest()
    for body, reason in (
        ({"from": "2024-01-01", "unset": []}, "list of 1 to"),
        ({"from": "2024-01-01", "unset": ["cycle_start"]}, "must be one of"),
        ({"from": "2024-01-01", "unset": ["max_shares", "max_shares"]}, "names a rule twice"),
        ({"from": "2024-01-01", "unset": "max_shares"}, "list of 1 to"),
        ({"from": "2024-01-01", "max_shares": 3, "unset": ["max_shares"]}, "both sets and takes"),
    ):
        result = store.ingest(forge(a, store, group, "rules.set", body).raw)
        assert result.status == "rejected", body
        assert reason in (result.reason or ""), (body, result.reason)
    assert store.state(group).digest() == before


def test_future_versions_are_upcoming_in_date_order(store, people, group) -> None:
    a = people["Amina"]
    today = dt.date.today()
    later = (today + dt.timedelta(days=60)).isoformat()
    sooner = (today + dt.timedelta(days=30)).isoformat()
    fa.set_rules(store, a, group, effective="2024-01-01", share_value="50", max_shares=5)
    fa.set_rules(store, a, group, effective=later, unset=["max_shares"])
    fa.set_rules(store, a, group, effective=sooner, share_value="60")
    book = books(store, group).rules
    coming = book.upcoming(today.isoformat())
    assert [v.effective for v in coming] == [sooner, later]
    assert coming[0].changes == {"share_value": 6000}
    assert book.in_force(today.isoformat()).share_value == 5000


def test_upcoming_is_strictly_after_the_day() -> None:
    book = RulesBook()
    for day in ("2024-01-01", "2024-02-01"):
        book.versions.append(
            RulesVersion(ChangeId(day), day, PersonId("a" * 64), {"max_shares": 2})
        )
    assert [v.effective for v in book.upcoming("2024-01-01")] == ["2024-02-01"]


@pytest.fixture
def umoja(tmp_path, monkeypatch: pytest.MonkeyPatch) -> Cli:
    """The CLI on a fresh folder with Amina's group Umoja (KES)."""
    monkeypatch.setenv("LATTICE_PASSPHRASE", "pw")
    cli = Cli(tmp_path / "home")
    cli.json("person", "create", "Amina")
    cli.json("group", "create", "Umoja", "--currency", "KES", "--as", "Amina")
    return cli


def test_the_cli_takes_rules_away_and_shows_those_to_come(umoja: Cli) -> None:
    cli = umoja
    cli.json("rules", "set", "Umoja", "--from", "2024-01-01", "--share-value", "50",
             "--max-shares", "5", "--as", "Amina")  # fmt: skip
    later = (dt.date.today() + dt.timedelta(days=10)).isoformat()
    done = cli.json("rules", "set", "Umoja", "--from", later, "--unset", "max_shares",
                    "--as", "Amina")  # fmt: skip
    assert done["rules"]["max_shares"] is None and done["rules"]["share_value"] == 5000
    code, out, _ = cli.run("rules", "show", "Umoja", "--on", dt.date.today().isoformat())
    assert code == 0
    assert "max shares: 5" in out
    assert f"to come from {later}:" in out and "max shares: not set" in out
    with pytest.raises(SystemExit):  # argparse names the rules that can be taken away
        cli.run("rules", "set", "Umoja", "--unset", "fines", "--as", "Amina")


def test_rules_show_is_today_by_default_and_unset_takes_the_option_spelling(umoja: Cli) -> None:
    """A treasurer's walk: a rule set for next month showed as if in force already (show
    read the last day of all), and `--unset loan-multiple-pct`, spelt as its option, failed."""
    cli = umoja
    cli.json("rules", "set", "Umoja", "--from", "2024-01-01", "--interest-bp", "100",
             "--loan-multiple-pct", "300", "--as", "Amina")  # fmt: skip
    later = (dt.date.today() + dt.timedelta(days=31)).isoformat()
    cli.json("rules", "set", "Umoja", "--from", later, "--interest-bp", "150", "--as", "Amina")
    assert cli.json("rules", "show", "Umoja")["rules"]["interest_bp"] == 100
    assert cli.json("rules", "show", "Umoja", "--on", later)["rules"]["interest_bp"] == 150
    code, out, _ = cli.run("rules", "show", "Umoja")
    in_force, _, to_come = out.partition(f"to come from {later}:")
    assert code == 0 and "interest: 1 % a month" in in_force and "1.5 %" not in in_force
    assert "interest: 1.5 % a month" in to_come
    done = cli.json("rules", "set", "Umoja", "--unset", "loan-multiple-pct", "--as", "Amina")
    assert done["rules"]["loan_multiple_pct"] is None
