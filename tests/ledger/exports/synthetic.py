"""A hand-made report, for testing the renderers without a ledger behind them."""

from __future__ import annotations

import datetime as dt

from ledger.exports.model import (
    EntryLine,
    FundLine,
    GoalLine,
    Indicators,
    MeetingLine,
    MemberLine,
    MonthLine,
    Report,
)
from ledger.exports.period import Period


def synthetic_report(
    *, months: int = 14, with_names: bool = False, currency: str = "KES"
) -> Report:
    entries: list[EntryLine] = []
    month_lines: list[MonthLine] = []
    meetings: list[MeetingLine] = []
    savings = social = 0
    day = dt.date(2024, 1, 6)
    for i in range(months):
        month = f"{day.year:04d}-{day.month:02d}"
        contributed = 150_000 + 5_000 * (i % 4)
        opening_s, opening_x = savings, social
        savings += contributed
        social += 10_000
        for n in range(3):
            entries.append(EntryLine(f"{i:02d}{n:02d}" + "ab" * 30, day, "contribution", "Savings",
                                     contributed // 3, contributed // 3, "confirmed", 2, "M",
                                     f"Amina {n}" if with_names else None,
                                     "weekly shares" if with_names else None))
        month_lines.append(MonthLine(month, "Savings", None, opening_s, contributed, 0, savings,
                                     contributed, 0))
        month_lines.append(MonthLine(month, "Social fund", None, opening_x, 10_000, 0, social,
                                     10_000, 0))
        meetings.append(MeetingLine(day, "Community hall", 18 + i % 5, 24, 3, i % 3 != 0))
        day = (day.replace(day=1) + dt.timedelta(days=32)).replace(day=6)
    entries.append(EntryLine("ff" * 32, day, "contribution", "Savings", 4_000, 4_000, "pending",
                             1, None, "Zawadi" if with_names else None, None))
    return Report(
        group="Umoja Women's Group",
        group_id="ab" * 32,
        currency=currency,
        period=Period(),
        generated=dt.datetime(2026, 1, 2, 9, 30, tzinfo=dt.UTC),
        with_names=with_names,
        digest="cd" * 32,
        first_day=dt.date(2024, 1, 6),
        last_day=day,
        funds=(FundLine("f1", "Savings", 0, savings, 0, savings, 4_000),
               FundLine("f2", "Social fund", 0, social, 0, social, 0)),
        entries=tuple(entries),
        months=tuple(month_lines),
        members=(MemberLine("Amina 0", 120_000, 50_000, 1_000, 0),) if with_names else (),
        goals=(GoalLine("Water tank", "group", "active", 500_000, dt.date(2026, 6, 30), 310_000,
                        "Savings"),
               GoalLine("School fees", "a family", "proposed", 80_000, None, 0, None)),
        meetings=tuple(meetings),
        indicators=Indicators(members_start=22, members_end=24, joined=3, left=1,
                              savings=savings, savings_in_range=savings,
                              loans_outstanding=350_000, loans_active=4, loans_disbursed=600_000,
                              earnings=42_000, assets_start=0, assets_end=savings + social,
                              meetings=len(meetings), attendance_rate=0.82),
    )
