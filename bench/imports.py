"""Import time of `import mailstatus` against `import infobip_api_client`, each in a fresh
interpreter, less the interpreter's own start. Goal: ours lower."""

from __future__ import annotations

import importlib.util
import statistics
import subprocess
import sys

from bench.common import Result, seconds


def start_time(statement: str, runs: int) -> float:
    def run() -> None:
        subprocess.run([sys.executable, "-c", statement], check=True)  # noqa: S603

    run()
    return statistics.median(seconds(run) for _ in range(runs))


def measure(quick: bool) -> list[Result]:
    runs = 3 if quick else 11
    bare = start_time("pass", runs)
    ours = start_time("import mailstatus", runs) - bare
    if importlib.util.find_spec("infobip_api_client") is None:
        # Outside the bench environment: httpx alone, which mailstatus imports, so no goal.
        theirs, name, goal = start_time("import httpx", runs) - bare, "import httpx", None
    else:
        theirs, name, goal = (
            start_time("import infobip_api_client", runs) - bare,
            "import infobip_api_client",
            "<= 1.0",
        )
    return [
        Result(
            name="import time",
            ours=ours,
            baseline=theirs,
            unit="s",
            baseline_name=name,
            goal=goal,
        )
    ]
