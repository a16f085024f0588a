from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.email_delivery_reports import EmailDeliveryReports
from ...models.infobip_error_response import InfobipErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    bulk_id: str | Unset = UNSET,
    message_id: str | Unset = UNSET,
    limit: int | Unset = 50,
    entity_id: str | Unset = UNSET,
    application_id: str | Unset = UNSET,
    campaign_reference_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["bulkId"] = bulk_id

    params["messageId"] = message_id

    params["limit"] = limit

    params["entityId"] = entity_id

    params["applicationId"] = application_id

    params["campaignReferenceId"] = campaign_reference_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/email/4/reports",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EmailDeliveryReports | InfobipErrorResponse | None:
    if response.status_code == 200:
        response_200 = EmailDeliveryReports.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = InfobipErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = InfobipErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = InfobipErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 429:
        response_429 = InfobipErrorResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = InfobipErrorResponse.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = InfobipErrorResponse.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = InfobipErrorResponse.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = InfobipErrorResponse.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EmailDeliveryReports | InfobipErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    bulk_id: str | Unset = UNSET,
    message_id: str | Unset = UNSET,
    limit: int | Unset = 50,
    entity_id: str | Unset = UNSET,
    application_id: str | Unset = UNSET,
    campaign_reference_id: str | Unset = UNSET,
) -> Response[EmailDeliveryReports | InfobipErrorResponse]:
    """Get email delivery reports (v4)

     One-time delivery reports for sent emails, the latest version. Each report is returned only
    once; a further request returns an empty collection. Without `limit`, the latest 50; reports
    of the last 48 hours only. Rate limit: 120 requests per minute, 429 above it.

    Args:
        bulk_id (str | Unset):
        message_id (str | Unset):
        limit (int | Unset):  Default: 50.
        entity_id (str | Unset):
        application_id (str | Unset):
        campaign_reference_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmailDeliveryReports | InfobipErrorResponse]
    """

    kwargs = _get_kwargs(
        bulk_id=bulk_id,
        message_id=message_id,
        limit=limit,
        entity_id=entity_id,
        application_id=application_id,
        campaign_reference_id=campaign_reference_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    bulk_id: str | Unset = UNSET,
    message_id: str | Unset = UNSET,
    limit: int | Unset = 50,
    entity_id: str | Unset = UNSET,
    application_id: str | Unset = UNSET,
    campaign_reference_id: str | Unset = UNSET,
) -> EmailDeliveryReports | InfobipErrorResponse | None:
    """Get email delivery reports (v4)

     One-time delivery reports for sent emails, the latest version. Each report is returned only
    once; a further request returns an empty collection. Without `limit`, the latest 50; reports
    of the last 48 hours only. Rate limit: 120 requests per minute, 429 above it.

    Args:
        bulk_id (str | Unset):
        message_id (str | Unset):
        limit (int | Unset):  Default: 50.
        entity_id (str | Unset):
        application_id (str | Unset):
        campaign_reference_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmailDeliveryReports | InfobipErrorResponse
    """

    return sync_detailed(
        client=client,
        bulk_id=bulk_id,
        message_id=message_id,
        limit=limit,
        entity_id=entity_id,
        application_id=application_id,
        campaign_reference_id=campaign_reference_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    bulk_id: str | Unset = UNSET,
    message_id: str | Unset = UNSET,
    limit: int | Unset = 50,
    entity_id: str | Unset = UNSET,
    application_id: str | Unset = UNSET,
    campaign_reference_id: str | Unset = UNSET,
) -> Response[EmailDeliveryReports | InfobipErrorResponse]:
    """Get email delivery reports (v4)

     One-time delivery reports for sent emails, the latest version. Each report is returned only
    once; a further request returns an empty collection. Without `limit`, the latest 50; reports
    of the last 48 hours only. Rate limit: 120 requests per minute, 429 above it.

    Args:
        bulk_id (str | Unset):
        message_id (str | Unset):
        limit (int | Unset):  Default: 50.
        entity_id (str | Unset):
        application_id (str | Unset):
        campaign_reference_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmailDeliveryReports | InfobipErrorResponse]
    """

    kwargs = _get_kwargs(
        bulk_id=bulk_id,
        message_id=message_id,
        limit=limit,
        entity_id=entity_id,
        application_id=application_id,
        campaign_reference_id=campaign_reference_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    bulk_id: str | Unset = UNSET,
    message_id: str | Unset = UNSET,
    limit: int | Unset = 50,
    entity_id: str | Unset = UNSET,
    application_id: str | Unset = UNSET,
    campaign_reference_id: str | Unset = UNSET,
) -> EmailDeliveryReports | InfobipErrorResponse | None:
    """Get email delivery reports (v4)

     One-time delivery reports for sent emails, the latest version. Each report is returned only
    once; a further request returns an empty collection. Without `limit`, the latest 50; reports
    of the last 48 hours only. Rate limit: 120 requests per minute, 429 above it.

    Args:
        bulk_id (str | Unset):
        message_id (str | Unset):
        limit (int | Unset):  Default: 50.
        entity_id (str | Unset):
        application_id (str | Unset):
        campaign_reference_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmailDeliveryReports | InfobipErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            bulk_id=bulk_id,
            message_id=message_id,
            limit=limit,
            entity_id=entity_id,
            application_id=application_id,
            campaign_reference_id=campaign_reference_id,
        )
    ).parsed
