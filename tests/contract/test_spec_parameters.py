"""The wrapper takes exactly the parameters each spec states, by the generated client's names, and
checks them as the spec says; a parameter added to a spec is usable through the wrapper after
`make generate`, with no other edit."""

from __future__ import annotations

import datetime
import importlib
import inspect
import os
import pkgutil
import re
import subprocess
import sys
import textwrap
import typing
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from mailstatus import (
    AsyncInfobipClient,
    AsyncInfobipV1Client,
    AsyncNcpMailerClient,
    AsyncOpenTextClient,
    AsyncSensMailClient,
    InfobipApiKeyAuth,
    InfobipClient,
    InfobipV1Client,
    InvalidInputError,
    NcpMailerClient,
    NcpSignatureAuth,
    OpenTextClient,
    SensMailClient,
)
from mailstatus._parameters import request_kwargs
from tests.helpers import ROOT, SPECS, load_spec, operation, response_example

# An operation the wrapper serves -> (provider, its path, the wrapper's method, its required
# arguments)
SENS = "/mail/v2/services/{serviceId}"
MOMENT = datetime.datetime(2026, 7, 12, tzinfo=datetime.UTC)
OPERATIONS = {
    "opentext": ("opentext", "/mra/v1/outbound/emails/status", "get_email_status", ("xsi-1",)),
    "ncp": ("ncp", "/mails/requests/{requestId}/mails", "list_mails", ("1",)),
    "infobip": ("infobip", "/email/4/reports", "get_reports", ()),
    "infobip-v1": ("infobip", "/email/1/reports", "get_reports", ()),
    "infobip-logs": ("infobip", "/email/4/logs", "get_logs", ()),
    "ncp-mail": ("ncp", "/mails/{mailId}", "get_mail", ("1",)),
    "ncp-request-status": (
        "ncp",
        "/mails/requests/{requestId}/status",
        "get_request_status",
        ("1",),
    ),
    "ncp-requests": ("ncp", "/mails/requests", "list_requests", ()),
    "sens-mails": ("ncp-sens", f"{SENS}/requests/{{requestId}}/mails", "list_mails", ("r-1",)),
    "sens-requests": ("ncp-sens", f"{SENS}/requests", "list_requests", (MOMENT, MOMENT)),
    "sens-request": ("ncp-sens", f"{SENS}/requests/{{requestId}}", "get_request_status", ("r-1",)),
    "sens-mail": (
        "ncp-sens",
        f"{SENS}/requests/{{requestId}}/mails/{{mailId}}",
        "get_mail",
        ("r-1", "m-1"),
    ),
}
ANSWERS = {
    "opentext": response_example("opentext", "200", "seed"),
    "ncp": response_example("ncp", "200"),
    "infobip": {"results": []},
    "infobip-v1": {"results": []},
    "infobip-logs": {"results": []},
    "ncp-mail": response_example("ncp", "200", "bounced", path="/mails/{mailId}"),
    "ncp-request-status": response_example(
        "ncp", "200", "published", path="/mails/requests/{requestId}/status"
    ),
    "ncp-requests": response_example("ncp", "200", "window", path="/mails/requests"),
    **{
        name: response_example("ncp-sens", "200", path=OPERATIONS[name][1])
        for name in ("sens-mails", "sens-requests", "sens-request", "sens-mail")
    },
}
SAMPLES = {"string": "x-1", "integer": 5, "array": ["id,asc"], "boolean": True}
PACKAGES = {
    "opentext": "opentext_mra_client",
    "ncp": "ncp_mailer_client",
    "ncp-sens": "ncp_sens_mail_client",
    "infobip": "infobip_email_client",
}
#: Every operation of every spec, as (provider, path).
EVERY_OPERATION = [
    (provider, path) for provider in sorted(SPECS) for path in load_spec(provider)["paths"]
]


def spec_parameters(provider: str, path: str) -> dict[str, dict[str, Any]]:
    item = load_spec(provider)["paths"][path]
    parameters = [*item.get("parameters", []), *item["get"].get("parameters", [])]
    return {p["name"]: p for p in parameters}


def generated(provider: str, path: str) -> tuple[Any, Any]:
    """The operation's generated module and its generated parameters module."""
    package = PACKAGES[provider]
    operation_id = load_spec(provider)["paths"][path]["get"]["operationId"]
    name = re.sub(r"(?<=[a-z])(?=[A-Z])", "_", operation_id).replace("-", "_").lower()
    parameters = importlib.import_module(f"{package}.parameters.{name}")
    api = importlib.import_module(f"{package}.api")
    (module,) = [
        found.name
        for found in pkgutil.walk_packages(api.__path__, f"{package}.api.")
        if found.name.endswith(f".{name}")
    ]
    return importlib.import_module(module), parameters


@pytest.mark.parametrize(("provider", "path"), EVERY_OPERATION)
def test_the_generated_description_is_the_specs(provider: str, path: str) -> None:
    endpoint, parameters = generated(provider, path)
    in_spec = spec_parameters(provider, path)
    assert {wire for wire, _, _ in parameters.WIRE.values()} == set(in_spec)
    assert {name: where for name, (_, where, _) in parameters.WIRE.items()} == {
        name: in_spec[wire]["in"] for name, (wire, _, _) in parameters.WIRE.items()
    }
    # The Python names are the generated client's own.
    assert set(inspect.signature(endpoint._get_kwargs).parameters) == set(parameters.WIRE)
    optional = typing.get_type_hints(parameters.Parameters)
    assert set(optional) | set(parameters.REQUIRED) == set(parameters.WIRE)
    assert not set(optional) & set(parameters.REQUIRED)
    assert {
        name
        for name, (wire, _, kind) in parameters.WIRE.items()
        if kind == "array" and in_spec[wire].get("explode") is False
    } == parameters.JOINED


def client(operation: str, transport: httpx.MockTransport, asynchronous: bool = False) -> Any:
    provider = OPERATIONS[operation][0] if operation in OPERATIONS else operation
    http = (httpx.AsyncClient if asynchronous else httpx.Client)(transport=transport)
    if provider == "opentext":
        cls: Any = AsyncOpenTextClient if asynchronous else OpenTextClient
        return cls(auth=httpx.BasicAuth("u", "p"), http_client=http)
    if provider == "ncp-sens":
        cls = AsyncSensMailClient if asynchronous else SensMailClient
        auth = NcpSignatureAuth("AK", "SK")
        return cls(
            "ncp:mail:kr:1:main", base_url="https://sens.example", auth=auth, http_client=http
        )
    if provider == "ncp":
        cls = AsyncNcpMailerClient if asynchronous else NcpMailerClient
        base = "https://mail.apigw.ntruss.com/api/v1"
        return cls(base_url=base, auth=NcpSignatureAuth("AK", "SK"), http_client=http)
    cls = AsyncInfobipClient if asynchronous else InfobipClient
    if operation == "infobip-v1":
        cls = AsyncInfobipV1Client if asynchronous else InfobipV1Client
    return cls(base_url="https://a.infobip.com", auth=InfobipApiKeyAuth("k"), http_client=http)


def recording(operation: str, sent: list[httpx.Request]) -> Any:
    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json=ANSWERS[operation])

    return answer


def sample(parameter: dict[str, Any]) -> Any:
    if "example" in parameter:
        return parameter["example"]
    return SAMPLES[parameter["schema"].get("type", "string")]


def on_wire(value: Any) -> str:
    return str(value).lower() if isinstance(value, bool) else str(value)


def test_the_wrapper_serves_every_operation_of_the_specs() -> None:
    served = {(provider, path) for provider, path, _, _ in OPERATIONS.values()}
    assert served == set(EVERY_OPERATION)


@pytest.mark.parametrize("operation", sorted(OPERATIONS))
async def test_the_wrapper_takes_each_parameter_of_the_spec_to_the_wire(operation: str) -> None:
    provider, path, method, required = OPERATIONS[operation]
    _, parameters = generated(provider, path)
    in_spec = spec_parameters(provider, path)
    for name in typing.get_type_hints(parameters.Parameters):
        wire, where, _ = parameters.WIRE[name]
        value = sample(in_spec[wire])
        for asynchronous in (False, True):
            sent: list[httpx.Request] = []
            answer = httpx.MockTransport(recording(operation, sent))
            wrapper = client(operation, answer, asynchronous)
            call = getattr(wrapper, method)(*required, **{name: value})
            if asynchronous:
                await call
            else:
                assert call is not None
            (request,) = sent
            shown = (
                request.headers.get(wire)
                if where == "header"
                else request.url.params.get_list(wire)
            )
            listed = value if isinstance(value, list) else [value]
            expected = (
                value
                if where == "header"
                else [",".join(listed)]
                if name in parameters.JOINED
                else [on_wire(v) for v in listed]
            )
            assert shown == expected, (operation, name, asynchronous)


@pytest.mark.parametrize("operation", sorted(OPERATIONS))
def test_the_wrapper_takes_no_parameter_the_spec_does_not_state(operation: str) -> None:
    _, _, method, required = OPERATIONS[operation]
    wrapper = client(operation, httpx.MockTransport(lambda r: httpx.Response(500)))
    with pytest.raises(InvalidInputError, match="unknown parameter"):
        getattr(wrapper, method)(*required, not_in_the_spec="x")


def test_the_checks_the_spec_states_apply() -> None:
    """min/max and patterns come from the specs (Infobip limit 1-1000, OpenText job_id)."""
    infobip = client("infobip", httpx.MockTransport(lambda r: httpx.Response(500)))
    with pytest.raises(InvalidInputError, match="limit must be smaller than or equal to 1000"):
        infobip.get_reports(limit=1001)
    opentext = client("opentext", httpx.MockTransport(lambda r: httpx.Response(500)))
    with pytest.raises(
        InvalidInputError, match=r"job_id must match pattern .* \(such as 'xsi-1234567'\)"
    ):
        opentext.get_email_status("nope")


ADDED = {
    "name": "campaignTag",
    "in": "query",
    "description": "A parameter a newer spec adds.",
    "schema": {"type": "string", "pattern": "^[a-z]+$"},
}


@pytest.mark.slow  # runs the generator
def test_a_parameter_added_to_a_spec_is_usable_after_generating(tmp_path: Path) -> None:
    """Add an optional query parameter to each spec, generate into a scratch folder, and call the
    wrapper (unchanged) with it, sync and async: it reaches the wire, and the spec's check applies."""
    specs = tmp_path / "specs"
    specs.mkdir()
    for path in SPECS.values():
        spec = yaml.safe_load(path.read_text(encoding="utf-8"))
        operation(spec).setdefault("parameters", []).append(ADDED)  # the seed's operation
        if path == SPECS["infobip"]:  # and the v4 reports, InfobipClient's
            operation(spec, "/email/4/reports").setdefault("parameters", []).append(ADDED)
        (specs / path.name).write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    out = tmp_path / "generated"
    tools = os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")])
    env = {**os.environ, "MAILSTATUS_SPECS": str(specs), "PATH": tools}
    subprocess.run(
        [str(ROOT / "scripts" / "generate.sh"), str(out)], env=env, check=True, timeout=300
    )
    program = textwrap.dedent(
        """
        import asyncio, httpx
        from mailstatus import *
        sent = []
        def answer(request):
            sent.append(request)
            body = {"job_id": "xsi-1"} if "mra" in request.url.path else {"results": []}
            if "/mail/v2/" in request.url.path:
                body = {"mails": []}
            elif "/requests/" in request.url.path:
                body = {"content": [], "first": True, "last": True, "number": 0, "size": 1,
                        "numberOfElements": 0, "totalElements": 0, "totalPages": 1, "sort": []}
            return httpx.Response(200, json=body)
        def clients(http):
            return [
                (OpenTextClient, dict(auth=httpx.BasicAuth("u", "p")), "get_email_status", ("xsi-1",)),
                (NcpMailerClient, dict(base_url="https://n.example/api/v1", auth=NcpSignatureAuth("a", "b")), "list_mails", ("1",)),
                (InfobipClient, dict(base_url="https://i.example", auth=InfobipApiKeyAuth("k")), "get_reports", ()),
                (InfobipV1Client, dict(base_url="https://i.example", auth=InfobipApiKeyAuth("k")), "get_reports", ()),
                (SensMailClient, dict(service_id="ncp:mail:kr:1:main", base_url="https://s.example", auth=NcpSignatureAuth("a", "b")), "list_mails", ("r-1",)),
            ]
        for cls, options, method, args in clients(None):
            with cls(http_client=httpx.Client(transport=httpx.MockTransport(answer)), **options) as c:
                getattr(c, method)(*args, campaign_tag="spring")
                try:
                    getattr(c, method)(*args, campaign_tag="Spring!")
                except InvalidInputError as exc:
                    print("refused:", exc)
        async def main():
            for cls, options, method, args in [
                (AsyncOpenTextClient, dict(auth=httpx.BasicAuth("u", "p")), "get_email_status", ("xsi-1",)),
                (AsyncNcpMailerClient, dict(base_url="https://n.example/api/v1", auth=NcpSignatureAuth("a", "b")), "list_mails", ("1",)),
                (AsyncInfobipClient, dict(base_url="https://i.example", auth=InfobipApiKeyAuth("k")), "get_reports", ()),
                (AsyncInfobipV1Client, dict(base_url="https://i.example", auth=InfobipApiKeyAuth("k")), "get_reports", ()),
                (AsyncSensMailClient, dict(service_id="ncp:mail:kr:1:main", base_url="https://s.example", auth=NcpSignatureAuth("a", "b")), "list_mails", ("r-1",)),
            ]:
                async with cls(http_client=httpx.AsyncClient(transport=httpx.MockTransport(answer)), **options) as c:
                    await getattr(c, method)(*args, campaign_tag="autumn")
        asyncio.run(main())
        print([r.url.params.get("campaignTag") for r in sent])
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", program],
        env={**os.environ, "PYTHONPATH": os.pathsep.join([str(out), str(ROOT / "wrapper")])},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[-1] == str(["spring"] * 5 + ["autumn"] * 5)
    assert [line for line in lines if line.startswith("refused:")] == [
        "refused: campaign_tag must match pattern ^[a-z]+$"
    ] * 5


def test_lists_sent_comma_joined_and_dates_go_out_as_the_spec_says() -> None:
    """Infobip v4 logs: `bulkId` is a list sent as one comma-joined value (`explode: false`), an
    item with a comma is refused rather than split, and dates use the documented spelling."""
    endpoint, parameters = generated("infobip", "/email/4/logs")
    cet = datetime.timezone(datetime.timedelta(hours=1))
    since = datetime.datetime(2026, 1, 2, 3, 4, 5, 678901, tzinfo=cet)
    sent = request_kwargs(endpoint, parameters, bulk_id=["a", "b"], sent_since=since)
    assert sent["params"]["bulkId"] == "a,b"
    assert sent["params"]["sentSince"] == "2026-01-02T03:04:05.678+0100"
    with pytest.raises(InvalidInputError, match="bulk_id"):
        request_kwargs(endpoint, parameters, bulk_id=["a,b"])
    with pytest.raises(InvalidInputError, match="general_status"):
        request_kwargs(endpoint, parameters, general_status="LOST")
