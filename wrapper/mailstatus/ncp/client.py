"""NAVER Cloud Outbound Mailer clients: the mails of a send request, a page at a time or all."""

from __future__ import annotations

import enum
import os
import re
from collections.abc import AsyncIterator, Iterator, Sequence
from typing import Any, TypedDict, Unpack

import httpx
from attrs import frozen

from mailstatus._client import AsyncAPIClient, ProviderConfig, SyncAPIClient
from mailstatus._results import APIResult
from mailstatus._validate import header_value, integer, path_segment, text
from mailstatus.delivery import DeliveryStatus, from_ncp
from mailstatus.errors import ConfigurationError, InvalidInputError
from mailstatus.ncp._provider import PROVIDER
from mailstatus.ncp.auth import auth_from_env
from mailstatus.pagination import aiter_pages, iter_pages
from ncp_mailer_client.api.mails import get_mail_list
from ncp_mailer_client.models import MailListItem, MailListPage
from ncp_mailer_client.types import UNSET

ZONES = {"public": "ntruss.com", "gov": "gov-ntruss.com", "fin": "fin-ntruss.com"}
REGIONS = {"KR": "v1", "SGN": "v1-sgn", "JPN": "v1-jpn"}
SORT = re.compile(r"^(id|createUtc|statusCode)(,(asc|desc))?$", re.IGNORECASE)


class SendStatus(enum.StrEnum):
    """NCP delivery states, for the `status` filter. The set is open: plain strings pass too."""

    READY = "R"
    PREPARING = "P"
    IN_TRANSIT = "I"
    SENT = "S"
    FAILED = "F"
    UNSUBSCRIBED = "U"
    CANCELED = "C"
    PARTIAL_FAILURE = "PF"


class MailFilters(TypedDict, total=False):
    """The filters of `list_mails`, `iter_pages` and `iter_mails`."""

    status: Sequence[SendStatus | str]  #: sent as repeated `sendStatus` keys
    recipient: str
    title: str  #: a LIKE search
    mail_id: str
    sort: Sequence[str]  #: `createUtc,desc`, `id`, `statusCode,asc`
    size: int  #: mails per page
    lang: str  #: label language, x-ncp-lang


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


@frozen
class MailPage(APIResult[MailListPage]):
    """One page of mails; iterating it gives its mails (generated `MailListItem`s)."""

    @property
    def mails(self) -> list[MailListItem]:
        return self.model.content or []

    @property
    def number(self) -> int:
        return self.model.number

    @property
    def last(self) -> bool:
        return self.model.last

    @property
    def total_pages(self) -> int:
        return self.model.total_pages

    def item_keys(self) -> tuple[str, ...]:
        return tuple(mail.mail_id for mail in self.mails)

    def __iter__(self) -> Iterator[MailListItem]:
        return iter(self.mails)


def _codes(name: str, value: Any, pattern: re.Pattern[str] | None = None) -> list[str]:
    """A filter taken as a list (a plain string would be read letter by letter): each item a
    non-empty string, matching `pattern` if given."""
    if isinstance(value, str) or not isinstance(value, list | tuple) or not value:
        raise InvalidInputError(
            f"{name} takes a non-empty list, such as {name}=['S', 'PF'], not {value!r}"
        )
    codes = [
        text(f"{name} item", str(item) if isinstance(item, SendStatus) else item) for item in value
    ]
    bad = [code for code in codes if pattern is not None and not pattern.fullmatch(code)]
    if bad:
        raise InvalidInputError(
            f"{name} takes a list of 'property,asc|desc' (id, createUtc, statusCode), not {bad}"
        )
    return codes


def _list_request(request_id: str, page: int, filters: MailFilters) -> dict[str, Any]:
    unknown = set(filters) - set(MailFilters.__annotations__)
    if unknown:
        raise InvalidInputError(f"unknown NCP mail filters: {sorted(unknown)}")
    # A filter given as None or "" is refused, never dropped: dropping it would widen the query.
    given: dict[str, Any] = dict(filters)
    # The generated module's own request builder: repeated keys and path encoding as specified.
    return get_mail_list._get_kwargs(
        path_segment("request_id", request_id),
        mail_id=text("mail_id", given["mail_id"]) if "mail_id" in given else UNSET,
        recipient_address=text("recipient", given["recipient"]) if "recipient" in given else UNSET,
        title=text("title", given["title"]) if "title" in given else UNSET,
        send_status=_codes("status", given["status"]) if "status" in given else UNSET,
        size=integer("size", given["size"], minimum=1) if "size" in given else UNSET,
        page=integer("page", page, minimum=0),
        sort=_codes("sort", given["sort"], SORT) if "sort" in given else UNSET,
        x_ncp_lang=header_value("lang", given["lang"]) if "lang" in given else UNSET,
    )


class _NcpConfig(ProviderConfig):
    _provider = PROVIDER

    def _default_base_url(self) -> str:
        return os.environ.get("NCP_MAILER_BASE_URL") or ncp_base_url(
            os.environ.get("NCP_MAILER_REGION", "KR"), os.environ.get("NCP_MAILER_ZONE", "public")
        )

    def _auth_from_env(self) -> httpx.Auth:
        return auth_from_env()


class NcpMailerClient(_NcpConfig, SyncAPIClient):
    """NAVER Cloud Outbound Mailer, synchronous. Use it as a context manager, or call `close()`.

    `auth` is an `NcpSignatureAuth`; without it, NCP_ACCESS_KEY and NCP_SECRET_KEY are used.
    `base_url` defaults to NCP_MAILER_BASE_URL, else `ncp_base_url(NCP_MAILER_REGION,
    NCP_MAILER_ZONE)`, else Korea in the public zone.
    """

    def list_mails(
        self, request_id: str, *, page: int = 0, **filters: Unpack[MailFilters]
    ) -> MailPage:
        """One page of the request's mails (page numbers from 0)."""
        return self._get(_list_request(request_id, page, filters), MailListPage, MailPage)

    def iter_pages(
        self, request_id: str, *, max_pages: int | None = None, **filters: Unpack[MailFilters]
    ) -> Iterator[MailPage]:
        """Every page, from page 0 through the last; the filters apply to each."""
        return iter_pages(
            lambda page: self.list_mails(request_id, page=page, **filters), max_pages=max_pages
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


class AsyncNcpMailerClient(_NcpConfig, AsyncAPIClient):
    """NAVER Cloud Outbound Mailer, asynchronous: the twin of `NcpMailerClient`."""

    async def list_mails(
        self, request_id: str, *, page: int = 0, **filters: Unpack[MailFilters]
    ) -> MailPage:
        """One page of the request's mails (page numbers from 0)."""
        return await self._get(_list_request(request_id, page, filters), MailListPage, MailPage)

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
        return aiter_pages(
            lambda page: self.list_mails(request_id, page=page, **filters),
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
