"""`make bench`: every benchmark against the sandbox, a table on the terminal and bench/results.json.

Each figure is a ratio to a baseline measured in the same run (each suite in an interpreter of its
own). `--quick` is a smoke run."""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import subprocess
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from rich.console import Console
from rich.table import Table

from bench import imports, infobip_v4, memory, ncp_recipients, overhead, paging, parsing
from bench.common import Result

SUITES = [overhead, paging, parsing, imports, memory, infobip_v4, ncp_recipients]
NAMES = {suite.__name__.rpartition(".")[2]: suite for suite in SUITES}
HERE = Path(__file__).resolve().parent


def machine() -> str:
    return f"{platform.python_implementation()} {platform.python_version()}, {platform.machine()}, {os.cpu_count()} cores"


COLUMNS = ("benchmark", "ours", "baseline", "ratio", "goal", "met")


def rows(report: dict[str, Any]) -> list[tuple[str, ...]]:
    """The table's rows, from a report as written to results.json."""
    return [
        (
            r["name"],
            f"{r['ours']:.4g} {r['unit']}",
            f"{r['baseline']:.4g} ({r['baseline_name']})",
            f"{r['ratio']:.3f}",
            r["goal"] or "-",
            {True: "yes", False: "**no**", None: "-"}[r["met"]],
        )
        for r in report["results"]
    ]


def markdown(report: dict[str, Any]) -> str:
    """The README's copy of a report: when and where it ran, then the table."""
    lines = [
        f"Latest run: {report['when']}, {report['machine']}.",
        "",
        "| " + " | ".join(COLUMNS) + " |",
        "|" + " --- |" * len(COLUMNS),
        *("| " + " | ".join(row) + " |" for row in rows(report)),
    ]
    return "\n".join(lines) + "\n"


def in_own_process(name: str, quick: bool) -> list[dict[str, Any]]:
    """One suite's results, measured in a fresh interpreter: what one suite leaves in memory
    (the official Infobip client's modules, 100,000 mails) would change the next one's figures
    (a larger heap makes every garbage collection longer)."""
    done = subprocess.run(  # noqa: S603
        [sys.executable, __file__, "--suite", name, *(["--quick"] if quick else [])],
        stdout=subprocess.PIPE,
        check=True,
    )
    results: list[dict[str, Any]] = json.loads(done.stdout.decode().splitlines()[-1])
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="a fast smoke run with small inputs")
    parser.add_argument("--out", type=Path, default=HERE / "latest.json", help="(untracked)")
    parser.add_argument(
        "--publish",
        action="store_true",
        help="also write bench/results.json and the README's table (a full run only)",
    )
    parser.add_argument("--suite", choices=NAMES, help="(internal) run one suite, print JSON")
    args = parser.parse_args()
    if args.publish and args.quick:
        parser.error("only a full run is published")
    if args.suite:
        results: list[Result] = NAMES[args.suite].measure(args.quick)
        print(json.dumps([r.as_json() for r in results]))
        return 0
    report = {
        "machine": machine(),
        "when": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "quick": args.quick,
        "results": [item for name in NAMES for item in in_own_process(name, args.quick)],
    }
    table = Table(title=f"mailstatus benchmarks ({report['machine']})", title_justify="left")
    for column in COLUMNS:
        table.add_column(column)
    for row in rows(report):
        table.add_row(*row)
    console = Console(width=200)
    console.print(table)
    text = json.dumps(report, indent=2) + "\n"
    args.out.write_text(text)
    console.print(f"written to {args.out}")
    if args.publish:
        (HERE / "results.json").write_text(text)
        publish(report, HERE.parent / "README.md")
        console.print("published: bench/results.json and the README's Performance section")
    return 0


def publish(report: dict[str, Any], readme: Path) -> None:
    """Replace the README's table (from its "Latest run:" line to the blank line after the
    table) with this report's."""
    text = readme.read_text()
    start = text.index("Latest run: ")
    end = text.index("\n\n", text.index("| benchmark |", start))
    readme.write_text(text[:start] + markdown(report).rstrip("\n") + text[end:])


if __name__ == "__main__":
    sys.exit(main())
