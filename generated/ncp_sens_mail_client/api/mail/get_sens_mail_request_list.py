import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ncp_error_response import NcpErrorResponse
from ...models.sens_mail_request_list import SensMailRequestList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    service_id: str,
    *,
    from_date_time: datetime.datetime,
    to_date_time: datetime.datetime,
    request_id: str | Unset = UNSET,
    mail_id: str | Unset = UNSET,
    title: str | Unset = UNSET,
    template_no: int | Unset = UNSET,
    sender_address: str | Unset = UNSET,
    recipient_address: str | Unset = UNSET,
    dispatch_type: str | Unset = UNSET,
    status: list[str] | Unset = UNSET,
    page_no: int | Unset = 0,
    page_size: int | Unset = 10,
    sort: str | Unset = UNSET,
    x_ncp_lang: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_ncp_lang, Unset):
        headers["x-ncp-lang"] = x_ncp_lang

    params: dict[str, Any] = {}

    json_from_date_time = from_date_time.isoformat()
    params["fromDateTime"] = json_from_date_time

    json_to_date_time = to_date_time.isoformat()
    params["toDateTime"] = json_to_date_time

    params["requestId"] = request_id

    params["mailId"] = mail_id

    params["title"] = title

    params["templateNo"] = template_no

    params["senderAddress"] = sender_address

    params["recipientAddress"] = recipient_address

    params["dispatchType"] = dispatch_type

    json_status: list[str] | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    params["pageNo"] = page_no

    params["pageSize"] = page_size

    params["sort"] = sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/mail/v2/services/{service_id}/requests".format(
            service_id=quote(str(service_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> NcpErrorResponse | SensMailRequestList | None:
    if response.status_code == 200:
        response_200 = SensMailRequestList.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = NcpErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = NcpErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = NcpErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = NcpErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 405:
        response_405 = NcpErrorResponse.from_dict(response.json())

        return response_405

    if response.status_code == 413:
        response_413 = NcpErrorResponse.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = NcpErrorResponse.from_dict(response.json())

        return response_415

    if response.status_code == 429:
        response_429 = NcpErrorResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = NcpErrorResponse.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = NcpErrorResponse.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = NcpErrorResponse.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[NcpErrorResponse | SensMailRequestList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    service_id: str,
    *,
    client: AuthenticatedClient | Client,
    from_date_time: datetime.datetime,
    to_date_time: datetime.datetime,
    request_id: str | Unset = UNSET,
    mail_id: str | Unset = UNSET,
    title: str | Unset = UNSET,
    template_no: int | Unset = UNSET,
    sender_address: str | Unset = UNSET,
    recipient_address: str | Unset = UNSET,
    dispatch_type: str | Unset = UNSET,
    status: list[str] | Unset = UNSET,
    page_no: int | Unset = 0,
    page_size: int | Unset = 10,
    sort: str | Unset = UNSET,
    x_ncp_lang: str | Unset = UNSET,
) -> Response[NcpErrorResponse | SensMailRequestList]:
    """List the send requests of a time window

     The send requests of a mail service accepted in a time window, summary fields only
    (https://api.ncloud-docs.com/docs/en/sens-mail-request-list). `fromDateTime` and
    `toDateTime` are required, ISO 8601 with an offset (`Z` or `+09:00`), percent-encoded on
    the wire. The answer's envelope is not in the pages read (see SensMailRequestList).

    Args:
        service_id (str):
        from_date_time (datetime.datetime):
        to_date_time (datetime.datetime):
        request_id (str | Unset):
        mail_id (str | Unset):
        title (str | Unset):
        template_no (int | Unset):
        sender_address (str | Unset):
        recipient_address (str | Unset):
        dispatch_type (str | Unset):
        status (list[str] | Unset):
        page_no (int | Unset):  Default: 0.
        page_size (int | Unset):  Default: 10.
        sort (str | Unset):
        x_ncp_lang (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NcpErrorResponse | SensMailRequestList]
    """

    kwargs = _get_kwargs(
        service_id=service_id,
        from_date_time=from_date_time,
        to_date_time=to_date_time,
        request_id=request_id,
        mail_id=mail_id,
        title=title,
        template_no=template_no,
        sender_address=sender_address,
        recipient_address=recipient_address,
        dispatch_type=dispatch_type,
        status=status,
        page_no=page_no,
        page_size=page_size,
        sort=sort,
        x_ncp_lang=x_ncp_lang,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    service_id: str,
    *,
    client: AuthenticatedClient | Client,
    from_date_time: datetime.datetime,
    to_date_time: datetime.datetime,
    request_id: str | Unset = UNSET,
    mail_id: str | Unset = UNSET,
    title: str | Unset = UNSET,
    template_no: int | Unset = UNSET,
    sender_address: str | Unset = UNSET,
    recipient_address: str | Unset = UNSET,
    dispatch_type: str | Unset = UNSET,
    status: list[str] | Unset = UNSET,
    page_no: int | Unset = 0,
    page_size: int | Unset = 10,
    sort: str | Unset = UNSET,
    x_ncp_lang: str | Unset = UNSET,
) -> NcpErrorResponse | SensMailRequestList | None:
    """List the send requests of a time window

     The send requests of a mail service accepted in a time window, summary fields only
    (https://api.ncloud-docs.com/docs/en/sens-mail-request-list). `fromDateTime` and
    `toDateTime` are required, ISO 8601 with an offset (`Z` or `+09:00`), percent-encoded on
    the wire. The answer's envelope is not in the pages read (see SensMailRequestList).

    Args:
        service_id (str):
        from_date_time (datetime.datetime):
        to_date_time (datetime.datetime):
        request_id (str | Unset):
        mail_id (str | Unset):
        title (str | Unset):
        template_no (int | Unset):
        sender_address (str | Unset):
        recipient_address (str | Unset):
        dispatch_type (str | Unset):
        status (list[str] | Unset):
        page_no (int | Unset):  Default: 0.
        page_size (int | Unset):  Default: 10.
        sort (str | Unset):
        x_ncp_lang (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NcpErrorResponse | SensMailRequestList
    """

    return sync_detailed(
        service_id=service_id,
        client=client,
        from_date_time=from_date_time,
        to_date_time=to_date_time,
        request_id=request_id,
        mail_id=mail_id,
        title=title,
        template_no=template_no,
        sender_address=sender_address,
        recipient_address=recipient_address,
        dispatch_type=dispatch_type,
        status=status,
        page_no=page_no,
        page_size=page_size,
        sort=sort,
        x_ncp_lang=x_ncp_lang,
    ).parsed


async def asyncio_detailed(
    service_id: str,
    *,
    client: AuthenticatedClient | Client,
    from_date_time: datetime.datetime,
    to_date_time: datetime.datetime,
    request_id: str | Unset = UNSET,
    mail_id: str | Unset = UNSET,
    title: str | Unset = UNSET,
    template_no: int | Unset = UNSET,
    sender_address: str | Unset = UNSET,
    recipient_address: str | Unset = UNSET,
    dispatch_type: str | Unset = UNSET,
    status: list[str] | Unset = UNSET,
    page_no: int | Unset = 0,
    page_size: int | Unset = 10,
    sort: str | Unset = UNSET,
    x_ncp_lang: str | Unset = UNSET,
) -> Response[NcpErrorResponse | SensMailRequestList]:
    """List the send requests of a time window

     The send requests of a mail service accepted in a time window, summary fields only
    (https://api.ncloud-docs.com/docs/en/sens-mail-request-list). `fromDateTime` and
    `toDateTime` are required, ISO 8601 with an offset (`Z` or `+09:00`), percent-encoded on
    the wire. The answer's envelope is not in the pages read (see SensMailRequestList).

    Args:
        service_id (str):
        from_date_time (datetime.datetime):
        to_date_time (datetime.datetime):
        request_id (str | Unset):
        mail_id (str | Unset):
        title (str | Unset):
        template_no (int | Unset):
        sender_address (str | Unset):
        recipient_address (str | Unset):
        dispatch_type (str | Unset):
        status (list[str] | Unset):
        page_no (int | Unset):  Default: 0.
        page_size (int | Unset):  Default: 10.
        sort (str | Unset):
        x_ncp_lang (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NcpErrorResponse | SensMailRequestList]
    """

    kwargs = _get_kwargs(
        service_id=service_id,
        from_date_time=from_date_time,
        to_date_time=to_date_time,
        request_id=request_id,
        mail_id=mail_id,
        title=title,
        template_no=template_no,
        sender_address=sender_address,
        recipient_address=recipient_address,
        dispatch_type=dispatch_type,
        status=status,
        page_no=page_no,
        page_size=page_size,
        sort=sort,
        x_ncp_lang=x_ncp_lang,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    service_id: str,
    *,
    client: AuthenticatedClient | Client,
    from_date_time: datetime.datetime,
    to_date_time: datetime.datetime,
    request_id: str | Unset = UNSET,
    mail_id: str | Unset = UNSET,
    title: str | Unset = UNSET,
    template_no: int | Unset = UNSET,
    sender_address: str | Unset = UNSET,
    recipient_address: str | Unset = UNSET,
    dispatch_type: str | Unset = UNSET,
    status: list[str] | Unset = UNSET,
    page_no: int | Unset = 0,
    page_size: int | Unset = 10,
    sort: str | Unset = UNSET,
    x_ncp_lang: str | Unset = UNSET,
) -> NcpErrorResponse | SensMailRequestList | None:
    """List the send requests of a time window

     The send requests of a mail service accepted in a time window, summary fields only
    (https://api.ncloud-docs.com/docs/en/sens-mail-request-list). `fromDateTime` and
    `toDateTime` are required, ISO 8601 with an offset (`Z` or `+09:00`), percent-encoded on
    the wire. The answer's envelope is not in the pages read (see SensMailRequestList).

    Args:
        service_id (str):
        from_date_time (datetime.datetime):
        to_date_time (datetime.datetime):
        request_id (str | Unset):
        mail_id (str | Unset):
        title (str | Unset):
        template_no (int | Unset):
        sender_address (str | Unset):
        recipient_address (str | Unset):
        dispatch_type (str | Unset):
        status (list[str] | Unset):
        page_no (int | Unset):  Default: 0.
        page_size (int | Unset):  Default: 10.
        sort (str | Unset):
        x_ncp_lang (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NcpErrorResponse | SensMailRequestList
    """

    return (
        await asyncio_detailed(
            service_id=service_id,
            client=client,
            from_date_time=from_date_time,
            to_date_time=to_date_time,
            request_id=request_id,
            mail_id=mail_id,
            title=title,
            template_no=template_no,
            sender_address=sender_address,
            recipient_address=recipient_address,
            dispatch_type=dispatch_type,
            status=status,
            page_no=page_no,
            page_size=page_size,
            sort=sort,
            x_ncp_lang=x_ncp_lang,
        )
    ).parsed
