from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.email_status import EmailStatus
from ..models.ncp_date import NcpDate
from ..models.reservation_status import ReservationStatus
from ..types import (
    UNSET,
    Unset,
    as_dict,
    json_copy,
    wrong_type,
)

T = TypeVar("T", bound="MailListItem")
_new = object.__new__
_fromisoformat = datetime.datetime.fromisoformat
_from_json_email_status = EmailStatus._from_json
_from_json_ncp_date = NcpDate._from_json
_from_json_reservation_status = ReservationStatus._from_json


@_attrs_define
class MailListItem:
    """One email of the send request.

    Attributes:
        request_id (str): The send request's id (20 digits).
        request_date (NcpDate): A point in time: `utc` is epoch milliseconds; the formatted values are in UTC+9.
        mail_id (str): The email's id (20 digits).
        title (str): The subject.
        email_status (EmailStatus): The email's delivery state. `code` is an open set (R ready, P preparing, I in
            transit, S sent,
            F failed, U unsubscribed or rejected, C canceled, PF partial failure); `label` is translated.
        sender_address (str): The sender's address.
        representative_recipient (str): One recipient, with the count of all in parentheses (`test0@ncp-mail.com(30)`).
        reservation_status (ReservationStatus): Whether the email was scheduled (`Y`) or sent at once (`N`); `label` is
            translated.
        advertising (bool): Whether the email is advertising.
        template_sid (int | Unset): The template used, if any.
        template_name (str | Unset): The template's name, if any.
        sender_name (str | Unset): The sender's display name.
        send_date (NcpDate | Unset): A point in time: `utc` is epoch milliseconds; the formatted values are in UTC+9.
    """

    request_id: str
    request_date: NcpDate
    mail_id: str
    title: str
    email_status: EmailStatus
    sender_address: str
    representative_recipient: str
    reservation_status: ReservationStatus
    advertising: bool
    template_sid: int | Unset = UNSET
    template_name: str | Unset = UNSET
    sender_name: str | Unset = UNSET
    send_date: NcpDate | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready values under the spec's field names; unset fields are left out."""
        request_id = self.request_id

        request_date = self.request_date.to_dict()

        mail_id = self.mail_id

        title = self.title

        email_status = self.email_status.to_dict()

        sender_address = self.sender_address

        representative_recipient = self.representative_recipient

        reservation_status = self.reservation_status.to_dict()

        advertising = self.advertising

        template_sid = self.template_sid

        template_name = self.template_name

        sender_name = self.sender_name

        send_date: dict[str, Any] | Unset = UNSET
        if not isinstance(self.send_date, Unset):
            send_date = self.send_date.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "requestId": request_id,
                "requestDate": request_date,
                "mailId": mail_id,
                "title": title,
                "emailStatus": email_status,
                "senderAddress": sender_address,
                "representativeRecipient": representative_recipient,
                "reservationStatus": reservation_status,
                "advertising": advertising,
            }
        )
        if template_sid is not UNSET:
            field_dict["templateSid"] = template_sid
        if template_name is not UNSET:
            field_dict["templateName"] = template_name
        if sender_name is not UNSET:
            field_dict["senderName"] = sender_name
        if send_date is not UNSET:
            field_dict["sendDate"] = send_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read decoded JSON (`src_dict` is left as it was), checked against the spec's types."""
        return cls._from_json(json_copy(src_dict))

    @classmethod
    def _from_json(
        cls: type[T], src_dict: dict[str, Any], where: str = "MailListItem"
    ) -> T:
        """Read a dict fresh from a JSON decoder, consuming it; `where` names it in errors."""
        if type(src_dict) is not dict:
            src_dict = as_dict(where, src_dict)
        request_id = src_dict.pop("requestId", UNSET)
        if type(request_id) is not str:
            raise wrong_type("MailListItem.requestId", "string", request_id)
        request_date = src_dict.pop("requestDate", UNSET)
        if request_date is UNSET:
            raise wrong_type("MailListItem.requestDate", "a value", UNSET)
        request_date = _from_json_ncp_date(request_date, "MailListItem.requestDate")

        mail_id = src_dict.pop("mailId", UNSET)
        if type(mail_id) is not str:
            raise wrong_type("MailListItem.mailId", "string", mail_id)
        title = src_dict.pop("title", UNSET)
        if type(title) is not str:
            raise wrong_type("MailListItem.title", "string", title)
        email_status = src_dict.pop("emailStatus", UNSET)
        if email_status is UNSET:
            raise wrong_type("MailListItem.emailStatus", "a value", UNSET)
        email_status = _from_json_email_status(email_status, "MailListItem.emailStatus")

        sender_address = src_dict.pop("senderAddress", UNSET)
        if type(sender_address) is not str:
            raise wrong_type("MailListItem.senderAddress", "string", sender_address)
        representative_recipient = src_dict.pop("representativeRecipient", UNSET)
        if type(representative_recipient) is not str:
            raise wrong_type(
                "MailListItem.representativeRecipient",
                "string",
                representative_recipient,
            )
        reservation_status = src_dict.pop("reservationStatus", UNSET)
        if reservation_status is UNSET:
            raise wrong_type("MailListItem.reservationStatus", "a value", UNSET)
        reservation_status = _from_json_reservation_status(
            reservation_status, "MailListItem.reservationStatus"
        )

        advertising = src_dict.pop("advertising", UNSET)
        if type(advertising) is not bool:
            raise wrong_type("MailListItem.advertising", "boolean", advertising)
        template_sid = src_dict.pop("templateSid", UNSET)
        if type(template_sid) is not int and template_sid is not UNSET:
            raise wrong_type("MailListItem.templateSid", "integer", template_sid)
        template_name = src_dict.pop("templateName", UNSET)
        if type(template_name) is not str and template_name is not UNSET:
            raise wrong_type("MailListItem.templateName", "string", template_name)
        sender_name = src_dict.pop("senderName", UNSET)
        if type(sender_name) is not str and sender_name is not UNSET:
            raise wrong_type("MailListItem.senderName", "string", sender_name)
        send_date = src_dict.pop("sendDate", UNSET)
        if send_date is not UNSET:
            send_date = _from_json_ncp_date(send_date, "MailListItem.sendDate")

        _instance = _new(cls)
        _instance.request_id = request_id
        _instance.request_date = request_date
        _instance.mail_id = mail_id
        _instance.title = title
        _instance.email_status = email_status
        _instance.sender_address = sender_address
        _instance.representative_recipient = representative_recipient
        _instance.reservation_status = reservation_status
        _instance.advertising = advertising
        _instance.template_sid = template_sid
        _instance.template_name = template_name
        _instance.sender_name = sender_name
        _instance.send_date = send_date
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
