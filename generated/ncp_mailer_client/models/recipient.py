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

T = TypeVar("T", bound="Recipient")
_new = object.__new__
_fromisoformat = datetime.datetime.fromisoformat
_from_json_email_status = EmailStatus._from_json
_from_json_ncp_date = NcpDate._from_json


@_attrs_define
class Recipient:
    """One recipient of the email and what became of it
    (https://api.ncloud-docs.com/docs/common-apidatatype-nesrecipient). `sendResultCode` and
    `sendResultCodeMessage` appear on the Korean and gov pages only: optional, and the code a
    string or a number.

        Attributes:
            address (str): The recipient's address.
            type_ (str): `R` recipient (To), `C` CC, `B` BCC (an open set).
            received (bool): Whether the receiving server took the email.
            status (EmailStatus): The email's delivery state. `code` is an open set (R ready, P preparing, I in transit, S
                sent,
                F failed, U unsubscribed or rejected, C canceled, PF partial failure); `label` is translated.
            retry_count (int): How many times sending was retried.
            received_date (NcpDate | None | Unset): An NcpDate, or null where there is none: the documented
                getMailRequestStatus answer has
                `"reservationDate": null`, so the optional dates of these answers are read as nullable.
            name (str | Unset): The recipient's name.
            send_result_message (str | Unset): The receiving server's SMTP reply, such as `550 5.1.1 No such user`.
            send_result_code (int | str | Unset): The delivery result code, documented as a string; a number is kept too.
            send_result_code_message (str | Unset): The result code's message.
    """

    address: str
    type_: str
    received: bool
    status: EmailStatus
    retry_count: int
    received_date: NcpDate | None | Unset = UNSET
    name: str | Unset = UNSET
    send_result_message: str | Unset = UNSET
    send_result_code: int | str | Unset = UNSET
    send_result_code_message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready values under the spec's field names; unset fields are left out."""
        address = self.address

        type_ = self.type_

        received = self.received

        status = self.status.to_dict()

        retry_count = self.retry_count

        received_date: dict[str, Any] | None | Unset
        if isinstance(self.received_date, Unset):
            received_date = UNSET
        elif isinstance(self.received_date, NcpDate):
            received_date = self.received_date.to_dict()
        else:
            received_date = self.received_date

        name = self.name

        send_result_message = self.send_result_message

        send_result_code: int | str | Unset
        if isinstance(self.send_result_code, Unset):
            send_result_code = UNSET
        else:
            send_result_code = self.send_result_code

        send_result_code_message = self.send_result_code_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "address": address,
                "type": type_,
                "received": received,
                "status": status,
                "retryCount": retry_count,
            }
        )
        if received_date is not UNSET:
            field_dict["receivedDate"] = received_date
        if name is not UNSET:
            field_dict["name"] = name
        if send_result_message is not UNSET:
            field_dict["sendResultMessage"] = send_result_message
        if send_result_code is not UNSET:
            field_dict["sendResultCode"] = send_result_code
        if send_result_code_message is not UNSET:
            field_dict["sendResultCodeMessage"] = send_result_code_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read decoded JSON (`src_dict` is left as it was), checked against the spec's types."""
        return cls._from_json(json_copy(src_dict))

    @classmethod
    def _from_json(
        cls: type[T], src_dict: dict[str, Any], where: str = "Recipient"
    ) -> T:
        """Read a dict fresh from a JSON decoder, consuming it; `where` names it in errors."""
        if type(src_dict) is not dict:
            src_dict = as_dict(where, src_dict)
        address = src_dict.pop("address", UNSET)
        if type(address) is not str:
            raise wrong_type("Recipient.address", "string", address)
        type_ = src_dict.pop("type", UNSET)
        if type(type_) is not str:
            raise wrong_type("Recipient.type", "string", type_)
        received = src_dict.pop("received", UNSET)
        if type(received) is not bool:
            raise wrong_type("Recipient.received", "boolean", received)
        status = src_dict.pop("status", UNSET)
        if status is UNSET:
            raise wrong_type("Recipient.status", "a value", UNSET)
        status = _from_json_email_status(status, "Recipient.status")

        retry_count = src_dict.pop("retryCount", UNSET)
        if type(retry_count) is not int:
            raise wrong_type("Recipient.retryCount", "integer", retry_count)
        received_date = src_dict.pop("receivedDate", UNSET)
        if received_date is not UNSET:
            if received_date is not None:
                received_date = _from_json_ncp_date(
                    received_date, "Recipient.receivedDate"
                )

        name = src_dict.pop("name", UNSET)
        if type(name) is not str and name is not UNSET:
            raise wrong_type("Recipient.name", "string", name)
        send_result_message = src_dict.pop("sendResultMessage", UNSET)
        if type(send_result_message) is not str and send_result_message is not UNSET:
            raise wrong_type(
                "Recipient.sendResultMessage", "string", send_result_message
            )
        send_result_code = src_dict.pop("sendResultCode", UNSET)
        if send_result_code is not UNSET:
            if type(send_result_code) not in (str, int):
                raise wrong_type(
                    "Recipient.sendResultCode", "string or integer", send_result_code
                )

        send_result_code_message = src_dict.pop("sendResultCodeMessage", UNSET)
        if (
            type(send_result_code_message) is not str
            and send_result_code_message is not UNSET
        ):
            raise wrong_type(
                "Recipient.sendResultCodeMessage", "string", send_result_code_message
            )
        _instance = _new(cls)
        _instance.address = address
        _instance.type_ = type_
        _instance.received = received
        _instance.status = status
        _instance.retry_count = retry_count
        _instance.received_date = received_date
        _instance.name = name
        _instance.send_result_message = send_result_message
        _instance.send_result_code = send_result_code
        _instance.send_result_code_message = send_result_code_message
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
