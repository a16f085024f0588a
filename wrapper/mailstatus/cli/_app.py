"""`mailstatus`: query the providers (or the sandbox) from the shell.

Credentials come from the provider's environment variables (see README) unless given as options.
Every failure prints one line on stderr and exits non-zero: 2 for bad input or settings, 1 for the
rest (network, refused credentials, provider errors)."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Annotated, Any, ParamSpec, TypeVar

import httpx
import stamina.instrumentation
import typer
from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn

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
from mailstatus.cli.output import Format, render
from mailstatus.cli.rows import infobip_row, ncp_row, opentext_rows

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
    ) as bar:
        task = bar.add_task(description, total=None)

        def advance(count: int, total: int | None = None) -> None:
            bar.update(task, advance=count, total=total)

        yield advance


@app.callback()
def quiet_retries() -> None:
    """The command prints its own one-line errors; stamina's per-retry warnings would be noise."""
    stamina.instrumentation.set_on_retry_hooks([])


@opentext.command("status")
@one_line_errors
def opentext_status(
    job_id: Annotated[str, typer.Argument(help="The job id, such as xsi-1234567.")],
    fmt: FormatOption = Format.table,
    base_url: BaseUrlOption = None,
    username: Annotated[str | None, typer.Option(help="Basic auth user.")] = None,
    password: Annotated[str | None, typer.Option(help="Basic auth password.")] = None,
    client_id: Annotated[str | None, typer.Option(help="OAuth2 client id.")] = None,
    client_secret: Annotated[str | None, typer.Option(help="OAuth2 client secret.")] = None,
    tenant_id: Annotated[str | None, typer.Option(help="OAuth2 tenant.")] = None,
    token_url: Annotated[str | None, typer.Option(help="OAuth2 token URL.")] = None,
) -> None:
    """One job's deliveries: a row per recipient with its latest attempt."""
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
        auth = httpx.BasicAuth(username, password)
    with OpenTextClient(base_url=base_url, auth=auth) as client:
        job = client.get_email_status(job_id)
    render(opentext_rows(job), fmt, title=f"OpenText job {job_id}")


@ncp.command("mails")
@one_line_errors
def ncp_mails(
    request_id: Annotated[str, typer.Argument(help="The send request's id.")],
    status: Annotated[
        list[str] | None,
        typer.Option("--status", help="Delivery state (R P I S F U C PF); repeat."),
    ] = None,
    recipient: Annotated[str | None, typer.Option(help="Recipient address.")] = None,
    title: Annotated[str | None, typer.Option(help="Subject (LIKE search).")] = None,
    sort: Annotated[list[str] | None, typer.Option(help="property,asc|desc; repeat.")] = None,
    size: Annotated[int, typer.Option(help="Mails per page.")] = 100,
    page: Annotated[int, typer.Option(help="The page, from 0 (without --all).")] = 0,
    all_pages: Annotated[bool, typer.Option("--all", help="Every page.")] = False,
    fmt: FormatOption = Format.table,
    base_url: BaseUrlOption = None,
    region: Annotated[str | None, typer.Option(help="KR, SGN or JPN.")] = None,
    zone: Annotated[str, typer.Option(help="public, gov or fin.")] = "public",
    access_key: Annotated[str | None, typer.Option(help="Access key id.")] = None,
    secret_key: Annotated[str | None, typer.Option(help="Secret key.")] = None,
    lang: Annotated[str | None, typer.Option(help="Label language: ko-KR, en-US, zh-CN.")] = None,
) -> None:
    """The mails of a send request, one page or all of them."""
    if base_url is None and region is not None:
        base_url = ncp_base_url(region, zone)
    auth = NcpSignatureAuth(access_key, secret_key) if access_key and secret_key else None
    filters: dict[str, Any] = {"status": status or [], "sort": sort or [], "size": size}
    filters |= {
        k: v for k, v in {"recipient": recipient, "title": title, "lang": lang}.items() if v
    }
    with NcpMailerClient(base_url=base_url, auth=auth) as client:
        if not all_pages:
            rows = [ncp_row(mail) for mail in client.list_mails(request_id, page=page, **filters)]
        else:
            rows = []
            with progress("mails") as advance:
                for each in client.iter_pages(request_id, **filters):
                    rows += [ncp_row(mail) for mail in each]
                    advance(len(each.mails), total=each.model.total_elements)
    render(rows, fmt, title=f"NCP request {request_id}")


@infobip.command("reports")
@one_line_errors
def infobip_reports(
    bulk_id: Annotated[str | None, typer.Option(help="Only this bulk.")] = None,
    message_id: Annotated[str | None, typer.Option(help="Only this message.")] = None,
    limit: Annotated[int | None, typer.Option(help="Reports per request (at most 1000).")] = None,
    all_reports: Annotated[bool, typer.Option("--all", help="Fetch until none are left.")] = False,
    fmt: FormatOption = Format.table,
    base_url: BaseUrlOption = None,
    api_key: Annotated[str | None, typer.Option(help="API key (App scheme).")] = None,
    username: Annotated[str | None, typer.Option(help="Basic or IBSSO user.")] = None,
    password: Annotated[str | None, typer.Option(help="Basic or IBSSO password.")] = None,
    ibsso: Annotated[bool, typer.Option(help="Log in for an IBSSO session.")] = False,
    client_id: Annotated[str | None, typer.Option(help="OAuth2 client id.")] = None,
    client_secret: Annotated[str | None, typer.Option(help="OAuth2 client secret.")] = None,
) -> None:
    """Delivery reports. Infobip hands each report out only once: what is printed is gone there."""
    auth: httpx.Auth | None = None
    if api_key:
        auth = InfobipApiKeyAuth(api_key)
    elif client_id and client_secret:
        auth = InfobipOAuth2(client_id, client_secret)
    elif username and password:
        auth = (
            InfobipIbssoAuth(username, password) if ibsso else httpx.BasicAuth(username, password)
        )
    filters = {
        k: v
        for k, v in {"bulk_id": bulk_id, "message_id": message_id, "limit": limit}.items()
        if v is not None
    }
    with InfobipClient(base_url=base_url, auth=auth) as client:
        if not all_reports:
            rows = [infobip_row(report) for report in client.get_reports(**filters)]  # type: ignore[arg-type]
        else:
            rows = []
            with progress("reports") as advance:
                for report in client.iter_reports(**filters):  # type: ignore[arg-type]
                    rows.append(infobip_row(report))
                    advance(1)
    render(rows, fmt, title="Infobip reports")


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
    serve(host, port, seed=seed, faults=faults, token_lifetime=token_lifetime)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(app())
