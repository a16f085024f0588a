"""Infobip v4 logs against the sandbox: every auth scheme, every message once across the cursor
pages (sync and async), logs still there after the reports were drained, and retries through
injected failures (a log page can be read again)."""

from __future__ import annotations

import httpx
import pytest

from mailstatus import AsyncInfobipClient, InfobipClient
from mailstatus.sandbox import Faults, SandboxServer
from mailstatus.sandbox.data import INFOBIP_BULK
from tests.e2e.test_sandbox_e2e import infobip_auths

pytestmark = pytest.mark.slow  # a sandbox per test

MESSAGES = 2000 + 120  # the sandbox's two bulks


@pytest.mark.parametrize("auth", infobip_auths(), ids=["app", "basic", "ibsso", "oauth2"])
def test_every_message_once_with_every_auth_scheme(
    mailstatus_sandbox: SandboxServer, auth: httpx.Auth
) -> None:
    with InfobipClient(base_url=mailstatus_sandbox.base_url, auth=auth) as client:
        ids = [each.message_id for each in client.iter_logs(limit=1000)]
    assert len(ids) == len(set(ids)) == MESSAGES


async def test_the_async_walk_gives_the_same_logs(mailstatus_sandbox: SandboxServer) -> None:
    auth = infobip_auths()[0]
    with InfobipClient(base_url=mailstatus_sandbox.base_url, auth=auth) as client:
        expected = [each.message_id for each in client.iter_logs(limit=700)]
    async with AsyncInfobipClient(base_url=mailstatus_sandbox.base_url, auth=auth) as client:
        got = [each.message_id async for each in client.iter_logs(limit=700)]
    assert got == expected


def test_logs_stay_readable_after_the_reports_are_drained(
    mailstatus_sandbox: SandboxServer,
) -> None:
    with InfobipClient(base_url=mailstatus_sandbox.base_url, auth=infobip_auths()[0]) as client:
        drained = [report.message_id for report in client.iter_reports(bulk_id=INFOBIP_BULK)]
        assert client.get_reports(bulk_id=INFOBIP_BULK).reports == []
        statuses = list(client.log_statuses(bulk_id=[INFOBIP_BULK], limit=50))
    assert [status.message_id for status in statuses] == drained
    assert {status.recipient for status in statuses} == {f"user{n}@example.com" for n in range(120)}


def test_a_walk_retries_through_injected_failures() -> None:
    with (
        SandboxServer(faults=Faults(error_rate=0.4, seed=3)) as sandbox,
        InfobipClient(base_url=sandbox.base_url, auth=infobip_auths()[0], max_retries=12) as client,
    ):
        ids = [each.message_id for each in client.iter_logs(limit=250)]
    assert len(ids) == len(set(ids)) == MESSAGES


def test_list_filters_take_any_of_their_values(mailstatus_sandbox: SandboxServer) -> None:
    with InfobipClient(base_url=mailstatus_sandbox.base_url, auth=infobip_auths()[0]) as client:
        every = list(client.iter_logs(campaign_reference_id=["sandbox-campaign", "x"], limit=1000))
        bulks = list(client.iter_logs(bulk_id=[INFOBIP_BULK, "sandbox-bulk-2"], limit=1000))
        none = list(client.iter_logs(campaign_reference_id=["x", "y"], limit=1000))
    assert len(every) == len(bulks) == MESSAGES
    assert none == []


def test_logs_are_readable_for_48_hours_then_gone() -> None:
    """Read again and again within the window, as Infobip keeps them; none after it."""
    now = [1_000_000.0]
    auth = infobip_auths()[0]
    with (
        SandboxServer(clock=lambda: now[0]) as sandbox,
        InfobipClient(base_url=sandbox.base_url, auth=auth) as client,
    ):
        first = [log.message_id for log in client.iter_logs(bulk_id=[INFOBIP_BULK])]
        now[0] += 48 * 3600
        assert [log.message_id for log in client.iter_logs(bulk_id=[INFOBIP_BULK])] == first
        assert len(first) == 120
        now[0] += 1
        assert list(client.iter_logs(bulk_id=[INFOBIP_BULK])) == []
