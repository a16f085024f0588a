from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.attach_file import AttachFile
from ..models.email_status import EmailStatus
from ..models.ncp_date import NcpDate
from ..models.recipient import Recipient
from ..types import (
    UNSET,
    Unset,
    as_dict,
    json_copy,
    wrong_type,
)

T = TypeVar("T", bound="Mail")
_new = object.__new__
_fromisoformat = datetime.datetime.fromisoformat
_from_json_attach_file = AttachFile._from_json
_from_json_email_status = EmailStatus._from_json
_from_json_ncp_date = NcpDate._from_json
_from_json_recipient = Recipient._from_json


@_attrs_define
class Mail:
    """One email in full (https://api.ncloud-docs.com/docs/en/ai-application-service-cloudoutboundmailer-getmail).
    The docs mark `templateName` and `body` required; they stay optional here, since a mail
    sent without a template has no template name.

        Attributes:
            request_id (str): The send request's id (20 digits).
            request_date (NcpDate): A point in time: `utc` is epoch milliseconds; the formatted values are in UTC+9.
            mail_id (str): The email's id (20 digits).
            title (str): The subject.
            email_status (EmailStatus): The email's delivery state. `code` is an open set (R ready, P preparing, I in
                transit, S sent,
                F failed, U unsubscribed or rejected, C canceled, PF partial failure); `label` is translated.
            sender_address (str): The sender's address.
            recipients (list[Recipient]): The recipients (To, CC and BCC), each with its delivery result.
            send_date (NcpDate | None | Unset): An NcpDate, or null where there is none: the documented getMailRequestStatus
                answer has
                `"reservationDate": null`, so the optional dates of these answers are read as nullable.
            reservation_date (NcpDate | None | Unset): An NcpDate, or null where there is none: the documented
                getMailRequestStatus answer has
                `"reservationDate": null`, so the optional dates of these answers are read as nullable.
            requester_ip (str | Unset): The address the send request came from.
            template_sid (int | Unset): The template used, if any.
            template_name (str | Unset): The template's name, if any.
            sender_name (str | Unset): The sender's display name.
            body (str | Unset): The body (HTML).
            references_header (str | Unset): The References header, `<unique_id@domain.com>` values (0 to 100).
            attach_files (list[AttachFile] | Unset): The attached files. Their fields are not published on the pages read:
                `fileName`,
                `fileSize` and `fileId` are assumed, all optional; other fields are kept as sent.
            advertising (bool | Unset): Whether the email is advertising.
    """

    request_id: str
    request_date: NcpDate
    mail_id: str
    title: str
    email_status: EmailStatus
    sender_address: str
    recipients: list[Recipient]
    send_date: NcpDate | None | Unset = UNSET
    reservation_date: NcpDate | None | Unset = UNSET
    requester_ip: str | Unset = UNSET
    template_sid: int | Unset = UNSET
    template_name: str | Unset = UNSET
    sender_name: str | Unset = UNSET
    body: str | Unset = UNSET
    references_header: str | Unset = UNSET
    attach_files: list[AttachFile] | Unset = UNSET
    advertising: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready values under the spec's field names; unset fields are left out."""
        request_id = self.request_id

        request_date = self.request_date.to_dict()

        mail_id = self.mail_id

        title = self.title

        email_status = self.email_status.to_dict()

        sender_address = self.sender_address

        recipients = []
        for recipients_item_data in self.recipients:
            recipients_item = recipients_item_data.to_dict()
            recipients.append(recipients_item)

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

        requester_ip = self.requester_ip

        template_sid = self.template_sid

        template_name = self.template_name

        sender_name = self.sender_name

        body = self.body

        references_header = self.references_header

        attach_files: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attach_files, Unset):
            attach_files = []
            for attach_files_item_data in self.attach_files:
                attach_files_item = attach_files_item_data.to_dict()
                attach_files.append(attach_files_item)

        advertising = self.advertising

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
                "recipients": recipients,
            }
        )
        if send_date is not UNSET:
            field_dict["sendDate"] = send_date
        if reservation_date is not UNSET:
            field_dict["reservationDate"] = reservation_date
        if requester_ip is not UNSET:
            field_dict["requesterIp"] = requester_ip
        if template_sid is not UNSET:
            field_dict["templateSid"] = template_sid
        if template_name is not UNSET:
            field_dict["templateName"] = template_name
        if sender_name is not UNSET:
            field_dict["senderName"] = sender_name
        if body is not UNSET:
            field_dict["body"] = body
        if references_header is not UNSET:
            field_dict["referencesHeader"] = references_header
        if attach_files is not UNSET:
            field_dict["attachFiles"] = attach_files
        if advertising is not UNSET:
            field_dict["advertising"] = advertising

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read decoded JSON (`src_dict` is left as it was), checked against the spec's types."""
        return cls._from_json(json_copy(src_dict))

    @classmethod
    def _from_json(cls: type[T], src_dict: dict[str, Any], where: str = "Mail") -> T:
        """Read a dict fresh from a JSON decoder, consuming it; `where` names it in errors."""
        if type(src_dict) is not dict:
            src_dict = as_dict(where, src_dict)
        request_id = src_dict.pop("requestId", UNSET)
        if type(request_id) is not str:
            raise wrong_type("Mail.requestId", "string", request_id)
        request_date = src_dict.pop("requestDate", UNSET)
        if request_date is UNSET:
            raise wrong_type("Mail.requestDate", "a value", UNSET)
        request_date = _from_json_ncp_date(request_date, "Mail.requestDate")

        mail_id = src_dict.pop("mailId", UNSET)
        if type(mail_id) is not str:
            raise wrong_type("Mail.mailId", "string", mail_id)
        title = src_dict.pop("title", UNSET)
        if type(title) is not str:
            raise wrong_type("Mail.title", "string", title)
        email_status = src_dict.pop("emailStatus", UNSET)
        if email_status is UNSET:
            raise wrong_type("Mail.emailStatus", "a value", UNSET)
        email_status = _from_json_email_status(email_status, "Mail.emailStatus")

        sender_address = src_dict.pop("senderAddress", UNSET)
        if type(sender_address) is not str:
            raise wrong_type("Mail.senderAddress", "string", sender_address)
        recipients = src_dict.pop("recipients", UNSET)
        if recipients is UNSET:
            raise wrong_type("Mail.recipients", "a value", UNSET)
        if type(recipients) is not list:
            raise wrong_type("Mail.recipients", "array", recipients)
        recipients = [
            _from_json_recipient(_item, "Mail.recipients[]") for _item in recipients
        ]

        send_date = src_dict.pop("sendDate", UNSET)
        if send_date is not UNSET:
            if send_date is not None:
                send_date = _from_json_ncp_date(send_date, "Mail.sendDate")

        reservation_date = src_dict.pop("reservationDate", UNSET)
        if reservation_date is not UNSET:
            if reservation_date is not None:
                reservation_date = _from_json_ncp_date(
                    reservation_date, "Mail.reservationDate"
                )

        requester_ip = src_dict.pop("requesterIp", UNSET)
        if type(requester_ip) is not str and requester_ip is not UNSET:
            raise wrong_type("Mail.requesterIp", "string", requester_ip)
        template_sid = src_dict.pop("templateSid", UNSET)
        if type(template_sid) is not int and template_sid is not UNSET:
            raise wrong_type("Mail.templateSid", "integer", template_sid)
        template_name = src_dict.pop("templateName", UNSET)
        if type(template_name) is not str and template_name is not UNSET:
            raise wrong_type("Mail.templateName", "string", template_name)
        sender_name = src_dict.pop("senderName", UNSET)
        if type(sender_name) is not str and sender_name is not UNSET:
            raise wrong_type("Mail.senderName", "string", sender_name)
        body = src_dict.pop("body", UNSET)
        if type(body) is not str and body is not UNSET:
            raise wrong_type("Mail.body", "string", body)
        references_header = src_dict.pop("referencesHeader", UNSET)
        if type(references_header) is not str and references_header is not UNSET:
            raise wrong_type("Mail.referencesHeader", "string", references_header)
        attach_files = src_dict.pop("attachFiles", UNSET)
        if attach_files is not UNSET:
            if type(attach_files) is not list:
                raise wrong_type("Mail.attachFiles", "array", attach_files)
            attach_files = [
                _from_json_attach_file(_item, "Mail.attachFiles[]")
                for _item in attach_files
            ]

        advertising = src_dict.pop("advertising", UNSET)
        if type(advertising) is not bool and advertising is not UNSET:
            raise wrong_type("Mail.advertising", "boolean", advertising)
        _instance = _new(cls)
        _instance.request_id = request_id
        _instance.request_date = request_date
        _instance.mail_id = mail_id
        _instance.title = title
        _instance.email_status = email_status
        _instance.sender_address = sender_address
        _instance.recipients = recipients
        _instance.send_date = send_date
        _instance.reservation_date = reservation_date
        _instance.requester_ip = requester_ip
        _instance.template_sid = template_sid
        _instance.template_name = template_name
        _instance.sender_name = sender_name
        _instance.body = body
        _instance.references_header = references_header
        _instance.attach_files = attach_files
        _instance.advertising = advertising
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
