from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.platform import Platform
from ..models.price import Price
from ..models.report_error import ReportError
from ..models.report_status import ReportStatus
from ..types import (
    UNSET,
    Unset,
    as_dict,
    json_copy,
    wrong_type,
)

T = TypeVar("T", bound="EmailLog")
_new = object.__new__
_fromisoformat = datetime.datetime.fromisoformat
_from_json_platform = Platform._from_json
_from_json_price = Price._from_json
_from_json_report_error = ReportError._from_json
_from_json_report_status = ReportStatus._from_json


@_attrs_define
class EmailLog:
    """The log of one sent email (v4). No field is always present.

    Attributes:
        message_id (str | Unset): The message id.
        bulk_id (str | Unset): The bulk the email belongs to.
        sender (str | Unset): The sender address.
        destination (str | Unset): The destination address.
        text (str | Unset): The message text.
        sent_at (datetime.datetime | str | Unset): A moment, documented as `yyyy-MM-dd'T'HH:mm:ss.SSSZ`. Infobip writes
            the offset as `+0000`
            (what Java's `Z` gives, and most often seen), `Z` or `+01:00`, with a fraction of one to three
            digits or none. RFC 3339 (`format: date-time`) has no `+0000`, hence the second form. Read
            as an aware datetime where it can be; kept as the text sent where it cannot, never refused.
        done_at (datetime.datetime | str | Unset): A moment, documented as `yyyy-MM-dd'T'HH:mm:ss.SSSZ`. Infobip writes
            the offset as `+0000`
            (what Java's `Z` gives, and most often seen), `Z` or `+01:00`, with a fraction of one to three
            digits or none. RFC 3339 (`format: date-time`) has no `+0000`, hence the second form. Read
            as an aware datetime where it can be; kept as the text sent where it cannot, never refused.
        message_count (int | Unset): The number of messages the content was split into.
        price (Price | Unset): What the email cost.
        status (ReportStatus | Unset): Whether the message was sent, delivered, not delivered, waiting or otherwise.
            Group ids:
            0 ACCEPTED, 1 PENDING, 2 UNDELIVERABLE, 3 DELIVERED, 4 EXPIRED, 5 REJECTED. Names are open
            strings.
        error (ReportError | Unset): Whether an error occurred. Group 0 OK with id 0 NO_ERROR means none. Email errors
            have ids
            6002 to 6058 (6011 soft bounce, not permanent; 6012 hard bounce, permanent; 6003 unsubscribed;
            6013 internal system error). Names are open strings.
        platform (Platform | Unset): The entity and application the message was sent for.
        campaign_reference_id (str | Unset): The campaign reference.
    """

    message_id: str | Unset = UNSET
    bulk_id: str | Unset = UNSET
    sender: str | Unset = UNSET
    destination: str | Unset = UNSET
    text: str | Unset = UNSET
    sent_at: datetime.datetime | str | Unset = UNSET
    done_at: datetime.datetime | str | Unset = UNSET
    message_count: int | Unset = UNSET
    price: Price | Unset = UNSET
    status: ReportStatus | Unset = UNSET
    error: ReportError | Unset = UNSET
    platform: Platform | Unset = UNSET
    campaign_reference_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready values under the spec's field names; unset fields are left out."""
        message_id = self.message_id

        bulk_id = self.bulk_id

        sender = self.sender

        destination = self.destination

        text = self.text

        sent_at: str | Unset
        if isinstance(self.sent_at, Unset):
            sent_at = UNSET
        elif isinstance(self.sent_at, datetime.datetime):
            sent_at = self.sent_at.isoformat()
        else:
            sent_at = self.sent_at

        done_at: str | Unset
        if isinstance(self.done_at, Unset):
            done_at = UNSET
        elif isinstance(self.done_at, datetime.datetime):
            done_at = self.done_at.isoformat()
        else:
            done_at = self.done_at

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

        platform: dict[str, Any] | Unset = UNSET
        if not isinstance(self.platform, Unset):
            platform = self.platform.to_dict()

        campaign_reference_id = self.campaign_reference_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message_id is not UNSET:
            field_dict["messageId"] = message_id
        if bulk_id is not UNSET:
            field_dict["bulkId"] = bulk_id
        if sender is not UNSET:
            field_dict["sender"] = sender
        if destination is not UNSET:
            field_dict["destination"] = destination
        if text is not UNSET:
            field_dict["text"] = text
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
        if platform is not UNSET:
            field_dict["platform"] = platform
        if campaign_reference_id is not UNSET:
            field_dict["campaignReferenceId"] = campaign_reference_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read decoded JSON (`src_dict` is left as it was), checked against the spec's types."""
        return cls._from_json(json_copy(src_dict))

    @classmethod
    def _from_json(
        cls: type[T], src_dict: dict[str, Any], where: str = "EmailLog"
    ) -> T:
        """Read a dict fresh from a JSON decoder, consuming it; `where` names it in errors."""
        if type(src_dict) is not dict:
            src_dict = as_dict(where, src_dict)
        message_id = src_dict.pop("messageId", UNSET)
        if type(message_id) is not str and message_id is not UNSET:
            raise wrong_type("EmailLog.messageId", "string", message_id)
        bulk_id = src_dict.pop("bulkId", UNSET)
        if type(bulk_id) is not str and bulk_id is not UNSET:
            raise wrong_type("EmailLog.bulkId", "string", bulk_id)
        sender = src_dict.pop("sender", UNSET)
        if type(sender) is not str and sender is not UNSET:
            raise wrong_type("EmailLog.sender", "string", sender)
        destination = src_dict.pop("destination", UNSET)
        if type(destination) is not str and destination is not UNSET:
            raise wrong_type("EmailLog.destination", "string", destination)
        text = src_dict.pop("text", UNSET)
        if type(text) is not str and text is not UNSET:
            raise wrong_type("EmailLog.text", "string", text)
        sent_at = src_dict.pop("sentAt", UNSET)
        if sent_at is not UNSET:
            try:
                _moment = _fromisoformat(sent_at)
            except TypeError:  # not a string
                raise wrong_type(
                    "EmailLog.sentAt", "date-time string", sent_at
                ) from None
            except ValueError:
                pass
            else:
                if _moment.tzinfo is not None:
                    sent_at = _moment

        done_at = src_dict.pop("doneAt", UNSET)
        if done_at is not UNSET:
            try:
                _moment = _fromisoformat(done_at)
            except TypeError:  # not a string
                raise wrong_type(
                    "EmailLog.doneAt", "date-time string", done_at
                ) from None
            except ValueError:
                pass
            else:
                if _moment.tzinfo is not None:
                    done_at = _moment

        message_count = src_dict.pop("messageCount", UNSET)
        if type(message_count) is not int and message_count is not UNSET:
            raise wrong_type("EmailLog.messageCount", "integer", message_count)
        price = src_dict.pop("price", UNSET)
        if price is not UNSET:
            price = _from_json_price(price, "EmailLog.price")

        status = src_dict.pop("status", UNSET)
        if status is not UNSET:
            status = _from_json_report_status(status, "EmailLog.status")

        error = src_dict.pop("error", UNSET)
        if error is not UNSET:
            error = _from_json_report_error(error, "EmailLog.error")

        platform = src_dict.pop("platform", UNSET)
        if platform is not UNSET:
            platform = _from_json_platform(platform, "EmailLog.platform")

        campaign_reference_id = src_dict.pop("campaignReferenceId", UNSET)
        if (
            type(campaign_reference_id) is not str
            and campaign_reference_id is not UNSET
        ):
            raise wrong_type(
                "EmailLog.campaignReferenceId", "string", campaign_reference_id
            )
        _instance = _new(cls)
        _instance.message_id = message_id
        _instance.bulk_id = bulk_id
        _instance.sender = sender
        _instance.destination = destination
        _instance.text = text
        _instance.sent_at = sent_at
        _instance.done_at = done_at
        _instance.message_count = message_count
        _instance.price = price
        _instance.status = status
        _instance.error = error
        _instance.platform = platform
        _instance.campaign_reference_id = campaign_reference_id
        # What is left are the keys not in the spec. An emptied dict keeps its key table until
        # cleared; clearing it is cheaper than a new dict.
        if not src_dict:
            src_dict.clear()
        _instance.additional_properties = src_dict
        return _instance

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
