from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    as_dict,
    json_copy,
    wrong_type,
)

T = TypeVar("T", bound="SensRecipient")
_new = object.__new__
_fromisoformat = datetime.datetime.fromisoformat


@_attrs_define
class SensRecipient:
    """One recipient and its sending result. The pages read name `status`, `sendResultCode`,
    `received` and `retryCount` per recipient; the rest follows v1's Recipient
    (https://api.ncloud-docs.com/docs/en/common-apidatatype-nesrecipient) with v2's string
    states and ISO 8601 dates. All but `address` optional.

        Attributes:
            address (str): The recipient's address.
            received_date_time (datetime.datetime | None | str | Unset): A SensDateTime, or null where there is none.
            name (str | Unset): The recipient's name.
            type_ (str | Unset): To, CC or BCC; `R`, `C`, `B` in v1, v2's values not seen (an open string).
            status (str | Unset): A mail's (or recipient's) state, an open set: READY, RESERVED, SENDING, COMPLETED, FAILED,
                PARTIAL_FAILED, CANCELED (the mail list's `status` filter).
            received (bool | Unset): Whether the receiving server took the mail.
            retry_count (int | Unset): How many times sending was retried.
            send_result_code (int | str | Unset): The sending result code; a string or a number, both kept.
            send_result_message (str | Unset): The receiving server's SMTP reply, such as `550 5.1.1 No such user`.
    """

    address: str
    received_date_time: datetime.datetime | None | str | Unset = UNSET
    name: str | Unset = UNSET
    type_: str | Unset = UNSET
    status: str | Unset = UNSET
    received: bool | Unset = UNSET
    retry_count: int | Unset = UNSET
    send_result_code: int | str | Unset = UNSET
    send_result_message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready values under the spec's field names; unset fields are left out."""
        address = self.address

        received_date_time: None | str | Unset
        if isinstance(self.received_date_time, Unset):
            received_date_time = UNSET
        elif isinstance(self.received_date_time, datetime.datetime):
            received_date_time = self.received_date_time.isoformat()
        else:
            received_date_time = self.received_date_time

        name = self.name

        type_ = self.type_

        status = self.status

        received = self.received

        retry_count = self.retry_count

        send_result_code: int | str | Unset
        if isinstance(self.send_result_code, Unset):
            send_result_code = UNSET
        else:
            send_result_code = self.send_result_code

        send_result_message = self.send_result_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "address": address,
            }
        )
        if received_date_time is not UNSET:
            field_dict["receivedDateTime"] = received_date_time
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if status is not UNSET:
            field_dict["status"] = status
        if received is not UNSET:
            field_dict["received"] = received
        if retry_count is not UNSET:
            field_dict["retryCount"] = retry_count
        if send_result_code is not UNSET:
            field_dict["sendResultCode"] = send_result_code
        if send_result_message is not UNSET:
            field_dict["sendResultMessage"] = send_result_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read decoded JSON (`src_dict` is left as it was), checked against the spec's types."""
        return cls._from_json(json_copy(src_dict))

    @classmethod
    def _from_json(
        cls: type[T], src_dict: dict[str, Any], where: str = "SensRecipient"
    ) -> T:
        """Read a dict fresh from a JSON decoder, consuming it; `where` names it in errors."""
        if type(src_dict) is not dict:
            src_dict = as_dict(where, src_dict)
        address = src_dict.pop("address", UNSET)
        if type(address) is not str:
            raise wrong_type("SensRecipient.address", "string", address)
        received_date_time = src_dict.pop("receivedDateTime", UNSET)
        if received_date_time is not UNSET:
            if received_date_time is not None:
                try:
                    _moment = _fromisoformat(received_date_time)
                except TypeError:  # not a string
                    raise wrong_type(
                        "SensRecipient.receivedDateTime",
                        "date-time string",
                        received_date_time,
                    ) from None
                except ValueError:
                    pass
                else:
                    if _moment.tzinfo is not None:
                        received_date_time = _moment

        name = src_dict.pop("name", UNSET)
        if type(name) is not str and name is not UNSET:
            raise wrong_type("SensRecipient.name", "string", name)
        type_ = src_dict.pop("type", UNSET)
        if type(type_) is not str and type_ is not UNSET:
            raise wrong_type("SensRecipient.type", "string", type_)
        status = src_dict.pop("status", UNSET)
        if type(status) is not str and status is not UNSET:
            raise wrong_type("SensRecipient.status", "string", status)
        received = src_dict.pop("received", UNSET)
        if type(received) is not bool and received is not UNSET:
            raise wrong_type("SensRecipient.received", "boolean", received)
        retry_count = src_dict.pop("retryCount", UNSET)
        if type(retry_count) is not int and retry_count is not UNSET:
            raise wrong_type("SensRecipient.retryCount", "integer", retry_count)
        send_result_code = src_dict.pop("sendResultCode", UNSET)
        if send_result_code is not UNSET:
            if type(send_result_code) not in (str, int):
                raise wrong_type(
                    "SensRecipient.sendResultCode",
                    "string or integer",
                    send_result_code,
                )

        send_result_message = src_dict.pop("sendResultMessage", UNSET)
        if type(send_result_message) is not str and send_result_message is not UNSET:
            raise wrong_type(
                "SensRecipient.sendResultMessage", "string", send_result_message
            )
        _instance = _new(cls)
        _instance.address = address
        _instance.received_date_time = received_date_time
        _instance.name = name
        _instance.type_ = type_
        _instance.status = status
        _instance.received = received
        _instance.retry_count = retry_count
        _instance.send_result_code = send_result_code
        _instance.send_result_message = send_result_message
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
