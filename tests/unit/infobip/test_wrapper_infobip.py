"""InfobipClient (v4 reports) and InfobipV1Client: every auth scheme, filters, draining reports,
errors; each test runs on both versions."""

from __future__ import annotations

import json
import re
from typing import Any, NamedTuple

import httpx
import pytest
from pytest_httpx import HTTPXMock

from mailstatus import (
    AsyncInfobipClient,
    AsyncInfobipV1Client,
    AuthenticationError,
    ConfigurationError,
    InfobipApiKeyAuth,
    InfobipClient,
    InfobipIbssoAuth,
    InfobipOAuth2,
    InfobipV1Client,
    InvalidInputError,
    PaginationError,
    RateLimitError,
    ResponseValidationError,
)
from mailstatus.infobip.statuses import GROUPS
from tests.helpers import TwinClient, iso_normalized, response_example


class Version(NamedTuple):
    sync: type[InfobipClient] | type[InfobipV1Client]
    asynchronous: type[AsyncInfobipClient] | type[AsyncInfobipV1Client]
    path: str
    example: dict[str, Any]


VERSIONS = {
    "v4": Version(
        InfobipClient,
        AsyncInfobipClient,
        "/email/4/reports",
        response_example("infobip", "200", "published", path="/email/4/reports"),
    ),
    "v1": Version(
        InfobipV1Client,
        AsyncInfobipV1Client,
        "/email/1/reports",
        response_example("infobip", "200", "by-bulk-id", path="/email/1/reports"),
    ),
}


@pytest.fixture(params=list(VERSIONS))
def version(request: pytest.FixtureRequest) -> Version:
    return VERSIONS[request.param]


def report(n: int) -> dict[str, Any]:
    return {"messageId": f"m-{n}", "to": f"r{n}@example.com", "status": {"groupId": 3, "id": 5}}


def batch(*numbers: int) -> dict[str, Any]:
    return {"results": [report(n) for n in numbers]}


@pytest.fixture
def reports_url(infobip_base: str, version: Version) -> re.Pattern[str]:
    """The endpoint, with any query (v4's generated call always sends its default limit)."""
    return re.compile(re.escape(infobip_base + version.path) + r"(\?.*)?$")


@pytest.fixture
def api_key_client(infobip_base: str, version: Version) -> InfobipClient | InfobipV1Client:
    return version.sync(base_url=infobip_base, auth=InfobipApiKeyAuth("k-123"))


def test_get_reports_sends_filters_and_the_app_key(
    httpx_mock: HTTPXMock,
    api_key_client: InfobipClient | InfobipV1Client,
    reports_url: re.Pattern[str],
    version: Version,
) -> None:
    httpx_mock.add_response(json=version.example)
    with api_key_client as client:
        reports = client.get_reports(bulk_id="lrzkq6gatdkxouhrkgni", limit=2, entity_id="e")

    sent = version.example["results"]
    assert [r.message_id for r in reports] == [r["messageId"] for r in sent]
    assert iso_normalized([r.to_dict() for r in reports]) == iso_normalized(sent)
    assert isinstance(reports.reports[0], version.sync._api.shape.report)
    request = httpx_mock.get_request()
    assert request is not None
    assert reports_url.match(str(request.url))
    assert request.headers["Authorization"] == "App k-123"
    assert request.url.params.multi_items() == [
        ("bulkId", "lrzkq6gatdkxouhrkgni"),
        ("limit", "2"),
        ("entityId", "e"),
    ]


def test_iter_reports_drains_until_an_empty_batch(
    httpx_mock: HTTPXMock, api_key_client: InfobipClient | InfobipV1Client
) -> None:
    httpx_mock.add_response(json=batch(1, 2))
    httpx_mock.add_response(json=batch(3, 4))
    httpx_mock.add_response(json=batch(5))
    httpx_mock.add_response(json={"results": []})
    with api_key_client as client:
        ids = [r.message_id for r in client.iter_reports(bulk_id="b", limit=2)]
    assert ids == ["m-1", "m-2", "m-3", "m-4", "m-5"]
    assert all(r.url.params["bulkId"] == "b" for r in httpx_mock.get_requests())


def test_a_server_serving_the_same_reports_again_is_stopped(
    httpx_mock: HTTPXMock, api_key_client: InfobipClient | InfobipV1Client
) -> None:
    httpx_mock.add_response(json=batch(1, 2), is_reusable=True)
    with api_key_client as client, pytest.raises(PaginationError, match="twice"):
        list(client.iter_reports())
    assert len(httpx_mock.get_requests()) == 2


@pytest.mark.parametrize("limit", [0, 1001, -5, True, "10"])
def test_limit_out_of_range_is_refused(
    limit: object, api_key_client: InfobipClient | InfobipV1Client
) -> None:
    with api_key_client as client, pytest.raises(InvalidInputError, match="limit"):
        client.get_reports(limit=limit)  # type: ignore[arg-type]


def test_basic_auth(
    httpx_mock: HTTPXMock,
    infobip_base: str,
    reports_url: re.Pattern[str],
    version: Version,
    twin_client: TwinClient,
) -> None:
    httpx_mock.add_response(url=reports_url, json=batch())
    with twin_client(
        version.sync,
        version.asynchronous,
        base_url=infobip_base,
        auth=httpx.BasicAuth("Aladdin", "open sesame"),
    ) as client:
        client.get_reports()
    request = httpx_mock.get_request()
    assert request is not None
    assert request.headers["Authorization"] == "Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ=="


def test_ibsso_logs_in_once_and_again_after_401(
    httpx_mock: HTTPXMock,
    infobip_base: str,
    reports_url: re.Pattern[str],
    version: Version,
    twin_client: TwinClient,
) -> None:
    sessions = iter(["s-1", "s-2"])
    sent: list[str] = []
    answers = iter([batch(1), httpx.Response(401, json={}), batch(2)])

    def session(request: httpx.Request) -> httpx.Response:
        assert json.loads(request.content) == {"username": "u", "password": "p"}
        return httpx.Response(200, json={"token": next(sessions)})

    def reports(request: httpx.Request) -> httpx.Response:
        sent.append(request.headers["Authorization"])
        answer = next(answers)
        return answer if isinstance(answer, httpx.Response) else httpx.Response(200, json=answer)

    httpx_mock.add_callback(
        session, url=f"{infobip_base}/auth/1/session", method="POST", is_reusable=True
    )
    httpx_mock.add_callback(reports, url=reports_url, is_reusable=True)
    with twin_client(
        version.sync, version.asynchronous, base_url=infobip_base, auth=InfobipIbssoAuth("u", "p")
    ) as client:
        client.get_reports()
        client.get_reports()
    assert sent == ["IBSSO s-1", "IBSSO s-1", "IBSSO s-2"]


def test_oauth2_client_credentials(
    httpx_mock: HTTPXMock,
    infobip_base: str,
    reports_url: re.Pattern[str],
    version: Version,
    twin_client: TwinClient,
) -> None:
    httpx_mock.add_response(
        url=f"{infobip_base}/auth/1/oauth2/token", json={"access_token": "tok", "expires_in": 7200}
    )
    httpx_mock.add_response(url=reports_url, json=batch(), is_reusable=True)
    auth = InfobipOAuth2("cid", "cs")
    with twin_client(
        version.sync, version.asynchronous, base_url=infobip_base, auth=auth
    ) as client:
        client.get_reports()
        client.get_reports()
    token, *calls = httpx_mock.get_requests()
    assert dict(httpx.QueryParams(token.content.decode())) == {
        "client_id": "cid",
        "client_secret": "cs",
        "grant_type": "client_credentials",
    }
    assert [c.headers["Authorization"] for c in calls] == ["Bearer tok", "Bearer tok"]


def test_a_token_answer_without_a_token_is_a_validation_error(
    httpx_mock: HTTPXMock, infobip_base: str, version: Version, twin_client: TwinClient
) -> None:
    httpx_mock.add_response(
        url=f"{infobip_base}/auth/1/oauth2/token", json={"token_type": "Bearer"}
    )
    auth = InfobipOAuth2("cid", "cs")
    with (
        twin_client(version.sync, version.asynchronous, base_url=infobip_base, auth=auth) as client,
        pytest.raises(ResponseValidationError, match="no usable token"),
    ):
        client.get_reports()


@pytest.mark.parametrize(
    ("body", "code", "message"),
    [
        (
            {"requestError": {"serviceException": {"messageId": "UNAUTHORIZED", "text": "Bad"}}},
            "UNAUTHORIZED",
            "Bad",
        ),
        (
            {"errorCode": "E401", "description": "Unauthorized", "violations": []},
            "E401",
            "Unauthorized",
        ),
        ({"unexpected": True}, None, None),
    ],
)
def test_both_error_shapes_give_the_code(
    httpx_mock: HTTPXMock,
    body: dict[str, Any],
    code: str | None,
    message: str | None,
    api_key_client: InfobipClient,
) -> None:
    httpx_mock.add_response(status_code=401, json=body)
    with api_key_client as client, pytest.raises(AuthenticationError) as caught:
        client.get_reports()
    assert (caught.value.error_code, caught.value.error_message) == (code, message)
    assert json.loads(caught.value.body) == body


def test_rate_limit_after_retries_is_a_rate_limit_error(
    httpx_mock: HTTPXMock, api_key_client: InfobipClient | InfobipV1Client
) -> None:
    body = {"requestError": {"serviceException": {"messageId": "TOO_MANY_REQUESTS"}}}
    httpx_mock.add_response(status_code=429, json=body, is_reusable=True)
    with api_key_client as client, pytest.raises(RateLimitError) as caught:
        client.get_reports()
    assert caught.value.error_code == "TOO_MANY_REQUESTS"
    assert len(httpx_mock.get_requests()) == 3  # the call and the 2 default retries


@pytest.mark.parametrize(
    ("env", "header"),
    [
        ({"INFOBIP_API_KEY": "k"}, "App k"),
        (
            {"INFOBIP_USERNAME": "Aladdin", "INFOBIP_PASSWORD": "open sesame"},
            "Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==",
        ),
    ],
)
def test_credentials_from_the_environment(
    httpx_mock: HTTPXMock,
    monkeypatch: pytest.MonkeyPatch,
    env: dict[str, str],
    header: str,
    infobip_base: str,
    reports_url: re.Pattern[str],
    version: Version,
) -> None:
    for name in ("INFOBIP_API_KEY", "INFOBIP_CLIENT_ID", "INFOBIP_USERNAME"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("INFOBIP_BASE_URL", infobip_base)
    httpx_mock.add_response(url=reports_url, json=batch())
    with version.sync() as client:
        client.get_reports()
    request = httpx_mock.get_request()
    assert request is not None
    assert request.headers["Authorization"] == header


def test_no_credentials_is_a_configuration_error(
    monkeypatch: pytest.MonkeyPatch, version: Version
) -> None:
    for name in ("INFOBIP_API_KEY", "INFOBIP_CLIENT_ID", "INFOBIP_USERNAME"):
        monkeypatch.delenv(name, raising=False)
    with pytest.raises(ConfigurationError, match="INFOBIP_API_KEY"):
        version.sync()


async def test_async_iter_reports_drains(
    httpx_mock: HTTPXMock, infobip_base: str, reports_url: re.Pattern[str], version: Version
) -> None:
    httpx_mock.add_response(url=reports_url, json=batch(1, 2))
    httpx_mock.add_response(url=reports_url, json=batch())
    auth = InfobipApiKeyAuth("k")
    async with version.asynchronous(base_url=infobip_base, auth=auth) as client:
        ids = [r.message_id async for r in client.iter_reports(limit=2)]
    assert ids == ["m-1", "m-2"]


def test_statuses_read_each_version_the_same_way(
    httpx_mock: HTTPXMock,
    infobip_base: str,
    reports_url: re.Pattern[str],
    version: Version,
) -> None:
    httpx_mock.add_response(url=reports_url, json=version.example)
    httpx_mock.add_response(url=reports_url, json={"results": []})
    sent = version.example["results"]
    with version.sync(base_url=infobip_base, auth=InfobipApiKeyAuth("k")) as client:
        statuses = list(client.statuses(limit=2))
    assert [(s.message_id, s.recipient) for s in statuses] == [
        (r["messageId"], r["to"]) for r in sent
    ]
    assert [(s.state, s.final) for s in statuses] == [GROUPS[r["status"]["groupId"]] for r in sent]
    assert all(isinstance(s.raw, version.sync._api.shape.report) for s in statuses)
