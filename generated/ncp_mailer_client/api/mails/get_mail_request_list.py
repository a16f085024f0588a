from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.mail_request_page import MailRequestPage
from ...models.ncp_error_response import NcpErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    start_utc: int | Unset = UNSET,
    start_date_time: str | Unset = UNSET,
    end_utc: int | Unset = UNSET,
    end_date_time: str | Unset = UNSET,
    request_id: str | Unset = UNSET,
    mail_id: str | Unset = UNSET,
    dispatch_type: str | Unset = UNSET,
    title: str | Unset = UNSET,
    template_sid: int | Unset = UNSET,
    sender_address: str | Unset = UNSET,
    recipient_address: str | Unset = UNSET,
    send_status: list[str] | Unset = UNSET,
    size: int | Unset = 10,
    page: int | Unset = 0,
    sort: list[str] | Unset = UNSET,
    x_ncp_lang: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_ncp_lang, Unset):
        headers["x-ncp-lang"] = x_ncp_lang

    params: dict[str, Any] = {}

    params["startUtc"] = start_utc

    params["startDateTime"] = start_date_time

    params["endUtc"] = end_utc

    params["endDateTime"] = end_date_time

    params["requestId"] = request_id

    params["mailId"] = mail_id

    params["dispatchType"] = dispatch_type

    params["title"] = title

    params["templateSid"] = template_sid

    params["senderAddress"] = sender_address

    params["recipientAddress"] = recipient_address

    json_send_status: list[str] | Unset = UNSET
    if not isinstance(send_status, Unset):
        json_send_status = send_status

    params["sendStatus"] = json_send_status

    params["size"] = size

    params["page"] = page

    json_sort: list[str] | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort

    params["sort"] = json_sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/mails/requests",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MailRequestPage | NcpErrorResponse | None:
    if response.status_code == 200:
        response_200 = MailRequestPage.from_dict(response.json())

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
) -> Response[MailRequestPage | NcpErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    start_utc: int | Unset = UNSET,
    start_date_time: str | Unset = UNSET,
    end_utc: int | Unset = UNSET,
    end_date_time: str | Unset = UNSET,
    request_id: str | Unset = UNSET,
    mail_id: str | Unset = UNSET,
    dispatch_type: str | Unset = UNSET,
    title: str | Unset = UNSET,
    template_sid: int | Unset = UNSET,
    sender_address: str | Unset = UNSET,
    recipient_address: str | Unset = UNSET,
    send_status: list[str] | Unset = UNSET,
    size: int | Unset = 10,
    page: int | Unset = 0,
    sort: list[str] | Unset = UNSET,
    x_ncp_lang: str | Unset = UNSET,
) -> Response[MailRequestPage | NcpErrorResponse]:
    """List the send requests of a time window

     Querying the send requests made in a time window, with their state and counts
    (https://api.ncloud-docs.com/docs/en/ai-application-service-cloudoutboundmailer-getmailrequestlist).
    The window is required: `startUtc` or `startDateTime`, and `endUtc` or `endDateTime`; the
    `Utc` form wins when both are given. The spec leaves all four optional, since either form of
    each end will do (OpenAPI cannot say "one of"). Same Spring page envelope as getMailList.

    Args:
        start_utc (int | Unset):
        start_date_time (str | Unset):
        end_utc (int | Unset):
        end_date_time (str | Unset):
        request_id (str | Unset):
        mail_id (str | Unset):
        dispatch_type (str | Unset):
        title (str | Unset):
        template_sid (int | Unset):
        sender_address (str | Unset):
        recipient_address (str | Unset):
        send_status (list[str] | Unset):
        size (int | Unset):  Default: 10.
        page (int | Unset):  Default: 0.
        sort (list[str] | Unset):
        x_ncp_lang (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MailRequestPage | NcpErrorResponse]
    """

    kwargs = _get_kwargs(
        start_utc=start_utc,
        start_date_time=start_date_time,
        end_utc=end_utc,
        end_date_time=end_date_time,
        request_id=request_id,
        mail_id=mail_id,
        dispatch_type=dispatch_type,
        title=title,
        template_sid=template_sid,
        sender_address=sender_address,
        recipient_address=recipient_address,
        send_status=send_status,
        size=size,
        page=page,
        sort=sort,
        x_ncp_lang=x_ncp_lang,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    start_utc: int | Unset = UNSET,
    start_date_time: str | Unset = UNSET,
    end_utc: int | Unset = UNSET,
    end_date_time: str | Unset = UNSET,
    request_id: str | Unset = UNSET,
    mail_id: str | Unset = UNSET,
    dispatch_type: str | Unset = UNSET,
    title: str | Unset = UNSET,
    template_sid: int | Unset = UNSET,
    sender_address: str | Unset = UNSET,
    recipient_address: str | Unset = UNSET,
    send_status: list[str] | Unset = UNSET,
    size: int | Unset = 10,
    page: int | Unset = 0,
    sort: list[str] | Unset = UNSET,
    x_ncp_lang: str | Unset = UNSET,
) -> MailRequestPage | NcpErrorResponse | None:
    """List the send requests of a time window

     Querying the send requests made in a time window, with their state and counts
    (https://api.ncloud-docs.com/docs/en/ai-application-service-cloudoutboundmailer-getmailrequestlist).
    The window is required: `startUtc` or `startDateTime`, and `endUtc` or `endDateTime`; the
    `Utc` form wins when both are given. The spec leaves all four optional, since either form of
    each end will do (OpenAPI cannot say "one of"). Same Spring page envelope as getMailList.

    Args:
        start_utc (int | Unset):
        start_date_time (str | Unset):
        end_utc (int | Unset):
        end_date_time (str | Unset):
        request_id (str | Unset):
        mail_id (str | Unset):
        dispatch_type (str | Unset):
        title (str | Unset):
        template_sid (int | Unset):
        sender_address (str | Unset):
        recipient_address (str | Unset):
        send_status (list[str] | Unset):
        size (int | Unset):  Default: 10.
        page (int | Unset):  Default: 0.
        sort (list[str] | Unset):
        x_ncp_lang (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MailRequestPage | NcpErrorResponse
    """

    return sync_detailed(
        client=client,
        start_utc=start_utc,
        start_date_time=start_date_time,
        end_utc=end_utc,
        end_date_time=end_date_time,
        request_id=request_id,
        mail_id=mail_id,
        dispatch_type=dispatch_type,
        title=title,
        template_sid=template_sid,
        sender_address=sender_address,
        recipient_address=recipient_address,
        send_status=send_status,
        size=size,
        page=page,
        sort=sort,
        x_ncp_lang=x_ncp_lang,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    start_utc: int | Unset = UNSET,
    start_date_time: str | Unset = UNSET,
    end_utc: int | Unset = UNSET,
    end_date_time: str | Unset = UNSET,
    request_id: str | Unset = UNSET,
    mail_id: str | Unset = UNSET,
    dispatch_type: str | Unset = UNSET,
    title: str | Unset = UNSET,
    template_sid: int | Unset = UNSET,
    sender_address: str | Unset = UNSET,
    recipient_address: str | Unset = UNSET,
    send_status: list[str] | Unset = UNSET,
    size: int | Unset = 10,
    page: int | Unset = 0,
    sort: list[str] | Unset = UNSET,
    x_ncp_lang: str | Unset = UNSET,
) -> Response[MailRequestPage | NcpErrorResponse]:
    """List the send requests of a time window

     Querying the send requests made in a time window, with their state and counts
    (https://api.ncloud-docs.com/docs/en/ai-application-service-cloudoutboundmailer-getmailrequestlist).
    The window is required: `startUtc` or `startDateTime`, and `endUtc` or `endDateTime`; the
    `Utc` form wins when both are given. The spec leaves all four optional, since either form of
    each end will do (OpenAPI cannot say "one of"). Same Spring page envelope as getMailList.

    Args:
        start_utc (int | Unset):
        start_date_time (str | Unset):
        end_utc (int | Unset):
        end_date_time (str | Unset):
        request_id (str | Unset):
        mail_id (str | Unset):
        dispatch_type (str | Unset):
        title (str | Unset):
        template_sid (int | Unset):
        sender_address (str | Unset):
        recipient_address (str | Unset):
        send_status (list[str] | Unset):
        size (int | Unset):  Default: 10.
        page (int | Unset):  Default: 0.
        sort (list[str] | Unset):
        x_ncp_lang (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MailRequestPage | NcpErrorResponse]
    """

    kwargs = _get_kwargs(
        start_utc=start_utc,
        start_date_time=start_date_time,
        end_utc=end_utc,
        end_date_time=end_date_time,
        request_id=request_id,
        mail_id=mail_id,
        dispatch_type=dispatch_type,
        title=title,
        template_sid=template_sid,
        sender_address=sender_address,
        recipient_address=recipient_address,
        send_status=send_status,
        size=size,
        page=page,
        sort=sort,
        x_ncp_lang=x_ncp_lang,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    start_utc: int | Unset = UNSET,
    start_date_time: str | Unset = UNSET,
    end_utc: int | Unset = UNSET,
    end_date_time: str | Unset = UNSET,
    request_id: str | Unset = UNSET,
    mail_id: str | Unset = UNSET,
    dispatch_type: str | Unset = UNSET,
    title: str | Unset = UNSET,
    template_sid: int | Unset = UNSET,
    sender_address: str | Unset = UNSET,
    recipient_address: str | Unset = UNSET,
    send_status: list[str] | Unset = UNSET,
    size: int | Unset = 10,
    page: int | Unset = 0,
    sort: list[str] | Unset = UNSET,
    x_ncp_lang: str | Unset = UNSET,
) -> MailRequestPage | NcpErrorResponse | None:
    """List the send requests of a time window

     Querying the send requests made in a time window, with their state and counts
    (https://api.ncloud-docs.com/docs/en/ai-application-service-cloudoutboundmailer-getmailrequestlist).
    The window is required: `startUtc` or `startDateTime`, and `endUtc` or `endDateTime`; the
    `Utc` form wins when both are given. The spec leaves all four optional, since either form of
    each end will do (OpenAPI cannot say "one of"). Same Spring page envelope as getMailList.

    Args:
        start_utc (int | Unset):
        start_date_time (str | Unset):
        end_utc (int | Unset):
        end_date_time (str | Unset):
        request_id (str | Unset):
        mail_id (str | Unset):
        dispatch_type (str | Unset):
        title (str | Unset):
        template_sid (int | Unset):
        sender_address (str | Unset):
        recipient_address (str | Unset):
        send_status (list[str] | Unset):
        size (int | Unset):  Default: 10.
        page (int | Unset):  Default: 0.
        sort (list[str] | Unset):
        x_ncp_lang (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MailRequestPage | NcpErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            start_utc=start_utc,
            start_date_time=start_date_time,
            end_utc=end_utc,
            end_date_time=end_date_time,
            request_id=request_id,
            mail_id=mail_id,
            dispatch_type=dispatch_type,
            title=title,
            template_sid=template_sid,
            sender_address=sender_address,
            recipient_address=recipient_address,
            send_status=send_status,
            size=size,
            page=page,
            sort=sort,
            x_ncp_lang=x_ncp_lang,
        )
    ).parsed
