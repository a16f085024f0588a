"""`--verbose`, `--timeout` and `--max-retries` on every provider command, against the sandbox:
the wire on stderr with no secret in it, the retries and the timeout the clients are given, and
values out of range refused in one line."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from typer.testing import CliRunner

from mailstatus.cli.app import app
from mailstatus.sandbox import Faults, SandboxServer, environment
from mailstatus.sandbox import credentials as cred
from mailstatus.sandbox.data import (
    INFOBIP_BULK,
    NCP_SEED_MAIL,
    NCP_SEED_REQUEST,
    NCP_SMALL_REQUEST,
    OPENTEXT_JOB,
)

pytestmark = pytest.mark.slow  # the CLI against sandboxes

runner = CliRunner()
WINDOW = ["--since", "2018-01-01T00:00:00+09:00", "--until", "2027-01-01T00:00:00+09:00"]
#: A command of each kind, one per provider command.
COMMANDS = {
    "opentext status": ["opentext", "status", OPENTEXT_JOB],
    "ncp mails": ["ncp", "mails", NCP_SMALL_REQUEST, "--size", "5"],
    "ncp mail": ["ncp", "mail", NCP_SEED_MAIL, "--api", "v1"],
    "ncp request": ["ncp", "request", NCP_SEED_REQUEST, "--api", "v1"],
    "ncp requests": ["ncp", "requests", *WINDOW, "--size", "5"],
    "infobip reports": ["infobip", "reports", "--bulk-id", INFOBIP_BULK],
    "infobip logs": ["infobip", "logs", "--limit", "5"],
}
#: Headers whose values are credentials, or made from them.
CREDENTIAL_HEADERS = ("authorization", "x-ncp-apigw-signature-v2", "x-ncp-iam-access-key")


def run(*args: str, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args), env=env)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def sent(monkeypatch: pytest.MonkeyPatch) -> list[httpx.Request]:
    """Every request as it went on the wire (credentials in), sync and async."""
    requests: list[httpx.Request] = []
    sync_send = httpx.HTTPTransport.handle_request
    async_send = httpx.AsyncHTTPTransport.handle_async_request

    def handle(self: httpx.HTTPTransport, request: httpx.Request) -> httpx.Response:
        requests.append(request)
        return sync_send(self, request)

    async def handle_async(self: httpx.AsyncHTTPTransport, request: httpx.Request) -> Any:
        requests.append(request)
        return await async_send(self, request)

    monkeypatch.setattr(httpx.HTTPTransport, "handle_request", handle)
    monkeypatch.setattr(httpx.AsyncHTTPTransport, "handle_async_request", handle_async)
    return requests


def secrets_sent(requests: list[httpx.Request]) -> set[str]:
    """The credential headers' values as sent, and each one's credential alone (a token after
    its scheme)."""
    found = set()
    for request in requests:
        for name in CREDENTIAL_HEADERS:
            for value in request.headers.get_list(name):
                found |= {value, value.partition(" ")[2] or value}
    return found


CREDENTIALS = {  # every secret the sandbox accepts
    cred.OPENTEXT_PASSWORD,
    cred.OPENTEXT_CLIENT_SECRET,
    cred.NCP_ACCESS_KEY,
    cred.NCP_SECRET_KEY,
    cred.INFOBIP_API_KEY,
    cred.INFOBIP_PASSWORD,
    cred.INFOBIP_CLIENT_SECRET,
}
#: Each auth scheme, as a shell user gives it (on top of the sandbox's environment).
SCHEMES: dict[str, list[str]] = {
    "opentext basic": COMMANDS["opentext status"],
    "opentext oauth2": [
        *COMMANDS["opentext status"],
        "--client-id", cred.OPENTEXT_CLIENT_ID, "--client-secret", cred.OPENTEXT_CLIENT_SECRET,
        "--token-url", "{base}/tenants/sandbox/oauth2/token",
    ],
    "ncp v1": [*COMMANDS["ncp mails"], "--api", "v1"],
    "ncp v2": [*COMMANDS["ncp mails"], "--api", "v2"],
    "ncp v2 recipients": ["ncp", "mails", NCP_SMALL_REQUEST, "--api", "v2", "--recipients"],
    "infobip api key": COMMANDS["infobip logs"],
    "infobip basic": [
        *COMMANDS["infobip logs"],
        "--username", cred.INFOBIP_USER, "--password", cred.INFOBIP_PASSWORD, "--no-ibsso",
    ],
    "infobip ibsso": [
        *COMMANDS["infobip logs"],
        "--username", cred.INFOBIP_USER, "--password", cred.INFOBIP_PASSWORD, "--ibsso",
    ],
    "infobip oauth2": [
        *COMMANDS["infobip reports"],
        "--client-id", cred.INFOBIP_CLIENT_ID, "--client-secret", cred.INFOBIP_CLIENT_SECRET,
    ],
}  # fmt: skip


@pytest.mark.parametrize("scheme", SCHEMES)
def test_verbose_shows_the_wire_with_no_secret_in_it(
    sandbox_env: SandboxServer, sent: list[httpx.Request], scheme: str
) -> None:
    args = [arg.format(base=sandbox_env.base_url) for arg in SCHEMES[scheme]]
    code, out, err = run(*args, "--verbose", "-f", "jsonl")
    assert code == 0, err
    # The rows alone on stdout: the wire is on stderr.
    assert [json.loads(line) for line in out.splitlines()]
    wire = err.splitlines()
    assert len(wire) == 2 * len(sent)  # each request and its answer, token requests included
    for line in wire:
        assert re.match(r"(-> [A-Z]+ http://\S+ headers=\{.*\}|<- 200 [A-Z]+ http://\S+ in \d+ ms headers=\{.*\})$", line), line  # fmt: skip
    secrets = secrets_sent(sent) | CREDENTIALS
    assert secrets_sent(sent)  # the wire carried credentials: the check below looks at them
    assert [secret for secret in secrets if secret in out + err] == []
    assert "[redacted]" in err


def test_verbose_names_the_signature_headers_of_ncp(sandbox_env: SandboxServer) -> None:
    _, _, err = run(*COMMANDS["ncp mail"], "-v")
    assert "'x-ncp-apigw-signature-v2': '[redacted]'" in err
    assert "'x-ncp-iam-access-key': '[redacted]'" in err
    assert "'x-ncp-apigw-timestamp': '" in err  # not a secret: shown


def test_the_wire_is_shown_for_the_verbose_command_only(sandbox_env: SandboxServer) -> None:
    assert run(*COMMANDS["ncp mails"], "--verbose")[2]
    code, _, err = run(*COMMANDS["ncp mails"])
    assert (code, err) == (0, "")


@pytest.fixture
def failing() -> Iterator[dict[str, str]]:
    """A sandbox that answers every request 503, and the environment aimed at it."""
    with SandboxServer(faults=Faults(error_rate=1.0)) as sandbox:
        yield environment(sandbox.base_url)


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize(("given", "tries"), [([], 3), (["--max-retries", "0"], 1), (["--max-retries", "4"], 5)])  # fmt: skip
def test_max_retries_reaches_the_client(
    failing: dict[str, str], command: str, given: list[str], tries: int
) -> None:
    code, out, err = run(*COMMANDS[command], *given, "-v", env=failing)
    assert (code, out) == (1, "")
    lines = err.splitlines()
    assert sum(line.startswith("<- 503 ") for line in lines) == tries
    retries = [line for line in lines if re.search(r"; retry \d+ of \d+ in ", line)]
    assert len(retries) == tries - 1
    assert [secret for secret in CREDENTIALS if secret in err] == []
    assert lines[-1].startswith("error: ")
    assert "503" in lines[-1]


def test_timeout_reaches_the_client() -> None:
    with SandboxServer(faults=Faults(latency=2.0)) as sandbox:
        env = environment(sandbox.base_url)
        args = [*COMMANDS["ncp request"], "--max-retries", "0"]
        code, out, err = run(*args, "--timeout", "0.2", env=env)
        assert (code, out) == (1, "")
        assert err.startswith("error: ncp: no answer from 127.0.0.1 (ReadTimeout")
        assert err.count("\n") == 1
        code, out, err = run(*args, "--timeout", "10", env=env)
        assert (code, err) == (0, "")


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize(
    ("option", "value"),
    [
        ("--timeout", "-1"),
        ("--timeout", "0"),
        ("--timeout", "inf"),
        ("--timeout", "1e308"),  # finite, but the clocks overflow: a raw OverflowError before
        ("--max-retries", "-1"),
    ],
)
def test_values_out_of_range_are_one_line_and_exit_2(command: str, option: str, value: str) -> None:
    # No sandbox and no credentials: the value is refused before anything else.
    code, out, err = run(*COMMANDS[command], option, value)
    assert (code, out) == (2, "")
    assert err.startswith(f"error: {option} must be ")
    assert err.endswith(f", not {float(value) if option == '--timeout' else value}\n")
    assert err.count("\n") == 1


@pytest.mark.parametrize("option", ["--deadline", "--interval"])
@pytest.mark.parametrize("value", ["0", "1e308"])
def test_the_waits_of_wait_are_refused_by_their_own_names(option: str, value: str) -> None:
    code, out, err = run(*COMMANDS["ncp request"], "--wait", option, value)
    assert (code, out) == (2, "")
    assert (
        err == f"error: {option} must be seconds above 0 and at most a year, not {float(value)}\n"
    )


@pytest.mark.parametrize("command", COMMANDS)
def test_every_provider_command_takes_the_options(command: str) -> None:
    words = COMMANDS[command][:2]
    code, out, _ = run(*words, "--help", env={"COLUMNS": "200"})
    assert code == 0
    for option in ("--timeout", "--max-retries", "--verbose"):
        assert option in out
