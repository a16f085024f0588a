"""`mailstatus opentext status`: one job's deliveries."""

from __future__ import annotations

from typing import Annotated

import typer

from mailstatus import OpenTextClient
from mailstatus.cli import options
from mailstatus.cli.console import one_line_errors
from mailstatus.cli.options import (
    FormatOption,
    MaxRetriesOption,
    NormalizedOption,
    TimeoutOption,
    VerboseOption,
    WideOption,
    client_settings,
    from_env,
)
from mailstatus.cli.output import Format, render
from mailstatus.cli.rows import opentext_rows, status_row
from mailstatus.opentext.auth import VARIABLES, auth_from
from mailstatus.opentext.client import BASE_URL_VARIABLE
from mailstatus.opentext.statuses import from_opentext

#: `mailstatus opentext`.
app: typer.Typer = typer.Typer(
    rich_markup_mode="markdown", help="OpenText Messaging: email job status.", no_args_is_help=True
)


@app.command("status")
@one_line_errors
def status(
    ctx: typer.Context,
    job_id: Annotated[str, typer.Argument(help="The job id, such as xsi-1234567.")],
    normalized: NormalizedOption = False,
    fmt: FormatOption = Format.table,
    wide: WideOption = False,
    base_url: Annotated[str | None, options.base_url(BASE_URL_VARIABLE)] = None,
    username: Annotated[str | None, from_env(VARIABLES["username"], "Basic auth user.")] = None,
    password: Annotated[str | None, from_env(VARIABLES["password"], "Basic auth password.")] = None,
    client_id: Annotated[str | None, from_env(VARIABLES["client_id"], "OAuth2 client id.")] = None,
    client_secret: Annotated[
        str | None, from_env(VARIABLES["client_secret"], "OAuth2 client secret.")
    ] = None,
    tenant_id: Annotated[str | None, from_env(VARIABLES["tenant_id"], "OAuth2 tenant.")] = None,
    token_url: Annotated[str | None, from_env(VARIABLES["token_url"], "OAuth2 token URL.")] = None,
    timeout: TimeoutOption = None,
    max_retries: MaxRetriesOption = None,
    verbose: VerboseOption = False,
) -> None:
    """One job's deliveries: a row per recipient with its latest attempt."""
    settings = client_settings(ctx, timeout, max_retries, verbose)
    auth = auth_from(
        username=username,
        password=password,
        client_id=client_id,
        client_secret=client_secret,
        tenant_id=tenant_id,
        token_url=token_url,
    )
    with OpenTextClient(base_url=base_url, auth=auth, **settings) as client:
        job = client.get_email_status(job_id)
    rows = [status_row(each) for each in from_opentext(job)] if normalized else opentext_rows(job)
    render(rows, fmt, title=f"OpenText job {job_id}", wide=wide)
