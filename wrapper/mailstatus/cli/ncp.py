"""`mailstatus ncp mails`: the mails of a send request."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated

import typer

from mailstatus import NcpMailerClient, NcpSignatureAuth, ncp_base_url
from mailstatus.cli.console import one_line_errors, progress
from mailstatus.cli.options import BaseUrlOption, FormatOption, NormalizedOption, given
from mailstatus.cli.output import Format, open_writer
from mailstatus.cli.rows import Row, ncp_row, status_row
from mailstatus.ncp.statuses import from_ncp
from ncp_mailer_client.models import MailListItem

app = typer.Typer(
    help="NAVER Cloud Outbound Mailer: the mails of a send request.", no_args_is_help=True
)


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


@app.command("mails")
@one_line_errors
def mails(
    request_id: Annotated[str, typer.Argument(help="The send request's id.")],
    status: Annotated[
        list[str] | None, typer.Option(help="Delivery state (R P I S F U C PF); repeat.")
    ] = None,
    recipient: Annotated[str | None, typer.Option(help="Recipient address.")] = None,
    title: Annotated[str | None, typer.Option(help="Subject (LIKE search).")] = None,
    sort: Annotated[list[str] | None, typer.Option(help="property,asc|desc; repeat.")] = None,
    size: Annotated[int, typer.Option(help="Mails per page.")] = 100,
    page: Annotated[int, typer.Option(help="The page, from 0 (without --all).")] = 0,
    all_pages: Annotated[bool, typer.Option("--all", help="Every page.")] = False,
    normalized: NormalizedOption = False,
    fmt: FormatOption = Format.table,
    base_url: BaseUrlOption = None,
    region: Annotated[str | None, typer.Option(help="KR, SGN or JPN.")] = None,
    zone: Annotated[str, typer.Option(help="public, gov or fin.")] = "public",
    access_key: Annotated[str | None, typer.Option(help="Access key id.")] = None,
    secret_key: Annotated[str | None, typer.Option(help="Secret key.")] = None,
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
