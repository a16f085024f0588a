"""Every Python example in README.md type-checks under `mypy --strict`, as a user's code would be
checked. A block marked `<!-- continues the example above -->` is checked together with the one
before it (it uses its names)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import ROOT

pytestmark = pytest.mark.slow  # mypy over every example

CONTINUES = "<!-- continues the example above -->"


def examples(text: str) -> list[tuple[int, str]]:
    """(line, code) of each example, continued blocks joined to the one before."""
    found: list[tuple[int, str]] = []
    for match in re.finditer(r"(<!--[^>]*-->\n)?```python\n(.*?)```", text, re.S):
        line = text.count("\n", 0, match.start(2)) + 1
        if match.group(1) and match.group(1).strip() == CONTINUES and found:
            first, code = found.pop()
            found.append((first, code + "\n" + match.group(2)))
        else:
            found.append((line, match.group(2)))
    return found


def test_continued_blocks_are_joined() -> None:
    text = f"```python\nx = 1\n```\n{CONTINUES}\n```python\ny = x\n```\n```python\nz = 2\n```\n"
    assert examples(text) == [(2, "x = 1\n\ny = x\n"), (9, "z = 2\n")]


def test_the_readme_examples_type_check(tmp_path: Path) -> None:
    found = examples((ROOT / "README.md").read_text(encoding="utf-8"))
    assert len(found) >= 10
    for line, code in found:
        (tmp_path / f"readme_line_{line}.py").write_text(code, encoding="utf-8")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-incremental",
            "--config-file",
            os.devnull,
            str(tmp_path),
        ],
        env={
            **os.environ,
            "MYPYPATH": os.pathsep.join([str(ROOT / "wrapper"), str(ROOT / "generated")]),
        },
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stdout
