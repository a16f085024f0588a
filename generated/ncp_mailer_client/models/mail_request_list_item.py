from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.email_status import EmailStatus
from ..models.ncp_date import NcpDate
from ..types import (
    UNSET,
    Unset,
    as_dict,
    json_copy,
    wrong_type,
)

T = TypeVar("T", bound="MailRequestListItem")
_new = object.__new__
_fromisoformat = datetime.datetime.fromisoformat
_from_json_email_status = EmailStatus._from_json
_from_json_ncp_date = NcpDate._from_json


@_attrs_define
class MailRequestListItem:
    """One send request (RequestListResponse,
    https://api.ncloud-docs.com/docs/en/common-apidatatype-nesrequestlistcontent).

        Attributes:
            request_id (str): The send request's id (20 digits).
            email_status (EmailStatus): The email's delivery state. `code` is an open set (R ready, P preparing, I in
                transit, S sent,
                F failed, U unsubscribed or rejected, C canceled, PF partial failure); `label` is translated.
            request_date (NcpDate): A point in time: `utc` is epoch milliseconds; the formatted values are in UTC+9.
            request_count (int): Emails the request made (equal to recipientCount for individual sends).
            recipient_count (int): Recipients, CC and BCC included (at least requestCount).
            send_date (NcpDate | None | Unset): An NcpDate, or null where there is none: the documented getMailRequestStatus
                answer has
                `"reservationDate": null`, so the optional dates of these answers are read as nullable.
            reservation_date (NcpDate | None | Unset): An NcpDate, or null where there is none: the documented
                getMailRequestStatus answer has
                `"reservationDate": null`, so the optional dates of these answers are read as nullable.
            template_sid (int | Unset): The template used, if any.
            template_name (str | Unset): The template's name, if any.
            sender_address (str | Unset): The sender's address.
            sender_name (str | Unset): The sender's display name.
            dispatch_type (str | Unset): How the request was made, `CONSOLE` or `API` (an open set).
    """

    request_id: str
    email_status: EmailStatus
    request_date: NcpDate
    request_count: int
    recipient_count: int
    send_date: NcpDate | None | Unset = UNSET
    reservation_date: NcpDate | None | Unset = UNSET
    template_sid: int | Unset = UNSET
    template_name: str | Unset = UNSET
    sender_address: str | Unset = UNSET
    sender_name: str | Unset = UNSET
    dispatch_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready values under the spec's field names; unset fields are left out."""
        request_id = self.request_id

        email_status = self.email_status.to_dict()

        request_date = self.request_date.to_dict()

        request_count = self.request_count

        recipient_count = self.recipient_count

        send_date: dict[str, Any] | None | Unset
        if isinstance(self.send_date, Unset):
            send_date = UNSET
        elif isinstance(self.send_date, NcpDate):
            send_date = self.send_date.to_dict()
        else:
            send_date = self.send_date

        reservation_date: dict[str, Any] | None | Unset
        if isinstance(self.reservation_date, Unset):
            reservation_date = UNSET
        elif isinstance(self.reservation_date, NcpDate):
            reservation_date = self.reservation_date.to_dict()
        else:
            reservation_date = self.reservation_date

        template_sid = self.template_sid

        template_name = self.template_name

        sender_address = self.sender_address

        sender_name = self.sender_name

        dispatch_type = self.dispatch_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "requestId": request_id,
                "emailStatus": email_status,
                "requestDate": request_date,
                "requestCount": request_count,
                "recipientCount": recipient_count,
            }
        )
        if send_date is not UNSET:
            field_dict["sendDate"] = send_date
        if reservation_date is not UNSET:
            field_dict["reservationDate"] = reservation_date
        if template_sid is not UNSET:
            field_dict["templateSid"] = template_sid
        if template_name is not UNSET:
            field_dict["templateName"] = template_name
        if sender_address is not UNSET:
            field_dict["senderAddress"] = sender_address
        if sender_name is not UNSET:
            field_dict["senderName"] = sender_name
        if dispatch_type is not UNSET:
            field_dict["dispatchType"] = dispatch_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read decoded JSON (`src_dict` is left as it was), checked against the spec's types."""
        return cls._from_json(json_copy(src_dict))

    @classmethod
    def _from_json(
        cls: type[T], src_dict: dict[str, Any], where: str = "MailRequestListItem"
    ) -> T:
        """Read a dict fresh from a JSON decoder, consuming it; `where` names it in errors."""
        if type(src_dict) is not dict:
            src_dict = as_dict(where, src_dict)
        request_id = src_dict.pop("requestId", UNSET)
        if type(request_id) is not str:
            raise wrong_type("MailRequestListItem.requestId", "string", request_id)
        email_status = src_dict.pop("emailStatus", UNSET)
        if email_status is UNSET:
            raise wrong_type("MailRequestListItem.emailStatus", "a value", UNSET)
        email_status = _from_json_email_status(
            email_status, "MailRequestListItem.emailStatus"
        )

        request_date = src_dict.pop("requestDate", UNSET)
        if request_date is UNSET:
            raise wrong_type("MailRequestListItem.requestDate", "a value", UNSET)
        request_date = _from_json_ncp_date(
            request_date, "MailRequestListItem.requestDate"
        )

        request_count = src_dict.pop("requestCount", UNSET)
        if type(request_count) is not int:
            raise wrong_type(
                "MailRequestListItem.requestCount", "integer", request_count
            )
        recipient_count = src_dict.pop("recipientCount", UNSET)
        if type(recipient_count) is not int:
            raise wrong_type(
                "MailRequestListItem.recipientCount", "integer", recipient_count
            )
        send_date = src_dict.pop("sendDate", UNSET)
        if send_date is not UNSET:
            if send_date is not None:
                send_date = _from_json_ncp_date(
                    send_date, "MailRequestListItem.sendDate"
                )

        reservation_date = src_dict.pop("reservationDate", UNSET)
        if reservation_date is not UNSET:
            if reservation_date is not None:
                reservation_date = _from_json_ncp_date(
                    reservation_date, "MailRequestListItem.reservationDate"
                )

        template_sid = src_dict.pop("templateSid", UNSET)
        if type(template_sid) is not int and template_sid is not UNSET:
            raise wrong_type("MailRequestListItem.templateSid", "integer", template_sid)
        template_name = src_dict.pop("templateName", UNSET)
        if type(template_name) is not str and template_name is not UNSET:
            raise wrong_type(
                "MailRequestListItem.templateName", "string", template_name
            )
        sender_address = src_dict.pop("senderAddress", UNSET)
        if type(sender_address) is not str and sender_address is not UNSET:
            raise wrong_type(
                "MailRequestListItem.senderAddress", "string", sender_address
            )
        sender_name = src_dict.pop("senderName", UNSET)
        if type(sender_name) is not str and sender_name is not UNSET:
            raise wrong_type("MailRequestListItem.senderName", "string", sender_name)
        dispatch_type = src_dict.pop("dispatchType", UNSET)
        if type(dispatch_type) is not str and dispatch_type is not UNSET:
            raise wrong_type(
                "MailRequestListItem.dispatchType", "string", dispatch_type
            )
        _instance = _new(cls)
        _instance.request_id = request_id
        _instance.email_status = email_status
        _instance.request_date = request_date
        _instance.request_count = request_count
        _instance.recipient_count = recipient_count
        _instance.send_date = send_date
        _instance.reservation_date = reservation_date
        _instance.template_sid = template_sid
        _instance.template_name = template_name
        _instance.sender_address = sender_address
        _instance.sender_name = sender_name
        _instance.dispatch_type = dispatch_type
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
