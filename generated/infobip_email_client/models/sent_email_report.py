from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.price import Price
from ..models.report_error import ReportError
from ..models.report_status import ReportStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="SentEmailReport")


@_attrs_define
class SentEmailReport:
    """The delivery report of one email. No field is always present.

    Attributes:
        bulk_id (str | Unset): The bulk the email belongs to.
        message_id (str | Unset): The message id.
        to (str | Unset): The destination address.
        sent_at (datetime.datetime | Unset): When the email was sent. Offsets come as `Z`, `+0000` or `+01:00`.
        done_at (datetime.datetime | Unset): When Infobip finished processing the email (delivered to its destination,
            say).
        message_count (int | Unset): How many parts the message was split into; always 1 for email.
        price (Price | Unset): What the email cost.
        status (ReportStatus | Unset): Whether the message was sent, delivered, not delivered, waiting or otherwise.
            Group ids:
            0 ACCEPTED, 1 PENDING, 2 UNDELIVERABLE, 3 DELIVERED, 4 EXPIRED, 5 REJECTED. Names are open
            strings.
        error (ReportError | Unset): Whether an error occurred. Group 0 OK with id 0 NO_ERROR means none. Email errors
            have ids
            6002 to 6058 (6011 soft bounce, not permanent; 6012 hard bounce, permanent; 6003 unsubscribed;
            6013 internal system error). Names are open strings.
        channel (str | Unset): The channel, `EMAIL` (legacy).
        application_id (str | Unset): The application the message was sent from (current docs).
        entity_id (str | Unset): The entity the message was sent for (current docs).
        campaign_reference_id (str | Unset): The campaign reference (current docs).
        attempt_count (int | Unset): How many delivery attempts were made (current docs).
        time_to_first_attempt (int | Unset): Milliseconds until the first delivery attempt (current docs).
    """

    bulk_id: str | Unset = UNSET
    message_id: str | Unset = UNSET
    to: str | Unset = UNSET
    sent_at: datetime.datetime | Unset = UNSET
    done_at: datetime.datetime | Unset = UNSET
    message_count: int | Unset = UNSET
    price: Price | Unset = UNSET
    status: ReportStatus | Unset = UNSET
    error: ReportError | Unset = UNSET
    channel: str | Unset = UNSET
    application_id: str | Unset = UNSET
    entity_id: str | Unset = UNSET
    campaign_reference_id: str | Unset = UNSET
    attempt_count: int | Unset = UNSET
    time_to_first_attempt: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bulk_id = self.bulk_id

        message_id = self.message_id

        to = self.to

        sent_at: str | Unset = UNSET
        if not isinstance(self.sent_at, Unset):
            sent_at = self.sent_at.isoformat()

        done_at: str | Unset = UNSET
        if not isinstance(self.done_at, Unset):
            done_at = self.done_at.isoformat()

        message_count = self.message_count

        price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.price, Unset):
            price = self.price.to_dict()

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        channel = self.channel

        application_id = self.application_id

        entity_id = self.entity_id

        campaign_reference_id = self.campaign_reference_id

        attempt_count = self.attempt_count

        time_to_first_attempt = self.time_to_first_attempt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bulk_id is not UNSET:
            field_dict["bulkId"] = bulk_id
        if message_id is not UNSET:
            field_dict["messageId"] = message_id
        if to is not UNSET:
            field_dict["to"] = to
        if sent_at is not UNSET:
            field_dict["sentAt"] = sent_at
        if done_at is not UNSET:
            field_dict["doneAt"] = done_at
        if message_count is not UNSET:
            field_dict["messageCount"] = message_count
        if price is not UNSET:
            field_dict["price"] = price
        if status is not UNSET:
            field_dict["status"] = status
        if error is not UNSET:
            field_dict["error"] = error
        if channel is not UNSET:
            field_dict["channel"] = channel
        if application_id is not UNSET:
            field_dict["applicationId"] = application_id
        if entity_id is not UNSET:
            field_dict["entityId"] = entity_id
        if campaign_reference_id is not UNSET:
            field_dict["campaignReferenceId"] = campaign_reference_id
        if attempt_count is not UNSET:
            field_dict["attemptCount"] = attempt_count
        if time_to_first_attempt is not UNSET:
            field_dict["timeToFirstAttempt"] = time_to_first_attempt

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        bulk_id = d.pop("bulkId", UNSET)

        message_id = d.pop("messageId", UNSET)

        to = d.pop("to", UNSET)

        _sent_at = d.pop("sentAt", UNSET)
        sent_at: datetime.datetime | Unset
        if isinstance(_sent_at, Unset):
            sent_at = UNSET
        else:
            sent_at = datetime.datetime.fromisoformat(_sent_at)

        _done_at = d.pop("doneAt", UNSET)
        done_at: datetime.datetime | Unset
        if isinstance(_done_at, Unset):
            done_at = UNSET
        else:
            done_at = datetime.datetime.fromisoformat(_done_at)

        message_count = d.pop("messageCount", UNSET)

        _price = d.pop("price", UNSET)
        price: Price | Unset
        if isinstance(_price, Unset):
            price = UNSET
        else:
            price = Price.from_dict(_price)

        _status = d.pop("status", UNSET)
        status: ReportStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ReportStatus.from_dict(_status)

        _error = d.pop("error", UNSET)
        error: ReportError | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = ReportError.from_dict(_error)

        channel = d.pop("channel", UNSET)

        application_id = d.pop("applicationId", UNSET)

        entity_id = d.pop("entityId", UNSET)

        campaign_reference_id = d.pop("campaignReferenceId", UNSET)

        attempt_count = d.pop("attemptCount", UNSET)

        time_to_first_attempt = d.pop("timeToFirstAttempt", UNSET)

        sent_email_report = cls(
            bulk_id=bulk_id,
            message_id=message_id,
            to=to,
            sent_at=sent_at,
            done_at=done_at,
            message_count=message_count,
            price=price,
            status=status,
            error=error,
            channel=channel,
            application_id=application_id,
            entity_id=entity_id,
            campaign_reference_id=campaign_reference_id,
            attempt_count=attempt_count,
            time_to_first_attempt=time_to_first_attempt,
        )

        sent_email_report.additional_properties = d
        return sent_email_report

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
