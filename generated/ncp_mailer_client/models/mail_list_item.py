from __future__ import annotations

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
    missing,
    wrong_type,
)

T = TypeVar("T", bound="MailListItem")


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
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise wrong_type("MailListItem", "object", src_dict)
        request_id = src_dict.get("requestId", UNSET)
        if request_id is UNSET:
            raise missing("MailListItem.requestId")
        if type(request_id) is not str:
            raise wrong_type("MailListItem.requestId", "string", request_id)

        request_date = src_dict.get("requestDate", UNSET)
        if request_date is UNSET:
            raise missing("MailListItem.requestDate")
        if type(request_date) is not dict:
            raise wrong_type("MailListItem.requestDate", "object", request_date)
        request_date = NcpDate.from_dict(request_date)

        mail_id = src_dict.get("mailId", UNSET)
        if mail_id is UNSET:
            raise missing("MailListItem.mailId")
        if type(mail_id) is not str:
            raise wrong_type("MailListItem.mailId", "string", mail_id)

        title = src_dict.get("title", UNSET)
        if title is UNSET:
            raise missing("MailListItem.title")
        if type(title) is not str:
            raise wrong_type("MailListItem.title", "string", title)

        email_status = src_dict.get("emailStatus", UNSET)
        if email_status is UNSET:
            raise missing("MailListItem.emailStatus")
        if type(email_status) is not dict:
            raise wrong_type("MailListItem.emailStatus", "object", email_status)
        email_status = EmailStatus.from_dict(email_status)

        sender_address = src_dict.get("senderAddress", UNSET)
        if sender_address is UNSET:
            raise missing("MailListItem.senderAddress")
        if type(sender_address) is not str:
            raise wrong_type("MailListItem.senderAddress", "string", sender_address)

        representative_recipient = src_dict.get("representativeRecipient", UNSET)
        if representative_recipient is UNSET:
            raise missing("MailListItem.representativeRecipient")
        if type(representative_recipient) is not str:
            raise wrong_type(
                "MailListItem.representativeRecipient",
                "string",
                representative_recipient,
            )

        reservation_status = src_dict.get("reservationStatus", UNSET)
        if reservation_status is UNSET:
            raise missing("MailListItem.reservationStatus")
        if type(reservation_status) is not dict:
            raise wrong_type(
                "MailListItem.reservationStatus", "object", reservation_status
            )
        reservation_status = ReservationStatus.from_dict(reservation_status)

        advertising = src_dict.get("advertising", UNSET)
        if advertising is UNSET:
            raise missing("MailListItem.advertising")
        if type(advertising) is not bool:
            raise wrong_type("MailListItem.advertising", "boolean", advertising)

        template_sid = src_dict.get("templateSid", UNSET)
        if template_sid is not UNSET:
            if type(template_sid) is not int:
                raise wrong_type("MailListItem.templateSid", "integer", template_sid)

        template_name = src_dict.get("templateName", UNSET)
        if template_name is not UNSET:
            if type(template_name) is not str:
                raise wrong_type("MailListItem.templateName", "string", template_name)

        sender_name = src_dict.get("senderName", UNSET)
        if sender_name is not UNSET:
            if type(sender_name) is not str:
                raise wrong_type("MailListItem.senderName", "string", sender_name)

        send_date = src_dict.get("sendDate", UNSET)
        if send_date is not UNSET:
            if type(send_date) is not dict:
                raise wrong_type("MailListItem.sendDate", "object", send_date)
            send_date = NcpDate.from_dict(send_date)

        mail_list_item = cls(
            request_id=request_id,
            request_date=request_date,
            mail_id=mail_id,
            title=title,
            email_status=email_status,
            sender_address=sender_address,
            representative_recipient=representative_recipient,
            reservation_status=reservation_status,
            advertising=advertising,
            template_sid=template_sid,
            template_name=template_name,
            sender_name=sender_name,
            send_date=send_date,
        )
        additional_properties = {
            key: value
            for key, value in src_dict.items()
            if key
            not in {
                "requestId",
                "requestDate",
                "mailId",
                "title",
                "emailStatus",
                "senderAddress",
                "representativeRecipient",
                "reservationStatus",
                "advertising",
                "templateSid",
                "templateName",
                "senderName",
                "sendDate",
            }
        }
        mail_list_item.additional_properties = additional_properties
        return mail_list_item

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
