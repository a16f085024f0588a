import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.email_logs_page import EmailLogsPage
from ...models.infobip_error_response import InfobipErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    sender: str | Unset = UNSET,
    destination: str | Unset = UNSET,
    bulk_id: list[str] | Unset = UNSET,
    message_id: list[str] | Unset = UNSET,
    general_status: str | Unset = UNSET,
    sent_since: datetime.datetime | str | Unset = UNSET,
    sent_until: datetime.datetime | str | Unset = UNSET,
    limit: int | Unset = 50,
    entity_id: str | Unset = UNSET,
    application_id: str | Unset = UNSET,
    campaign_reference_id: list[str] | Unset = UNSET,
    use_cursor: bool | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["sender"] = sender

    params["destination"] = destination

    json_bulk_id: list[str] | Unset = UNSET
    if not isinstance(bulk_id, Unset):
        json_bulk_id = bulk_id

    params["bulkId"] = json_bulk_id

    json_message_id: list[str] | Unset = UNSET
    if not isinstance(message_id, Unset):
        json_message_id = message_id

    params["messageId"] = json_message_id

    params["generalStatus"] = general_status

    json_sent_since: str | Unset
    if isinstance(sent_since, Unset):
        json_sent_since = UNSET
    elif isinstance(sent_since, datetime.datetime):
        json_sent_since = sent_since.isoformat()
    else:
        json_sent_since = sent_since
    params["sentSince"] = json_sent_since

    json_sent_until: str | Unset
    if isinstance(sent_until, Unset):
        json_sent_until = UNSET
    elif isinstance(sent_until, datetime.datetime):
        json_sent_until = sent_until.isoformat()
    else:
        json_sent_until = sent_until
    params["sentUntil"] = json_sent_until

    params["limit"] = limit

    params["entityId"] = entity_id

    params["applicationId"] = application_id

    json_campaign_reference_id: list[str] | Unset = UNSET
    if not isinstance(campaign_reference_id, Unset):
        json_campaign_reference_id = campaign_reference_id

    params["campaignReferenceId"] = json_campaign_reference_id

    params["useCursor"] = use_cursor

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/email/4/logs",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EmailLogsPage | InfobipErrorResponse | None:
    if response.status_code == 200:
        response_200 = EmailLogsPage.from_dict(response.json())

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
) -> Response[EmailLogsPage | InfobipErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    sender: str | Unset = UNSET,
    destination: str | Unset = UNSET,
    bulk_id: list[str] | Unset = UNSET,
    message_id: list[str] | Unset = UNSET,
    general_status: str | Unset = UNSET,
    sent_since: datetime.datetime | str | Unset = UNSET,
    sent_until: datetime.datetime | str | Unset = UNSET,
    limit: int | Unset = 50,
    entity_id: str | Unset = UNSET,
    application_id: str | Unset = UNSET,
    campaign_reference_id: list[str] | Unset = UNSET,
    use_cursor: bool | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[EmailLogsPage | InfobipErrorResponse]:
    """Get email message logs (v4)

     Logs of sent emails, readable again and again for 48 hours (unlike delivery reports). With
    `useCursor=true` the answer carries `cursor.nextCursor`, to pass as `cursor` for the next
    page; the last page has none. Rate limit: 120 requests per minute.

    Args:
        sender (str | Unset):
        destination (str | Unset):
        bulk_id (list[str] | Unset):
        message_id (list[str] | Unset):
        general_status (str | Unset):
        sent_since (datetime.datetime | str | Unset): A moment, documented as `yyyy-MM-
            dd'T'HH:mm:ss.SSSZ`. Infobip writes the offset as `+0000`
            (what Java's `Z` gives, and most often seen), `Z` or `+01:00`, with a fraction of one to
            three
            digits or none. RFC 3339 (`format: date-time`) has no `+0000`, hence the second form. Read
            as an aware datetime where it can be; kept as the text sent where it cannot, never
            refused.
        sent_until (datetime.datetime | str | Unset): A moment, documented as `yyyy-MM-
            dd'T'HH:mm:ss.SSSZ`. Infobip writes the offset as `+0000`
            (what Java's `Z` gives, and most often seen), `Z` or `+01:00`, with a fraction of one to
            three
            digits or none. RFC 3339 (`format: date-time`) has no `+0000`, hence the second form. Read
            as an aware datetime where it can be; kept as the text sent where it cannot, never
            refused.
        limit (int | Unset):  Default: 50.
        entity_id (str | Unset):
        application_id (str | Unset):
        campaign_reference_id (list[str] | Unset):
        use_cursor (bool | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmailLogsPage | InfobipErrorResponse]
    """

    kwargs = _get_kwargs(
        sender=sender,
        destination=destination,
        bulk_id=bulk_id,
        message_id=message_id,
        general_status=general_status,
        sent_since=sent_since,
        sent_until=sent_until,
        limit=limit,
        entity_id=entity_id,
        application_id=application_id,
        campaign_reference_id=campaign_reference_id,
        use_cursor=use_cursor,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    sender: str | Unset = UNSET,
    destination: str | Unset = UNSET,
    bulk_id: list[str] | Unset = UNSET,
    message_id: list[str] | Unset = UNSET,
    general_status: str | Unset = UNSET,
    sent_since: datetime.datetime | str | Unset = UNSET,
    sent_until: datetime.datetime | str | Unset = UNSET,
    limit: int | Unset = 50,
    entity_id: str | Unset = UNSET,
    application_id: str | Unset = UNSET,
    campaign_reference_id: list[str] | Unset = UNSET,
    use_cursor: bool | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> EmailLogsPage | InfobipErrorResponse | None:
    """Get email message logs (v4)

     Logs of sent emails, readable again and again for 48 hours (unlike delivery reports). With
    `useCursor=true` the answer carries `cursor.nextCursor`, to pass as `cursor` for the next
    page; the last page has none. Rate limit: 120 requests per minute.

    Args:
        sender (str | Unset):
        destination (str | Unset):
        bulk_id (list[str] | Unset):
        message_id (list[str] | Unset):
        general_status (str | Unset):
        sent_since (datetime.datetime | str | Unset): A moment, documented as `yyyy-MM-
            dd'T'HH:mm:ss.SSSZ`. Infobip writes the offset as `+0000`
            (what Java's `Z` gives, and most often seen), `Z` or `+01:00`, with a fraction of one to
            three
            digits or none. RFC 3339 (`format: date-time`) has no `+0000`, hence the second form. Read
            as an aware datetime where it can be; kept as the text sent where it cannot, never
            refused.
        sent_until (datetime.datetime | str | Unset): A moment, documented as `yyyy-MM-
            dd'T'HH:mm:ss.SSSZ`. Infobip writes the offset as `+0000`
            (what Java's `Z` gives, and most often seen), `Z` or `+01:00`, with a fraction of one to
            three
            digits or none. RFC 3339 (`format: date-time`) has no `+0000`, hence the second form. Read
            as an aware datetime where it can be; kept as the text sent where it cannot, never
            refused.
        limit (int | Unset):  Default: 50.
        entity_id (str | Unset):
        application_id (str | Unset):
        campaign_reference_id (list[str] | Unset):
        use_cursor (bool | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmailLogsPage | InfobipErrorResponse
    """

    return sync_detailed(
        client=client,
        sender=sender,
        destination=destination,
        bulk_id=bulk_id,
        message_id=message_id,
        general_status=general_status,
        sent_since=sent_since,
        sent_until=sent_until,
        limit=limit,
        entity_id=entity_id,
        application_id=application_id,
        campaign_reference_id=campaign_reference_id,
        use_cursor=use_cursor,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    sender: str | Unset = UNSET,
    destination: str | Unset = UNSET,
    bulk_id: list[str] | Unset = UNSET,
    message_id: list[str] | Unset = UNSET,
    general_status: str | Unset = UNSET,
    sent_since: datetime.datetime | str | Unset = UNSET,
    sent_until: datetime.datetime | str | Unset = UNSET,
    limit: int | Unset = 50,
    entity_id: str | Unset = UNSET,
    application_id: str | Unset = UNSET,
    campaign_reference_id: list[str] | Unset = UNSET,
    use_cursor: bool | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[EmailLogsPage | InfobipErrorResponse]:
    """Get email message logs (v4)

     Logs of sent emails, readable again and again for 48 hours (unlike delivery reports). With
    `useCursor=true` the answer carries `cursor.nextCursor`, to pass as `cursor` for the next
    page; the last page has none. Rate limit: 120 requests per minute.

    Args:
        sender (str | Unset):
        destination (str | Unset):
        bulk_id (list[str] | Unset):
        message_id (list[str] | Unset):
        general_status (str | Unset):
        sent_since (datetime.datetime | str | Unset): A moment, documented as `yyyy-MM-
            dd'T'HH:mm:ss.SSSZ`. Infobip writes the offset as `+0000`
            (what Java's `Z` gives, and most often seen), `Z` or `+01:00`, with a fraction of one to
            three
            digits or none. RFC 3339 (`format: date-time`) has no `+0000`, hence the second form. Read
            as an aware datetime where it can be; kept as the text sent where it cannot, never
            refused.
        sent_until (datetime.datetime | str | Unset): A moment, documented as `yyyy-MM-
            dd'T'HH:mm:ss.SSSZ`. Infobip writes the offset as `+0000`
            (what Java's `Z` gives, and most often seen), `Z` or `+01:00`, with a fraction of one to
            three
            digits or none. RFC 3339 (`format: date-time`) has no `+0000`, hence the second form. Read
            as an aware datetime where it can be; kept as the text sent where it cannot, never
            refused.
        limit (int | Unset):  Default: 50.
        entity_id (str | Unset):
        application_id (str | Unset):
        campaign_reference_id (list[str] | Unset):
        use_cursor (bool | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmailLogsPage | InfobipErrorResponse]
    """

    kwargs = _get_kwargs(
        sender=sender,
        destination=destination,
        bulk_id=bulk_id,
        message_id=message_id,
        general_status=general_status,
        sent_since=sent_since,
        sent_until=sent_until,
        limit=limit,
        entity_id=entity_id,
        application_id=application_id,
        campaign_reference_id=campaign_reference_id,
        use_cursor=use_cursor,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    sender: str | Unset = UNSET,
    destination: str | Unset = UNSET,
    bulk_id: list[str] | Unset = UNSET,
    message_id: list[str] | Unset = UNSET,
    general_status: str | Unset = UNSET,
    sent_since: datetime.datetime | str | Unset = UNSET,
    sent_until: datetime.datetime | str | Unset = UNSET,
    limit: int | Unset = 50,
    entity_id: str | Unset = UNSET,
    application_id: str | Unset = UNSET,
    campaign_reference_id: list[str] | Unset = UNSET,
    use_cursor: bool | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> EmailLogsPage | InfobipErrorResponse | None:
    """Get email message logs (v4)

     Logs of sent emails, readable again and again for 48 hours (unlike delivery reports). With
    `useCursor=true` the answer carries `cursor.nextCursor`, to pass as `cursor` for the next
    page; the last page has none. Rate limit: 120 requests per minute.

    Args:
        sender (str | Unset):
        destination (str | Unset):
        bulk_id (list[str] | Unset):
        message_id (list[str] | Unset):
        general_status (str | Unset):
        sent_since (datetime.datetime | str | Unset): A moment, documented as `yyyy-MM-
            dd'T'HH:mm:ss.SSSZ`. Infobip writes the offset as `+0000`
            (what Java's `Z` gives, and most often seen), `Z` or `+01:00`, with a fraction of one to
            three
            digits or none. RFC 3339 (`format: date-time`) has no `+0000`, hence the second form. Read
            as an aware datetime where it can be; kept as the text sent where it cannot, never
            refused.
        sent_until (datetime.datetime | str | Unset): A moment, documented as `yyyy-MM-
            dd'T'HH:mm:ss.SSSZ`. Infobip writes the offset as `+0000`
            (what Java's `Z` gives, and most often seen), `Z` or `+01:00`, with a fraction of one to
            three
            digits or none. RFC 3339 (`format: date-time`) has no `+0000`, hence the second form. Read
            as an aware datetime where it can be; kept as the text sent where it cannot, never
            refused.
        limit (int | Unset):  Default: 50.
        entity_id (str | Unset):
        application_id (str | Unset):
        campaign_reference_id (list[str] | Unset):
        use_cursor (bool | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmailLogsPage | InfobipErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            sender=sender,
            destination=destination,
            bulk_id=bulk_id,
            message_id=message_id,
            general_status=general_status,
            sent_since=sent_since,
            sent_until=sent_until,
            limit=limit,
            entity_id=entity_id,
            application_id=application_id,
            campaign_reference_id=campaign_reference_id,
            use_cursor=use_cursor,
            cursor=cursor,
        )
    ).parsed
