"""`mailstatus ncp`: NAVER Cloud mail, on the Cloud Outbound Mailer (v1) or SENS mail (v2): the
mails of a send request (or each of their recipients), one mail's recipients, a request's
progress, the requests of a time window.

Which API a command talks to (`--api`, else the rule in `API_RULE`) is decided once, in `_api`,
by the same settings and precedence as the mailer's base URL (`base_url_from`)."""

from __future__ import annotations

import datetime
import enum
import os
from collections.abc import Callable, Iterator
from typing import Annotated, Any

import anyio
import typer
from attrs import frozen
from rich.markup import escape

from mailstatus import ConfigurationError, DeliveryStatus, InvalidInputError
from mailstatus._settings import Alternative, chosen
from mailstatus._validate import seconds
from mailstatus.cli import options
from mailstatus.cli.console import Tally, one_line_errors, progress
from mailstatus.cli.options import (
    MOMENT,
    FormatOption,
    MaxRetriesOption,
    NormalizedOption,
    RequestSettings,
    TimeoutOption,
    VerboseOption,
    WideOption,
    client_settings,
    from_env,
    given,
)
from mailstatus.cli.output import Format, Writer, open_writer, writing
from mailstatus.cli.rows import (
    Row,
    ncp_recipient_row,
    ncp_request_row,
    ncp_request_status_row,
    ncp_row,
    sens_mail_row,
    sens_recipient_row,
    sens_request_row,
    sens_request_status_row,
    status_row,
)
from mailstatus.errors import DeadlineExceededError
from mailstatus.ncp.auth import VARIABLES, NcpSignatureAuth, auth_from
from mailstatus.ncp.client import (
    BASE_URL_VARIABLES,
    AsyncNcpMailerClient,
    NcpMailerClient,
    base_url_from,
)
from mailstatus.ncp.results import (
    MailPage,
    RequestPage,
    RequestStatus,
    SensMailPage,
    SensRequestPage,
    SensRequestStatus,
)
from mailstatus.ncp.sens import BASE_URL_VARIABLE as SENS_BASE_URL_VARIABLE
from mailstatus.ncp.sens import SERVICE_ID_VARIABLE, AsyncSensMailClient, SensMailClient
from mailstatus.ncp.statuses import from_ncp, from_ncp_recipient, from_sens, from_sens_recipient
from mailstatus.ncp.zones import async_mail_client, mail_client
from mailstatus.pagination import iter_pages
from mailstatus.polling import poll
from ncp_mailer_client.models import MailListItem, Recipient
from ncp_sens_mail_client.models import SensMailSummary

#: `mailstatus ncp`.
app: typer.Typer = typer.Typer(
    rich_markup_mode="markdown",
    help="NAVER Cloud mail, v1 (Cloud Outbound Mailer) or v2 (SENS mail): send requests, their "
    "mails and each recipient's result.",
    no_args_is_help=True,
)


class Api(enum.StrEnum):
    """NCP's mail APIs: v1, the Cloud Outbound Mailer; v2, SENS mail."""

    v1 = "v1"
    v2 = "v2"


#: How a command picks the API when `--api` is left out (docs/cli.md says the same).
API_RULE = (
    "v1 (Cloud Outbound Mailer) or v2 (SENS mail). Left out: v1 when a mailer base URL applies "
    "(--base-url, or NCP_MAILER_BASE_URL unless --region or --zone is given), or the region is "
    "not KR, or the zone is gov or fin; else (Korea, public zone) v2."
)

# The options of every command: the API, where it is, and the credentials. A variable that only
# v2 reads is shown as "[v2 env var: ...]".
ApiOption = Annotated[Api | None, typer.Option("--api", help=API_RULE)]
ServiceId = Annotated[
    str | None,
    typer.Option(
        help="SENS mail v2's service id, an NRN such as ncp:mail:kr:123456789012:main. "
        + escape(f"[v2 env var: {SERVICE_ID_VARIABLE}]")
    ),
]
BaseUrl = Annotated[
    str | None,
    typer.Option(
        help="The API's base URL (a sandbox's, say). "
        + escape(f"[env var: {BASE_URL_VARIABLES['base_url']}]")
        + " "
        + escape(f"[v2 env var: {SENS_BASE_URL_VARIABLE}]")
    ),
]
Region = Annotated[
    str | None, from_env(BASE_URL_VARIABLES["region"], "KR (default), SGN or JPN (v1 only).")
]
Zone = Annotated[
    str | None,
    from_env(BASE_URL_VARIABLES["zone"], "public (default), gov or fin (v2: public only)."),
]
AccessKey = Annotated[str | None, from_env(VARIABLES["access_key"], "Access key id.")]
SecretKey = Annotated[str | None, from_env(VARIABLES["secret_key"], "Secret key.")]
Lang = Annotated[str | None, from_env(VARIABLES["lang"], "Label language: ko-KR, en-US, zh-CN.")]
Size = Annotated[int, typer.Option(help="Items per page.")]
Page = Annotated[int, typer.Option(help="The page, from 0 (without --all).")]
AllPages = Annotated[bool, typer.Option("--all", help="Every page.")]

_APIS: tuple[Alternative[Api], ...] = (
    Alternative(("base_url",), lambda s: Api.v1),
    Alternative(
        (),
        lambda s: (
            Api.v2
            if s.get("zone", "public") == "public" and str(s.get("region", "KR")).upper() == "KR"
            else Api.v1
        ),
        takes=("region", "zone"),
    ),
)


def _api(api: Api | None, **place: str | None) -> Api:
    """`api`, else by `API_RULE`: the settings and precedence of `base_url_from`."""
    if api is not None:
        return api
    # Never missing: the last alternative needs no setting.
    return chosen(BASE_URL_VARIABLES, _APIS, place, missing="")


@frozen
class _Target:
    """The API a command talks to, where, with which credentials and settings."""

    api: Api
    auth: NcpSignatureAuth
    #: v1: its base URL; v2: its zone, service id and any base URL given.
    where: dict[str, Any]
    settings: RequestSettings

    def client(self) -> NcpMailerClient | SensMailClient:
        return mail_client(api=self.api.value, auth=self.auth, **self.where, **self.settings)

    def async_client(self) -> AsyncNcpMailerClient | AsyncSensMailClient:
        return async_mail_client(api=self.api.value, auth=self.auth, **self.where, **self.settings)


def _target(
    api: Api | None,
    service_id: str | None,
    base_url: str | None,
    region: str | None,
    zone: str | None,
    access_key: str | None,
    secret_key: str | None,
    settings: RequestSettings,
) -> _Target:
    place = {"base_url": base_url, "region": region, "zone": zone}
    auth = auth_from(access_key=access_key, secret_key=secret_key)
    if _api(api, **place) is Api.v1:
        return _Target(Api.v1, auth, {"base_url": base_url_from(**place)}, settings)
    if service_id is None and not os.environ.get(SERVICE_ID_VARIABLE):
        raise ConfigurationError(
            "SENS mail v2 needs the mail service's id: pass --service-id, or set "
            f"{SERVICE_ID_VARIABLE} (or use v1: --api v1)"
        )
    where = {
        "zone": zone or os.environ.get(BASE_URL_VARIABLES["zone"]) or "public",
        "service_id": service_id,
        **given(base_url=base_url),
    }
    return _Target(Api.v2, auth, where, settings)


def _paged(tally: Tally, page: MailPage | RequestPage | SensMailPage | SensRequestPage) -> None:
    """A page on the progress line: v1's Spring envelope counts the pages and the items, SENS
    v2's counts neither."""
    if isinstance(page, SensMailPage | SensRequestPage):
        tally.page(page.number + 1, len(page.items))
    else:
        total = page.model.total_elements
        tally.page(page.number + 1, len(page.items), pages=page.total_pages, total=total)


@app.command("mails")
@one_line_errors
def mails(
    ctx: typer.Context,
    request_id: Annotated[str, typer.Argument(help="The send request's id.")],
    status: Annotated[
        list[str] | None,
        typer.Option(
            help="Delivery state; repeat. v1: R P I S F U C PF; v2: READY RESERVED SENDING "
            "COMPLETED FAILED PARTIAL_FAILED CANCELED."
        ),
    ] = None,
    recipient: Annotated[str | None, typer.Option(help="Recipient address.")] = None,
    title: Annotated[str | None, typer.Option(help="Subject (LIKE search).")] = None,
    sort: Annotated[
        list[str] | None, typer.Option(help="property,asc|desc; repeat (v2: once).")
    ] = None,
    size: Annotated[int, typer.Option(help="Mails per page.")] = 100,
    page: Page = 0,
    all_pages: AllPages = False,
    recipients: Annotated[
        bool,
        typer.Option(
            "--recipients",
            help="A row per recipient of every mail (every page, one mail detail per mail, "
            "several asked for at once), in the columns of `ncp mail`: its state, retries, SMTP "
            "reply and result code; with --normalized, a DeliveryStatus per recipient (the SMTP "
            "reply in reason, the result code in error_code).",
        ),
    ] = False,
    normalized: NormalizedOption = False,
    fmt: FormatOption = Format.table,
    wide: WideOption = False,
    api: ApiOption = None,
    service_id: ServiceId = None,
    base_url: BaseUrl = None,
    region: Region = None,
    zone: Zone = None,
    access_key: AccessKey = None,
    secret_key: SecretKey = None,
    lang: Lang = None,
    timeout: TimeoutOption = None,
    max_retries: MaxRetriesOption = None,
    verbose: VerboseOption = False,
) -> None:
    """The mails of a send request, one page or all of them; or each recipient's result."""
    settings = client_settings(ctx, timeout, max_retries, verbose)
    target = _target(api, service_id, base_url, region, zone, access_key, secret_key, settings)
    if recipients and page != 0:
        raise InvalidInputError("--recipients walks every page: leave out --page")
    if target.api is Api.v2:
        if sort is not None and len(sort) > 1:
            raise InvalidInputError("SENS mail v2 sorts by one property: give --sort once")
        filters = given(
            status=status,
            sort=sort[0] if sort else None,
            page_size=size,
            recipient_address=recipient,
            title=title,
            x_ncp_lang=lang,
        )
    else:
        filters = given(
            send_status=status,
            sort=sort,
            size=size,
            recipient_address=recipient,
            title=title,
            x_ncp_lang=lang,
        )
    with writing(open_writer(fmt, title=f"NCP request {request_id}", wide=wide)) as writer:
        if recipients:
            to_row = status_row if normalized else _recipient_row
            walker = target.async_client()
            anyio.run(_print_recipients, writer, walker, request_id, filters, to_row)
            return
        with target.client() as client, progress("mails") as tally:
            pages: Iterator[MailPage] | Iterator[SensMailPage]
            if isinstance(client, SensMailClient):
                pages = (
                    client.iter_pages(request_id, **filters)
                    if all_pages
                    else iter([client.list_mails(request_id, page_no=page, **filters)])
                )
            else:
                pages = (
                    client.iter_pages(request_id, **filters)
                    if all_pages
                    else iter([client.list_mails(request_id, page=page, **filters)])
                )
            for each in pages:
                writer.write([_mail_row(mail, normalized) for mail in each])
                _paged(tally, each)


def _mail_row(mail: MailListItem | SensMailSummary, normalized: bool) -> Row:
    if isinstance(mail, SensMailSummary):
        return status_row(from_sens(mail)) if normalized else sens_mail_row(mail)
    return status_row(from_ncp(mail)) if normalized else ncp_row(mail)


def _recipient_row(status: DeliveryStatus) -> Row:
    """A per-recipient status in the columns of `ncp mail` (its `raw` is the recipient)."""
    mail_id = status.message_id or ""
    if isinstance(status.raw, Recipient):
        return ncp_recipient_row(mail_id, status.raw)
    return sens_recipient_row(mail_id, status.raw)


async def _print_recipients(
    writer: Writer,
    client: AsyncNcpMailerClient | AsyncSensMailClient,
    request_id: str,
    filters: dict[str, Any],
    to_row: Callable[[DeliveryStatus], Row],
) -> None:
    """Each recipient's row, the async client asking for several mail details at once (its
    `recipient_statuses`, in the mails' order): a mail at a time (a table, a hundred recipients
    at a time)."""
    chunk: list[DeliveryStatus] = []
    with progress("recipients") as tally:

        def flush() -> None:
            writer.write([to_row(status) for status in chunk])
            tally.advance(len(chunk))
            chunk.clear()

        async with client:
            async for status in client.recipient_statuses(request_id, **filters):
                if chunk and (
                    chunk[-1].message_id != status.message_id
                    if writer.streams
                    else len(chunk) == 100
                ):
                    flush()
                chunk.append(status)
        if chunk:
            flush()


@app.command("mail")
@one_line_errors
def mail(
    ctx: typer.Context,
    mail_id: Annotated[str, typer.Argument(help="The mail's id.")],
    request_id: Annotated[
        str | None,
        typer.Option(
            help="The mail's send request: v2 needs it; v1 checks the mail is of that request."
        ),
    ] = None,
    normalized: Annotated[
        bool,
        typer.Option(
            "--normalized",
            help="Normalized DeliveryStatus rows, one per recipient (the SMTP reply in reason, "
            "the result code in error_code).",
        ),
    ] = False,
    fmt: FormatOption = Format.table,
    wide: WideOption = False,
    api: ApiOption = None,
    service_id: ServiceId = None,
    base_url: BaseUrl = None,
    region: Region = None,
    zone: Zone = None,
    access_key: AccessKey = None,
    secret_key: SecretKey = None,
    lang: Lang = None,
    timeout: TimeoutOption = None,
    max_retries: MaxRetriesOption = None,
    verbose: VerboseOption = False,
) -> None:
    """One mail's recipients, a row each: address, type (R to, C cc, B bcc), state, whether
    their server took it, retries, its SMTP reply, the result code, and when."""
    settings = client_settings(ctx, timeout, max_retries, verbose)
    client = _target(
        api, service_id, base_url, region, zone, access_key, secret_key, settings
    ).client()
    with client:
        if isinstance(client, SensMailClient):
            if request_id is None:
                raise InvalidInputError(
                    "SENS mail v2 finds a mail within its request: pass --request-id"
                )
            sens = client.get_mail(request_id, mail_id, **given(x_ncp_lang=lang))
            rows = [
                status_row(from_sens_recipient(sens.model, each))
                if normalized
                else sens_recipient_row(mail_id, each)
                for each in sens
            ]
        else:
            detail = client.get_mail(mail_id, **given(x_ncp_lang=lang))
            if request_id is not None and detail.model.request_id != request_id:
                raise InvalidInputError(
                    f"mail {mail_id} is of request {detail.model.request_id}, not {request_id}"
                )
            rows = [
                status_row(from_ncp_recipient(detail.model, each))
                if normalized
                else ncp_recipient_row(mail_id, each)
                for each in detail
            ]
    writer = open_writer(fmt, title=f"NCP mail {mail_id}", wide=wide)
    writer.write(rows)
    writer.close()


@app.command("request")
@one_line_errors
def request(
    ctx: typer.Context,
    request_id: Annotated[str, typer.Argument(help="The send request's id.")],
    wait: Annotated[
        bool,
        typer.Option(
            "--wait",
            help="Ask again, waiting longer each time, until the request is done (progress on "
            "stderr); exit 1 if it is not done by --deadline.",
        ),
    ] = False,
    deadline: Annotated[
        float | None,
        typer.Option(
            metavar="SECONDS",
            help="With --wait: give up on the request being done after this many seconds (300).",
        ),
    ] = None,
    interval: Annotated[
        float | None,
        typer.Option(help="With --wait: the first wait in seconds (1), doubling up to 30."),
    ] = None,
    fmt: FormatOption = Format.table,
    wide: WideOption = False,
    api: ApiOption = None,
    service_id: ServiceId = None,
    base_url: BaseUrl = None,
    region: Region = None,
    zone: Zone = None,
    access_key: AccessKey = None,
    secret_key: SecretKey = None,
    lang: Lang = None,
    timeout: TimeoutOption = None,
    max_retries: MaxRetriesOption = None,
    verbose: VerboseOption = False,
) -> None:
    """How far a send request has got, one row: done or not, the counts of mails requested,
    sent and finished (and ready, v1), and how many are in each state."""
    for name, value in (("--deadline", deadline), ("--interval", interval)):
        if not wait and value is not None:
            raise InvalidInputError(f"{name} goes with --wait")
        if value is not None:
            seconds(name, value)  # named as the shell user gave it, not as `poll` calls it
    settings = client_settings(ctx, timeout, max_retries, verbose)
    client = _target(
        api, service_id, base_url, region, zone, access_key, secret_key, settings
    ).client()
    extra = given(x_ncp_lang=lang)
    with client:

        def fetch() -> RequestStatus | SensRequestStatus:
            return client.get_request_status(request_id, **extra)

        status = _waited(request_id, fetch, deadline, interval) if wait else fetch()
    row = (
        sens_request_status_row(status)
        if isinstance(status, SensRequestStatus)
        else ncp_request_status_row(status)
    )
    writer = open_writer(fmt, title=f"NCP request {request_id}", wide=wide)
    writer.write([row])
    writer.close()


def _waited(
    request_id: str,
    fetch: Callable[[], RequestStatus | SensRequestStatus],
    deadline: float | None,
    interval: float | None,
) -> RequestStatus | SensRequestStatus:
    """`fetch` until done, by the schedule of the clients' `wait_until_done`, showing how many
    mails have finished."""
    deadline = 300.0 if deadline is None else deadline
    with progress(f"request {request_id}: finished") as tally:
        finished = 0

        def fetched() -> RequestStatus | SensRequestStatus:
            nonlocal finished
            status = fetch()
            now, total = _finished(status)
            tally.advance(now - finished, total=total)
            finished = now
            return status

        try:
            return poll(
                fetched,
                lambda status: status.done,
                timeout=deadline,
                interval=1.0 if interval is None else interval,
                max_interval=max(30.0, 1.0 if interval is None else interval),
            )
        except DeadlineExceededError as exc:
            last = exc.last
            assert isinstance(last, RequestStatus | SensRequestStatus)  # noqa: S101
            now, total = _finished(last)
            raise DeadlineExceededError(
                f"request {request_id} is not done after {deadline:g} s "
                f"({now} of {total if total is not None else '?'} mails finished)",
                last=last,
            ) from None


def _finished(status: RequestStatus | SensRequestStatus) -> tuple[int, int | None]:
    """Mails finished, of how many."""
    model = status.model
    finish, total = model.finish_count, model.request_count
    return (
        finish if isinstance(finish, int) else 0,
        total if isinstance(total, int) else None,
    )


@app.command("requests")
@one_line_errors
def requests(
    ctx: typer.Context,
    since: Annotated[str, typer.Option(help=f"Requests made at or after this moment ({MOMENT}).")],
    until: Annotated[str, typer.Option(help=f"Requests made before this moment ({MOMENT}).")],
    status: Annotated[
        list[str] | None,
        typer.Option(
            help="Request state; repeat. v1: R P I S F U C PF; v2: PREPARING READY RESERVED "
            "SENDING COMPLETED FAILED PARTIAL_FAILED CANCELED."
        ),
    ] = None,
    size: Annotated[int, typer.Option(help="Requests per page.")] = 100,
    page: Page = 0,
    all_pages: AllPages = False,
    fmt: FormatOption = Format.table,
    wide: WideOption = False,
    api: ApiOption = None,
    service_id: ServiceId = None,
    base_url: BaseUrl = None,
    region: Region = None,
    zone: Zone = None,
    access_key: AccessKey = None,
    secret_key: SecretKey = None,
    lang: Lang = None,
    timeout: TimeoutOption = None,
    max_retries: MaxRetriesOption = None,
    verbose: VerboseOption = False,
) -> None:
    """The send requests of a time window, one page or all of them (v1 is sent the window as
    startUtc/endUtc, v2 as fromDateTime/toDateTime)."""
    start, end = options.moment("--since", since), options.moment("--until", until)
    settings = client_settings(ctx, timeout, max_retries, verbose)
    client = _target(
        api, service_id, base_url, region, zone, access_key, secret_key, settings
    ).client()
    with client, writing(open_writer(fmt, title="NCP requests", wide=wide)) as writer:
        fetch: Callable[[int], RequestPage | SensRequestPage]
        if isinstance(client, SensMailClient):
            sens, sens_filters = client, given(status=status, page_size=size, x_ncp_lang=lang)
            fetch = lambda number: sens.list_requests(start, end, page_no=number, **sens_filters)  # noqa: E731
        else:
            v1, filters = client, given(send_status=status, size=size, x_ncp_lang=lang)
            fetch = lambda number: v1.list_requests(  # noqa: E731
                start_utc=_ms(start), end_utc=_ms(end), page=number, **filters
            )
        pages: Iterator[RequestPage | SensRequestPage] = (
            iter_pages(fetch) if all_pages else iter([fetch(page)])
        )
        with progress("requests") as tally:
            for each in pages:
                if isinstance(each, SensRequestPage):
                    writer.write([sens_request_row(found) for found in each])
                else:
                    writer.write([ncp_request_row(found) for found in each])
                _paged(tally, each)


def _ms(moment: datetime.datetime) -> int:
    """An aware moment as epoch milliseconds."""
    return int(moment.timestamp() * 1000)
