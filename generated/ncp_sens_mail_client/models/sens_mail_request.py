from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sens_count_by_status import SensCountByStatus
from ..types import (
    UNSET,
    Unset,
    as_dict,
    json_copy,
    wrong_type,
)

T = TypeVar("T", bound="SensMailRequest")
_new = object.__new__
_fromisoformat = datetime.datetime.fromisoformat
_from_json_sens_count_by_status = SensCountByStatus._from_json


@_attrs_define
class SensMailRequest:
    """One send request's state and counts (https://api.ncloud-docs.com/docs/en/sens-mail-request-get):
    `status`, `requestCount`, `sentCount`, `finishCount` and `countsByStatus[]` are documented;
    their required-ness is not, so all but `requestId` are optional. Done when `status` is
    final (COMPLETED, FAILED, PARTIAL_FAILED, CANCELED).

        Attributes:
            request_id (str): The send request's id (opaque, not to be parsed).
            reservation_date_time (datetime.datetime | None | str | Unset): A SensDateTime, or null where there is none.
            status (str | Unset): A send request's state, an open set: PREPARING, READY, RESERVED, SENDING, and the final
                COMPLETED, FAILED, PARTIAL_FAILED, CANCELED.
            request_count (int | Unset): Mails requested.
            sent_count (int | Unset): Mails sent successfully.
            finish_count (int | Unset): Mails done with (sent, failed or canceled).
            counts_by_status (list[SensCountByStatus] | Unset): How many mails are in each state.
            create_date_time (datetime.datetime | str | Unset): A moment, ISO 8601 with its offset
                (`2026-07-12T10:15:30.123+09:00`). Read as an aware
                datetime where it carries an offset; kept as the text sent where it does not.
    """

    request_id: str
    reservation_date_time: datetime.datetime | None | str | Unset = UNSET
    status: str | Unset = UNSET
    request_count: int | Unset = UNSET
    sent_count: int | Unset = UNSET
    finish_count: int | Unset = UNSET
    counts_by_status: list[SensCountByStatus] | Unset = UNSET
    create_date_time: datetime.datetime | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready values under the spec's field names; unset fields are left out."""
        request_id = self.request_id

        reservation_date_time: None | str | Unset
        if isinstance(self.reservation_date_time, Unset):
            reservation_date_time = UNSET
        elif isinstance(self.reservation_date_time, datetime.datetime):
            reservation_date_time = self.reservation_date_time.isoformat()
        else:
            reservation_date_time = self.reservation_date_time

        status = self.status

        request_count = self.request_count

        sent_count = self.sent_count

        finish_count = self.finish_count

        counts_by_status: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.counts_by_status, Unset):
            counts_by_status = []
            for counts_by_status_item_data in self.counts_by_status:
                counts_by_status_item = counts_by_status_item_data.to_dict()
                counts_by_status.append(counts_by_status_item)

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
        if reservation_date_time is not UNSET:
            field_dict["reservationDateTime"] = reservation_date_time
        if status is not UNSET:
            field_dict["status"] = status
        if request_count is not UNSET:
            field_dict["requestCount"] = request_count
        if sent_count is not UNSET:
            field_dict["sentCount"] = sent_count
        if finish_count is not UNSET:
            field_dict["finishCount"] = finish_count
        if counts_by_status is not UNSET:
            field_dict["countsByStatus"] = counts_by_status
        if create_date_time is not UNSET:
            field_dict["createDateTime"] = create_date_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read decoded JSON (`src_dict` is left as it was), checked against the spec's types."""
        return cls._from_json(json_copy(src_dict))

    @classmethod
    def _from_json(
        cls: type[T], src_dict: dict[str, Any], where: str = "SensMailRequest"
    ) -> T:
        """Read a dict fresh from a JSON decoder, consuming it; `where` names it in errors."""
        if type(src_dict) is not dict:
            src_dict = as_dict(where, src_dict)
        request_id = src_dict.pop("requestId", UNSET)
        if type(request_id) is not str:
            raise wrong_type("SensMailRequest.requestId", "string", request_id)
        reservation_date_time = src_dict.pop("reservationDateTime", UNSET)
        if reservation_date_time is not UNSET:
            if reservation_date_time is not None:
                try:
                    _moment = _fromisoformat(reservation_date_time)
                except TypeError:  # not a string
                    raise wrong_type(
                        "SensMailRequest.reservationDateTime",
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
            raise wrong_type("SensMailRequest.status", "string", status)
        request_count = src_dict.pop("requestCount", UNSET)
        if type(request_count) is not int and request_count is not UNSET:
            raise wrong_type("SensMailRequest.requestCount", "integer", request_count)
        sent_count = src_dict.pop("sentCount", UNSET)
        if type(sent_count) is not int and sent_count is not UNSET:
            raise wrong_type("SensMailRequest.sentCount", "integer", sent_count)
        finish_count = src_dict.pop("finishCount", UNSET)
        if type(finish_count) is not int and finish_count is not UNSET:
            raise wrong_type("SensMailRequest.finishCount", "integer", finish_count)
        counts_by_status = src_dict.pop("countsByStatus", UNSET)
        if counts_by_status is not UNSET:
            if type(counts_by_status) is not list:
                raise wrong_type(
                    "SensMailRequest.countsByStatus", "array", counts_by_status
                )
            counts_by_status = [
                _from_json_sens_count_by_status(
                    _item, "SensMailRequest.countsByStatus[]"
                )
                for _item in counts_by_status
            ]

        create_date_time = src_dict.pop("createDateTime", UNSET)
        if create_date_time is not UNSET:
            try:
                _moment = _fromisoformat(create_date_time)
            except TypeError:  # not a string
                raise wrong_type(
                    "SensMailRequest.createDateTime",
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
        _instance.reservation_date_time = reservation_date_time
        _instance.status = status
        _instance.request_count = request_count
        _instance.sent_count = sent_count
        _instance.finish_count = finish_count
        _instance.counts_by_status = counts_by_status
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
