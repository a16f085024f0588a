"""`mailstatus ncp mail`, `ncp request`, `ncp requests` and `ncp mails --recipients` against the
sandbox, on v1 and SENS mail v2: rows in every format, waiting for a request, the API each
command picks, and one-line failures."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from typer.testing import CliRunner

from mailstatus.cli.app import app
from mailstatus.cli.ncp import Api, _api
from mailstatus.sandbox import Faults, SandboxServer, environment
from mailstatus.sandbox.data import (
    NCP_FINISHED_REQUEST,
    NCP_LARGE_REQUEST,
    NCP_LIVE_MAILS,
    NCP_LIVE_REQUEST,
    NCP_SEED_MAIL,
    NCP_SEED_REQUEST,
    NCP_SENS_SEED_MAIL,
    NCP_SENS_SEED_REQUEST,
    NCP_SMALL_REQUEST,
)

pytestmark = pytest.mark.slow  # the CLI against sandboxes

runner = CliRunner()
RECIPIENT_COLUMNS = [
    "mail_id",
    "address",
    "type",
    "status",
    "received",
    "retry_count",
    "smtp_reply",
    "result_code",
    "received_at",
]
STATUS_COLUMNS = [
    "provider",
    "message_id",
    "recipient",
    "state",
    "final",
    "raw_state",
    "submitted_at",
    "done_at",
    "error_code",
    "reason",
]
WINDOW = ["--since", "2018-01-01T00:00:00+09:00", "--until", "2027-01-01T00:00:00+09:00"]
EVERY_REQUEST = {
    NCP_LARGE_REQUEST,
    NCP_SMALL_REQUEST,
    NCP_SEED_REQUEST,
    NCP_FINISHED_REQUEST,
    NCP_SENS_SEED_REQUEST,
    NCP_LIVE_REQUEST,
}


@pytest.fixture(scope="module")
def sandbox() -> Iterator[SandboxServer]:
    with SandboxServer() as server:
        yield server


@pytest.fixture
def env(sandbox: SandboxServer, monkeypatch: pytest.MonkeyPatch) -> SandboxServer:
    """The environment that aims the CLI at the module's sandbox (v1 by NCP_MAILER_BASE_URL)."""
    for name, value in environment(sandbox.base_url).items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("COLUMNS", "250")  # wide enough that no cell folds
    return sandbox


def run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def ok(*args: str) -> str:
    code, out, err = run(*args)
    assert (code, err) == (0, ""), err
    return out


def jsonl(*args: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in ok(*args, "-f", "jsonl").splitlines()]


def csv_rows(*args: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(ok(*args, "-f", "csv"))))


def one_line_error(args: list[str], code: int) -> str:
    exit_code, out, err = run(*args)
    assert (exit_code, out) == (code, ""), err
    assert err.startswith("error: ")
    assert err.count("\n") == 1
    assert "Traceback" not in err
    return err


# ncp mail


def test_mail_gives_a_row_per_recipient_with_its_smtp_reply(env: SandboxServer) -> None:
    rows = jsonl("ncp", "mail", NCP_SEED_MAIL)
    assert len(rows) == 30
    assert list(rows[0]) == RECIPIENT_COLUMNS
    assert {row["mail_id"] for row in rows} == {NCP_SEED_MAIL}
    assert {row["type"] for row in rows} <= {"R", "C", "B"}
    failed = [row for row in rows if row["status"] == "F"]
    assert failed
    for row in failed:
        assert row["smtp_reply"][:3] == row["result_code"]
        assert row["received"] is False
        assert row["received_at"] is None
    delivered = [row for row in rows if row["status"] == "S"]
    assert delivered
    assert all(row["received"] and row["received_at"] for row in delivered)

    as_csv = csv_rows("ncp", "mail", NCP_SEED_MAIL)
    assert list(as_csv[0]) == RECIPIENT_COLUMNS
    assert [row["address"] for row in as_csv] == [row["address"] for row in rows]

    table = ok("ncp", "mail", NCP_SEED_MAIL)
    assert f"NCP mail {NCP_SEED_MAIL}" in table
    assert f"  {failed[0]['smtp_reply']}  " in table


def test_mail_normalized_carries_the_smtp_reply_and_result_code(env: SandboxServer) -> None:
    rows = jsonl("ncp", "mail", NCP_SEED_MAIL)
    statuses = jsonl("ncp", "mail", NCP_SEED_MAIL, "--normalized")
    assert list(statuses[0]) == STATUS_COLUMNS
    assert [s["recipient"] for s in statuses] == [row["address"] for row in rows]
    for status, row in zip(statuses, rows, strict=True):
        assert status["reason"] == row["smtp_reply"] or row["smtp_reply"] is None
        assert status["error_code"] == row["result_code"]
        assert status["raw_state"] == row["status"]


def test_mail_on_v2_takes_its_request(env: SandboxServer) -> None:
    args = ["ncp", "mail", NCP_SENS_SEED_MAIL, "--api", "v2", "--request-id"]
    rows = jsonl(*args, NCP_SENS_SEED_REQUEST)
    assert [(row["address"], row["status"]) for row in rows] == [("jane@example.com", "COMPLETED")]
    assert list(rows[0]) == RECIPIENT_COLUMNS
    [status] = jsonl(*args, NCP_SENS_SEED_REQUEST, "--normalized")
    assert (status["state"], status["final"], status["reason"]) == ("SENT", True, "250 2.0.0 OK")
    err = one_line_error(["ncp", "mail", NCP_SENS_SEED_MAIL, "--api", "v2"], 2)
    assert "--request-id" in err


def test_mail_on_v1_checks_the_request_given(env: SandboxServer) -> None:
    assert jsonl("ncp", "mail", NCP_SEED_MAIL, "--request-id", NCP_SEED_REQUEST)
    err = one_line_error(["ncp", "mail", NCP_SEED_MAIL, "--request-id", NCP_SMALL_REQUEST], 2)
    assert f"is of request {NCP_SEED_REQUEST}" in err


# ncp request


@pytest.mark.parametrize(
    ("api", "columns", "counts"),
    [
        (
            "v1",
            [
                "request_id",
                "done",
                "all_sent_success",
                "request_count",
                "sent_count",
                "finish_count",
                "ready_count",
                "by_status",
            ],
            "S=10 F=5 PF=5 U=2 C=2",
        ),
        (
            "v2",
            [
                "request_id",
                "done",
                "state",
                "request_count",
                "sent_count",
                "finish_count",
                "by_status",
            ],
            "COMPLETED=10 FAILED=7 PARTIAL_FAILED=5 CANCELED=2",
        ),
    ],
)
def test_request_gives_one_row_of_progress(
    env: SandboxServer, api: str, columns: list[str], counts: str
) -> None:
    args = ["ncp", "request", NCP_FINISHED_REQUEST, "--api", api]
    [row] = jsonl(*args)
    assert list(row) == columns
    assert (row["request_id"], row["done"], row["request_count"]) == (
        NCP_FINISHED_REQUEST,
        True,
        24,
    )
    assert row["finish_count"] == 24
    assert row["by_status"] == counts
    [as_csv] = csv_rows(*args)
    assert as_csv["by_status"] == counts
    assert as_csv["done"] == "True"
    table = ok(*args)
    assert f"NCP request {NCP_FINISHED_REQUEST}" in table
    assert f"  {counts}" in table


@pytest.mark.parametrize("api", ["v1", "v2"])
def test_request_wait_returns_once_done(monkeypatch: pytest.MonkeyPatch, api: str) -> None:
    with SandboxServer(ncp_finish_seconds=1.0) as sandbox:
        for name, value in environment(sandbox.base_url).items():
            monkeypatch.setenv(name, value)
        [before] = jsonl("ncp", "request", NCP_LIVE_REQUEST, "--api", api)
        assert before["done"] is False
        [row] = jsonl(
            "ncp", "request", NCP_LIVE_REQUEST, "--api", api, "--wait", "--deadline", "15",
            "--interval", "0.1",
        )  # fmt: skip
    assert row["done"] is True
    assert row["finish_count"] == row["request_count"] == NCP_LIVE_MAILS


def test_request_wait_past_the_deadline_is_one_line_and_exit_1(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with SandboxServer(ncp_finish_seconds=600.0) as sandbox:
        for name, value in environment(sandbox.base_url).items():
            monkeypatch.setenv(name, value)
        args = ["ncp", "request", NCP_LIVE_REQUEST, "--wait", "--deadline", "0.3"]
        err = one_line_error([*args, "--interval", "0.1", "-f", "jsonl"], 1)
    assert f"request {NCP_LIVE_REQUEST} is not done after 0.3 s" in err
    assert f"of {NCP_LIVE_MAILS} mails finished" in err


@pytest.mark.parametrize("option", ["--deadline", "--interval"])
def test_request_wait_options_go_with_wait(env: SandboxServer, option: str) -> None:
    err = one_line_error(["ncp", "request", NCP_FINISHED_REQUEST, option, "5"], 2)
    assert f"{option} goes with --wait" in err


# ncp requests


@pytest.mark.parametrize("api", ["v1", "v2"])
def test_requests_of_a_window_in_every_format(env: SandboxServer, api: str) -> None:
    args = ["ncp", "requests", *WINDOW, "--api", api]
    rows = jsonl(*args)
    assert {row["request_id"] for row in rows} == EVERY_REQUEST
    paged = jsonl(*args, "--all", "--size", "2")
    assert paged == rows
    assert len(jsonl(*args, "--size", "2")) == 2  # one page without --all
    as_csv = csv_rows(*args)
    assert [row["request_id"] for row in as_csv] == [row["request_id"] for row in rows]
    assert list(as_csv[0]) == list(rows[0])
    table = ok(*args)
    assert "NCP requests" in table
    assert f"\n{NCP_FINISHED_REQUEST}  " in table


@pytest.mark.parametrize(("api", "done"), [("v1", "PF"), ("v2", "PARTIAL_FAILED")])
def test_requests_window_and_status_reach_the_provider(
    env: SandboxServer, api: str, done: str
) -> None:
    january = ["--since", "2026-01-01T00:00:00+00:00", "--until", "2026-02-01T09:00:00+09:00"]
    rows = jsonl("ncp", "requests", *january, "--api", api)
    assert {row["request_id"] for row in rows} == {NCP_LARGE_REQUEST, NCP_SMALL_REQUEST}
    rows = jsonl("ncp", "requests", *WINDOW, "--api", api, "--status", done)
    assert rows
    assert {row["status"] for row in rows} == {done}


@pytest.mark.parametrize(
    ("since", "message"),
    [
        ("yesterday", "--since takes a moment"),
        ("2026-01-31T09:00:00", "with an offset"),
        ("2026-01-31", "not '2026-01-31'"),
    ],
)
def test_requests_refuse_a_moment_without_an_offset(
    env: SandboxServer, since: str, message: str
) -> None:
    args = ["ncp", "requests", "--since", since, "--until", "2026-02-01T00:00:00+09:00"]
    assert message in one_line_error(args, 2)


# ncp mails --recipients


def test_mails_recipients_give_a_row_per_recipient(env: SandboxServer) -> None:
    rows = jsonl("ncp", "mails", NCP_SEED_REQUEST, "--recipients")
    assert list(rows[0]) == RECIPIENT_COLUMNS
    assert len(rows) == 42  # 30 + 12 recipients of its two mails
    assert rows[:30] == jsonl("ncp", "mail", NCP_SEED_MAIL)
    as_csv = csv_rows("ncp", "mails", NCP_SEED_REQUEST, "--recipients")
    assert [row["address"] for row in as_csv] == [row["address"] for row in rows]
    table = ok("ncp", "mails", NCP_SEED_REQUEST, "--recipients")
    assert f"NCP request {NCP_SEED_REQUEST}" in table
    assert table.count("\nmail_id ") == 1  # one table: a hundred rows at a time


def test_mails_recipients_normalized_read_the_same_on_v1_and_v2(env: SandboxServer) -> None:
    args = ["ncp", "mails", NCP_FINISHED_REQUEST, "--recipients", "--normalized"]
    v1 = jsonl(*args, "--api", "v1")
    v2 = jsonl(*args, "--api", "v2")
    assert list(v1[0]) == STATUS_COLUMNS
    assert len(v1) == len(v2) > 24
    assert [(s["message_id"], s["recipient"]) for s in v1] == [
        (s["message_id"], s["recipient"]) for s in v2
    ]
    # The sandbox's v2 reads an unsubscribed recipient as FAILED; v1 as U. Without an SMTP
    # reply, v1's reason is the state's label and v2's is None.
    fields = ["state", "final", "error_code"]
    both = [(a, b) for a, b in zip(v1, v2, strict=True) if a["raw_state"] != "U"]
    assert [[a[f] for f in fields] for a, _ in both] == [[b[f] for f in fields] for _, b in both]
    replied = [(a, b) for a, b in both if b["reason"] is not None]
    assert replied
    assert [a["reason"] for a, _ in replied] == [b["reason"] for _, b in replied]
    bounced = [s for s in v1 if s["state"] == "FAILED"]
    assert bounced
    assert all(s["reason"].startswith(s["error_code"]) for s in bounced)


def test_mails_recipients_walk_every_page(env: SandboxServer) -> None:
    args = ["ncp", "mails", NCP_SEED_REQUEST, "--recipients", "--page", "1"]
    assert "--page" in one_line_error(args, 2)


@pytest.mark.parametrize("api", ["v1", "v2"])
def test_mails_recipients_ask_for_several_mails_at_once_and_print_them_in_order(
    monkeypatch: pytest.MonkeyPatch, api: str
) -> None:
    flying, most = 0, 0
    send = httpx.AsyncHTTPTransport.handle_async_request

    async def counted(self: httpx.AsyncHTTPTransport, request: httpx.Request) -> Any:
        nonlocal flying, most
        flying += 1
        most = max(most, flying)
        try:
            return await send(self, request)
        finally:
            flying -= 1

    monkeypatch.setattr(httpx.AsyncHTTPTransport, "handle_async_request", counted)
    # Every answer takes a moment: details asked for at once are in flight together.
    with SandboxServer(faults=Faults(latency=0.05)) as sandbox:
        for name, value in environment(sandbox.base_url).items():
            monkeypatch.setenv(name, value)
        mails = [row["mail_id"] for row in jsonl("ncp", "mails", NCP_SMALL_REQUEST, "--all")]
        rows = jsonl("ncp", "mails", NCP_SMALL_REQUEST, "--recipients", "--api", api)
    assert most > 1
    assert list(dict.fromkeys(row["mail_id"] for row in rows)) == mails


# The API


def test_a_mailer_base_url_keeps_mails_on_v1(
    env: SandboxServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    v1 = jsonl("ncp", "mails", NCP_FINISHED_REQUEST)
    assert list(v1[0]) == ["mail_id", "status", "label", "recipient", "title", "sent_at"]
    assert jsonl("ncp", "mails", NCP_FINISHED_REQUEST, "--api", "v1") == v1
    monkeypatch.delenv("NCP_MAILER_BASE_URL")  # Korea's public zone: v2
    v2 = jsonl("ncp", "mails", NCP_FINISHED_REQUEST)
    assert list(v2[0]) == ["mail_id", "status", "title", "sender", "created_at"]
    assert [row["mail_id"] for row in v2] == [row["mail_id"] for row in v1]
    assert jsonl("ncp", "mails", NCP_FINISHED_REQUEST, "--api", "v2") == v2


@pytest.mark.parametrize(
    ("given", "environ", "api"),
    [
        ({}, {}, Api.v2),
        ({}, {"NCP_MAILER_BASE_URL": "http://x"}, Api.v1),
        ({"base_url": "http://x"}, {}, Api.v1),
        ({"zone": "gov"}, {}, Api.v1),
        ({}, {"NCP_MAILER_ZONE": "fin"}, Api.v1),
        ({"region": "SGN"}, {}, Api.v1),
        ({}, {"NCP_MAILER_REGION": "jpn"}, Api.v1),
        ({"zone": "public"}, {"NCP_MAILER_BASE_URL": "http://x"}, Api.v2),  # a zone given wins
        ({"region": "SGN", "zone": "public"}, {}, Api.v1),
        ({"api": Api.v2, "base_url": "http://x"}, {}, Api.v2),
        ({"api": Api.v1}, {}, Api.v1),
    ],
)
def test_the_api_each_setting_picks(
    monkeypatch: pytest.MonkeyPatch, given: dict[str, Any], environ: dict[str, str], api: Api
) -> None:
    for name in ("NCP_MAILER_BASE_URL", "NCP_MAILER_REGION", "NCP_MAILER_ZONE"):
        monkeypatch.delenv(name, raising=False)
    for name, value in environ.items():
        monkeypatch.setenv(name, value)
    assert _api(given.pop("api", None), **given) is api


@pytest.mark.parametrize(
    "command",
    [
        ["mails", NCP_FINISHED_REQUEST],
        ["mail", NCP_SENS_SEED_MAIL, "--request-id", NCP_SENS_SEED_REQUEST],
        ["request", NCP_FINISHED_REQUEST],
        ["requests", *WINDOW],
    ],
)
def test_v2_without_a_service_id_names_the_option_and_variable(
    env: SandboxServer, monkeypatch: pytest.MonkeyPatch, command: list[str]
) -> None:
    monkeypatch.delenv("NCP_SENS_SERVICE_ID")
    err = one_line_error(["ncp", *command, "--api", "v2"], 2)
    assert "--service-id" in err
    assert "NCP_SENS_SERVICE_ID" in err
    # Given, it is used: the sandbox's own service (NCP_SENS_SEED_SERVICE_ID serves the same).
    code, _, err = run("ncp", *command, "--api", "v2", "--service-id", "ncp:mail:kr:1:sandbox")
    assert code == 1
    assert "404" in err or "400" in err


def test_v2_serves_the_public_zone_only(env: SandboxServer) -> None:
    err = one_line_error(
        ["ncp", "request", NCP_FINISHED_REQUEST, "--api", "v2", "--zone", "gov"], 2
    )
    assert "public zone only" in err


@pytest.mark.parametrize("api", ["v1", "v2"])
@pytest.mark.parametrize(
    "command",
    [
        ["mail", "{mail}", "--request-id", "{request}"],
        ["request", NCP_FINISHED_REQUEST],
        ["request", NCP_LIVE_REQUEST, "--wait", "--deadline", "5"],
        ["requests", *WINDOW, "--all"],
        ["mails", NCP_FINISHED_REQUEST, "--recipients"],
    ],
)
def test_a_wrong_secret_is_one_line_and_exit_1(
    env: SandboxServer, command: list[str], api: str
) -> None:
    mail, request = (
        (NCP_SEED_MAIL, NCP_SEED_REQUEST)
        if api == "v1"
        else (NCP_SENS_SEED_MAIL, NCP_SENS_SEED_REQUEST)
    )
    command = [part.format(mail=mail, request=request) for part in command]
    err = one_line_error(["ncp", *command, "--api", api, "--secret-key", "wrong", "-f", "json"], 1)
    assert "401" in err
    assert "wrong" not in err


@pytest.mark.parametrize("command", ["mails", "mail", "request", "requests"])
def test_help_names_the_api_rule_and_each_variable(
    monkeypatch: pytest.MonkeyPatch, command: str
) -> None:
    monkeypatch.setenv("COLUMNS", "250")
    out = ok("ncp", command, "--help")
    for variable in [
        "NCP_ACCESS_KEY",
        "NCP_SECRET_KEY",
        "NCP_LANG",
        "NCP_MAILER_BASE_URL",
        "NCP_MAILER_REGION",
        "NCP_MAILER_ZONE",
    ]:
        assert f"[env var: {variable}]" in out
    assert "[v2 env var: NCP_SENS_SERVICE_ID]" in out
    assert "[v2 env var: NCP_SENS_BASE_URL]" in out
    assert "v1 when a mailer base URL applies" in " ".join(out.split())


# A failure after rows were printed


@pytest.mark.parametrize(
    ("args", "seed"),
    [
        (["mails", NCP_SMALL_REQUEST, "--all", "--size", "5"], 2),
        (["mails", NCP_SMALL_REQUEST, "--recipients", "--size", "5"], 0),
        (["requests", *WINDOW, "--all", "--size", "1"], 2),
    ],
)
def test_a_json_array_cut_short_by_a_failure_is_still_closed(
    monkeypatch: pytest.MonkeyPatch, args: list[str], seed: int
) -> None:
    """With a tenth of the answers 503 and no retries, the seeded dice let some rows out before
    an answer fails: the output is still one JSON array, and the exit code says it failed."""
    with SandboxServer(faults=Faults(error_rate=0.1, seed=seed)) as sandbox:
        for name, value in environment(sandbox.base_url).items():
            monkeypatch.setenv(name, value)
        code, out, err = run("ncp", *args, "--api", "v1", "--max-retries", "0", "-f", "json")
    assert code == 1
    assert err.startswith("error: ")
    assert err.count("\n") == 1
    assert len(json.loads(out)) > 0
