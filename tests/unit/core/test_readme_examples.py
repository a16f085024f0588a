"""Every Python example in README.md and docs/ type-checks under `mypy --strict`, as a user's code
would be checked. A block marked `<!-- continues the example above -->` is checked together with
the one before it (it uses its names); `tests/doc_examples.py` reads them."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.doc_examples import CONTINUES, RUNS, Example, all_examples, examples, shown_in
from tests.helpers import ROOT

pytestmark = pytest.mark.slow  # mypy over every example


def test_continued_blocks_are_joined() -> None:
    text = f"```python\nx = 1\n```\n{CONTINUES}\n```python\ny = x\n```\n```python\nz = 2\n```\n"
    assert examples(text) == [
        Example("text:2", "python", "x = 1\n\ny = x\n"),
        Example("text:9", "python", "z = 2\n"),
    ]


def test_runnable_blocks_and_their_output_are_read() -> None:
    text = (
        f"{RUNS}\n```python\nprint(1)\n```\n\n```text\n1\n```\n"
        f"```console\n$ mailstatus --help\n```\n{RUNS}\n```console\n$ mailstatus --version\n```\n"
        "```sh\nmake demo\n```\n```python\nx = 1\n```\n"
    )
    assert examples(text) == [
        Example("text:3", "python", "print(1)\n", runs=True, output="1\n"),
        Example("text:14", "console", "$ mailstatus --version\n", runs=True),
        Example("text:20", "python", "x = 1\n"),
    ]


@pytest.mark.parametrize(
    ("shown", "printed", "expected"),
    [
        ("a\nb\n", "a\nb\nc\n", True),
        ("b\n", "a\nb\n", False),  # shown output starts at the first line
        ("a\n...\nc\n", "a\nb\nc\n", True),
        ("...\nc\nb\n", "a\nb\nc\n", False),  # in order
        ("a\n...\nb\nd\n", "a\nb\nc\nd\n", False),  # lines between two `...` are consecutive
        ("a  \n", "a\n", True),
    ],
)
def test_shown_output_is_matched_in_order(shown: str, printed: str, expected: bool) -> None:
    assert shown_in(shown, printed) is expected


def test_every_page_is_read() -> None:
    where = {example.where.split(":")[0] for example in all_examples()}
    assert {"README.md", "docs/clients.md", "docs/providers/infobip.md"} <= where


def test_the_examples_type_check(tmp_path: Path) -> None:
    found = [example for example in all_examples() if example.language == "python"]
    assert len(found) >= 12
    for example in found:
        name = re.sub(r"\W", "_", example.where.removesuffix(".md").replace(".md:", "_line_"))
        (tmp_path / f"{name.lower()}.py").write_text(example.code, encoding="utf-8")
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
