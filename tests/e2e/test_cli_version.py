"""One version, three ways to ask for it: the package metadata, `mailstatus --version` and
`python -m mailstatus --version` (each a process of its own, as a user runs it)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pytest

import mailstatus


@pytest.mark.parametrize(
    "command",
    [
        [sys.executable, "-m", "mailstatus", "--version"],
        [str(Path(sys.executable).parent / "mailstatus"), "--version"],
    ],
    ids=["python -m", "script"],
)
def test_the_version_is_the_packages(command: list[str]) -> None:
    if not shutil.which(command[0]):
        pytest.fail(f"{command[0]} is not installed")
    done = subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"mailstatus {metadata.version('mailstatus')}\n"
    assert mailstatus.__version__ == metadata.version("mailstatus")
