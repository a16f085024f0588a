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

T = TypeVar("T", bound="SensMailRequestSummary")
_new = object.__new__
_fromisoformat = datetime.datetime.fromisoformat


@_attrs_define
class SensMailRequestSummary:
    """One send request, summary fields only; names as in the request detail and the list's
    filters, all but `requestId` optional.

        Attributes:
            request_id (str): The send request's id (opaque, not to be parsed).
            template_no (int | None | Unset): A number (a template's), or null where there is none.
            template_name (None | str | Unset): A text (a template's name), or null where there is none.
            reservation_date_time (datetime.datetime | None | str | Unset): A SensDateTime, or null where there is none.
            status (str | Unset): A send request's state, an open set: PREPARING, READY, RESERVED, SENDING, and the final
                COMPLETED, FAILED, PARTIAL_FAILED, CANCELED.
            title (str | Unset): The subject.
            sender_address (str | Unset): The sender's address.
            sender_name (str | Unset): The sender's display name.
            dispatch_type (str | Unset): How the request was made (`CONSOLE` or `API` in v1; an open string).
            request_count (int | Unset): Mails the request made.
            recipient_count (int | Unset): Recipients, CC and BCC included.
            create_date_time (datetime.datetime | str | Unset): A moment, ISO 8601 with its offset
                (`2026-07-12T10:15:30.123+09:00`). Read as an aware
                datetime where it carries an offset; kept as the text sent where it does not.
    """

    request_id: str
    template_no: int | None | Unset = UNSET
    template_name: None | str | Unset = UNSET
    reservation_date_time: datetime.datetime | None | str | Unset = UNSET
    status: str | Unset = UNSET
    title: str | Unset = UNSET
    sender_address: str | Unset = UNSET
    sender_name: str | Unset = UNSET
    dispatch_type: str | Unset = UNSET
    request_count: int | Unset = UNSET
    recipient_count: int | Unset = UNSET
    create_date_time: datetime.datetime | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready values under the spec's field names; unset fields are left out."""
        request_id = self.request_id

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

        status = self.status

        title = self.title

        sender_address = self.sender_address

        sender_name = self.sender_name

        dispatch_type = self.dispatch_type

        request_count = self.request_count

        recipient_count = self.recipient_count

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
                "requestId": request_id,
            }
        )
        if template_no is not UNSET:
            field_dict["templateNo"] = template_no
        if template_name is not UNSET:
            field_dict["templateName"] = template_name
        if reservation_date_time is not UNSET:
            field_dict["reservationDateTime"] = reservation_date_time
        if status is not UNSET:
            field_dict["status"] = status
        if title is not UNSET:
            field_dict["title"] = title
        if sender_address is not UNSET:
            field_dict["senderAddress"] = sender_address
        if sender_name is not UNSET:
            field_dict["senderName"] = sender_name
        if dispatch_type is not UNSET:
            field_dict["dispatchType"] = dispatch_type
        if request_count is not UNSET:
            field_dict["requestCount"] = request_count
        if recipient_count is not UNSET:
            field_dict["recipientCount"] = recipient_count
        if create_date_time is not UNSET:
            field_dict["createDateTime"] = create_date_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read decoded JSON (`src_dict` is left as it was), checked against the spec's types."""
        return cls._from_json(json_copy(src_dict))

    @classmethod
    def _from_json(
        cls: type[T], src_dict: dict[str, Any], where: str = "SensMailRequestSummary"
    ) -> T:
        """Read a dict fresh from a JSON decoder, consuming it; `where` names it in errors."""
        if type(src_dict) is not dict:
            src_dict = as_dict(where, src_dict)
        request_id = src_dict.pop("requestId", UNSET)
        if type(request_id) is not str:
            raise wrong_type("SensMailRequestSummary.requestId", "string", request_id)
        template_no = src_dict.pop("templateNo", UNSET)
        if template_no is not UNSET:
            if template_no is not None:
                if type(template_no) is not int:
                    raise wrong_type(
                        "SensMailRequestSummary.templateNo", "integer", template_no
                    )

        template_name = src_dict.pop("templateName", UNSET)
        if template_name is not UNSET:
            if template_name is not None:
                if type(template_name) is not str:
                    raise wrong_type(
                        "SensMailRequestSummary.templateName", "string", template_name
                    )

        reservation_date_time = src_dict.pop("reservationDateTime", UNSET)
        if reservation_date_time is not UNSET:
            if reservation_date_time is not None:
                try:
                    _moment = _fromisoformat(reservation_date_time)
                except TypeError:  # not a string
                    raise wrong_type(
                        "SensMailRequestSummary.reservationDateTime",
                        "date-time string",
                        reservation_date_time,
                    ) from None
                except ValueError:
                    pass
                else:
                    if _moment.tzinfo is not None:
                        reservation_date_time = _moment

        status = src_dict.pop("status", UNSET)
        if type(status) is not str and status is not UNSET:
            raise wrong_type("SensMailRequestSummary.status", "string", status)
        title = src_dict.pop("title", UNSET)
        if type(title) is not str and title is not UNSET:
            raise wrong_type("SensMailRequestSummary.title", "string", title)
        sender_address = src_dict.pop("senderAddress", UNSET)
        if type(sender_address) is not str and sender_address is not UNSET:
            raise wrong_type(
                "SensMailRequestSummary.senderAddress", "string", sender_address
            )
        sender_name = src_dict.pop("senderName", UNSET)
        if type(sender_name) is not str and sender_name is not UNSET:
            raise wrong_type("SensMailRequestSummary.senderName", "string", sender_name)
        dispatch_type = src_dict.pop("dispatchType", UNSET)
        if type(dispatch_type) is not str and dispatch_type is not UNSET:
            raise wrong_type(
                "SensMailRequestSummary.dispatchType", "string", dispatch_type
            )
        request_count = src_dict.pop("requestCount", UNSET)
        if type(request_count) is not int and request_count is not UNSET:
            raise wrong_type(
                "SensMailRequestSummary.requestCount", "integer", request_count
            )
        recipient_count = src_dict.pop("recipientCount", UNSET)
        if type(recipient_count) is not int and recipient_count is not UNSET:
            raise wrong_type(
                "SensMailRequestSummary.recipientCount", "integer", recipient_count
            )
        create_date_time = src_dict.pop("createDateTime", UNSET)
        if create_date_time is not UNSET:
            try:
                _moment = _fromisoformat(create_date_time)
            except TypeError:  # not a string
                raise wrong_type(
                    "SensMailRequestSummary.createDateTime",
                    "date-time string",
                    create_date_time,
                ) from None
            except ValueError:
                pass
            else:
                if _moment.tzinfo is not None:
                    create_date_time = _moment

        _instance = _new(cls)
        _instance.request_id = request_id
        _instance.template_no = template_no
        _instance.template_name = template_name
        _instance.reservation_date_time = reservation_date_time
        _instance.status = status
        _instance.title = title
        _instance.sender_address = sender_address
        _instance.sender_name = sender_name
        _instance.dispatch_type = dispatch_type
        _instance.request_count = request_count
        _instance.recipient_count = recipient_count
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
