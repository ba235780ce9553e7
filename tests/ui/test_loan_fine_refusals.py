"""Refusals of loans, fines and the meeting in one sitting, in English and in Spanish."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from ledger.savings import actions, group_actions, sitting
from ledger.savings.sitting import SittingRow
from ledger.savings.sitting_csv import read_rows
from ledger.store.errors import NotFound, Refused
from ledger.store.store import Store
from tests.ui.demo import Demo
from tests.ui.test_core_text import spanish  # noqa: F401  (a fixture)
from ui.core_text import core_text

Case = Callable[[Store, Demo], object]


def _rules(store: Store, d: Demo) -> None:
    actions.set_rules(store, d.amina, d.group, effective="2026-07-01", interest_bp=500,
                      one_loan=True, fines={"late": "20"})  # fmt: skip


def _loan(store: Store, d: Demo, **kw: object) -> object:
    return actions.add_entry(store, d.amina, d.group, type="loan", amount="100",
                             meeting=d.meeting, **kw)  # type: ignore[arg-type]  # fmt: skip


def _wrong_split(store: Store, d: Demo) -> object:
    loan = _loan(store, d, member=d.baraka.person, term=1)
    actions.sign_off(store, d.daudi, d.group, [loan.id])  # type: ignore[attr-defined]
    return actions.add_entry(store, d.amina, d.group, type="repayment", member=d.baraka.person,
                             amount="50", interest="1", date="2026-07-20")  # fmt: skip


def _reverse_repaid_loan(store: Store, d: Demo) -> object:
    loan = _loan(store, d, member=d.baraka.person, term=1)
    actions.sign_off(store, d.daudi, d.group, [loan.id])  # type: ignore[attr-defined]
    actions.add_entry(store, d.amina, d.group, type="repayment", member=d.baraka.person,
                      amount="50", date="2026-07-20")  # fmt: skip
    return actions.reverse_entry(store, d.amina, d.group, loan.id)  # type: ignore[attr-defined]


def _reverse_paid_fine(store: Store, d: Demo) -> object:
    charge = actions.add_entry(store, d.amina, d.group, type="charge", fine="late",
                               member=d.chausiku.person, meeting=d.meeting).id  # fmt: skip
    actions.add_entry(store, d.amina, d.group, type="fine", member=d.chausiku.person,
                      charge=charge, meeting=d.meeting)  # fmt: skip
    return actions.reverse_entry(store, d.amina, d.group, charge)


def _no_fines(store: Store, d: Demo) -> object:
    group_actions.record_attendance(store, d.amina, d.group, d.meeting,
                                    {d.chausiku.person: "present"})  # fmt: skip
    return sitting.charge_attendance_fines(store, d.amina, d.group, d.meeting)


CASES: list[tuple[Case, str, str]] = [
    (
        lambda s, d: _loan(s, d, member=d.baraka.person),
        "a loan needs its term in months",
        "un préstamo necesita su plazo en meses",
    ),
    (
        lambda s, d: _loan(s, d, member=d.chausiku.person, term=1),
        "a member repays a loan before taking another by the rules in force on 2026-07-05; "
        "they owe 800.00 KES",
        "cada miembro devuelve un préstamo antes de pedir otro según las reglas vigentes el "
        "2026-07-05; debe 800.00 KES",
    ),
    (
        _wrong_split,
        "a repayment pays the interest due (5.00 KES) first, then principal (46.00 KES here)",
        "una devolución paga primero el interés pendiente (5.00 KES) y después el capital "
        "(aquí 46.00 KES)",
    ),
    (
        lambda s, d: actions.add_entry(
            s,
            d.amina,
            d.group,
            type="fine",
            fine="late",
            member=d.chausiku.person,
            amount="5",
            meeting=d.meeting,
        ),
        "the fine 'late' is 20.00 KES by the rules in force on 2026-07-05",
        "la multa «late» es de 20.00 KES según las reglas vigentes el 2026-07-05",
    ),
    (
        lambda s, d: actions.add_entry(
            s,
            d.amina,
            d.group,
            type="fine",
            fine="snoring",
            member=d.chausiku.person,
            meeting=d.meeting,
        ),
        "the fine schedule has no fine 'snoring' on 2026-07-05",
        "el reglamento de multas no tiene ninguna multa «snoring» el 2026-07-05",
    ),
    (
        _reverse_repaid_loan,
        "that loan has repayments: reverse them first, then the loan",
        "ese préstamo tiene devoluciones: anúlelas primero y después el préstamo",
    ),
    (
        _reverse_paid_fine,
        "that fine owed is paid: reverse its payment first",
        "esa multa pendiente ya está pagada: anule primero su pago",
    ),
    (
        _no_fines,
        "no fines to charge: nobody absent or late is left uncharged, or the schedule has no "
        "fine called 'absent' or 'late'",
        "no hay multas que cargar: no queda nadie ausente o que llegara tarde sin su multa, o "
        "el reglamento no tiene ninguna multa llamada «absent» o «late»",
    ),
    (
        lambda s, d: sitting.record_meeting(
            s,
            d.amina,
            d.group,
            d.meeting,
            [
                SittingRow("Chausiku", shares=1, line=2),
                SittingRow("Zawadi", shares=1, line=3),
            ],
        ),
        "line 3, member: no member of this group is called 'Zawadi'",
        "línea 3, miembro: ningún miembro de este grupo se llama «Zawadi»",
    ),
    (
        lambda s, d: sitting.record_meeting(
            s,
            d.amina,
            d.group,
            d.meeting,
            [
                SittingRow("Chausiku", social="2.005", line=4),
            ],
        ),
        "line 4, social fund: KES has 2 decimal places; '2.005' has more",
        "línea 4, fondo social: KES tiene 2 decimales; «2.005» tiene más",
    ),
    (
        lambda s, d: read_rows("member,shares\nChausiku,two\n"),
        "line 2, shares: a whole number of shares",
        "línea 2, acciones: un número entero de acciones",
    ),
    (
        lambda s, d: read_rows("name\nChausiku\n"),
        "line 1: the columns are member and any of shares, social fund, repayment, fines, "
        "each once",
        "línea 1: las columnas son miembro y cualquiera de acciones, fondo social, devolución, "
        "multas, cada una una sola vez",
    ),
]


def _refusal(store: Store, d: Demo, case: Case) -> Refused | NotFound:
    _rules(store, d)
    before = store.change_count(d.group)
    with pytest.raises((Refused, NotFound)) as caught:
        case(store, d)
    assert store.change_count(d.group) <= before + 3  # at most the case's own set-up
    return caught.value


@pytest.mark.parametrize(("case", "english", "_"), CASES)
def test_refusal_in_english(demo: tuple[Store, Demo], case: Case, english: str, _: str) -> None:
    store, d = demo
    refusal = _refusal(store, d, case)
    assert str(refusal) == english
    assert core_text(refusal) == english


@pytest.mark.parametrize(("case", "_", "spanish_text"), CASES)
def test_refusal_in_spanish(
    demo: tuple[Store, Demo], spanish: None,  # noqa: F811
    case: Case, _: str, spanish_text: str,
) -> None:  # fmt: skip
    store, d = demo
    assert core_text(_refusal(store, d, case)) == spanish_text
