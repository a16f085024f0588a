"""The examples README.md and docs/ mark `<!-- runs against the sandbox -->` run as a reader would
run them: each in a process of its own, in an empty folder, with the environment variables that
`mailstatus sandbox` prints for a fresh sandbox. Each exits 0 and prints; what the page shows it
printing (a `text` block after a Python example, the lines after a `$` command) is what it printed.
"""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from mailstatus.sandbox import SandboxServer, environment
from tests.doc_examples import Example, all_examples, shown_in

pytestmark = pytest.mark.slow  # a sandbox and a Python process per example

RUNNABLE = [example for example in all_examples() if example.runs]
# The README's table is shown as a terminal of this width prints it.
COLUMNS = "100"


def commands(console: str) -> list[tuple[str, str]]:
    """A console block's `$` commands, each with the output shown after it."""
    found: list[tuple[str, str]] = []
    for line in console.splitlines(keepends=True):
        if line.startswith("$ "):
            found.append((line[2:].strip(), ""))
        elif found:
            found[-1] = (found[-1][0], found[-1][1] + line)
    return found


def run(argv: list[str], env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run one example's process, output captured."""
    return subprocess.run(
        argv, env=env, cwd=cwd, capture_output=True, text=True, timeout=120, check=False
    )


def test_the_docs_have_runnable_examples_of_each_kind() -> None:
    assert {example.language for example in RUNNABLE} == {"python", "console"}
    assert any(example.where.startswith("README.md") for example in RUNNABLE)
    assert len(RUNNABLE) >= 8


@pytest.mark.parametrize("example", RUNNABLE, ids=[example.where for example in RUNNABLE])
def test_the_example_runs_against_the_sandbox(
    example: Example, mailstatus_sandbox: SandboxServer, tmp_path: Path
) -> None:
    bin_dir = Path(sys.executable).parent
    env = {
        **os.environ,
        **environment(mailstatus_sandbox.base_url),
        "PATH": os.pathsep.join([str(bin_dir), os.environ.get("PATH", "")]),
        "COLUMNS": COLUMNS,
        "NO_COLOR": "1",
    }
    if example.language == "python":
        done = run([sys.executable, "-c", example.code], env, tmp_path)
        assert done.returncode == 0, done.stderr
        assert done.stdout.strip(), "the example printed nothing"
        if example.output is not None:
            assert shown_in(example.output, done.stdout), done.stdout
        return
    assert commands(example.code)
    for command, shown in commands(example.code):
        argv = shlex.split(command)
        assert argv[0] == "mailstatus", command
        done = run([str(bin_dir / "mailstatus"), *argv[1:]], env, tmp_path)
        assert done.returncode == 0, f"{command}: {done.stderr}"
        assert done.stdout.strip(), f"{command} printed nothing"
        assert shown_in(shown, done.stdout), f"{command} printed:\n{done.stdout}"
