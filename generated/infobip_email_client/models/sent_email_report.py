from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.price import Price
from ..models.report_error import ReportError
from ..models.report_status import ReportStatus
from ..types import (
    UNSET,
    Unset,
    parse_datetime,
    wrong_type,
)

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
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise wrong_type("SentEmailReport", "object", src_dict)
        bulk_id = src_dict.get("bulkId", UNSET)
        if bulk_id is not UNSET:
            if type(bulk_id) is not str:
                raise wrong_type("SentEmailReport.bulkId", "string", bulk_id)

        message_id = src_dict.get("messageId", UNSET)
        if message_id is not UNSET:
            if type(message_id) is not str:
                raise wrong_type("SentEmailReport.messageId", "string", message_id)

        to = src_dict.get("to", UNSET)
        if to is not UNSET:
            if type(to) is not str:
                raise wrong_type("SentEmailReport.to", "string", to)

        sent_at = src_dict.get("sentAt", UNSET)
        if sent_at is not UNSET:
            sent_at = parse_datetime("SentEmailReport.sentAt", sent_at)

        done_at = src_dict.get("doneAt", UNSET)
        if done_at is not UNSET:
            done_at = parse_datetime("SentEmailReport.doneAt", done_at)

        message_count = src_dict.get("messageCount", UNSET)
        if message_count is not UNSET:
            if type(message_count) is not int:
                raise wrong_type(
                    "SentEmailReport.messageCount", "integer", message_count
                )

        price = src_dict.get("price", UNSET)
        if price is not UNSET:
            if type(price) is not dict:
                raise wrong_type("SentEmailReport.price", "object", price)
            price = Price.from_dict(price)

        status = src_dict.get("status", UNSET)
        if status is not UNSET:
            if type(status) is not dict:
                raise wrong_type("SentEmailReport.status", "object", status)
            status = ReportStatus.from_dict(status)

        error = src_dict.get("error", UNSET)
        if error is not UNSET:
            if type(error) is not dict:
                raise wrong_type("SentEmailReport.error", "object", error)
            error = ReportError.from_dict(error)

        channel = src_dict.get("channel", UNSET)
        if channel is not UNSET:
            if type(channel) is not str:
                raise wrong_type("SentEmailReport.channel", "string", channel)

        application_id = src_dict.get("applicationId", UNSET)
        if application_id is not UNSET:
            if type(application_id) is not str:
                raise wrong_type(
                    "SentEmailReport.applicationId", "string", application_id
                )

        entity_id = src_dict.get("entityId", UNSET)
        if entity_id is not UNSET:
            if type(entity_id) is not str:
                raise wrong_type("SentEmailReport.entityId", "string", entity_id)

        campaign_reference_id = src_dict.get("campaignReferenceId", UNSET)
        if campaign_reference_id is not UNSET:
            if type(campaign_reference_id) is not str:
                raise wrong_type(
                    "SentEmailReport.campaignReferenceId",
                    "string",
                    campaign_reference_id,
                )

        attempt_count = src_dict.get("attemptCount", UNSET)
        if attempt_count is not UNSET:
            if type(attempt_count) is not int:
                raise wrong_type(
                    "SentEmailReport.attemptCount", "integer", attempt_count
                )

        time_to_first_attempt = src_dict.get("timeToFirstAttempt", UNSET)
        if time_to_first_attempt is not UNSET:
            if type(time_to_first_attempt) is not int:
                raise wrong_type(
                    "SentEmailReport.timeToFirstAttempt",
                    "integer",
                    time_to_first_attempt,
                )

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
        additional_properties = {
            key: value
            for key, value in src_dict.items()
            if key
            not in {
                "bulkId",
                "messageId",
                "to",
                "sentAt",
                "doneAt",
                "messageCount",
                "price",
                "status",
                "error",
                "channel",
                "applicationId",
                "entityId",
                "campaignReferenceId",
                "attemptCount",
                "timeToFirstAttempt",
            }
        }
        sent_email_report.additional_properties = additional_properties
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
