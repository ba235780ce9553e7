"""A meeting's rows from a CSV file, as a treasurer types them in a spreadsheet.

The first line names the columns (any order, any case): `member` and any of `shares`,
`social`, `repayment`, `fines`. A member is named as the group knows them; shares is
a whole number; social and repayment are amounts in the group's currency ('12.50');
fines are names of the schedule separated by spaces or ';' (a fine the member owes is
paid first). Empty cells and blank lines are skipped. A comma or semicolon separates
the columns. A bad file or cell is refused with its line and column; nothing is read
past the limits.
"""

from __future__ import annotations

import csv
import io
import re

from ledger.savings.sitting import COLUMN_WORDS, COLUMNS, MAX_FILE_ROWS, SittingRow, at_line
from ledger.store.errors import Refused
from ledger.store.words import QT_TRANSLATE_NOOP, listing, word

MAX_BYTES = 1_000_000
MAX_CELL = 200


def read_rows(text: str) -> list[SittingRow]:
    """The rows of a meeting's CSV text; refused with the line and column at fault."""
    if len(text.encode("utf-8")) > MAX_BYTES:
        raise Refused(
            QT_TRANSLATE_NOOP("core", "the file is larger than {size} bytes"), size=MAX_BYTES
        )
    text = text.lstrip("\ufeff")
    first = text.split("\n", 1)[0]
    delimiter = ";" if first.count(";") > first.count(",") else ","
    reader = csv.reader(io.StringIO(text), delimiter=delimiter, strict=True)
    try:
        header = next(reader, None)
    except csv.Error:
        header = None
    if not header or not any(h.strip() for h in header):
        raise Refused(QT_TRANSLATE_NOOP("core", "the file has no header line naming its columns"))
    names = [h.strip().casefold() for h in header]
    unknown = [h for h in names if h and h not in COLUMNS]
    if unknown or "member" not in names or len(set(names)) != len(names):
        raise Refused(
            QT_TRANSLATE_NOOP(
                "core", "line 1: the columns are member and any of {columns}, each once"
            ),
            columns=listing(word(COLUMN_WORDS, c) for c in COLUMNS[1:]),
        )
    rows: list[SittingRow] = []
    try:
        for cells in reader:
            line = reader.line_num
            if not any(c.strip() for c in cells):
                continue
            if len(rows) >= MAX_FILE_ROWS:
                raise Refused(
                    QT_TRANSLATE_NOOP("core", "line {line}: more than {count} rows"),
                    line=line,
                    count=MAX_FILE_ROWS,
                )
            rows.append(_row(line, names, cells))
    except csv.Error as exc:
        raise Refused(
            QT_TRANSLATE_NOOP("core", "line {line}: not a CSV line ({why})"),
            line=reader.line_num,
            why=str(exc),
        ) from None
    return rows


def _row(line: int, names: list[str], cells: list[str]) -> SittingRow:
    if len(cells) > len(names):
        raise Refused(
            QT_TRANSLATE_NOOP("core", "line {line}: {count} cells, more than the columns"),
            line=line,
            count=len(cells),
        )
    value = {n: c.strip() for n, c in zip(names, cells, strict=False) if n}
    for column, cell in value.items():
        if len(cell) > MAX_CELL:
            raise Refused(at_line(line, column, QT_TRANSLATE_NOOP("core", "the cell is too long")))
    if not value.get("member"):
        raise Refused(at_line(line, "member", QT_TRANSLATE_NOOP("core", "say whose row this is")))
    shares = 0
    if value.get("shares"):
        if not re.fullmatch(r"\d{1,5}", value["shares"]):
            raise Refused(
                at_line(line, "shares", QT_TRANSLATE_NOOP("core", "a whole number of shares"))
            )
        shares = int(value["shares"])
    return SittingRow(
        member=value["member"],
        shares=shares,
        social=value.get("social") or None,
        repayment=value.get("repayment") or None,
        fines=tuple(f for f in re.split(r"[\s;]+", value.get("fines", "")) if f),
        line=line,
    )
