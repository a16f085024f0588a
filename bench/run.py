"""`make bench`: every benchmark against the sandbox, a table on the terminal and bench/results.json.

Each figure is a ratio to a baseline measured in the same run. `--quick` is a smoke run."""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from rich.console import Console
from rich.table import Table

from bench import imports, memory, overhead, paging, parsing
from bench.common import Result

SUITES = [overhead, paging, parsing, imports, memory]


def machine() -> str:
    return f"{platform.python_implementation()} {platform.python_version()}, {platform.machine()}, {os.cpu_count()} cores"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="a fast smoke run with small inputs")
    parser.add_argument("--out", type=Path, default=Path(__file__).with_name("results.json"))
    args = parser.parse_args()
    results: list[Result] = []
    for suite in SUITES:
        results += suite.measure(args.quick)
    table = Table(title=f"mailstatus benchmarks ({machine()})", title_justify="left")
    for column in ("benchmark", "ours", "baseline", "ratio", "goal", "met"):
        table.add_column(column)
    for r in results:
        table.add_row(
            r.name,
            f"{r.ours:.4g}",
            f"{r.baseline:.4g} ({r.baseline_name})",
            f"{r.ratio:.3f}",
            r.goal,
            "yes" if r.met else "NO",
        )
    Console(width=200).print(table)
    args.out.write_text(
        json.dumps(
            {
                "machine": machine(),
                "when": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
                "quick": args.quick,
                "results": [r.as_json() for r in results],
            },
            indent=2,
        )
        + "\n"
    )
    print(f"written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
