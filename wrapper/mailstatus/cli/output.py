"""Printing rows as a table, JSON, JSON lines or CSV."""

from __future__ import annotations

import csv
import enum
import json
import sys
from collections.abc import Sequence

from rich.console import Console
from rich.table import Table

from mailstatus.cli.rows import Row


class Format(enum.StrEnum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


def render(rows: Sequence[Row], fmt: Format, *, title: str | None = None) -> None:
    if fmt is Format.json:
        sys.stdout.write(json.dumps(list(rows), indent=2, ensure_ascii=False) + "\n")
    elif fmt is Format.jsonl:
        for row in rows:
            sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
    elif fmt is Format.csv:
        if rows:
            writer = csv.DictWriter(sys.stdout, fieldnames=list(rows[0]), lineterminator="\n")
            writer.writeheader()
            writer.writerows(rows)
    else:
        table = Table(title=title, title_justify="left")
        for column in rows[0] if rows else ["(no rows)"]:
            table.add_column(column, overflow="fold")
        for row in rows:
            table.add_row(*("" if value is None else str(value) for value in row.values()))
        Console(soft_wrap=True).print(table)
