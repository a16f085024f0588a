"""The wrapper against the sandbox over real sockets: every auth scheme, wrong credentials,
the providers' behaviour, sync and async."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator

import httpx
import pytest

from mailstatus import (
    AsyncInfobipClient,
    AsyncNcpMailerClient,
    AsyncOpenTextClient,
    AuthenticationError,
    BadRequestError,
    DeliveryState,
    InfobipApiKeyAuth,
    InfobipClient,
    InfobipIbssoAuth,
    InfobipOAuth2,
    InfobipV1Client,
    NcpMailerClient,
    NcpSignatureAuth,
    NotFoundError,
    OpenTextClient,
    OpenTextOAuth2,
)
from mailstatus.sandbox import SandboxServer
from mailstatus.sandbox import credentials as cred
from mailstatus.sandbox.data import (
    INFOBIP_BULK,
    NCP_LARGE_REQUEST,
    NCP_SMALL_REQUEST,
    OPENTEXT_JOB,
)

pytestmark = pytest.mark.slow  # a sandbox per test


def ncp_auth(**kwargs: object) -> NcpSignatureAuth:
    return NcpSignatureAuth(cred.NCP_ACCESS_KEY, cred.NCP_SECRET_KEY, **kwargs)  # type: ignore[arg-type]


def token_url(sandbox: SandboxServer) -> str:
    return f"{sandbox.base_url}/tenants/{cred.OPENTEXT_TENANT}/oauth2/token"


def opentext_auths(sandbox: SandboxServer) -> Iterator[httpx.Auth]:
    yield httpx.BasicAuth(cred.OPENTEXT_USER, cred.OPENTEXT_PASSWORD)
    yield OpenTextOAuth2(
        client_id=cred.OPENTEXT_CLIENT_ID,
        client_secret=cred.OPENTEXT_CLIENT_SECRET,
        token_url=token_url(sandbox),
    )
    yield OpenTextOAuth2(
        client_id=cred.OPENTEXT_CLIENT_ID,
        client_secret=cred.OPENTEXT_CLIENT_SECRET,
        token_url=token_url(sandbox),
        username=cred.OPENTEXT_USER,
        password=cred.OPENTEXT_PASSWORD,
    )


def test_opentext_every_auth_scheme(mailstatus_sandbox: SandboxServer) -> None:
    for auth in opentext_auths(mailstatus_sandbox):
        with OpenTextClient(base_url=mailstatus_sandbox.base_url, auth=auth) as client:
            job = client.get_email_status(OPENTEXT_JOB)
        assert job.model.job_id == OPENTEXT_JOB
        assert job.customer_reference is not None
        assert job.customer_reference.text == f"Kundenreferenz {OPENTEXT_JOB} für Sandbox"
        assert [n.text for n in job.attachment_names if n] == ["open.gif", "Rechnung März.pdf"]


@pytest.mark.parametrize(
    "auth",
    [
        httpx.BasicAuth(cred.OPENTEXT_USER, "wrong"),
        OpenTextOAuth2(client_id=cred.OPENTEXT_CLIENT_ID, client_secret="wrong", tenant_id="x"),
    ],
    ids=["basic", "oauth2"],
)
def test_opentext_wrong_credentials(mailstatus_sandbox: SandboxServer, auth: httpx.Auth) -> None:
    if isinstance(auth, OpenTextOAuth2):
        auth.token_url = token_url(mailstatus_sandbox)
    with (
        OpenTextClient(base_url=mailstatus_sandbox.base_url, auth=auth) as client,
        pytest.raises(AuthenticationError),
    ):
        client.get_email_status(OPENTEXT_JOB)


def test_opentext_unknown_job(mailstatus_sandbox: SandboxServer) -> None:
    auth = httpx.BasicAuth(cred.OPENTEXT_USER, cred.OPENTEXT_PASSWORD)
    with (
        OpenTextClient(base_url=mailstatus_sandbox.base_url, auth=auth) as client,
        pytest.raises(NotFoundError, match="unknown or purged"),
    ):
        client.get_email_status("xsi-9")


def test_opentext_token_expiry_on_the_server_is_refreshed() -> None:
    now = [time.time()]
    with SandboxServer(clock=lambda: now[0]) as sandbox:
        auth = OpenTextOAuth2(
            client_id=cred.OPENTEXT_CLIENT_ID,
            client_secret=cred.OPENTEXT_CLIENT_SECRET,
            token_url=token_url(sandbox),
        )
        with OpenTextClient(base_url=sandbox.base_url, auth=auth) as client:
            client.get_email_status(OPENTEXT_JOB)
            now[0] += 7200  # the server's token expired; the client still thinks it fresh
            client.get_email_status(OPENTEXT_JOB)
    assert auth.token_requests == 2


def test_ncp_signed_filters_sort_and_paging(mailstatus_sandbox: SandboxServer) -> None:
    base = f"{mailstatus_sandbox.base_url}/api/v1-sgn"
    with NcpMailerClient(base_url=base, auth=ncp_auth()) as client:
        failed = list(client.iter_mails(NCP_LARGE_REQUEST, send_status=["F", "PF"], size=50))
        assert failed
        assert {m.email_status.code for m in failed} == {"F", "PF"}
        assert len({m.mail_id for m in failed}) == len(failed)
        sale = list(client.iter_mails(NCP_SMALL_REQUEST, title="sale"))
        assert sale
        assert all("sale" in m.title.lower() for m in sale)
        ordered = client.list_mails(NCP_SMALL_REQUEST, sort=["statusCode,desc", "id"], size=37)
        keys = [(m.email_status.code, m.mail_id) for m in ordered]
        codes = [code for code, _ in keys]
        assert codes == sorted(codes, reverse=True)
        for code in set(codes):
            ids = [mail_id for c, mail_id in keys if c == code]
            assert ids == sorted(ids)
        page = client.list_mails(NCP_SMALL_REQUEST, size=10, page=3)
        assert (page.number, page.last, len(page.mails), page.total_pages) == (3, True, 7, 4)
        assert page.http_response.headers["x-ncp-trace-id"].startswith("sandbox-")


@pytest.mark.parametrize(
    ("auth", "message"),
    [
        (NcpSignatureAuth(cred.NCP_ACCESS_KEY, "wrong-secret"), "signature"),
        (NcpSignatureAuth("UNKNOWNKEY", cred.NCP_SECRET_KEY), "Authentication"),
        (ncp_auth(clock=lambda: time.time() - 301), "5 minute"),
    ],
)
def test_ncp_refuses_bad_signatures(
    mailstatus_sandbox: SandboxServer, auth: NcpSignatureAuth, message: str
) -> None:
    base = f"{mailstatus_sandbox.base_url}/api/v1"
    with (
        NcpMailerClient(base_url=base, auth=auth) as client,
        pytest.raises(AuthenticationError, match=message) as caught,
    ):
        client.list_mails(NCP_SMALL_REQUEST)
    assert caught.value.error_code == "200"
    assert caught.value.request_id is not None


def test_ncp_unknown_request(mailstatus_sandbox: SandboxServer) -> None:
    base = f"{mailstatus_sandbox.base_url}/api/v1"
    with (
        NcpMailerClient(base_url=base, auth=ncp_auth()) as client,
        pytest.raises(BadRequestError) as caught,
    ):
        client.list_mails("20990101000000000000")
    assert caught.value.error_code == "77103"


def infobip_auths() -> list[httpx.Auth]:
    return [
        InfobipApiKeyAuth(cred.INFOBIP_API_KEY),
        httpx.BasicAuth(cred.INFOBIP_USER, cred.INFOBIP_PASSWORD),
        InfobipIbssoAuth(cred.INFOBIP_USER, cred.INFOBIP_PASSWORD),
        InfobipOAuth2(cred.INFOBIP_CLIENT_ID, cred.INFOBIP_CLIENT_SECRET),
    ]


REPORT_CLIENTS = pytest.mark.parametrize(
    "reports", [InfobipClient, InfobipV1Client], ids=["v4", "v1"]
)


@REPORT_CLIENTS
def test_infobip_every_auth_scheme_and_reports_once(
    mailstatus_sandbox: SandboxServer, reports: type[InfobipClient] | type[InfobipV1Client]
) -> None:
    seen: list[str] = []
    for auth in infobip_auths():
        with reports(base_url=mailstatus_sandbox.base_url, auth=auth) as client:
            batch = client.get_reports(bulk_id=INFOBIP_BULK, limit=30)
            assert len(batch.reports) == 30
            seen += [r.message_id for r in batch]
    assert len(set(seen)) == 120  # four batches of 30: the whole bulk, nothing twice
    for either in (InfobipClient, InfobipV1Client):  # one store: gone from both versions
        with either(base_url=mailstatus_sandbox.base_url, auth=infobip_auths()[0]) as client:
            assert client.get_reports(bulk_id=INFOBIP_BULK).reports == []


@pytest.mark.parametrize(
    "auth",
    [
        InfobipApiKeyAuth("wrong"),
        httpx.BasicAuth(cred.INFOBIP_USER, "wrong"),
        InfobipIbssoAuth(cred.INFOBIP_USER, "wrong"),
        InfobipOAuth2(cred.INFOBIP_CLIENT_ID, "wrong"),
    ],
    ids=["app", "basic", "ibsso", "oauth2"],
)
@REPORT_CLIENTS
def test_infobip_wrong_credentials(
    mailstatus_sandbox: SandboxServer,
    auth: httpx.Auth,
    reports: type[InfobipClient] | type[InfobipV1Client],
) -> None:
    with (
        reports(base_url=mailstatus_sandbox.base_url, auth=auth) as client,
        pytest.raises(AuthenticationError),
    ):
        client.get_reports()


async def test_async_clients_against_the_sandbox(mailstatus_sandbox: SandboxServer) -> None:
    base = mailstatus_sandbox.base_url
    async with (
        AsyncOpenTextClient(base_url=base, auth=list(opentext_auths(mailstatus_sandbox))[1]) as ot,
        AsyncNcpMailerClient(base_url=f"{base}/api/v1", auth=ncp_auth()) as ncp,
        AsyncInfobipClient(base_url=base, auth=infobip_auths()[3]) as ib,
    ):
        jobs = await asyncio.gather(*(ot.get_email_status(OPENTEXT_JOB) for _ in range(5)))
        mails = [m.mail_id async for m in ncp.iter_mails(NCP_LARGE_REQUEST, size=500)]
        reports = [r.message_id async for r in ib.iter_reports(bulk_id=INFOBIP_BULK, limit=7)]
    assert {job.model.job_id for job in jobs} == {OPENTEXT_JOB}
    assert len(set(mails)) == 2500
    assert len(set(reports)) == 120


async def test_async_every_auth_scheme(mailstatus_sandbox: SandboxServer) -> None:
    base = mailstatus_sandbox.base_url
    for auth in opentext_auths(mailstatus_sandbox):
        async with AsyncOpenTextClient(base_url=base, auth=auth) as client:
            assert (await client.get_email_status(OPENTEXT_JOB)).model.job_id == OPENTEXT_JOB
    for auth in infobip_auths():
        async with AsyncInfobipClient(base_url=base, auth=auth) as client:
            assert len((await client.get_reports(bulk_id=INFOBIP_BULK, limit=5)).reports) == 5
    wrong = [InfobipApiKeyAuth("wrong"), InfobipIbssoAuth(cred.INFOBIP_USER, "wrong")]
    for auth in wrong:
        async with AsyncInfobipClient(base_url=base, auth=auth) as client:
            with pytest.raises(AuthenticationError):
                await client.get_reports()
    async with AsyncNcpMailerClient(
        base_url=f"{base}/api/v1", auth=NcpSignatureAuth(cred.NCP_ACCESS_KEY, "wrong")
    ) as ncp:
        with pytest.raises(AuthenticationError):
            await ncp.list_mails(NCP_SMALL_REQUEST)


def test_statuses_from_every_provider(mailstatus_sandbox: SandboxServer) -> None:
    base = mailstatus_sandbox.base_url
    with NcpMailerClient(base_url=f"{base}/api/v1", auth=ncp_auth()) as ncp:
        mails = list(ncp.statuses(NCP_LARGE_REQUEST, size=500))
    assert len(mails) == 2500
    assert DeliveryState.UNKNOWN not in {s.state for s in mails}
    assert {s.state for s in mails} >= {
        DeliveryState.SENT,
        DeliveryState.FAILED,
        DeliveryState.PENDING,
    }
    auth = httpx.BasicAuth(cred.OPENTEXT_USER, cred.OPENTEXT_PASSWORD)
    with OpenTextClient(base_url=base, auth=auth) as opentext:
        jobs = list(opentext.statuses(OPENTEXT_JOB))
    assert jobs
    assert all(s.message_id.startswith(f"{OPENTEXT_JOB}/ref-") for s in jobs)  # type: ignore[union-attr]


async def test_async_statuses(mailstatus_sandbox: SandboxServer) -> None:
    base = mailstatus_sandbox.base_url
    async with AsyncInfobipClient(base_url=base, auth=infobip_auths()[0]) as infobip:
        reports = [s async for s in infobip.statuses(bulk_id=INFOBIP_BULK, limit=50)]
    async with AsyncNcpMailerClient(base_url=f"{base}/api/v1", auth=ncp_auth()) as ncp:
        mails = [s async for s in ncp.statuses(NCP_SMALL_REQUEST)]
    async with AsyncOpenTextClient(
        base_url=base, auth=next(iter(opentext_auths(mailstatus_sandbox)))
    ) as ot:
        jobs = [s async for s in ot.statuses(OPENTEXT_JOB)]
    assert len(reports) == 120
    assert all(s.final == (s.state not in (DeliveryState.PENDING,)) for s in reports)
    assert len(mails) == 37
    assert {s.provider for s in jobs} == {"opentext"}
