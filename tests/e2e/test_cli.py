"""The `mailstatus` command end to end against the sandbox: formats and exit codes."""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mailstatus.cli import main
from mailstatus.cli.app import app
from mailstatus.infobip import auth as infobip_auth
from mailstatus.infobip import client as infobip_client
from mailstatus.ncp import auth as ncp_auth
from mailstatus.ncp import client as ncp_client
from mailstatus.opentext import auth as opentext_auth
from mailstatus.opentext import client as opentext_client
from mailstatus.sandbox import SandboxServer, credentials
from mailstatus.sandbox.data import INFOBIP_BULK, NCP_LARGE_REQUEST, NCP_SMALL_REQUEST, OPENTEXT_JOB

pytestmark = pytest.mark.slow  # the CLI against a sandbox per test, and in subprocesses

runner = CliRunner()


def run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_opentext_status_as_json(sandbox_env: SandboxServer) -> None:
    code, out, _ = run("opentext", "status", OPENTEXT_JOB, "--format", "json")
    assert code == 0
    rows = json.loads(out)
    assert rows
    assert {row["job_id"] for row in rows} == {OPENTEXT_JOB}
    assert rows[0]["ref"] == f"ref-{OPENTEXT_JOB}-0"
    assert set(rows[0]) == {
        "job_id",
        "job_state",
        "email",
        "ref",
        "attempts",
        "last_state",
        "gamma_code",
        "last_attempt",
    }


def test_opentext_status_as_a_table(
    sandbox_env: SandboxServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "200")  # wide enough that no cell folds
    code, out, _ = run("opentext", "status", OPENTEXT_JOB)
    assert code == 0
    assert f"OpenText job {OPENTEXT_JOB}" in out
    assert "  user0@example.com  " in out
    assert "  Complete, Posted  " in out


def test_ncp_mails_all_pages_as_jsonl(sandbox_env: SandboxServer) -> None:
    code, out, _ = run("ncp", "mails", NCP_LARGE_REQUEST, "--all", "--size", "500", "-f", "jsonl")
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert len(rows) == 2500
    assert len({row["mail_id"] for row in rows}) == 2500


def test_ncp_mails_filtered_as_csv(sandbox_env: SandboxServer) -> None:
    code, out, _ = run(
        "ncp", "mails", NCP_SMALL_REQUEST, "--status", "S", "--status", "PF", "-f", "csv"
    )
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows
    assert {row["status"] for row in rows} <= {"S", "PF"}
    assert list(rows[0]) == ["mail_id", "status", "label", "recipient", "title", "sent_at"]


def test_infobip_reports_all_then_none_left(sandbox_env: SandboxServer) -> None:
    code, out, _ = run(
        "infobip", "reports", "--bulk-id", INFOBIP_BULK, "--limit", "50", "--all", "-f", "jsonl"
    )
    assert code == 0
    assert len(out.splitlines()) == 120
    code, out, _ = run("infobip", "reports", "--bulk-id", INFOBIP_BULK, "-f", "json")
    assert (code, json.loads(out)) == (0, [])


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["opentext", "status", "not-a-job"], 2, "job_id must match pattern"),
        (["opentext", "status", "xsi-9"], 1, "404"),
        (["ncp", "mails", NCP_SMALL_REQUEST, "--sort", "sideways"], 2, "sort[0] must match"),
        (["ncp", "mails", NCP_SMALL_REQUEST, "--secret-key", "x", "--access-key", "y"], 1, "401"),
        (["infobip", "reports", "--api-key", "wrong"], 1, "E401"),
        (["infobip", "reports", "--api-version", "v1", "--api-key", "wrong"], 1, "UNAUTHORIZED"),
        (["infobip", "reports", "--limit", "0"], 2, "limit must be"),
        (["infobip", "reports", "--normalized", "--limit", "1001"], 2, "limit must be"),
        (["ncp", "mails", NCP_SMALL_REQUEST, "--size", "0"], 2, "size must be"),
        (["ncp", "mails", NCP_SMALL_REQUEST, "--normalized", "--size", "0"], 2, "size must be"),
        (["ncp", "mails", NCP_SMALL_REQUEST, "--all", "--normalized", "--size", "-1"], 2, "size"),
        (["ncp", "mails", NCP_SMALL_REQUEST, "--page", "-1"], 2, "page must be"),
        (["ncp", "mails", NCP_SMALL_REQUEST, "--zone", "moon"], 2, "unknown NCP region"),
        (["opentext", "status", OPENTEXT_JOB, "--tenant-id", "acme"], 2, "needs credentials"),
        (["opentext", "status", OPENTEXT_JOB, "--password", " S3CRET"], 2, "password must be"),
        (["infobip", "reports", "--ibsso"], 2, "Infobip needs credentials"),
        (["infobip", "logs", "--api-key", "wrong"], 1, "401"),
        (["infobip", "logs", "--limit", "0"], 2, "limit must be"),
        (["infobip", "logs", "--general-status", "LOST"], 2, "general_status must match"),
        (["infobip", "logs", "--bulk-id", "a,b"], 2, "bulk_id[0] must match"),
        (["infobip", "logs", "--sent-since", "yesterday"], 2, "--sent-since takes a moment"),
        (["infobip", "logs", "--sent-until", "2026-01-31T09:00:00"], 2, "with an offset"),
        (["infobip", "logs", "--sent-since", "2026-01-31"], 2, "not '2026-01-31'"),
        (["infobip", "receive", "--port", "8080", "--path", "dr"], 2, "--path must start"),
    ],
)
def test_failures_print_one_line_and_exit_non_zero(
    sandbox_env: SandboxServer, args: list[str], code: int, message: str
) -> None:
    exit_code, out, err = run(*args)
    assert exit_code == code
    assert out == ""
    assert err.count("\n") == 1
    assert err.startswith("error: ")
    assert message in err
    assert "Traceback" not in err
    assert "S3CRET" not in err


def test_an_option_given_wins_over_its_variable_and_completes_the_others(
    sandbox_env: SandboxServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, err = run("opentext", "status", OPENTEXT_JOB, "--password", "wrong")
    assert (code, out) == (1, "")
    assert "401" in err
    monkeypatch.setenv("OPENTEXT_PASSWORD", "wrong")
    code, out, _ = run(
        "opentext",
        "status",
        OPENTEXT_JOB,
        "--password",
        credentials.OPENTEXT_PASSWORD,
        "-f",
        "json",
    )
    assert code == 0
    assert json.loads(out)


@pytest.mark.parametrize(
    ("command", "variables"),
    [
        (
            ["opentext", "status"],
            [*opentext_auth.VARIABLES.values(), opentext_client.BASE_URL_VARIABLE],
        ),
        (["ncp", "mails"], [*ncp_auth.VARIABLES.values(), *ncp_client.BASE_URL_VARIABLES.values()]),
        (
            ["infobip", "reports"],
            [*infobip_auth.VARIABLES.values(), infobip_client.BASE_URL_VARIABLE],
        ),
        (["infobip", "logs"], [*infobip_auth.VARIABLES.values(), infobip_client.BASE_URL_VARIABLE]),
    ],
)
def test_help_names_the_variable_of_every_option_that_falls_back_to_one(
    monkeypatch: pytest.MonkeyPatch, command: list[str], variables: list[str]
) -> None:
    monkeypatch.setenv("COLUMNS", "200")
    code, out, _ = run(*command, "--help")
    assert code == 0
    assert [v for v in variables if f"[env var: {v}]" not in out] == []
    assert out.count("[env var: ") == len(variables)


def test_the_status_group_is_gone() -> None:
    code, _, err = run("status", "ncp", NCP_SMALL_REQUEST)
    assert code == 2
    assert "No such command" in err


def test_unreachable_provider_is_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INFOBIP_BASE_URL", "http://127.0.0.1:9")
    monkeypatch.setenv("INFOBIP_API_KEY", "k")
    exit_code, _, err = run("infobip", "reports")
    assert exit_code == 1
    assert err.startswith("error: infobip: no answer from 127.0.0.1")
    assert err.count("\n") == 1


def test_missing_credentials_exit_2(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("OPENTEXT_USERNAME", "OPENTEXT_CLIENT_ID"):
        monkeypatch.delenv(name, raising=False)
    exit_code, _, err = run("opentext", "status", OPENTEXT_JOB)
    assert exit_code == 2
    assert "OPENTEXT_USERNAME" in err


def test_main_without_the_extra_says_what_to_install(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "typer", None)
    monkeypatch.delitem(sys.modules, "mailstatus.cli.app", raising=False)
    with pytest.raises(SystemExit) as caught:
        main()
    assert caught.value.code == 2
    assert "pip install 'mailstatus[cli]'" in capsys.readouterr().err


@pytest.mark.parametrize("fmt", ["table", "json", "jsonl", "csv"])
def test_normalized_rows_in_every_format(
    sandbox_env: SandboxServer, monkeypatch: pytest.MonkeyPatch, fmt: str
) -> None:
    monkeypatch.setenv("COLUMNS", "250")
    code, out, _ = run(
        "ncp", "mails", NCP_SMALL_REQUEST, "--all", "--normalized", "--status", "F", "-f", fmt
    )
    assert code == 0
    if fmt == "json":
        rows = json.loads(out)
    elif fmt == "jsonl":
        rows = [json.loads(line) for line in out.splitlines()]
    elif fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(out)))
    else:
        assert "\nncp  " in out
        assert "FAILED" in out
        return
    assert rows
    assert {row["state"] for row in rows} == {"FAILED"}
    assert {row["provider"] for row in rows} == {"ncp"}


@pytest.mark.parametrize(
    "options",
    [
        ["--size", "5"],
        ["--all", "--size", "7", "--title", "invoice", "--sort", "id,desc", "--lang", "en-US"],
        ["--recipient", "user3@example.com"],
    ],
)
def test_normalized_ncp_mails_take_every_option(
    sandbox_env: SandboxServer, options: list[str]
) -> None:
    """The same mails, in the same order, with --normalized as without."""
    code, out, _ = run("ncp", "mails", NCP_SMALL_REQUEST, *options, "-f", "jsonl")
    assert code == 0
    mails = [json.loads(line) for line in out.splitlines()]
    code, out, _ = run("ncp", "mails", NCP_SMALL_REQUEST, *options, "--normalized", "-f", "jsonl")
    assert code == 0
    statuses = [json.loads(line) for line in out.splitlines()]
    assert mails
    assert [row["message_id"] for row in statuses] == [row["mail_id"] for row in mails]
    assert {row["provider"] for row in statuses} == {"ncp"}
    if options[0] == "--size":
        assert len(statuses) == 5
    if options[0] == "--recipient":
        assert {row["recipient"] for row in statuses} == {"user3@example.com"}


def test_normalized_opentext_and_infobip(sandbox_env: SandboxServer) -> None:
    code, out, _ = run("opentext", "status", OPENTEXT_JOB, "--normalized", "-f", "json")
    assert code == 0
    rows = json.loads(out)
    assert all(row["message_id"].startswith(f"{OPENTEXT_JOB}/ref-") for row in rows)
    code, out, _ = run(
        "infobip", "reports", "--all", "--normalized", "--bulk-id", INFOBIP_BULK, "-f", "jsonl"
    )
    assert code == 0
    assert len(out.splitlines()) == 120


@pytest.mark.parametrize(
    "command", [["infobip", "reports", "--all"], ["infobip", "reports", "--all", "--normalized"]]
)
def test_journal_acknowledges_what_was_printed(
    sandbox_env: SandboxServer, tmp_path: Path, command: list[str]
) -> None:
    from mailstatus import ReportJournal

    journal = str(tmp_path / "reports.db")
    code, out, _ = run(*command, "--bulk-id", INFOBIP_BULK, "--journal", journal, "-f", "jsonl")
    assert (code, len(out.splitlines())) == (0, 120)
    with ReportJournal(journal) as done:
        assert done.counts() == (120, 0)
    code, out, _ = run(*command, "--bulk-id", INFOBIP_BULK, "--journal", journal, "-f", "jsonl")
    assert (code, out) == (0, "")


def test_importing_mailstatus_loads_no_cli_or_sandbox_dependency() -> None:
    """(Rich is left out of the check: httpx itself imports its own CLI, Rich and click included,
    whenever they are installed.)"""
    import subprocess

    probe = "import sys, mailstatus; print(sorted({'typer', 'starlette', 'uvicorn'} & set(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
