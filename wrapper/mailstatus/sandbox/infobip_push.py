"""The sandbox's Infobip pushes to a notify URL. When the app starts, every pending delivery report
is taken out of the store (handed out: the pull endpoints no longer give it, as with Infobip once a
`notifyUrl` is set) and POSTed in batches, `{"results": [...]}` as the spec's webhook
`receive-email-delivery-reports` describes, with no credentials of any kind.

A batch the receiver does not take (an answer other than 2xx, no connection, a timeout) is pushed
again after each delay of `RETRY_DELAYS` in turn, so a receiver may see one batch several times.
When the delays are used up the batch is dropped from pushing: its reports are never handed out
again, but stay readable in the v4 logs (`/email/4/logs`), where a receiver can recover them.

Infobip publishes no retry schedule for pushed reports: its webhook, notify-URL and subscription
pages say only that reports are pushed again when not accepted. `RETRY_DELAYS` is therefore the
sandbox's assumption. What is published: notification profiles take 1 to 2,000 reports per request
(`maxBucketSize`, https://www.infobip.com/docs/api/platform/subscriptions-api/create-profile), 100
by default (https://www.infobip.com/docs/api/channels/sms/sms-messaging/logs-and-status-reports/
receive-outbound-sms-message-report), at least 20 concurrent requests (`windowSize`).
"""

from __future__ import annotations

import asyncio
import logging
import math
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager, suppress
from typing import Any

import httpx
from attrs import define

from mailstatus.sandbox import infobip_v4 as v4
from mailstatus.sandbox.data import SandboxData

logger: logging.Logger = logging.getLogger("mailstatus.sandbox")

#: The sandbox's assumption (Infobip publishes none): seconds before each push again of a batch.
RETRY_DELAYS = (60.0, 300.0, 900.0, 3600.0, 10800.0)
DEFAULT_BATCH_SIZE = 100  # Infobip's default maxBucketSize
MAX_BATCH_SIZE = 2000  # Infobip's largest maxBucketSize
WINDOW_SIZE = 20  # requests in flight at once: Infobip's smallest windowSize
TIMEOUT = httpx.Timeout(10.0)  # within the profiles' connect (<= 30 s) and read (<= 90 s) bounds


def check_options(notify_url: str, batch_size: int, time_scale: float) -> None:
    """Raise ValueError, saying why, unless these make a pusher: an http(s) URL without user info
    (a push carries no credentials), 1 to 2,000 reports per batch, a finite time scale >= 0."""
    try:
        url = httpx.URL(notify_url)
    except (httpx.InvalidURL, TypeError):
        raise ValueError(f"the notify URL {notify_url!r} is not a URL") from None
    if url.scheme not in ("http", "https") or not url.host:
        raise ValueError(f"the notify URL {notify_url!r} is not an http(s) URL with a host")
    if url.userinfo:
        raise ValueError("the notify URL must not carry credentials: pushes carry none")
    if isinstance(batch_size, bool) or not isinstance(batch_size, int):
        raise ValueError("the push batch size must be an integer")
    if not 1 <= batch_size <= MAX_BATCH_SIZE:
        raise ValueError(f"the push batch size must be between 1 and {MAX_BATCH_SIZE}")
    if not (isinstance(time_scale, int | float) and math.isfinite(time_scale) and time_scale >= 0):
        raise ValueError("the push time scale must be a finite number, 0 or more")


def pushed_report(report: dict[str, Any]) -> dict[str, Any]:
    """A stored (v1) report as Infobip pushes it: v4's fields, with the platform's ids flat and
    the message count under its published name, `smsCount`."""
    fields = v4.v4_report(report)
    platform: dict[str, str] = fields.pop("platform")
    del fields["sender"]  # v4's, not a pushed report's
    fields["smsCount"] = fields.pop("messageCount")
    return fields | platform


@define
class InfobipPusher:
    """Pushes the pending reports of `data` to `notify_url`, `batch_size` per request, each batch
    on its own schedule: `RETRY_DELAYS` times `time_scale` (0.001 makes a minute 60 ms)."""

    data: SandboxData
    notify_url: str
    batch_size: int = DEFAULT_BATCH_SIZE
    time_scale: float = 1.0

    def __attrs_post_init__(self) -> None:
        check_options(self.notify_url, self.batch_size, self.time_scale)

    @asynccontextmanager
    async def lifespan(self, app: object) -> AsyncIterator[None]:
        """The app's lifespan: the reports are taken before it serves, and pushed until it stops."""
        task = asyncio.create_task(self._push(self._take()))
        try:
            yield
        finally:
            task.cancel()
            with suppress(asyncio.CancelledError):
                await task

    def _take(self) -> list[list[dict[str, Any]]]:
        reports = [report for bulk in self.data.infobip_pending.values() for report in bulk]
        for bulk in self.data.infobip_pending.values():
            bulk.clear()  # handed out once: pushed, never pulled
        size = self.batch_size
        return [reports[start : start + size] for start in range(0, len(reports), size)]

    async def _push(self, batches: list[list[dict[str, Any]]]) -> None:
        window = asyncio.Semaphore(WINDOW_SIZE)
        async with (
            httpx.AsyncClient(timeout=TIMEOUT, trust_env=False) as http,  # no .netrc credentials
            asyncio.TaskGroup() as group,
        ):
            for batch in batches:
                group.create_task(self._deliver(http, window, batch))

    async def _deliver(
        self, http: httpx.AsyncClient, window: asyncio.Semaphore, batch: list[dict[str, Any]]
    ) -> None:
        body = {"results": [pushed_report(report) for report in batch]}
        for delay in (0.0, *RETRY_DELAYS):
            await asyncio.sleep(delay * self.time_scale)
            async with window:
                try:
                    response = await http.post(self.notify_url, json=body)
                except httpx.HTTPError:
                    continue
            if response.is_success:
                return
        logger.warning(
            "dropped a push of %d reports to %s after %d attempts; the v4 logs still show them",
            len(batch),
            self.notify_url,
            1 + len(RETRY_DELAYS),
        )
