"""NAVER Cloud Outbound Mailer clients: the mails of a send request (a page at a time or all), a
mail with its recipients, a request's progress, the requests of a time window."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any, TypeVar, Unpack

import httpx

from mailstatus._client import AsyncAPIClient, ProviderConfig, SyncAPIClient
from mailstatus._parameters import request_kwargs
from mailstatus._settings import Alternative, chosen
from mailstatus.delivery import DeliveryStatus
from mailstatus.errors import ConfigurationError, InvalidInputError
from mailstatus.fanout import map_ordered
from mailstatus.ncp.auth import auth_from_env
from mailstatus.ncp.errors import PROVIDER
from mailstatus.ncp.results import MailDetail, MailPage, RequestPage, RequestStatus
from mailstatus.ncp.statuses import from_ncp, from_ncp_recipient
from mailstatus.pagination import aiter_pages, iter_pages
from mailstatus.polling import apoll, poll
from ncp_mailer_client.api.mails import (
    get_mail,
    get_mail_list,
    get_mail_request_list,
    get_mail_request_status,
)
from ncp_mailer_client.models import (
    Mail,
    MailListItem,
    MailListPage,
    MailRequestListItem,
    MailRequestPage,
    MailRequestStatus,
)
from ncp_mailer_client.parameters import get_mail as mail_parameters
from ncp_mailer_client.parameters import get_mail_list as list_parameters
from ncp_mailer_client.parameters import get_mail_request_list as requests_parameters
from ncp_mailer_client.parameters import get_mail_request_status as status_parameters
from ncp_mailer_client.parameters.get_mail import Parameters as MailParameters
from ncp_mailer_client.parameters.get_mail_list import Parameters as MailListParameters
from ncp_mailer_client.parameters.get_mail_request_list import (
    Parameters as RequestListParameters,
)
from ncp_mailer_client.parameters.get_mail_request_status import (
    Parameters as StatusParameters,
)

ZONES = {"public": "ntruss.com", "gov": "gov-ntruss.com", "fin": "fin-ntruss.com"}
REGIONS = {"KR": "v1", "SGN": "v1-sgn", "JPN": "v1-jpn"}


#: The parameters of `list_mails` and the walks, as the spec states them (`send_status`,
#: `recipient_address`, `title`, `mail_id`, `sort`, `size`, `page`, `x_ncp_lang`).
MailFilters = MailListParameters
#: The parameters of `list_requests` and its walks: the window (`start_utc`/`end_utc` in epoch
#: ms, or `start_date_time`/`end_date_time`), `request_id`, `mail_id`, `dispatch_type`, `title`,
#: `template_sid`, `sender_address`, `recipient_address`, `send_status`, `size`, `page`, `sort`.
RequestFilters = RequestListParameters
#: How many mail details an async per-recipient walk asks for at once, by default.
DETAIL_CONCURRENCY = 16


def ncp_base_url(region: str = "KR", zone: str = "public") -> str:
    """The mailer's base URL for a region (KR, SGN, JPN) and zone (public, gov, fin)."""
    try:
        host, path = ZONES[zone], REGIONS[region.upper()]
    except (KeyError, TypeError, AttributeError):
        raise ConfigurationError(
            f"unknown NCP region {region!r} or zone {zone!r}: regions {sorted(REGIONS)}, "
            f"zones {sorted(ZONES)}"
        ) from None
    if zone == "fin" and path != "v1":
        raise ConfigurationError("the NCP financial zone serves Korea (KR) only")
    return f"https://mail.apigw.{host}/api/{path}"


#: Each setting of `base_url_from` and the environment variable it falls back to.
BASE_URL_VARIABLES = {
    "base_url": "NCP_MAILER_BASE_URL",
    "region": "NCP_MAILER_REGION",
    "zone": "NCP_MAILER_ZONE",
}

_BASE_URLS: tuple[Alternative[str], ...] = (
    Alternative(("base_url",), lambda s: s["base_url"]),
    Alternative(
        (),
        lambda s: ncp_base_url(s.get("region", "KR"), s.get("zone", "public")),
        takes=("region", "zone"),
    ),
)


def base_url_from(**given: str | None) -> str:
    """`base_url`, else `ncp_base_url(region, zone)`, Korea and the public zone by default. Each
    setting not given comes from its variable in `BASE_URL_VARIABLES`; a region or zone given
    comes before NCP_MAILER_BASE_URL."""
    return chosen(
        BASE_URL_VARIABLES,
        _BASE_URLS,
        given,
        missing=f"NCP needs a base URL: pass base_url=, or set {BASE_URL_VARIABLES['base_url']}",
    )


F = TypeVar("F", MailFilters, RequestFilters)


def _paged(filters: F) -> Callable[[int], F]:
    """The filters of a walk's pages (a walk sets `page` itself)."""
    if "page" in filters:
        raise InvalidInputError("page is set by the walk: leave it out (max_pages bounds a walk)")

    def on_page(number: int) -> F:
        paged = filters.copy()
        paged["page"] = number
        return paged

    return on_page


def _requests(filters: RequestFilters) -> dict[str, Any]:
    return request_kwargs(get_mail_request_list, requests_parameters, **filters)


def _status(request_id: str, options: StatusParameters) -> dict[str, Any]:
    return request_kwargs(get_mail_request_status, status_parameters, request_id, **options)


def _per_recipient(detail: MailDetail) -> list[DeliveryStatus]:
    return [from_ncp_recipient(detail.model, recipient) for recipient in detail.recipients]


def _is_done(status: RequestStatus) -> bool:
    return status.done


class _NcpConfig(ProviderConfig):
    """The Cloud Outbound Mailer clients: their base URL and credentials, from the environment."""

    _provider = PROVIDER

    def _default_base_url(self) -> str:
        return base_url_from()

    def _auth_from_env(self) -> httpx.Auth:
        return auth_from_env()


class NcpMailerClient(_NcpConfig, SyncAPIClient):
    """NAVER Cloud Outbound Mailer, synchronous. Use it as a context manager, or call `close()`.

    `auth` is an `NcpSignatureAuth`; without it, NCP_ACCESS_KEY and NCP_SECRET_KEY are used.
    `base_url` defaults to NCP_MAILER_BASE_URL, else `ncp_base_url(NCP_MAILER_REGION,
    NCP_MAILER_ZONE)`, else Korea in the public zone.
    """

    def list_mails(self, request_id: str, **filters: Unpack[MailFilters]) -> MailPage:
        """One page of the request's mails (`page` from 0, the first by default). The filters
        are the spec's parameters: `send_status=["S", SendStatus.PARTIAL_FAILURE]`, `size`,
        `sort=["createUtc,desc"]`, `recipient_address`, `title`, `mail_id`, `x_ncp_lang`."""
        request = request_kwargs(get_mail_list, list_parameters, request_id, **filters)
        return self._get(request, MailListPage, MailPage)

    def iter_pages(
        self, request_id: str, *, max_pages: int | None = None, **filters: Unpack[MailFilters]
    ) -> Iterator[MailPage]:
        """Every page, from page 0 through the last; the filters apply to each."""
        paged = _paged(filters)
        return iter_pages(
            lambda page: self.list_mails(request_id, **paged(page)), max_pages=max_pages
        )

    def iter_mails(
        self, request_id: str, *, max_pages: int | None = None, **filters: Unpack[MailFilters]
    ) -> Iterator[MailListItem]:
        """Every mail of the request, across all pages."""
        for page in self.iter_pages(request_id, max_pages=max_pages, **filters):
            yield from page.mails

    def statuses(
        self, request_id: str, *, max_pages: int | None = None, **filters: Unpack[MailFilters]
    ) -> Iterator[DeliveryStatus]:
        """`iter_mails` as normalized `DeliveryStatus`es."""
        return map(from_ncp, self.iter_mails(request_id, max_pages=max_pages, **filters))

    def get_mail(self, mail_id: str, **options: Unpack[MailParameters]) -> MailDetail:
        """One mail with each recipient's result (`recipients`: status, retries, the receiving
        server's SMTP reply in `send_result_message`)."""
        request = request_kwargs(get_mail, mail_parameters, mail_id, **options)
        return self._get(request, Mail, MailDetail)

    def recipient_statuses(
        self, request_id: str, *, max_pages: int | None = None, **filters: Unpack[MailFilters]
    ) -> Iterator[DeliveryStatus]:
        """A `DeliveryStatus` per recipient of each of the request's mails (one `get_mail` per
        mail, in the mails' order): `reason` is the SMTP reply, `error_code` the result code."""
        for mail in self.iter_mails(request_id, max_pages=max_pages, **filters):
            yield from _per_recipient(self.get_mail(mail.mail_id))

    def get_request_status(
        self, request_id: str, **options: Unpack[StatusParameters]
    ) -> RequestStatus:
        """How far the send request has got (counts by status; `done` once every mail is
        final): the cheap "is it finished?" check."""
        return self._get(_status(request_id, options), MailRequestStatus, RequestStatus)

    def wait_until_done(
        self,
        request_id: str,
        *,
        timeout: float,
        interval: float = 1.0,
        max_interval: float = 30.0,
    ) -> RequestStatus:
        """Poll `get_request_status` until the request is done, waiting `interval` seconds, then
        twice as long each time up to `max_interval`; DeadlineExceededError (carrying the last
        status) after `timeout` seconds."""
        return poll(
            lambda: self.get_request_status(request_id),
            _is_done,
            timeout=timeout,
            interval=interval,
            max_interval=max_interval,
        )

    def list_requests(self, **filters: Unpack[RequestFilters]) -> RequestPage:
        """One page of the send requests of a time window (`start_utc`/`end_utc` or
        `start_date_time`/`end_date_time`, as NCP requires) and the other filters."""
        return self._get(_requests(filters), MailRequestPage, RequestPage)

    def iter_requests(
        self, *, max_pages: int | None = None, **filters: Unpack[RequestFilters]
    ) -> Iterator[MailRequestListItem]:
        """Every send request of the window, across all pages."""
        paged = _paged(filters)
        pages = iter_pages(lambda page: self.list_requests(**paged(page)), max_pages=max_pages)
        for page in pages:
            yield from page.requests


class AsyncNcpMailerClient(_NcpConfig, AsyncAPIClient):
    """NAVER Cloud Outbound Mailer, asynchronous: the twin of `NcpMailerClient`."""

    async def list_mails(self, request_id: str, **filters: Unpack[MailFilters]) -> MailPage:
        """One page of the request's mails (see `NcpMailerClient.list_mails`)."""
        request = request_kwargs(get_mail_list, list_parameters, request_id, **filters)
        return await self._get(request, MailListPage, MailPage)

    def iter_pages(
        self,
        request_id: str,
        *,
        max_pages: int | None = None,
        concurrency: int = 1,
        **filters: Unpack[MailFilters],
    ) -> AsyncIterator[MailPage]:
        """Every page, from page 0 through the last; the filters apply to each. With
        `concurrency` > 1, up to that many pages are fetched at once, still yielded in order."""
        paged = _paged(filters)
        return aiter_pages(
            lambda page: self.list_mails(request_id, **paged(page)),
            max_pages=max_pages,
            concurrency=concurrency,
        )

    async def iter_mails(
        self,
        request_id: str,
        *,
        max_pages: int | None = None,
        concurrency: int = 1,
        **filters: Unpack[MailFilters],
    ) -> AsyncIterator[MailListItem]:
        """Every mail of the request, across all pages (see `iter_pages` for `concurrency`)."""
        pages = self.iter_pages(request_id, max_pages=max_pages, concurrency=concurrency, **filters)
        async for page in pages:
            for mail in page.mails:
                yield mail

    async def statuses(
        self,
        request_id: str,
        *,
        max_pages: int | None = None,
        concurrency: int = 1,
        **filters: Unpack[MailFilters],
    ) -> AsyncIterator[DeliveryStatus]:
        """`iter_mails` as normalized `DeliveryStatus`es."""
        mails = self.iter_mails(request_id, max_pages=max_pages, concurrency=concurrency, **filters)
        async for mail in mails:
            yield from_ncp(mail)

    async def get_mail(self, mail_id: str, **options: Unpack[MailParameters]) -> MailDetail:
        """One mail with each recipient's result (see `NcpMailerClient.get_mail`)."""
        request = request_kwargs(get_mail, mail_parameters, mail_id, **options)
        return await self._get(request, Mail, MailDetail)

    async def recipient_statuses(
        self,
        request_id: str,
        *,
        max_pages: int | None = None,
        concurrency: int = DETAIL_CONCURRENCY,
        **filters: Unpack[MailFilters],
    ) -> AsyncIterator[DeliveryStatus]:
        """A `DeliveryStatus` per recipient (see `NcpMailerClient.recipient_statuses`), with up
        to `concurrency` mail details asked for at once, still in the mails' order."""
        mails = self.iter_mails(request_id, max_pages=max_pages, **filters)
        ids = (mail.mail_id async for mail in mails)
        async for detail in map_ordered(self.get_mail, ids, concurrency=concurrency):
            for status in _per_recipient(detail):
                yield status

    async def get_request_status(
        self, request_id: str, **options: Unpack[StatusParameters]
    ) -> RequestStatus:
        """How far the send request has got (see `NcpMailerClient.get_request_status`)."""
        return await self._get(_status(request_id, options), MailRequestStatus, RequestStatus)

    async def wait_until_done(
        self,
        request_id: str,
        *,
        timeout: float,
        interval: float = 1.0,
        max_interval: float = 30.0,
    ) -> RequestStatus:
        """The async twin of `NcpMailerClient.wait_until_done`."""
        return await apoll(
            lambda: self.get_request_status(request_id),
            _is_done,
            timeout=timeout,
            interval=interval,
            max_interval=max_interval,
        )

    async def list_requests(self, **filters: Unpack[RequestFilters]) -> RequestPage:
        """One page of the send requests of a time window (see `NcpMailerClient.list_requests`)."""
        return await self._get(_requests(filters), MailRequestPage, RequestPage)

    async def iter_requests(
        self, *, max_pages: int | None = None, **filters: Unpack[RequestFilters]
    ) -> AsyncIterator[MailRequestListItem]:
        """Every send request of the window, across all pages."""
        paged = _paged(filters)
        pages = aiter_pages(lambda page: self.list_requests(**paged(page)), max_pages=max_pages)
        async for page in pages:
            for request in page.requests:
                yield request
