"""NAVER Cloud SENS mail v2 clients: the public zone's mail API since NAVER folded the Outbound
Mailer into SENS (2026-09-17). The same signature as v1, one mail service (`service_id`, an NRN
such as `ncp:mail:kr:123456789012:main`) per client, and the methods of the v1 clients, whose
normalized statuses read the same."""

from __future__ import annotations

import datetime
import os
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any, TypeVar, Unpack

import httpx

from mailstatus._client import (
    AsyncAPIClient,
    AsyncSettings,
    ProviderConfig,
    SyncAPIClient,
    SyncSettings,
)
from mailstatus._parameters import request_kwargs
from mailstatus._validate import path_segment
from mailstatus.delivery import DeliveryStatus
from mailstatus.errors import ConfigurationError, InvalidInputError
from mailstatus.fanout import map_ordered
from mailstatus.ncp.auth import auth_from_env
from mailstatus.ncp.errors import PROVIDER
from mailstatus.ncp.results import SensMailDetail, SensMailPage, SensRequestPage, SensRequestStatus
from mailstatus.ncp.statuses import from_sens, from_sens_recipient
from mailstatus.pagination import aiter_pages, iter_pages
from mailstatus.polling import apoll, poll
from ncp_sens_mail_client.api.mail import (
    get_sens_mail,
    get_sens_mail_list,
    get_sens_mail_request,
    get_sens_mail_request_list,
)
from ncp_sens_mail_client.models import (
    SensMail,
    SensMailList,
    SensMailRequest,
    SensMailRequestList,
    SensMailRequestSummary,
    SensMailSummary,
)
from ncp_sens_mail_client.parameters import get_sens_mail as mail_parameters
from ncp_sens_mail_client.parameters import get_sens_mail_list as list_parameters
from ncp_sens_mail_client.parameters import get_sens_mail_request as status_parameters
from ncp_sens_mail_client.parameters import get_sens_mail_request_list as requests_parameters
from ncp_sens_mail_client.parameters.get_sens_mail import Parameters as MailOptions
from ncp_sens_mail_client.parameters.get_sens_mail_list import Parameters as SensMailFilters
from ncp_sens_mail_client.parameters.get_sens_mail_request import Parameters as StatusOptions
from ncp_sens_mail_client.parameters.get_sens_mail_request_list import (
    Parameters as SensRequestFilters,
)

SENS_BASE_URL = "https://sens.apigw.ntruss.com"
#: The environment variables the base URL and the service id fall back to.
BASE_URL_VARIABLE = "NCP_SENS_BASE_URL"
SERVICE_ID_VARIABLE = "NCP_SENS_SERVICE_ID"
#: The page size SENS uses when none is asked for (the spec's default).
DEFAULT_PAGE_SIZE = 10

F = TypeVar("F", SensMailFilters, SensRequestFilters)


def _numbered(filters: F) -> Callable[[int], F]:
    """The filters of a walk's pages (a walk sets `page_no` itself)."""
    if "page_no" in filters:
        raise InvalidInputError("page_no is set by the walk: leave it out")

    def on_page(number: int) -> F:
        paged = filters.copy()
        paged["page_no"] = number
        return paged

    return on_page


class _SensConfig(ProviderConfig):
    """The SENS clients: base URL and credentials from the environment, and one mail service."""

    _provider = PROVIDER
    service_id: str

    def _default_base_url(self) -> str:
        return os.environ.get(BASE_URL_VARIABLE) or SENS_BASE_URL

    def _auth_from_env(self) -> httpx.Auth:
        return auth_from_env()

    def _service(self, service_id: str | None) -> str:
        service_id = service_id if service_id is not None else os.environ.get(SERVICE_ID_VARIABLE)
        if service_id is None:
            raise ConfigurationError(
                f"SENS needs the mail service's id: pass service_id=, or set {SERVICE_ID_VARIABLE}"
            )
        return path_segment("service_id", service_id)

    def _list(self, request_id: str, filters: SensMailFilters) -> dict[str, Any]:
        return request_kwargs(
            get_sens_mail_list, list_parameters, self.service_id, request_id, **filters
        )

    def _requests(
        self, since: datetime.datetime, until: datetime.datetime, filters: SensRequestFilters
    ) -> dict[str, Any]:
        # Dates go out in ISO 8601 with their offset; a naive one is refused.
        return request_kwargs(
            get_sens_mail_request_list,
            requests_parameters,
            self.service_id,
            since,
            until,
            **filters,
        )

    def _mail(self, request_id: str, mail_id: str, options: MailOptions) -> dict[str, Any]:
        return request_kwargs(
            get_sens_mail, mail_parameters, self.service_id, request_id, mail_id, **options
        )

    def _status(self, request_id: str, options: StatusOptions) -> dict[str, Any]:
        return request_kwargs(
            get_sens_mail_request, status_parameters, self.service_id, request_id, **options
        )

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r}, service_id={self.service_id!r})"


P = TypeVar("P", SensMailPage, SensRequestPage)


def _page(
    kind: type[P], filters: SensMailFilters | SensRequestFilters
) -> Callable[[Any, httpx.Response], P]:
    """What reads the answer to `filters` into a page of `kind` (which needs its number and
    size: SENS's answer carries neither)."""
    number, size = filters.get("page_no", 0), filters.get("page_size", DEFAULT_PAGE_SIZE)
    return lambda model, response: kind(model, response, number, size)


def _per_recipient(detail: SensMailDetail) -> list[DeliveryStatus]:
    return [from_sens_recipient(detail.model, recipient) for recipient in detail.recipients]


def _is_done(status: SensRequestStatus) -> bool:
    return status.done


class SensMailClient(_SensConfig, SyncAPIClient):
    """NAVER Cloud SENS mail v2, synchronous: the twin of `NcpMailerClient` for the public zone.
    `service_id` defaults to NCP_SENS_SERVICE_ID; `base_url` to NCP_SENS_BASE_URL, else
    `https://sens.apigw.ntruss.com`; credentials to NCP_ACCESS_KEY and NCP_SECRET_KEY."""

    def __init__(self, service_id: str | None = None, **settings: Unpack[SyncSettings]) -> None:
        self.service_id: str = self._service(service_id)
        super().__init__(**settings)

    def list_mails(self, request_id: str, **filters: Unpack[SensMailFilters]) -> SensMailPage:
        """One page of the request's mails (`page_no` from 0, `page_size` 1 to 1000)."""
        request = self._list(request_id, filters)
        return self._get(request, SensMailList, _page(SensMailPage, filters))

    def iter_pages(
        self, request_id: str, *, max_pages: int | None = None, **filters: Unpack[SensMailFilters]
    ) -> Iterator[SensMailPage]:
        """Every page, from 0 through the first one shorter than `page_size`."""
        paged = _numbered(filters)
        return iter_pages(
            lambda page: self.list_mails(request_id, **paged(page)), max_pages=max_pages
        )

    def iter_mails(
        self, request_id: str, *, max_pages: int | None = None, **filters: Unpack[SensMailFilters]
    ) -> Iterator[SensMailSummary]:
        """Every mail of the request, across all pages."""
        for page in self.iter_pages(request_id, max_pages=max_pages, **filters):
            yield from page.mails

    def statuses(
        self, request_id: str, *, max_pages: int | None = None, **filters: Unpack[SensMailFilters]
    ) -> Iterator[DeliveryStatus]:
        """`iter_mails` as normalized `DeliveryStatus`es."""
        return map(from_sens, self.iter_mails(request_id, max_pages=max_pages, **filters))

    def get_mail(
        self, request_id: str, mail_id: str, **options: Unpack[MailOptions]
    ) -> SensMailDetail:
        """One mail of the request with each recipient's result."""
        return self._get(self._mail(request_id, mail_id, options), SensMail, SensMailDetail)

    def recipient_statuses(
        self, request_id: str, *, max_pages: int | None = None, **filters: Unpack[SensMailFilters]
    ) -> Iterator[DeliveryStatus]:
        """A `DeliveryStatus` per recipient of each mail (see `NcpMailerClient`)."""
        for mail in self.iter_mails(request_id, max_pages=max_pages, **filters):
            yield from _per_recipient(self.get_mail(request_id, mail.mail_id))

    def get_request_status(
        self, request_id: str, **options: Unpack[StatusOptions]
    ) -> SensRequestStatus:
        """The send request and its state (`done` once final)."""
        return self._get(self._status(request_id, options), SensMailRequest, SensRequestStatus)

    def wait_until_done(
        self, request_id: str, *, timeout: float, interval: float = 1.0, max_interval: float = 30.0
    ) -> SensRequestStatus:
        """Poll `get_request_status` until the request is done (see `NcpMailerClient`)."""
        return poll(
            lambda: self.get_request_status(request_id),
            _is_done,
            timeout=timeout,
            interval=interval,
            max_interval=max_interval,
        )

    def list_requests(
        self,
        since: datetime.datetime,
        until: datetime.datetime,
        **filters: Unpack[SensRequestFilters],
    ) -> SensRequestPage:
        """One page of the send requests made from `since` to `until` (aware datetimes)."""
        request = self._requests(since, until, filters)
        return self._get(request, SensMailRequestList, _page(SensRequestPage, filters))

    def iter_requests(
        self,
        since: datetime.datetime,
        until: datetime.datetime,
        *,
        max_pages: int | None = None,
        **filters: Unpack[SensRequestFilters],
    ) -> Iterator[SensMailRequestSummary]:
        """Every send request of the window, across all pages."""
        paged = _numbered(filters)
        fetch = lambda page: self.list_requests(since, until, **paged(page))  # noqa: E731
        for page in iter_pages(fetch, max_pages=max_pages):
            yield from page.requests


class AsyncSensMailClient(_SensConfig, AsyncAPIClient):
    """NAVER Cloud SENS mail v2, asynchronous: the twin of `SensMailClient`."""

    def __init__(self, service_id: str | None = None, **settings: Unpack[AsyncSettings]) -> None:
        self.service_id: str = self._service(service_id)
        super().__init__(**settings)

    async def list_mails(self, request_id: str, **filters: Unpack[SensMailFilters]) -> SensMailPage:
        """One page of the request's mails (see `SensMailClient.list_mails`)."""
        request = self._list(request_id, filters)
        return await self._get(request, SensMailList, _page(SensMailPage, filters))

    def iter_pages(
        self,
        request_id: str,
        *,
        max_pages: int | None = None,
        concurrency: int = 1,
        **filters: Unpack[SensMailFilters],
    ) -> AsyncIterator[SensMailPage]:
        """Every page, in order (SENS gives no page count, so one at a time whatever
        `concurrency` says beyond the first)."""
        paged = _numbered(filters)
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
        **filters: Unpack[SensMailFilters],
    ) -> AsyncIterator[SensMailSummary]:
        """Every mail of the request, across all pages."""
        async for page in self.iter_pages(request_id, max_pages=max_pages, **filters):
            for mail in page.mails:
                yield mail

    async def statuses(
        self,
        request_id: str,
        *,
        max_pages: int | None = None,
        **filters: Unpack[SensMailFilters],
    ) -> AsyncIterator[DeliveryStatus]:
        """`iter_mails` as normalized `DeliveryStatus`es."""
        async for mail in self.iter_mails(request_id, max_pages=max_pages, **filters):
            yield from_sens(mail)

    async def get_mail(
        self, request_id: str, mail_id: str, **options: Unpack[MailOptions]
    ) -> SensMailDetail:
        """One mail of the request with each recipient's result."""
        return await self._get(self._mail(request_id, mail_id, options), SensMail, SensMailDetail)

    async def recipient_statuses(
        self,
        request_id: str,
        *,
        max_pages: int | None = None,
        concurrency: int = 16,
        **filters: Unpack[SensMailFilters],
    ) -> AsyncIterator[DeliveryStatus]:
        """A `DeliveryStatus` per recipient, up to `concurrency` mail details at once, in the
        mails' order."""
        ids = (
            mail.mail_id
            async for mail in self.iter_mails(request_id, max_pages=max_pages, **filters)
        )

        async def detail(mail_id: str) -> SensMailDetail:
            return await self.get_mail(request_id, mail_id)

        async for found in map_ordered(detail, ids, concurrency=concurrency):
            for status in _per_recipient(found):
                yield status

    async def get_request_status(
        self, request_id: str, **options: Unpack[StatusOptions]
    ) -> SensRequestStatus:
        """The send request and its state (`done` once final)."""
        request = self._status(request_id, options)
        return await self._get(request, SensMailRequest, SensRequestStatus)

    async def wait_until_done(
        self, request_id: str, *, timeout: float, interval: float = 1.0, max_interval: float = 30.0
    ) -> SensRequestStatus:
        """The async twin of `SensMailClient.wait_until_done`."""
        return await apoll(
            lambda: self.get_request_status(request_id),
            _is_done,
            timeout=timeout,
            interval=interval,
            max_interval=max_interval,
        )

    async def list_requests(
        self,
        since: datetime.datetime,
        until: datetime.datetime,
        **filters: Unpack[SensRequestFilters],
    ) -> SensRequestPage:
        """One page of the send requests made from `since` to `until`."""
        request = self._requests(since, until, filters)
        return await self._get(request, SensMailRequestList, _page(SensRequestPage, filters))

    async def iter_requests(
        self,
        since: datetime.datetime,
        until: datetime.datetime,
        *,
        max_pages: int | None = None,
        **filters: Unpack[SensRequestFilters],
    ) -> AsyncIterator[SensMailRequestSummary]:
        """Every send request of the window, across all pages."""
        paged = _numbered(filters)
        pages = aiter_pages(
            lambda page: self.list_requests(since, until, **paged(page)), max_pages=max_pages
        )
        async for page in pages:
            for request in page.requests:
                yield request
