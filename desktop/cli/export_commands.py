"""`lattice export` (CSV, XLSX, PDF, signed bundle) and `lattice verify` (a bundle, offline)."""

from __future__ import annotations

import argparse
import datetime as dt
import logging
from pathlib import Path

from desktop.cli import common
from desktop.cli.common import CommandError, emit
from ledger.exports.bundle import build_bundle
from ledger.exports.csv_export import write_csv
from ledger.exports.files import write_atomically
from ledger.exports.period import Period
from ledger.exports.report import gather_report
from ledger.exports.verify import Verdict, verify_file
from ledger.savings.money import grouped

log = logging.getLogger(__name__)
FORMATS = ("csv", "xlsx", "pdf", "bundle")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "export",
        help="write the group's records for a funder: csv, xlsx, pdf or a signed bundle",
        description=(
            "Exports aggregate by member unless --with-names is given. CSV writes the entries "
            "to FILE, the balances by month (FILE-balances.csv) and the loans owed "
            "(FILE-loans.csv) beside it. A bundle is "
            "signed by the person given with --as and can be checked with 'lattice verify'."
        ),
    )
    common.add_common(p)
    p.add_argument("group", help="group id, id prefix or name")
    p.add_argument("--format", required=True, choices=FORMATS)
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    p.add_argument("--from", dest="start", metavar="YYYY-MM-DD", help="first date included")
    p.add_argument("--to", dest="end", metavar="YYYY-MM-DD", help="last date included")
    p.add_argument("--with-names", action="store_true",
                   help="name members and show their own figures (only with their consent)")
    p.add_argument("--as", dest="as_person", help="who signs a bundle (id or name)")
    p.set_defaults(run=run_export)

    p = sub.add_parser(
        "verify",
        help="check a signed bundle offline: signatures, membership, elder quorum and totals",
    )
    common.add_common(p)
    p.add_argument("file", type=Path)
    p.set_defaults(run=run_verify)


def run_export(args: argparse.Namespace) -> int:
    period = Period.parse(args.start, args.end)
    store = common.open_store(args)
    try:
        group = common.group_of(store, args.group)
        if args.format == "bundle":
            if not args.as_person:
                raise CommandError("a bundle is signed: say who signs with --as PERSON")
            if args.with_names:
                raise CommandError(
                    "a bundle always holds the signed records themselves; --with-names "
                    "does not apply to it"
                )
            data = build_bundle(store, group, common.signer(args, store), period)
            write_atomically(args.output, data)
            files = [args.output]
        else:
            report = gather_report(
                store.state(group),
                store.history(group),
                period,
                with_names=args.with_names,
                witnessed=str(store.witnessing(group).line()),
            )
            # reportlab and openpyxl load only for their format: other commands answer at once
            if args.format == "pdf":
                from ledger.exports.pdf_report import write_pdf as writer
            elif args.format == "xlsx":
                from ledger.exports.xlsx_export import write_xlsx as writer
            else:
                writer = write_csv
            files = writer(report, args.output)
    finally:
        store.close()
    emit(
        args,
        {"group": group, "format": args.format, "files": [str(f) for f in files],
         "from": period.iso()[0], "to": period.iso()[1], "with_names": bool(args.with_names)},
        "\n".join(f"wrote {f}" for f in files),
    )
    return 0


def _verdict_text(verdict: Verdict) -> str:
    lines = [
        "SOUND: the totals below come from validly signed, elder-confirmed records."
        if verdict.sound
        else "NOT SOUND: do not rely on this bundle's totals."
    ]
    if verdict.group_name is not None:
        lines.append(f"  group:     {verdict.group_name} ({(verdict.group or '')[:16]})")
    if verdict.signer_name is not None and verdict.created is not None:
        when = dt.datetime.fromtimestamp(verdict.created / 1000, dt.UTC)
        lines.append(f"  signed by: {verdict.signer_name}, {when:%Y-%m-%d %H:%M} UTC")
    if verdict.group_name is not None:
        start, end = verdict.period
        dates = (
            f"{start} to {end}"
            if start and end
            else f"from {start} on"
            if start
            else f"up to {end}"
            if end
            else "all dates"
        )
        lines.append(f"  dates:     {dates}")
    totals = verdict.recomputed if verdict.sound else None
    if totals is not None and verdict.currency is not None:
        cur = verdict.currency
        lines.append(f"  confirmed: {grouped(totals['confirmed'], cur)}")
        lines.append(f"  pending:   {grouped(totals['pending'], cur)}")
        for fund in totals["funds"]:
            lines.append(
                f"    {fund['name']}: {grouped(fund['confirmed'], cur)} confirmed, "
                f"{grouped(fund['pending'], cur)} pending"
            )
    if verdict.witnessed is not None:
        lines.append(f"  witnessed: {verdict.witnessed.line()}")
    for check in verdict.checks:
        lines.append(f"  [{'ok' if check.ok else 'FAILED'}] {check.name}: {check.detail}")
    return "\n".join(lines)


def run_verify(args: argparse.Namespace) -> int:
    verdict = verify_file(args.file)
    log.info("verified %s: %s", args.file, "sound" if verdict.sound else "not sound")
    emit(args, verdict.plain(), _verdict_text(verdict))
    return 0 if verdict.sound else 1
