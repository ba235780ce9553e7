"""Money: integers in minor units with an ISO 4217 currency; never floats."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from babel.numbers import format_currency, get_currency_precision, list_currencies

from ledger.errors import Refused
from ledger.words import QT_TRANSLATE_NOOP

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
    if minor != minor.to_integral_value():
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


@dataclass(frozen=True, slots=True)
class Money:
    amount: int
    currency: str

    def format(self, locale: str = "en") -> str:
        """For people: '1,250.00 KES'-like, in their locale."""
        value = Decimal(self.amount).scaleb(-decimals(self.currency))
        return str(format_currency(value, self.currency, locale=locale))
