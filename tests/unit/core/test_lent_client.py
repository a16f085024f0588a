"""Credentials stay with their provider: a lent httpx client is used as it is and left as it was,
each provider's requests go to its own host with its own credentials, and the library prints
nothing unless the application asks for logs."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import httpx
import pytest

from mailstatus import (
    AsyncInfobipClient,
    AsyncNcpMailerClient,
    AsyncOpenTextClient,
    InfobipApiKeyAuth,
    InfobipClient,
    NcpMailerClient,
    NcpSignatureAuth,
    OpenTextClient,
)
from tests.helpers import response_example

OPENTEXT = "https://t2api.us.cloudmessaging.opentext.com"
NCP = "https://mail.apigw.ntruss.com/api/v1"
INFOBIP = "https://acme.api.infobip.com"
ANSWERS = {
    "t2api.us.cloudmessaging.opentext.com": response_example("opentext", "200", "seed"),
    "mail.apigw.ntruss.com": response_example("ncp", "200"),
    "acme.api.infobip.com": {"results": []},
}


def answer(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json=ANSWERS[request.url.host])


def their_hook(request: httpx.Request) -> None:
    """The lent client's own event hook: it must keep running, and stay the only one."""


def state(client: httpx.Client | httpx.AsyncClient) -> tuple[object, ...]:
    return (
        str(client.base_url),
        client.auth,
        {name: list(hooks) for name, hooks in client.event_hooks.items()},
        dict(client.headers),
        client.timeout,
        client.follow_redirects,
    )


def check_each_went_home(sent: list[httpx.Request]) -> None:
    by_host = {request.url.host: request for request in sent}
    assert set(by_host) == set(ANSWERS)
    assert by_host["acme.api.infobip.com"].headers["Authorization"] == "App ib-key"
    assert by_host["t2api.us.cloudmessaging.opentext.com"].headers["Authorization"] == (
        httpx.BasicAuth("ot-user", "ot-pw")._auth_header
    )
    ncp = by_host["mail.apigw.ntruss.com"]
    assert ncp.headers["x-ncp-iam-access-key"] == "ncp-ak"
    assert "authorization" not in ncp.headers
    for request in sent:
        if request.url.host != "mail.apigw.ntruss.com":
            assert "x-ncp-iam-access-key" not in request.headers
            assert "x-ncp-apigw-signature-v2" not in request.headers


def test_one_lent_client_serves_all_three_providers_and_is_left_as_it_was() -> None:
    sent: list[httpx.Request] = []

    def transport(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return answer(request)

    lent = httpx.Client(
        transport=httpx.MockTransport(transport),
        base_url="https://theirs.example/api",
        auth=httpx.BasicAuth("their-user", "their-pw"),
        event_hooks={"request": [their_hook]},
        headers={"X-Theirs": "their-secret"},
        params={"apikey": "their-secret"},
        cookies={"session": "their-secret"},
        timeout=7.0,
    )
    before = state(lent)
    with (
        OpenTextClient(auth=httpx.BasicAuth("ot-user", "ot-pw"), http_client=lent) as opentext,
        NcpMailerClient(
            base_url=NCP, auth=NcpSignatureAuth("ncp-ak", "ncp-sk"), http_client=lent
        ) as ncp,
        InfobipClient(
            base_url=INFOBIP, auth=InfobipApiKeyAuth("ib-key"), http_client=lent
        ) as infobip,
    ):
        opentext.get_email_status("xsi-1234567")
        ncp.list_mails("1")
        infobip.get_reports()
    assert state(lent) == before
    assert not lent.is_closed
    check_each_went_home(sent)
    # Their own defaults (credentials of theirs, perhaps) stay theirs: none reaches a provider.
    assert all("their-secret" not in repr((r.url, r.headers.raw)) for r in sent)
    lent.close()


async def test_one_lent_async_client_serves_all_three_providers_too() -> None:
    sent: list[httpx.Request] = []

    async def transport(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return answer(request)

    lent = httpx.AsyncClient(
        transport=httpx.MockTransport(transport),
        base_url="https://theirs.example/api",
        auth=httpx.BasicAuth("their-user", "their-pw"),
    )
    before = state(lent)
    async with (
        AsyncOpenTextClient(auth=httpx.BasicAuth("ot-user", "ot-pw"), http_client=lent) as opentext,
        AsyncNcpMailerClient(
            base_url=NCP, auth=NcpSignatureAuth("ncp-ak", "ncp-sk"), http_client=lent
        ) as ncp,
        AsyncInfobipClient(
            base_url=INFOBIP, auth=InfobipApiKeyAuth("ib-key"), http_client=lent
        ) as infobip,
    ):
        await opentext.get_email_status("xsi-1234567")
        await ncp.list_mails("1")
        await infobip.get_reports()
    assert state(lent) == before
    check_each_went_home(sent)
    await lent.aclose()


@pytest.mark.slow  # a fresh interpreter per case
@pytest.mark.parametrize("configure_logging", [False, True])
def test_retries_are_logged_through_the_mailstatus_logger_only(configure_logging: bool) -> None:
    """A retried call prints nothing on its own; an application that configures logging sees the
    retry as a record of the `mailstatus` logger."""
    program = textwrap.dedent(
        f"""
        import logging, httpx
        from mailstatus import InfobipClient, InfobipApiKeyAuth, _client
        _client.retry_wait = lambda failure, retries_taken: 0.0
        if {configure_logging}:
            logging.basicConfig(level=logging.INFO, format="%(name)s %(levelname)s %(message)s")
        answers = iter([httpx.Response(503), httpx.Response(200, json={{"results": []}})])
        lent = httpx.Client(transport=httpx.MockTransport(lambda request: next(answers)))
        with InfobipClient(base_url="{INFOBIP}", auth=InfobipApiKeyAuth("k"), http_client=lent) as c:
            c.get_reports()
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout == ""
    if configure_logging:
        (line,) = [line for line in done.stderr.splitlines() if line.startswith("mailstatus")]
        assert line.startswith("mailstatus INFO GET https://acme.api.infobip.com/email/4/reports")
        assert "503" in line
        assert "retry 1 of 2" in line
    else:
        assert done.stderr == ""
