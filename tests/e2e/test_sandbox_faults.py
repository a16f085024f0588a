"""Under injected faults the wrapper's retries lose nothing and repeat nothing."""

from __future__ import annotations

import time

import httpx
import pytest

from mailstatus import (
    APIConnectionError,
    InfobipApiKeyAuth,
    InfobipClient,
    NcpMailerClient,
    NcpSignatureAuth,
    ServerError,
)
from mailstatus.sandbox import Faults, SandboxServer
from mailstatus.sandbox import credentials as cred
from mailstatus.sandbox.data import INFOBIP_LARGE_BULK, NCP_LARGE_REQUEST

pytestmark = pytest.mark.slow  # a sandbox per test, long walks with retries

# 20% of requests fail: 10% with 503, 10% with 429 and Retry-After.
TWENTY_PERCENT = {"error_rate": 0.1, "rate_limit_rate": 0.1, "retry_after": 1}
RETRIES = 8  # at 20%, eight retries in a row all fail about once in two billion calls


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_iter_mails_returns_all_2500_distinct_mails(seed: int) -> None:
    with SandboxServer(faults=Faults(**TWENTY_PERCENT, seed=seed)) as sandbox:
        auth = NcpSignatureAuth(cred.NCP_ACCESS_KEY, cred.NCP_SECRET_KEY)
        base = f"{sandbox.base_url}/api/v1"
        with NcpMailerClient(base_url=base, auth=auth, max_retries=RETRIES) as client:
            sent: list[httpx.Request] = []
            client._http.event_hooks["request"].append(sent.append)
            ids = [m.mail_id for m in client.iter_mails(NCP_LARGE_REQUEST, size=100)]
    assert len(ids) == 2500
    assert len(set(ids)) == 2500
    assert len(sent) > 25  # faults struck: more requests than the 25 pages


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_iter_reports_drains_a_bulk_with_none_lost(seed: int) -> None:
    with SandboxServer(faults=Faults(**TWENTY_PERCENT, seed=seed)) as sandbox:
        auth = InfobipApiKeyAuth(cred.INFOBIP_API_KEY)
        with InfobipClient(base_url=sandbox.base_url, auth=auth, max_retries=RETRIES) as client:
            ids = [r.message_id for r in client.iter_reports(bulk_id=INFOBIP_LARGE_BULK, limit=100)]
    assert sorted(ids) == [f"{INFOBIP_LARGE_BULK}-msg-{n:05d}" for n in range(2000)]


def test_dropped_connections_are_retried() -> None:
    with SandboxServer(faults=Faults(drop_rate=0.3, seed=5)) as sandbox:
        auth = NcpSignatureAuth(cred.NCP_ACCESS_KEY, cred.NCP_SECRET_KEY)
        base = f"{sandbox.base_url}/api/v1"
        with NcpMailerClient(base_url=base, auth=auth, max_retries=RETRIES) as client:
            ids = {m.mail_id for m in client.iter_mails(NCP_LARGE_REQUEST, size=250)}
    assert len(ids) == 2500


def test_faults_without_retries_surface_as_typed_errors() -> None:
    with SandboxServer(faults=Faults(error_rate=1.0)) as sandbox:
        auth = InfobipApiKeyAuth(cred.INFOBIP_API_KEY)
        with (
            InfobipClient(base_url=sandbox.base_url, auth=auth, max_retries=1) as client,
            pytest.raises(ServerError) as caught,
        ):
            client.get_reports()
    assert caught.value.error_code == "GENERAL_ERROR"
    with SandboxServer(faults=Faults(drop_rate=1.0)) as sandbox:
        auth = InfobipApiKeyAuth(cred.INFOBIP_API_KEY)
        with (
            InfobipClient(base_url=sandbox.base_url, auth=auth, max_retries=0) as client,
            pytest.raises(APIConnectionError),
        ):
            client.get_reports()


def test_latency_is_added() -> None:
    with SandboxServer(faults=Faults(latency=0.2)) as sandbox:
        auth = InfobipApiKeyAuth(cred.INFOBIP_API_KEY)
        with InfobipClient(base_url=sandbox.base_url, auth=auth) as client:
            started = time.monotonic()
            client.get_reports(limit=1)
            assert time.monotonic() - started >= 0.2


@pytest.mark.parametrize(
    "options",
    [{"error_rate": 1.5}, {"error_rate": 0.6, "drop_rate": 0.6}, {"latency": -1}],
)
def test_impossible_faults_are_refused(options: dict[str, float]) -> None:
    with pytest.raises(ValueError, match=r"must|more than 1"):
        Faults(**options)  # type: ignore[arg-type]
