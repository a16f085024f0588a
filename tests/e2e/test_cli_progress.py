"""The progress line of the paging commands, against the sandbox: what it knows (the page of how
many, the items of how many, the rate), on stderr, and only when stderr is a terminal."""

from __future__ import annotations

import json
import re

import pytest
from typer.testing import CliRunner

from mailstatus.cli import console
from mailstatus.cli.app import app
from mailstatus.sandbox import SandboxServer
from mailstatus.sandbox.data import NCP_LARGE_REQUEST

pytestmark = pytest.mark.slow  # the CLI against a sandbox

runner = CliRunner()
#: Rich takes stderr for a terminal (80 columns wide).
TERMINAL = {"TTY_COMPATIBLE": "1", "COLUMNS": "80"}
WINDOW = ["--since", "2018-01-01T00:00:00+09:00", "--until", "2027-01-01T00:00:00+09:00"]
CONTROL = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


@pytest.fixture(autouse=True)
def interactive(monkeypatch: pytest.MonkeyPatch) -> None:
    """The console draws a live line on a terminal: Rich decides that once, when the console is
    made (at import, here in a test run whose stderr is no terminal)."""
    monkeypatch.setattr(console.stderr, "is_interactive", True)


def frames(*args: str) -> tuple[list[str], list[dict[str, object]]]:
    """Each state the progress line was drawn in (its text), and the rows printed."""
    result = runner.invoke(app, [*args, "-f", "jsonl"], env=TERMINAL)
    assert result.exit_code == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    drawn = CONTROL.sub("", result.stderr).replace("\r", "\n").splitlines()
    return [line.strip() for line in drawn if line.strip()], rows


def test_v1_pages_show_the_page_of_how_many_and_the_mails_of_how_many(
    sandbox_env: SandboxServer,
) -> None:
    drawn, rows = frames("ncp", "mails", NCP_LARGE_REQUEST, "--all", "--size", "500", "--api", "v1")
    assert len(rows) == 2500
    for page in range(1, 6):
        assert any(f"mails {page * 500:,} of 2,500  page {page} of 5" in line for line in drawn)
    last = drawn[-1]
    done = r"(\S )?mails 2,500 of 2,500  page 5 of 5  [\d,]+/s \d:\d\d:\d\d"
    assert re.fullmatch(done, last), last


def test_v2_pages_show_what_sens_says(sandbox_env: SandboxServer) -> None:
    # SENS publishes neither the count of pages nor of mails: the page and the mails so far.
    drawn, rows = frames("ncp", "mails", NCP_LARGE_REQUEST, "--all", "--size", "500", "--api", "v2")
    assert len(rows) == 2500
    for page in range(1, 6):
        assert any(re.search(rf"mails {page * 500:,}  page {page}\b", line) for line in drawn)
    assert not any(" of " in line for line in drawn)


def test_requests_show_the_total(sandbox_env: SandboxServer) -> None:
    drawn, rows = frames("ncp", "requests", *WINDOW, "--all", "--size", "2", "--api", "v1")
    pages = -(-len(rows) // 2)
    assert pages > 1
    assert f"requests {len(rows):,} of {len(rows):,}  page {pages} of {pages}" in drawn[-1]


def test_infobip_logs_count_the_pages(sandbox_env: SandboxServer) -> None:
    drawn, rows = frames("infobip", "logs", "--all", "--limit", "500")
    pages = -(-len(rows) // 500)
    assert pages > 1
    assert re.search(rf"logs {len(rows):,}  page {pages}\b", drawn[-1])


def test_nothing_is_drawn_when_stderr_is_not_a_terminal(sandbox_env: SandboxServer) -> None:
    args = ["ncp", "mails", NCP_LARGE_REQUEST, "--all", "--size", "500", "-f", "jsonl"]
    result = runner.invoke(app, args, env={"TTY_COMPATIBLE": None, "FORCE_COLOR": None})
    assert result.exit_code == 0
    assert result.stderr == ""
    assert len(result.stdout.splitlines()) == 2500
