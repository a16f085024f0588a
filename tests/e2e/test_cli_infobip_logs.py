"""`mailstatus infobip logs` against the sandbox: every format, one page or the cursor's every
page, the filters, normalized rows, and output that stays well-formed when a walk fails."""

from __future__ import annotations

import csv
import datetime
import io
import json
import os
import signal
from typing import Any

import pytest
from typer.testing import CliRunner

from mailstatus import APIConnectionError
from mailstatus.cli.app import app
from mailstatus.sandbox import SandboxServer, credentials
from mailstatus.sandbox.data import INFOBIP_BULK, INFOBIP_LARGE_BULK

pytestmark = pytest.mark.slow  # the CLI against a sandbox per test

runner = CliRunner()
MESSAGES = 2000 + 120  # the sandbox's two bulks
COLUMNS = ["message_id", "bulk_id", "sender", "to", "status_group", "status", "error"]
COLUMNS += ["sent_at", "done_at"]


def logs(*args: str) -> list[dict[str, Any]]:
    """The rows of `infobip logs` as JSON lines; the command must succeed."""
    done = runner.invoke(app, ["infobip", "logs", *args, "-f", "jsonl"])
    assert (done.exit_code, done.stderr) == (0, "")
    return [json.loads(line) for line in done.stdout.splitlines()]


@pytest.mark.parametrize("fmt", ["table", "json", "jsonl", "csv"])
def test_one_page_in_every_format(
    sandbox_env: SandboxServer, monkeypatch: pytest.MonkeyPatch, fmt: str
) -> None:
    monkeypatch.setenv("COLUMNS", "250")  # wide enough that no cell folds
    done = runner.invoke(
        app, ["infobip", "logs", "--bulk-id", INFOBIP_BULK, "--limit", "20", "-f", fmt]
    )
    assert done.exit_code == 0
    if fmt == "json":
        rows = json.loads(done.stdout)
    elif fmt == "jsonl":
        rows = [json.loads(line) for line in done.stdout.splitlines()]
    elif fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(done.stdout)))
    else:
        assert done.stdout.startswith("Infobip logs")
        assert f"\n{INFOBIP_BULK}-msg-00019  " in done.stdout
        assert f"{INFOBIP_BULK}-msg-00020" not in done.stdout
        return
    assert [row["message_id"] for row in rows] == [f"{INFOBIP_BULK}-msg-{n:05d}" for n in range(20)]
    assert list(rows[0]) == COLUMNS
    assert {row["sender"] for row in rows} == {"sandbox@mailstatus.example"}


def test_all_follows_the_cursor_to_every_message_once(sandbox_env: SandboxServer) -> None:
    ids = [row["message_id"] for row in logs("--all", "--limit", "700")]
    assert len(ids) == len(set(ids)) == MESSAGES


def test_without_all_one_page(sandbox_env: SandboxServer) -> None:
    assert len(logs()) == 50  # Infobip's default limit
    assert len(logs("--limit", "700")) == 700


def test_list_filters_and_the_status_group(sandbox_env: SandboxServer) -> None:
    both = ["--bulk-id", INFOBIP_BULK, "--bulk-id", INFOBIP_LARGE_BULK]
    delivered = logs(*both, "--general-status", "DELIVERED", "--all", "--limit", "1000")
    assert 0 < len(delivered) < MESSAGES
    assert {row["status_group"] for row in delivered} == {"DELIVERED"}
    assert {row["bulk_id"] for row in delivered} == {INFOBIP_BULK, INFOBIP_LARGE_BULK}
    wanted = [f"{INFOBIP_BULK}-msg-00003", f"{INFOBIP_LARGE_BULK}-msg-01999"]
    picked = logs("--message-id", wanted[0], "--message-id", wanted[1])
    assert sorted(row["message_id"] for row in picked) == wanted
    assert len(logs("--campaign-reference-id", "sandbox-campaign", "--limit", "5")) == 5
    assert logs("--campaign-reference-id", "another", "--campaign-reference-id", "more") == []


def test_the_other_filters(sandbox_env: SandboxServer) -> None:
    first = logs("--bulk-id", INFOBIP_BULK, "--limit", "1")[0]
    sent = datetime.datetime.fromisoformat(first["sent_at"])
    window = [
        "--sent-since",
        sent.isoformat(),
        "--sent-until",
        (sent + datetime.timedelta(seconds=10)).astimezone(datetime.UTC).isoformat(),
    ]
    assert len(logs("--bulk-id", INFOBIP_BULK, *window)) == 10  # one a second
    assert logs("--sent-since", "2100-01-01T00:00:00Z") == []
    one = logs("--destination", first["to"], "--bulk-id", INFOBIP_BULK)
    assert [row["message_id"] for row in one] == [first["message_id"]]
    platform = ["--entity-id", "sandbox-entity", "--application-id", "sandbox-application"]
    assert len(logs(*platform, "--sender", first["sender"], "--limit", "3")) == 3
    assert logs("--entity-id", "another") == []


def test_normalized_rows_are_the_same_logs(sandbox_env: SandboxServer) -> None:
    options = ["--bulk-id", INFOBIP_BULK, "--all", "--limit", "50"]
    raw = logs(*options)
    statuses = logs(*options, "--normalized")
    assert len(statuses) == 120
    assert [row["message_id"] for row in statuses] == [row["message_id"] for row in raw]
    assert [row["recipient"] for row in statuses] == [row["to"] for row in raw]
    assert {row["provider"] for row in statuses} == {"infobip"}
    delivered = [row for row in statuses if row["raw_state"].startswith("DELIVERED/")]
    assert delivered
    assert {row["state"] for row in delivered} == {"DELIVERED"}


def test_the_credential_options_of_every_scheme(sandbox_env: SandboxServer) -> None:
    oauth2 = ["--client-id", credentials.INFOBIP_CLIENT_ID]
    oauth2 += ["--client-secret", credentials.INFOBIP_CLIENT_SECRET]
    assert len(logs(*oauth2, "--limit", "3")) == 3
    ibsso = ["--username", credentials.INFOBIP_USER, "--password", credentials.INFOBIP_PASSWORD]
    assert len(logs(*ibsso, "--ibsso", "--limit", "3")) == 3


def test_a_walk_that_fails_midway_leaves_valid_json(
    sandbox_env: SandboxServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mailstatus import _client

    sent = _client.SyncAPIClient._send_once
    calls = {"n": 0}

    def failing_from_the_third(self: Any, request: Any) -> Any:
        calls["n"] += 1
        if calls["n"] >= 3:
            raise APIConnectionError("infobip: no answer", provider="infobip", request=request)
        return sent(self, request)

    monkeypatch.setattr(_client.SyncAPIClient, "_send_once", failing_from_the_third)
    done = runner.invoke(app, ["infobip", "logs", "--all", "--limit", "100", "-f", "json"])
    assert done.exit_code == 1
    assert done.stderr == "error: infobip: no answer\n"
    assert len(json.loads(done.stdout)) == 200  # two pages printed, the array closed


def test_a_walk_that_fails_at_once_prints_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INFOBIP_BASE_URL", "http://127.0.0.1:9")
    monkeypatch.setenv("INFOBIP_API_KEY", "k")
    done = runner.invoke(app, ["infobip", "logs", "--all", "-f", "json"])
    assert (done.exit_code, done.stdout) == (1, "")
    assert done.stderr.startswith("error: infobip: no answer from 127.0.0.1")


def test_ctrl_c_waits_for_the_page_being_printed(
    sandbox_env: SandboxServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mailstatus.cli.output import JsonArray

    written = JsonArray.write

    def interrupted(self: JsonArray, rows: Any) -> None:
        os.kill(os.getpid(), signal.SIGINT)  # lands mid-write
        written(self, rows)

    monkeypatch.setattr(JsonArray, "write", interrupted)
    done = runner.invoke(app, ["infobip", "logs", "--all", "--limit", "100", "-f", "json"])
    assert done.exit_code == 130
    assert done.stderr.splitlines() == [
        "stopping once this page is printed; Ctrl-C again to stop at once",
        "interrupted",
    ]
    assert len(json.loads(done.stdout)) == 100  # the page finished, the array closed
