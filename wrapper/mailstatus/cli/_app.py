"""`mailstatus`: query the providers (or the sandbox) from the shell.

Credentials come from the provider's environment variables (see README) unless given as options.
Every failure prints one line on stderr and exits non-zero: 2 for bad input or settings, 1 for the
rest (network, refused credentials, provider errors)."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any, ParamSpec, TypeVar

import httpx
import typer
from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn

from infobip_email_client.models import SentEmailReport
from mailstatus import (
    ConfigurationError,
    InfobipApiKeyAuth,
    InfobipClient,
    InfobipIbssoAuth,
    InfobipOAuth2,
    InvalidInputError,
    MailstatusError,
    NcpMailerClient,
    NcpSignatureAuth,
    OpenTextClient,
    OpenTextOAuth2,
    ncp_base_url,
)
from mailstatus._token import basic_auth
from mailstatus.cli.output import Format, open_writer, render
from mailstatus.cli.reports import drain, open_journal
from mailstatus.cli.rows import Row, infobip_row, ncp_row, opentext_rows, status_row
from mailstatus.infobip.statuses import from_infobip
from mailstatus.ncp.statuses import from_ncp
from mailstatus.opentext.statuses import from_opentext
from ncp_mailer_client.models import MailListItem

app = typer.Typer(help=__doc__, no_args_is_help=True, pretty_exceptions_enable=False)
opentext = typer.Typer(help="OpenText Messaging: email job status.", no_args_is_help=True)
ncp = typer.Typer(
    help="NAVER Cloud Outbound Mailer: the mails of a send request.", no_args_is_help=True
)
infobip = typer.Typer(help="Infobip: email delivery reports.", no_args_is_help=True)
app.add_typer(opentext, name="opentext")
app.add_typer(ncp, name="ncp")
app.add_typer(infobip, name="infobip")

stderr = Console(stderr=True, soft_wrap=True)
P = ParamSpec("P")
R = TypeVar("R")

FormatOption = Annotated[Format, typer.Option("--format", "-f", help="Output format.")]
NormalizedOption = Annotated[
    bool,
    typer.Option(
        "--normalized", help="Normalized DeliveryStatus rows, one shape for every provider."
    ),
]
BaseUrlOption = Annotated[
    str | None, typer.Option(help="The provider's base URL (a sandbox's, say); else from env.")
]


def one_line_errors(command: Callable[P, R]) -> Callable[P, R]:
    """Print a failure as one line on stderr and exit non-zero, without a traceback."""

    @functools.wraps(command)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return command(*args, **kwargs)
        except (InvalidInputError, ConfigurationError) as exc:
            stderr.print(f"error: {exc}", markup=False, highlight=False)
            raise typer.Exit(2) from None
        except MailstatusError as exc:
            stderr.print(f"error: {exc}", markup=False, highlight=False)
            raise typer.Exit(1) from None
        except KeyboardInterrupt:
            stderr.print("interrupted", markup=False, highlight=False)
            raise typer.Exit(130) from None
        except OSError as exc:  # the output could not be written: a full disk, a closed pipe
            stderr.print(f"error: {exc.strerror or exc}", markup=False, highlight=False)
            raise typer.Exit(1) from None

    return run


@contextmanager
def progress(description: str) -> Iterator[Callable[..., None]]:
    """A progress line on stderr while paging; yields `advance(n, total=None)`."""
    with Progress(
        SpinnerColumn(),
        TextColumn("{task.description} {task.completed}"),
        console=stderr,
        transient=True,
        disable=not stderr.is_terminal,
        # Rows printed meanwhile go above the progress line when both share the terminal; else
        # they must go to stdout itself, which Rich's redirection would send to stderr.
        redirect_stdout=sys.stdout.isatty(),
        redirect_stderr=False,
    ) as bar:
        task = bar.add_task(description, total=None)

        def advance(count: int, total: int | None = None) -> None:
            bar.update(task, advance=count, total=total)

        yield advance


# Options shared by a provider's commands, declared once.
OtUser = Annotated[str | None, typer.Option("--username", help="Basic auth user.")]
OtPassword = Annotated[str | None, typer.Option("--password", help="Basic auth password.")]
OtClientId = Annotated[str | None, typer.Option("--client-id", help="OAuth2 client id.")]
OtSecret = Annotated[str | None, typer.Option("--client-secret", help="OAuth2 client secret.")]
OtTenant = Annotated[str | None, typer.Option("--tenant-id", help="OAuth2 tenant.")]
OtTokenUrl = Annotated[str | None, typer.Option("--token-url", help="OAuth2 token URL.")]
NcpRegion = Annotated[str | None, typer.Option("--region", help="KR, SGN or JPN.")]
NcpZone = Annotated[str, typer.Option("--zone", help="public, gov or fin.")]
NcpAccess = Annotated[str | None, typer.Option("--access-key", help="Access key id.")]
NcpSecret = Annotated[str | None, typer.Option("--secret-key", help="Secret key.")]
NcpStatus = Annotated[
    list[str] | None, typer.Option("--status", help="Delivery state (R P I S F U C PF); repeat.")
]
IbApiKey = Annotated[str | None, typer.Option("--api-key", help="API key (App scheme).")]
IbUser = Annotated[str | None, typer.Option("--username", help="Basic or IBSSO user.")]
IbPassword = Annotated[str | None, typer.Option("--password", help="Basic or IBSSO password.")]
IbSso = Annotated[bool, typer.Option("--ibsso", help="Log in for an IBSSO session.")]
IbClientId = Annotated[str | None, typer.Option("--client-id", help="OAuth2 client id.")]
IbSecret = Annotated[str | None, typer.Option("--client-secret", help="OAuth2 client secret.")]
IbBulk = Annotated[str | None, typer.Option("--bulk-id", help="Only this bulk.")]
IbLimit = Annotated[int | None, typer.Option("--limit", help="Reports per request (at most 1000).")]
IbJournal = Annotated[
    Path | None,
    typer.Option(
        "--journal",
        help="The sqlite journal: reports fetched but not printed survive a crash and come back. "
        "Default: one per account in the user's state directory.",
    ),
]
IbNoJournal = Annotated[
    bool,
    typer.Option(
        "--no-journal", help="Keep no journal: a report fetched but not printed can be lost."
    ),
]


def opentext_client(
    base_url: str | None,
    username: str | None,
    password: str | None,
    client_id: str | None,
    client_secret: str | None,
    tenant_id: str | None,
    token_url: str | None,
) -> OpenTextClient:
    auth: httpx.Auth | None = None
    if client_id and client_secret:
        auth = OpenTextOAuth2(
            client_id=client_id,
            client_secret=client_secret,
            tenant_id=tenant_id,
            token_url=token_url,
            username=username,
            password=password,
        )
    elif username and password:
        auth = basic_auth(username, password)
    return OpenTextClient(base_url=base_url, auth=auth)


def ncp_client(
    base_url: str | None,
    region: str | None,
    zone: str,
    access_key: str | None,
    secret_key: str | None,
) -> NcpMailerClient:
    if base_url is None and region is not None:
        base_url = ncp_base_url(region, zone)
    auth = NcpSignatureAuth(access_key, secret_key) if access_key and secret_key else None
    return NcpMailerClient(base_url=base_url, auth=auth)


def infobip_client(
    base_url: str | None,
    api_key: str | None,
    username: str | None,
    password: str | None,
    ibsso: bool,
    client_id: str | None,
    client_secret: str | None,
) -> InfobipClient:
    auth: httpx.Auth | None = None
    if api_key:
        auth = InfobipApiKeyAuth(api_key)
    elif client_id and client_secret:
        auth = InfobipOAuth2(client_id, client_secret)
    elif username and password:
        auth = InfobipIbssoAuth(username, password) if ibsso else basic_auth(username, password)
    return InfobipClient(base_url=base_url, auth=auth)


def given(**options: Any) -> dict[str, Any]:
    """The options a user gave (one left out is None), as the spec's parameters."""
    return {name: value for name, value in options.items() if value is not None}


@opentext.command("status")
@one_line_errors
def opentext_status(
    job_id: Annotated[str, typer.Argument(help="The job id, such as xsi-1234567.")],
    normalized: NormalizedOption = False,
    fmt: FormatOption = Format.table,
    base_url: BaseUrlOption = None,
    username: OtUser = None,
    password: OtPassword = None,
    client_id: OtClientId = None,
    client_secret: OtSecret = None,
    tenant_id: OtTenant = None,
    token_url: OtTokenUrl = None,
) -> None:
    """One job's deliveries: a row per recipient with its latest attempt."""
    with opentext_client(
        base_url, username, password, client_id, client_secret, tenant_id, token_url
    ) as client:
        job = client.get_email_status(job_id)
    rows = [status_row(each) for each in from_opentext(job)] if normalized else opentext_rows(job)
    render(rows, fmt, title=f"OpenText job {job_id}")


@ncp.command("mails")
@one_line_errors
def ncp_mails(
    request_id: Annotated[str, typer.Argument(help="The send request's id.")],
    status: NcpStatus = None,
    recipient: Annotated[str | None, typer.Option(help="Recipient address.")] = None,
    title: Annotated[str | None, typer.Option(help="Subject (LIKE search).")] = None,
    sort: Annotated[list[str] | None, typer.Option(help="property,asc|desc; repeat.")] = None,
    size: Annotated[int, typer.Option(help="Mails per page.")] = 100,
    page: Annotated[int, typer.Option(help="The page, from 0 (without --all).")] = 0,
    all_pages: Annotated[bool, typer.Option("--all", help="Every page.")] = False,
    normalized: NormalizedOption = False,
    fmt: FormatOption = Format.table,
    base_url: BaseUrlOption = None,
    region: NcpRegion = None,
    zone: NcpZone = "public",
    access_key: NcpAccess = None,
    secret_key: NcpSecret = None,
    lang: Annotated[str | None, typer.Option(help="Label language: ko-KR, en-US, zh-CN.")] = None,
) -> None:
    """The mails of a send request, one page or all of them."""
    filters = given(
        send_status=status,
        sort=sort,
        size=size,
        recipient_address=recipient,
        title=title,
        x_ncp_lang=lang,
    )
    to_row: Callable[[MailListItem], Row] = (
        (lambda mail: status_row(from_ncp(mail))) if normalized else ncp_row
    )
    writer = open_writer(fmt, title=f"NCP request {request_id}")
    with ncp_client(base_url, region, zone, access_key, secret_key) as client:
        if not all_pages:
            writer.write(
                [to_row(mail) for mail in client.list_mails(request_id, page=page, **filters)]
            )
        else:
            with progress("mails") as advance:
                for each in client.iter_pages(request_id, **filters):
                    writer.write([to_row(mail) for mail in each])
                    advance(len(each.mails), total=each.model.total_elements)
    writer.close()


@infobip.command("reports")
@one_line_errors
def infobip_reports(
    bulk_id: IbBulk = None,
    message_id: Annotated[str | None, typer.Option(help="Only this message.")] = None,
    limit: IbLimit = None,
    all_reports: Annotated[bool, typer.Option("--all", help="Fetch until none are left.")] = False,
    normalized: NormalizedOption = False,
    journal_path: IbJournal = None,
    no_journal: IbNoJournal = False,
    fmt: FormatOption = Format.table,
    base_url: BaseUrlOption = None,
    api_key: IbApiKey = None,
    username: IbUser = None,
    password: IbPassword = None,
    ibsso: IbSso = False,
    client_id: IbClientId = None,
    client_secret: IbSecret = None,
) -> None:
    """Delivery reports. Infobip hands each report out only once: each is printed as it arrives
    and acknowledged in the journal once printed, so a crash before that brings it back."""
    client = infobip_client(base_url, api_key, username, password, ibsso, client_id, client_secret)
    if journal_path is not None and no_journal:
        raise InvalidInputError("--journal and --no-journal exclude each other")
    to_row: Callable[[SentEmailReport], Row] = (
        (lambda report: status_row(from_infobip(report))) if normalized else infobip_row
    )
    with (
        client,
        open_journal(client, journal_path, not no_journal, stderr) as journal,
        progress("reports") as advance,
    ):
        unreadable = drain(
            client,
            journal,
            given(bulk_id=bulk_id, message_id=message_id, limit=limit),
            every=all_reports,
            to_row=to_row,
            fmt=fmt,
            title="Infobip reports",
            stderr=stderr,
            advance=advance,
        )
    if unreadable:
        where = "kept in the journal" if journal_path or not no_journal else "shown above"
        stderr.print(
            f"error: {unreadable} report(s) could not be read ({where})",
            markup=False,
            highlight=False,
        )
        raise typer.Exit(1)


@app.command("sandbox")
def sandbox(
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8765,
    seed: Annotated[int, typer.Option(help="Seed of the synthetic data.")] = 7,
    latency: Annotated[float, typer.Option(help="Seconds added to every answer.")] = 0.0,
    error_rate: Annotated[float, typer.Option(help="Share of requests answered 503.")] = 0.0,
    rate_limit_rate: Annotated[float, typer.Option(help="Share answered 429.")] = 0.0,
    retry_after: Annotated[int, typer.Option(help="Retry-After of the 429s, seconds.")] = 1,
    drop_rate: Annotated[float, typer.Option(help="Share of connections dropped.")] = 0.0,
    token_lifetime: Annotated[float, typer.Option(help="Lifetime of issued tokens, s.")] = 3600.0,
    ncp_mails: Annotated[int, typer.Option(help="Mails in the large NCP request.")] = 2500,
    infobip_reports: Annotated[int, typer.Option(help="Reports in the large bulk.")] = 2000,
) -> None:
    """Serve the local sandbox of the three providers until interrupted."""
    try:
        from mailstatus.sandbox import Faults, serve
        from mailstatus.sandbox.credentials import environment
    except ImportError as exc:
        stderr.print(f"error: the sandbox needs the 'sandbox' extra ({exc.name} is missing)")
        raise typer.Exit(2) from None
    try:
        faults = Faults(
            latency=latency,
            error_rate=error_rate,
            rate_limit_rate=rate_limit_rate,
            retry_after=retry_after,
            drop_rate=drop_rate,
            seed=seed,
        )
    except ValueError as exc:
        stderr.print(f"error: {exc}", markup=False)
        raise typer.Exit(2) from None
    base_url = f"http://{host}:{port}"
    stderr.print(
        f"mailstatus sandbox on {base_url}; to aim clients and the CLI at it:", markup=False
    )
    for name, value in environment(base_url).items():
        stderr.print(f"  export {name}={value}", markup=False, highlight=False)
    serve(
        host,
        port,
        seed=seed,
        faults=faults,
        token_lifetime=token_lifetime,
        ncp_mails=ncp_mails,
        infobip_reports=infobip_reports,
    )


if __name__ == "__main__":  # pragma: no cover
    sys.exit(app())
