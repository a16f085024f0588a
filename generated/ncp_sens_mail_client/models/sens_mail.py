from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sens_mail_attach_files_item import SensMailAttachFilesItem
from ..models.sens_recipient import SensRecipient
from ..types import (
    UNSET,
    Unset,
    as_dict,
    json_copy,
    wrong_type,
)

T = TypeVar("T", bound="SensMail")
_new = object.__new__
_fromisoformat = datetime.datetime.fromisoformat
_from_json_sens_mail_attach_files_item = SensMailAttachFilesItem._from_json
_from_json_sens_recipient = SensRecipient._from_json


@_attrs_define
class SensMail:
    """One mail in full (https://api.ncloud-docs.com/docs/en/sens-mail-get): documented fields
    `requestId`, `mailId`, `requesterIp`, `createDateTime`, `title`, `templateNo` and
    `templateName` (null for a mail sent without a template), `status`, `attachFiles[]`,
    `recipients[]`; the sender and body fields are assumed from v1. All but the ids optional.
    `templateNo`, `templateName` and `reservationDateTime` can be null.

        Attributes:
            request_id (str): The send request's id (opaque, not to be parsed).
            mail_id (str): The mail's id (opaque).
            template_no (int | None | Unset): A number (a template's), or null where there is none.
            template_name (None | str | Unset): A text (a template's name), or null where there is none.
            reservation_date_time (datetime.datetime | None | str | Unset): A SensDateTime, or null where there is none.
            requester_ip (str | Unset): The address the send request came from (console and API alike).
            create_date_time (datetime.datetime | str | Unset): A moment, ISO 8601 with its offset
                (`2026-07-12T10:15:30.123+09:00`). Read as an aware
                datetime where it carries an offset; kept as the text sent where it does not.
            title (str | Unset): The subject, variables substituted.
            status (str | Unset): A mail's (or recipient's) state, an open set: READY, RESERVED, SENDING, COMPLETED, FAILED,
                PARTIAL_FAILED, CANCELED (the mail list's `status` filter).
            sender_address (str | Unset): The sender's address.
            sender_name (str | Unset): The sender's display name.
            body (str | Unset): The body, variables substituted.
            advertising (bool | Unset): Whether the mail is advertising.
            attach_files (list[SensMailAttachFilesItem] | Unset): The attached files; their fields are not in the pages
                read, kept as sent.
            recipients (list[SensRecipient] | Unset): The recipients, each with its sending result.
    """

    request_id: str
    mail_id: str
    template_no: int | None | Unset = UNSET
    template_name: None | str | Unset = UNSET
    reservation_date_time: datetime.datetime | None | str | Unset = UNSET
    requester_ip: str | Unset = UNSET
    create_date_time: datetime.datetime | str | Unset = UNSET
    title: str | Unset = UNSET
    status: str | Unset = UNSET
    sender_address: str | Unset = UNSET
    sender_name: str | Unset = UNSET
    body: str | Unset = UNSET
    advertising: bool | Unset = UNSET
    attach_files: list[SensMailAttachFilesItem] | Unset = UNSET
    recipients: list[SensRecipient] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready values under the spec's field names; unset fields are left out."""
        request_id = self.request_id

        mail_id = self.mail_id

        template_no: int | None | Unset
        if isinstance(self.template_no, Unset):
            template_no = UNSET
        else:
            template_no = self.template_no

        template_name: None | str | Unset
        if isinstance(self.template_name, Unset):
            template_name = UNSET
        else:
            template_name = self.template_name

        reservation_date_time: None | str | Unset
        if isinstance(self.reservation_date_time, Unset):
            reservation_date_time = UNSET
        elif isinstance(self.reservation_date_time, datetime.datetime):
            reservation_date_time = self.reservation_date_time.isoformat()
        else:
            reservation_date_time = self.reservation_date_time

        requester_ip = self.requester_ip

        create_date_time: str | Unset
        if isinstance(self.create_date_time, Unset):
            create_date_time = UNSET
        elif isinstance(self.create_date_time, datetime.datetime):
            create_date_time = self.create_date_time.isoformat()
        else:
            create_date_time = self.create_date_time

        title = self.title

        status = self.status

        sender_address = self.sender_address

        sender_name = self.sender_name

        body = self.body

        advertising = self.advertising

        attach_files: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attach_files, Unset):
            attach_files = []
            for attach_files_item_data in self.attach_files:
                attach_files_item = attach_files_item_data.to_dict()
                attach_files.append(attach_files_item)

        recipients: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.recipients, Unset):
            recipients = []
            for recipients_item_data in self.recipients:
                recipients_item = recipients_item_data.to_dict()
                recipients.append(recipients_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "requestId": request_id,
                "mailId": mail_id,
            }
        )
        if template_no is not UNSET:
            field_dict["templateNo"] = template_no
        if template_name is not UNSET:
            field_dict["templateName"] = template_name
        if reservation_date_time is not UNSET:
            field_dict["reservationDateTime"] = reservation_date_time
        if requester_ip is not UNSET:
            field_dict["requesterIp"] = requester_ip
        if create_date_time is not UNSET:
            field_dict["createDateTime"] = create_date_time
        if title is not UNSET:
            field_dict["title"] = title
        if status is not UNSET:
            field_dict["status"] = status
        if sender_address is not UNSET:
            field_dict["senderAddress"] = sender_address
        if sender_name is not UNSET:
            field_dict["senderName"] = sender_name
        if body is not UNSET:
            field_dict["body"] = body
        if advertising is not UNSET:
            field_dict["advertising"] = advertising
        if attach_files is not UNSET:
            field_dict["attachFiles"] = attach_files
        if recipients is not UNSET:
            field_dict["recipients"] = recipients

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read decoded JSON (`src_dict` is left as it was), checked against the spec's types."""
        return cls._from_json(json_copy(src_dict))

    @classmethod
    def _from_json(
        cls: type[T], src_dict: dict[str, Any], where: str = "SensMail"
    ) -> T:
        """Read a dict fresh from a JSON decoder, consuming it; `where` names it in errors."""
        if type(src_dict) is not dict:
            src_dict = as_dict(where, src_dict)
        request_id = src_dict.pop("requestId", UNSET)
        if type(request_id) is not str:
            raise wrong_type("SensMail.requestId", "string", request_id)
        mail_id = src_dict.pop("mailId", UNSET)
        if type(mail_id) is not str:
            raise wrong_type("SensMail.mailId", "string", mail_id)
        template_no = src_dict.pop("templateNo", UNSET)
        if template_no is not UNSET:
            if template_no is not None:
                if type(template_no) is not int:
                    raise wrong_type("SensMail.templateNo", "integer", template_no)

        template_name = src_dict.pop("templateName", UNSET)
        if template_name is not UNSET:
            if template_name is not None:
                if type(template_name) is not str:
                    raise wrong_type("SensMail.templateName", "string", template_name)

        reservation_date_time = src_dict.pop("reservationDateTime", UNSET)
        if reservation_date_time is not UNSET:
            if reservation_date_time is not None:
                try:
                    _moment = _fromisoformat(reservation_date_time)
                except TypeError:  # not a string
                    raise wrong_type(
                        "SensMail.reservationDateTime",
                        "date-time string",
                        reservation_date_time,
                    ) from None
                except ValueError:
                    pass
                else:
                    if _moment.tzinfo is not None:
                        reservation_date_time = _moment

        requester_ip = src_dict.pop("requesterIp", UNSET)
        if type(requester_ip) is not str and requester_ip is not UNSET:
            raise wrong_type("SensMail.requesterIp", "string", requester_ip)
        create_date_time = src_dict.pop("createDateTime", UNSET)
        if create_date_time is not UNSET:
            try:
                _moment = _fromisoformat(create_date_time)
            except TypeError:  # not a string
                raise wrong_type(
                    "SensMail.createDateTime", "date-time string", create_date_time
                ) from None
            except ValueError:
                pass
            else:
                if _moment.tzinfo is not None:
                    create_date_time = _moment

        title = src_dict.pop("title", UNSET)
        if type(title) is not str and title is not UNSET:
            raise wrong_type("SensMail.title", "string", title)
        status = src_dict.pop("status", UNSET)
        if type(status) is not str and status is not UNSET:
            raise wrong_type("SensMail.status", "string", status)
        sender_address = src_dict.pop("senderAddress", UNSET)
        if type(sender_address) is not str and sender_address is not UNSET:
            raise wrong_type("SensMail.senderAddress", "string", sender_address)
        sender_name = src_dict.pop("senderName", UNSET)
        if type(sender_name) is not str and sender_name is not UNSET:
            raise wrong_type("SensMail.senderName", "string", sender_name)
        body = src_dict.pop("body", UNSET)
        if type(body) is not str and body is not UNSET:
            raise wrong_type("SensMail.body", "string", body)
        advertising = src_dict.pop("advertising", UNSET)
        if type(advertising) is not bool and advertising is not UNSET:
            raise wrong_type("SensMail.advertising", "boolean", advertising)
        attach_files = src_dict.pop("attachFiles", UNSET)
        if attach_files is not UNSET:
            if type(attach_files) is not list:
                raise wrong_type("SensMail.attachFiles", "array", attach_files)
            attach_files = [
                _from_json_sens_mail_attach_files_item(_item, "SensMail.attachFiles[]")
                for _item in attach_files
            ]

        recipients = src_dict.pop("recipients", UNSET)
        if recipients is not UNSET:
            if type(recipients) is not list:
                raise wrong_type("SensMail.recipients", "array", recipients)
            recipients = [
                _from_json_sens_recipient(_item, "SensMail.recipients[]")
                for _item in recipients
            ]

        _instance = _new(cls)
        _instance.request_id = request_id
        _instance.mail_id = mail_id
        _instance.template_no = template_no
        _instance.template_name = template_name
        _instance.reservation_date_time = reservation_date_time
        _instance.requester_ip = requester_ip
        _instance.create_date_time = create_date_time
        _instance.title = title
        _instance.status = status
        _instance.sender_address = sender_address
        _instance.sender_name = sender_name
        _instance.body = body
        _instance.advertising = advertising
        _instance.attach_files = attach_files
        _instance.recipients = recipients
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
