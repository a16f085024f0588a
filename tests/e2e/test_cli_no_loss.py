"""No Infobip report is lost in the CLI: rows stream out as they arrive, each report is
acknowledged only once its row is out, the journal is on by default, and a drain cut short
(a failure, Ctrl-C, a kill) prints every report exactly once across runs, any repeat marked."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from pytest_httpx import HTTPXMock
from typer.testing import CliRunner

from mailstatus import APIConnectionError, ReportJournal, V1ReportJournal
from mailstatus.cli.app import app
from mailstatus.sandbox import Faults, SandboxServer, environment
from mailstatus.sandbox.data import INFOBIP_BULK, INFOBIP_LARGE_BULK

pytestmark = pytest.mark.slow  # sandboxes, subprocesses, killed consumers

runner = CliRunner()


@pytest.fixture
def sandbox_env(monkeypatch: pytest.MonkeyPatch) -> Any:
    with SandboxServer() as sandbox:
        for name, value in environment(sandbox.base_url).items():
            monkeypatch.setenv(name, value)
        yield sandbox


def rows(out: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in out.splitlines()]


def ids(out: str) -> list[str]:
    return [row["message_id"] for row in rows(out)]


def journals() -> list[Path]:
    return sorted(Path(os.environ["XDG_STATE_HOME"], "mailstatus").glob("infobip-*.db"))


def test_the_journal_is_on_by_default_one_per_account(sandbox_env: SandboxServer) -> None:
    """One journal per account: Infobip base URLs are per account, and the user or OAuth2
    client tells apart who uses a shared one. Nothing secret goes into the name, so a rotated
    key keeps its journal."""
    args = ["infobip", "reports", "--bulk-id", INFOBIP_BULK, "--all", "-f", "jsonl"]
    done = runner.invoke(app, args)
    assert done.exit_code == 0, done.stderr
    assert len(ids(done.stdout)) == 120
    (journal,) = journals()
    assert journal.name == "infobip-v4-127.0.0.1.db"
    with ReportJournal(journal) as kept:
        assert kept.counts() == (120, 0)
    done = runner.invoke(app, [*args, "--api-key", "a-rotated-key"])  # refused, same journal
    assert done.exit_code == 1
    assert journals() == [journal]
    oauth2 = ["--client-id", "sandbox-client", "--client-secret", "sandbox-client-secret"]
    done = runner.invoke(app, ["infobip", "reports", "--bulk-id", INFOBIP_BULK, *oauth2])
    assert done.exit_code == 0, done.stderr
    assert [j.name for j in journals()] == [
        "infobip-v4-127.0.0.1-sandbox-client.db",
        journal.name,
    ]
    assert all("secret" not in j.name and "key" not in j.name for j in journals())


def test_v1_keeps_its_journal_and_a_v4_run_says_what_waits_there(
    sandbox_env: SandboxServer,
) -> None:
    """v1 journals keep the name they had before v4 (what waits in them is not orphaned), and
    a v4 run, which does not read them, says how many reports wait there unprinted."""
    args = ["infobip", "reports", "--bulk-id", INFOBIP_BULK, "--limit", "7", "-f", "jsonl"]
    done = runner.invoke(app, [*args, "--api-version", "v1"])
    assert done.exit_code == 0, done.stderr
    (journal,) = journals()
    assert journal.name == "infobip-127.0.0.1.db"
    lost = [{"messageId": f"lost-{n}", "status": {"groupId": 3, "id": 5}} for n in (1, 2)]
    with V1ReportJournal(journal) as kept:  # as a killed run leaves it: 2 fetched, unprinted
        kept.record_batch(json.dumps({"results": lost}).encode())
    done = runner.invoke(app, args)
    assert done.exit_code == 0, done.stderr
    assert f"the v1 journal {journal} still holds 2 report(s) not printed" in done.stderr
    assert "--api-version v1" in done.stderr
    done = runner.invoke(app, [*args, "--api-version", "v1"])
    assert done.exit_code == 0, done.stderr
    assert ids(done.stdout)[:2] == ["lost-1", "lost-2"]


def test_no_journal_warns(sandbox_env: SandboxServer) -> None:
    args = [
        "infobip",
        "reports",
        "--all",
        "--normalized",
        "--bulk-id",
        INFOBIP_BULK,
        "--no-journal",
    ]
    done = runner.invoke(app, args)
    assert done.exit_code == 0
    assert done.stderr.startswith("warning: no journal")
    assert journals() == []
    done = runner.invoke(app, ["infobip", "reports", "--no-journal", "--journal", "x.db"])
    assert done.exit_code == 2
    assert "exclude each other" in done.stderr


def test_a_failure_midway_keeps_the_rest_for_the_next_run(
    sandbox_env: SandboxServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mailstatus import _client

    sent = _client.SyncAPIClient._send_once
    calls = {"n": 0}

    def failing_from_the_fourth(self: Any, request: Any) -> Any:
        calls["n"] += 1
        if calls["n"] >= 4:
            raise APIConnectionError("infobip: no answer", provider="infobip", request=request)
        return sent(self, request)

    monkeypatch.setattr(_client.SyncAPIClient, "_send_once", failing_from_the_fourth)
    args = [
        "infobip",
        "reports",
        "--bulk-id",
        INFOBIP_BULK,
        "--limit",
        "25",
        "--all",
        "-f",
        "jsonl",
    ]
    done = runner.invoke(app, args)
    assert done.exit_code == 1
    first = ids(done.stdout)
    assert len(first) == 75  # three batches, printed as they came
    lines = done.stderr.splitlines()
    assert lines[0].startswith("stopped after 75 report(s) printed; anything fetched and not")
    assert lines[1].startswith("error: infobip: no answer")
    monkeypatch.setattr(_client.SyncAPIClient, "_send_once", sent)
    done = runner.invoke(app, args)
    assert done.exit_code == 0
    second = ids(done.stdout)
    assert sorted(first + second) == [f"{INFOBIP_BULK}-msg-{n:05d}" for n in range(120)]


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "json", "table"])
def test_ctrl_c_waits_for_the_row_being_written(
    sandbox_env: SandboxServer, monkeypatch: pytest.MonkeyPatch, fmt: str
) -> None:
    """SIGINT arrives while row 10 (or the first table) is being written: that row is finished,
    flushed and acknowledged, and nothing after it is printed."""
    from mailstatus.cli import output

    writer = {
        "jsonl": output.JsonLines,
        "csv": output.Csv,
        "json": output.JsonArray,
        "table": output.Tables,
    }[fmt]
    written = writer.write
    count = {"n": 0}

    def interrupted_at_ten(self: Any, chunk: Any) -> None:
        count["n"] += len(chunk)
        if count["n"] >= 10 and not count.get("sent"):
            count["sent"] = 1
            os.kill(os.getpid(), signal.SIGINT)  # lands mid-write
        written(self, chunk)

    monkeypatch.setattr(writer, "write", interrupted_at_ten)
    args = ["infobip", "reports", "--bulk-id", INFOBIP_BULK, "--limit", "50", "--all", "-f", fmt]
    done = runner.invoke(app, args)
    assert done.exit_code == 130
    assert "stopped after" in done.stderr
    printed = 10 if fmt != "table" else 50
    (journal,) = journals()
    with ReportJournal(journal) as kept:
        # Printed means acknowledged; the rest of the batch in hand waits in the journal.
        assert kept.counts() == (printed, 50 - printed)
    if fmt == "json":
        assert len(json.loads(done.stdout)) == 10  # the array is closed
    if fmt == "jsonl":
        assert len(ids(done.stdout)) == 10
    monkeypatch.setattr(writer, "write", written)
    done = runner.invoke(app, [*args[:-2], "-f", "jsonl"])
    assert done.exit_code == 0
    assert len(ids(done.stdout)) == 120 - printed


BAD = {"messageId": "bad-1", "status": {"groupId": "3"}}  # a group id of the wrong type


def good(n: int) -> dict[str, Any]:
    return {"messageId": f"good-{n}", "status": {"groupId": 3, "id": 5}}


@pytest.mark.parametrize("journaled", [True, False])
def test_unreadable_reports_are_shown_kept_and_the_drain_goes_on(
    httpx_mock: HTTPXMock, monkeypatch: pytest.MonkeyPatch, journaled: bool
) -> None:
    monkeypatch.setenv("INFOBIP_BASE_URL", "https://acme.api.infobip.com")
    monkeypatch.setenv("INFOBIP_API_KEY", "k")
    httpx_mock.add_response(json={"results": [good(1), BAD, good(2)]})
    httpx_mock.add_response(json={"results": [good(3)]})
    httpx_mock.add_response(json={"results": []})
    args = ["infobip", "reports", "--all", "-f", "jsonl"] + ([] if journaled else ["--no-journal"])
    done = runner.invoke(app, args)
    assert done.exit_code == 1
    assert ids(done.stdout) == ["good-1", "good-2", "good-3"]
    assert done.stderr.splitlines()[-1] == "error: 1 report(s) could not be read " + (
        "(kept in the journal)" if journaled else "(shown above)"
    )
    if journaled:
        (journal,) = journals()
        assert str(journal) in done.stderr
        with ReportJournal(journal) as kept:
            (quarantined,) = kept.quarantined()
        assert json.loads(quarantined.raw) == BAD
    else:
        assert json.dumps(BAD, separators=(",", ":")) in done.stderr.replace("\n", "")


def start_cli(args: list[str], env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", "from mailstatus.cli import main; main()", *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )


def run_cli(
    args: list[str], env: dict[str, str], interrupt_after: int | None = None
) -> tuple[int, list[dict[str, Any]]]:
    """Run the command; with `interrupt_after`, send SIGINT once that many rows came out."""
    out = []
    with start_cli(args, env) as process:
        assert process.stdout is not None
        for line in process.stdout:
            out.append(json.loads(line))
            if interrupt_after is not None and len(out) == interrupt_after:
                process.send_signal(signal.SIGINT)
    return process.returncode, out


def test_a_faulty_drain_interrupted_then_resumed_prints_every_report_once() -> None:
    """45 % of requests answered 503 and default retries: runs fail midway or are interrupted,
    and are run again until one finishes. Across them, each of the 2,000 reports is printed
    exactly once (a repeat would have to be marked possible_repeat)."""
    faults = Faults(error_rate=0.45, seed=20261125)
    with SandboxServer(faults=faults) as sandbox:
        env = {
            **os.environ,
            **environment(sandbox.base_url),
            "PYTHONPATH": os.pathsep.join(sys.path),
        }
        args = [
            "infobip",
            "reports",
            "--bulk-id",
            INFOBIP_LARGE_BULK,
            "--limit",
            "250",
            "--all",
            "-f",
            "jsonl",
        ]
        printed: list[dict[str, Any]] = []
        codes = []
        code, out = run_cli(args, env, interrupt_after=300)
        codes.append(code)
        printed += out
        for _ in range(30):
            code, out = run_cli(args, env)
            codes.append(code)
            printed += out
            if code == 0:
                break
    assert codes[0] in (130, 1)  # interrupted (or failed before the signal came)
    assert codes[-1] == 0
    counts = Counter(row["message_id"] for row in printed)
    assert set(counts) == {f"{INFOBIP_LARGE_BULK}-msg-{n:05d}" for n in range(2000)}
    repeats = [row for row in printed if counts[row["message_id"]] > 1]
    assert all(row["possible_repeat"] for row in repeats[1::2])
    assert max(counts.values()) <= 2


def test_killed_consumers_repeat_only_marked_rows() -> None:
    """SIGKILL at random moments: the row being written when the process died may come again,
    marked possible_repeat; nothing is lost and nothing else repeats."""
    rng = random.Random(7)
    with SandboxServer() as sandbox:
        env = {
            **os.environ,
            **environment(sandbox.base_url),
            "PYTHONPATH": os.pathsep.join(sys.path),
        }
        args = [
            "infobip",
            "reports",
            "--bulk-id",
            INFOBIP_BULK,
            "--limit",
            "10",
            "--all",
            "-f",
            "jsonl",
        ]
        printed: list[dict[str, Any]] = []
        for _ in range(6):
            stop = rng.randint(1, 15)
            with start_cli(args, env) as process:
                assert process.stdout is not None
                for n, line in enumerate(process.stdout, 1):
                    printed.append(json.loads(line))
                    if n == stop:
                        process.kill()
                        break
                printed += [json.loads(line) for line in process.stdout]
        code, out = run_cli(args, env)
        printed += out
    assert code == 0
    counts = Counter(row["message_id"] for row in printed)
    assert set(counts) == {f"{INFOBIP_BULK}-msg-{n:05d}" for n in range(120)}
    seen: set[str] = set()
    for row in printed:
        if row["message_id"] in seen:
            assert row["possible_repeat"], row
        seen.add(row["message_id"])


def test_ctrl_c_during_a_fetch_waits_for_the_batch_to_be_journaled(
    sandbox_env: SandboxServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Once Infobip has answered, the batch is gone from it: a first Ctrl-C while the request
    is in flight lets the batch reach the journal, then stops before printing it."""
    from mailstatus import _client

    sent = _client.SyncAPIClient._send_once

    def interrupted_in_flight(self: Any, request: Any) -> Any:
        os.kill(os.getpid(), signal.SIGINT)  # lands while the answer is on its way
        return sent(self, request)

    monkeypatch.setattr(_client.SyncAPIClient, "_send_once", interrupted_in_flight)
    args = [
        "infobip",
        "reports",
        "--bulk-id",
        INFOBIP_BULK,
        "--limit",
        "50",
        "--all",
        "-f",
        "jsonl",
    ]
    done = runner.invoke(app, args)
    assert done.exit_code == 130
    assert done.stdout == ""
    assert "stopping once the batch in flight is journaled" in done.stderr
    (journal,) = journals()
    with ReportJournal(journal) as kept:
        assert kept.counts() == (0, 50)  # the batch is in the journal, none printed
    monkeypatch.setattr(_client.SyncAPIClient, "_send_once", sent)
    done = runner.invoke(app, args)
    assert sorted(ids(done.stdout)) == [f"{INFOBIP_BULK}-msg-{n:05d}" for n in range(120)]


def test_a_row_that_failed_to_print_comes_back_marked(
    sandbox_env: SandboxServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The disk filled up (or the pipe closed) while row 5 was written: part of it may be out,
    so it comes back marked possible_repeat."""
    from mailstatus.cli import output

    written = output.JsonLines.write
    count = {"n": 0}

    def failing_at_five(self: Any, rows_: Any) -> None:
        count["n"] += 1
        if count["n"] == 5:
            raise OSError(28, "No space left on device")
        written(self, rows_)

    monkeypatch.setattr(output.JsonLines, "write", failing_at_five)
    args = ["infobip", "reports", "--bulk-id", INFOBIP_BULK, "--limit", "50", "-f", "jsonl"]
    done = runner.invoke(app, args)
    assert done.exit_code == 1
    assert done.stderr.splitlines()[-1] == "error: No space left on device"
    assert len(ids(done.stdout)) == 4
    monkeypatch.setattr(output.JsonLines, "write", written)
    done = runner.invoke(app, args)
    again = rows(done.stdout)
    assert again[0]["message_id"] == f"{INFOBIP_BULK}-msg-00004"
    assert again[0]["possible_repeat"] is True
    assert not any(row["possible_repeat"] for row in again[1:])


def test_table_cells_are_shown_as_sent_never_as_markup(
    httpx_mock: HTTPXMock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("INFOBIP_BASE_URL", "https://acme.api.infobip.com")
    monkeypatch.setenv("INFOBIP_API_KEY", "k")
    monkeypatch.setenv("COLUMNS", "250")
    httpx_mock.add_response(json={"results": [{"messageId": "[b]bold[/b]", "to": "[/x]"}]})
    done = runner.invoke(app, ["infobip", "reports"])
    assert done.exit_code == 0, done.stderr
    assert "[b]bold[/b]" in done.stdout
    assert "[/x]" in done.stdout


def test_a_batch_with_an_unreadable_report_served_forever_ends_without_a_journal(
    httpx_mock: HTTPXMock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("INFOBIP_BASE_URL", "https://acme.api.infobip.com")
    monkeypatch.setenv("INFOBIP_API_KEY", "k")
    httpx_mock.add_response(json={"results": [good(1), BAD]}, is_reusable=True)
    done = runner.invoke(app, ["infobip", "reports", "--all", "--no-journal", "-f", "jsonl"])
    assert done.exit_code == 1
    assert ids(done.stdout) == ["good-1"]
    assert "twice" in done.stderr
    assert len(httpx_mock.get_requests()) == 2
