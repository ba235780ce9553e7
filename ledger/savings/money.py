"""Money: integers in minor units with an ISO 4217 currency; never floats."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from babel import default_locale
from babel.numbers import (
    format_currency,
    format_decimal,
    get_currency_precision,
    list_currencies,
)

from ledger.store.errors import Refused
from ledger.store.words import QT_TRANSLATE_NOOP

MAX_AMOUNT = 10**15
"""Largest amount in minor units any single figure may hold (far above any group's funds)."""

_AMOUNT_TEXT = re.compile(r"^\s*-?\d{1,16}(\.\d+)?\s*$")


def is_currency(code: str) -> bool:
    return isinstance(code, str) and len(code) == 3 and code in list_currencies()


def decimals(currency: str) -> int:
    """How many minor-unit digits the currency has (RWF 0, KES 2, BHD 3)."""
    return int(get_currency_precision(currency))


def parse_amount(text: str, currency: str) -> int:
    """'12.50' in KES -> 1250. Refuses more decimals than the currency has, and floats."""
    if not _AMOUNT_TEXT.match(text):
        raise Refused(
            QT_TRANSLATE_NOOP("core", "'{text}' is not an amount (use digits and at most one '.')"),
            text=text,
        )
    try:
        value = Decimal(text.strip())
    except InvalidOperation:
        raise Refused(QT_TRANSLATE_NOOP("core", "'{text}' is not an amount"), text=text) from None
    places = decimals(currency)
    minor = value.scaleb(places)
    # Digits written past the currency's places are refused even when they are zeros:
    # '1.000' UGX or '12.500' KES is a thousands separator far more often than a fraction.
    written = len(text.strip().partition(".")[2])
    if written > places or minor != minor.to_integral_value():
        raise Refused(
            QT_TRANSLATE_NOOP("core", "{currency} has {places} decimal places; '{text}' has more"),
            currency=currency,
            places=places,
            text=text,
        )
    amount = int(minor)
    if abs(amount) > MAX_AMOUNT:
        raise Refused(QT_TRANSLATE_NOOP("core", "'{text}' is too large"), text=text)
    return amount


def to_text(amount: int, currency: str) -> str:
    """Plain decimal text without grouping, e.g. 1250 KES -> '12.50' (for CSV and CLI)."""
    places = decimals(currency)
    sign = "-" if amount < 0 else ""
    whole, frac = divmod(abs(amount), 10**places)
    return f"{sign}{whole}.{frac:0{places}d}" if places else f"{sign}{whole}"


def grouped(amount: int, currency: str, locale: str | None = None) -> str:
    """For people reading text (the CLI): '1,250.00 KES' with the grouping and decimal
    sign of `locale` (default: the environment's, as babel reads LANG/LC_ALL; else en)."""
    return f"{grouped_number(amount, currency, locale)} {currency}"


def grouped_number(amount: int, currency: str, locale: str | None = None) -> str:
    """`grouped` without the currency code: '1,250.00'."""
    places = decimals(currency)
    value = Decimal(amount).scaleb(-places)
    pattern = "#,##0" + ("." + "0" * places if places else "")
    reader = locale or default_locale("LC_NUMERIC") or "en"
    try:
        text = format_decimal(value, format=pattern, locale=reader)
    except (ValueError, LookupError):  # an unknown or malformed locale name
        text = format_decimal(value, format=pattern, locale="en")
    return str(text)


class Amount(int):
    """Minor units of money as a parameter of a text (`Words`): shown in its currency
    once known (`ledger.store.kinds.describe` binds the group's, through `with_currency`),
    with the reader's grouping in a front end (`ui.core_text`); never a bare count of
    minor units."""

    currency: str | None

    def __new__(cls, minor: int, currency: str | None = None) -> Amount:
        made = super().__new__(cls, minor)
        made.currency = currency
        return made

    def __reduce__(self) -> tuple[object, ...]:
        return (Amount, (int(self), self.currency))

    def with_currency(self, currency: str) -> Amount:
        """This amount in `currency` (`ledger.store.kinds.in_currency` binds the group's)."""
        return Amount(self, currency)

    def __str__(self) -> str:
        if self.currency is None:
            return f"{int(self)} (minor units)"
        return f"{to_text(self, self.currency)} {self.currency}"

    __repr__ = __str__

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)


@dataclass(frozen=True, slots=True)
class Money:
    amount: int
    currency: str

    def format(self, locale: str = "en") -> str:
        """For people: '1,250.00 KES'-like, in their locale."""
        value = Decimal(self.amount).scaleb(-decimals(self.currency))
        return str(format_currency(value, self.currency, locale=locale))
