from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.email_job_status import EmailJobStatus
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    job_id: str,
    x_mra_submit_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_mra_submit_id, Unset):
        headers["X-MRA-SubmitId"] = x_mra_submit_id

    params: dict[str, Any] = {}

    params["job_id"] = job_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/mra/v1/outbound/emails/status",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EmailJobStatus | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = EmailJobStatus.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = ErrorResponse.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = ErrorResponse.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = ErrorResponse.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EmailJobStatus | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    job_id: str,
    x_mra_submit_id: str | Unset = UNSET,
) -> Response[EmailJobStatus | ErrorResponse]:
    """Get email status

     Returns the state of one email job, with its deliveries and their attempts. The base64 fields
    carry what the sender submitted, encoded as base64 of UTF-8 text.

    Args:
        job_id (str):
        x_mra_submit_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmailJobStatus | ErrorResponse]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
        x_mra_submit_id=x_mra_submit_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    job_id: str,
    x_mra_submit_id: str | Unset = UNSET,
) -> EmailJobStatus | ErrorResponse | None:
    """Get email status

     Returns the state of one email job, with its deliveries and their attempts. The base64 fields
    carry what the sender submitted, encoded as base64 of UTF-8 text.

    Args:
        job_id (str):
        x_mra_submit_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmailJobStatus | ErrorResponse
    """

    return sync_detailed(
        client=client,
        job_id=job_id,
        x_mra_submit_id=x_mra_submit_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    job_id: str,
    x_mra_submit_id: str | Unset = UNSET,
) -> Response[EmailJobStatus | ErrorResponse]:
    """Get email status

     Returns the state of one email job, with its deliveries and their attempts. The base64 fields
    carry what the sender submitted, encoded as base64 of UTF-8 text.

    Args:
        job_id (str):
        x_mra_submit_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmailJobStatus | ErrorResponse]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
        x_mra_submit_id=x_mra_submit_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    job_id: str,
    x_mra_submit_id: str | Unset = UNSET,
) -> EmailJobStatus | ErrorResponse | None:
    """Get email status

     Returns the state of one email job, with its deliveries and their attempts. The base64 fields
    carry what the sender submitted, encoded as base64 of UTF-8 text.

    Args:
        job_id (str):
        x_mra_submit_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmailJobStatus | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            job_id=job_id,
            x_mra_submit_id=x_mra_submit_id,
        )
    ).parsed
