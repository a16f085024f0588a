from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.mail import Mail
from ...models.ncp_error_response import NcpErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    mail_id: str,
    *,
    x_ncp_lang: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_ncp_lang, Unset):
        headers["x-ncp-lang"] = x_ncp_lang

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/mails/{mail_id}".format(
            mail_id=quote(str(mail_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Mail | NcpErrorResponse | None:
    if response.status_code == 200:
        response_200 = Mail.from_dict(response.json())

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
) -> Response[Mail | NcpErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    mail_id: str,
    *,
    client: AuthenticatedClient | Client,
    x_ncp_lang: str | Unset = UNSET,
) -> Response[Mail | NcpErrorResponse]:
    """One email, with the result for each recipient

     One email in full, with a delivery result for each of its recipients
    (https://api.ncloud-docs.com/docs/en/ai-application-service-cloudoutboundmailer-getmail;
    Recipient: https://api.ncloud-docs.com/docs/common-apidatatype-nesrecipient). The only
    per-recipient status source of the v1 mailer: `sendResultMessage` is the receiving
    server's SMTP reply.

    Args:
        mail_id (str):
        x_ncp_lang (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Mail | NcpErrorResponse]
    """

    kwargs = _get_kwargs(
        mail_id=mail_id,
        x_ncp_lang=x_ncp_lang,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    mail_id: str,
    *,
    client: AuthenticatedClient | Client,
    x_ncp_lang: str | Unset = UNSET,
) -> Mail | NcpErrorResponse | None:
    """One email, with the result for each recipient

     One email in full, with a delivery result for each of its recipients
    (https://api.ncloud-docs.com/docs/en/ai-application-service-cloudoutboundmailer-getmail;
    Recipient: https://api.ncloud-docs.com/docs/common-apidatatype-nesrecipient). The only
    per-recipient status source of the v1 mailer: `sendResultMessage` is the receiving
    server's SMTP reply.

    Args:
        mail_id (str):
        x_ncp_lang (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Mail | NcpErrorResponse
    """

    return sync_detailed(
        mail_id=mail_id,
        client=client,
        x_ncp_lang=x_ncp_lang,
    ).parsed


async def asyncio_detailed(
    mail_id: str,
    *,
    client: AuthenticatedClient | Client,
    x_ncp_lang: str | Unset = UNSET,
) -> Response[Mail | NcpErrorResponse]:
    """One email, with the result for each recipient

     One email in full, with a delivery result for each of its recipients
    (https://api.ncloud-docs.com/docs/en/ai-application-service-cloudoutboundmailer-getmail;
    Recipient: https://api.ncloud-docs.com/docs/common-apidatatype-nesrecipient). The only
    per-recipient status source of the v1 mailer: `sendResultMessage` is the receiving
    server's SMTP reply.

    Args:
        mail_id (str):
        x_ncp_lang (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Mail | NcpErrorResponse]
    """

    kwargs = _get_kwargs(
        mail_id=mail_id,
        x_ncp_lang=x_ncp_lang,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    mail_id: str,
    *,
    client: AuthenticatedClient | Client,
    x_ncp_lang: str | Unset = UNSET,
) -> Mail | NcpErrorResponse | None:
    """One email, with the result for each recipient

     One email in full, with a delivery result for each of its recipients
    (https://api.ncloud-docs.com/docs/en/ai-application-service-cloudoutboundmailer-getmail;
    Recipient: https://api.ncloud-docs.com/docs/common-apidatatype-nesrecipient). The only
    per-recipient status source of the v1 mailer: `sendResultMessage` is the receiving
    server's SMTP reply.

    Args:
        mail_id (str):
        x_ncp_lang (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Mail | NcpErrorResponse
    """

    return (
        await asyncio_detailed(
            mail_id=mail_id,
            client=client,
            x_ncp_lang=x_ncp_lang,
        )
    ).parsed
