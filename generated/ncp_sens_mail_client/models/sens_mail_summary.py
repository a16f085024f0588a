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

T = TypeVar("T", bound="SensMailSummary")
_new = object.__new__
_fromisoformat = datetime.datetime.fromisoformat


@_attrs_define
class SensMailSummary:
    """One mail of the request, summary fields only. The field names follow the mail detail
    (SensMail); all but `mailId` are optional.

        Attributes:
            mail_id (str): The mail's id (opaque).
            reservation_date_time (datetime.datetime | None | str | Unset): A SensDateTime, or null where there is none.
            request_id (str | Unset): The send request's id (opaque, not to be parsed).
            title (str | Unset): The subject, variables substituted.
            status (str | Unset): A mail's (or recipient's) state, an open set: READY, RESERVED, SENDING, COMPLETED, FAILED,
                PARTIAL_FAILED, CANCELED (the mail list's `status` filter).
            sender_address (str | Unset): The sender's address.
            sender_name (str | Unset): The sender's display name.
            create_date_time (datetime.datetime | str | Unset): A moment, ISO 8601 with its offset
                (`2026-07-12T10:15:30.123+09:00`). Read as an aware
                datetime where it carries an offset; kept as the text sent where it does not.
    """

    mail_id: str
    reservation_date_time: datetime.datetime | None | str | Unset = UNSET
    request_id: str | Unset = UNSET
    title: str | Unset = UNSET
    status: str | Unset = UNSET
    sender_address: str | Unset = UNSET
    sender_name: str | Unset = UNSET
    create_date_time: datetime.datetime | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready values under the spec's field names; unset fields are left out."""
        mail_id = self.mail_id

        reservation_date_time: None | str | Unset
        if isinstance(self.reservation_date_time, Unset):
            reservation_date_time = UNSET
        elif isinstance(self.reservation_date_time, datetime.datetime):
            reservation_date_time = self.reservation_date_time.isoformat()
        else:
            reservation_date_time = self.reservation_date_time

        request_id = self.request_id

        title = self.title

        status = self.status

        sender_address = self.sender_address

        sender_name = self.sender_name

        create_date_time: str | Unset
        if isinstance(self.create_date_time, Unset):
            create_date_time = UNSET
        elif isinstance(self.create_date_time, datetime.datetime):
            create_date_time = self.create_date_time.isoformat()
        else:
            create_date_time = self.create_date_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mailId": mail_id,
            }
        )
        if reservation_date_time is not UNSET:
            field_dict["reservationDateTime"] = reservation_date_time
        if request_id is not UNSET:
            field_dict["requestId"] = request_id
        if title is not UNSET:
            field_dict["title"] = title
        if status is not UNSET:
            field_dict["status"] = status
        if sender_address is not UNSET:
            field_dict["senderAddress"] = sender_address
        if sender_name is not UNSET:
            field_dict["senderName"] = sender_name
        if create_date_time is not UNSET:
            field_dict["createDateTime"] = create_date_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read decoded JSON (`src_dict` is left as it was), checked against the spec's types."""
        return cls._from_json(json_copy(src_dict))

    @classmethod
    def _from_json(
        cls: type[T], src_dict: dict[str, Any], where: str = "SensMailSummary"
    ) -> T:
        """Read a dict fresh from a JSON decoder, consuming it; `where` names it in errors."""
        if type(src_dict) is not dict:
            src_dict = as_dict(where, src_dict)
        mail_id = src_dict.pop("mailId", UNSET)
        if type(mail_id) is not str:
            raise wrong_type("SensMailSummary.mailId", "string", mail_id)
        reservation_date_time = src_dict.pop("reservationDateTime", UNSET)
        if reservation_date_time is not UNSET:
            if reservation_date_time is not None:
                try:
                    _moment = _fromisoformat(reservation_date_time)
                except TypeError:  # not a string
                    raise wrong_type(
                        "SensMailSummary.reservationDateTime",
                        "date-time string",
                        reservation_date_time,
                    ) from None
                except ValueError:
                    pass
                else:
                    if _moment.tzinfo is not None:
                        reservation_date_time = _moment

        request_id = src_dict.pop("requestId", UNSET)
        if type(request_id) is not str and request_id is not UNSET:
            raise wrong_type("SensMailSummary.requestId", "string", request_id)
        title = src_dict.pop("title", UNSET)
        if type(title) is not str and title is not UNSET:
            raise wrong_type("SensMailSummary.title", "string", title)
        status = src_dict.pop("status", UNSET)
        if type(status) is not str and status is not UNSET:
            raise wrong_type("SensMailSummary.status", "string", status)
        sender_address = src_dict.pop("senderAddress", UNSET)
        if type(sender_address) is not str and sender_address is not UNSET:
            raise wrong_type("SensMailSummary.senderAddress", "string", sender_address)
        sender_name = src_dict.pop("senderName", UNSET)
        if type(sender_name) is not str and sender_name is not UNSET:
            raise wrong_type("SensMailSummary.senderName", "string", sender_name)
        create_date_time = src_dict.pop("createDateTime", UNSET)
        if create_date_time is not UNSET:
            try:
                _moment = _fromisoformat(create_date_time)
            except TypeError:  # not a string
                raise wrong_type(
                    "SensMailSummary.createDateTime",
                    "date-time string",
                    create_date_time,
                ) from None
            except ValueError:
                pass
            else:
                if _moment.tzinfo is not None:
                    create_date_time = _moment

        _instance = _new(cls)
        _instance.mail_id = mail_id
        _instance.reservation_date_time = reservation_date_time
        _instance.request_id = request_id
        _instance.title = title
        _instance.status = status
        _instance.sender_address = sender_address
        _instance.sender_name = sender_name
        _instance.create_date_time = create_date_time
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
