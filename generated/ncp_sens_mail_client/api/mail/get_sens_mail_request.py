from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ncp_error_response import NcpErrorResponse
from ...models.sens_mail_request import SensMailRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    service_id: str,
    request_id: str,
    *,
    x_ncp_lang: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_ncp_lang, Unset):
        headers["x-ncp-lang"] = x_ncp_lang

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/mail/v2/services/{service_id}/requests/{request_id}".format(
            service_id=quote(str(service_id), safe=""),
            request_id=quote(str(request_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> NcpErrorResponse | SensMailRequest | None:
    if response.status_code == 200:
        response_200 = SensMailRequest.from_dict(response.json())

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
) -> Response[NcpErrorResponse | SensMailRequest]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    service_id: str,
    request_id: str,
    *,
    client: AuthenticatedClient | Client,
    x_ncp_lang: str | Unset = UNSET,
) -> Response[NcpErrorResponse | SensMailRequest]:
    """The state and counts of a send request

     One send request's state and processing counts, to follow its progress
    (https://api.ncloud-docs.com/docs/en/sens-mail-request-get). Until the request reaches a
    final state (COMPLETED, FAILED, PARTIAL_FAILED, CANCELED) the answer carries `retry-after`,
    the seconds to wait before asking again.

    Args:
        service_id (str):
        request_id (str):
        x_ncp_lang (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NcpErrorResponse | SensMailRequest]
    """

    kwargs = _get_kwargs(
        service_id=service_id,
        request_id=request_id,
        x_ncp_lang=x_ncp_lang,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    service_id: str,
    request_id: str,
    *,
    client: AuthenticatedClient | Client,
    x_ncp_lang: str | Unset = UNSET,
) -> NcpErrorResponse | SensMailRequest | None:
    """The state and counts of a send request

     One send request's state and processing counts, to follow its progress
    (https://api.ncloud-docs.com/docs/en/sens-mail-request-get). Until the request reaches a
    final state (COMPLETED, FAILED, PARTIAL_FAILED, CANCELED) the answer carries `retry-after`,
    the seconds to wait before asking again.

    Args:
        service_id (str):
        request_id (str):
        x_ncp_lang (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NcpErrorResponse | SensMailRequest
    """

    return sync_detailed(
        service_id=service_id,
        request_id=request_id,
        client=client,
        x_ncp_lang=x_ncp_lang,
    ).parsed


async def asyncio_detailed(
    service_id: str,
    request_id: str,
    *,
    client: AuthenticatedClient | Client,
    x_ncp_lang: str | Unset = UNSET,
) -> Response[NcpErrorResponse | SensMailRequest]:
    """The state and counts of a send request

     One send request's state and processing counts, to follow its progress
    (https://api.ncloud-docs.com/docs/en/sens-mail-request-get). Until the request reaches a
    final state (COMPLETED, FAILED, PARTIAL_FAILED, CANCELED) the answer carries `retry-after`,
    the seconds to wait before asking again.

    Args:
        service_id (str):
        request_id (str):
        x_ncp_lang (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NcpErrorResponse | SensMailRequest]
    """

    kwargs = _get_kwargs(
        service_id=service_id,
        request_id=request_id,
        x_ncp_lang=x_ncp_lang,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    service_id: str,
    request_id: str,
    *,
    client: AuthenticatedClient | Client,
    x_ncp_lang: str | Unset = UNSET,
) -> NcpErrorResponse | SensMailRequest | None:
    """The state and counts of a send request

     One send request's state and processing counts, to follow its progress
    (https://api.ncloud-docs.com/docs/en/sens-mail-request-get). Until the request reaches a
    final state (COMPLETED, FAILED, PARTIAL_FAILED, CANCELED) the answer carries `retry-after`,
    the seconds to wait before asking again.

    Args:
        service_id (str):
        request_id (str):
        x_ncp_lang (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NcpErrorResponse | SensMailRequest
    """

    return (
        await asyncio_detailed(
            service_id=service_id,
            request_id=request_id,
            client=client,
            x_ncp_lang=x_ncp_lang,
        )
    ).parsed
