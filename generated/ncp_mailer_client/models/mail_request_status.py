from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.count_by_status import CountByStatus
from ..models.ncp_date import NcpDate
from ..types import (
    UNSET,
    Unset,
    as_dict,
    json_copy,
    wrong_type,
)

T = TypeVar("T", bound="MailRequestStatus")
_new = object.__new__
_fromisoformat = datetime.datetime.fromisoformat
_from_json_count_by_status = CountByStatus._from_json
_from_json_ncp_date = NcpDate._from_json


@_attrs_define
class MailRequestStatus:
    """How far a send request has got. `finishCount` counts sent, failed, rejected and canceled
    emails; `readyCount` those stored and ready (or sent).

        Attributes:
            request_id (str): The send request's id (20 digits).
            ready_completed (bool): Whether every email of the request is stored and ready (true once sent, too).
            all_sent_success (bool): Whether every email of the request was sent successfully.
            request_count (int): Emails requested.
            sent_count (int): Emails sent successfully.
            finish_count (int): Emails done with (sent, failed, rejected or canceled).
            ready_count (int): Emails stored and ready, or sent.
            counts_by_status (list[CountByStatus]): How many emails are in each state.
            reservation_date (NcpDate | None | Unset): An NcpDate, or null where there is none: the documented
                getMailRequestStatus answer has
                `"reservationDate": null`, so the optional dates of these answers are read as nullable.
    """

    request_id: str
    ready_completed: bool
    all_sent_success: bool
    request_count: int
    sent_count: int
    finish_count: int
    ready_count: int
    counts_by_status: list[CountByStatus]
    reservation_date: NcpDate | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready values under the spec's field names; unset fields are left out."""
        request_id = self.request_id

        ready_completed = self.ready_completed

        all_sent_success = self.all_sent_success

        request_count = self.request_count

        sent_count = self.sent_count

        finish_count = self.finish_count

        ready_count = self.ready_count

        counts_by_status = []
        for counts_by_status_item_data in self.counts_by_status:
            counts_by_status_item = counts_by_status_item_data.to_dict()
            counts_by_status.append(counts_by_status_item)

        reservation_date: dict[str, Any] | None | Unset
        if isinstance(self.reservation_date, Unset):
            reservation_date = UNSET
        elif isinstance(self.reservation_date, NcpDate):
            reservation_date = self.reservation_date.to_dict()
        else:
            reservation_date = self.reservation_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "requestId": request_id,
                "readyCompleted": ready_completed,
                "allSentSuccess": all_sent_success,
                "requestCount": request_count,
                "sentCount": sent_count,
                "finishCount": finish_count,
                "readyCount": ready_count,
                "countsByStatus": counts_by_status,
            }
        )
        if reservation_date is not UNSET:
            field_dict["reservationDate"] = reservation_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read decoded JSON (`src_dict` is left as it was), checked against the spec's types."""
        return cls._from_json(json_copy(src_dict))

    @classmethod
    def _from_json(
        cls: type[T], src_dict: dict[str, Any], where: str = "MailRequestStatus"
    ) -> T:
        """Read a dict fresh from a JSON decoder, consuming it; `where` names it in errors."""
        if type(src_dict) is not dict:
            src_dict = as_dict(where, src_dict)
        request_id = src_dict.pop("requestId", UNSET)
        if type(request_id) is not str:
            raise wrong_type("MailRequestStatus.requestId", "string", request_id)
        ready_completed = src_dict.pop("readyCompleted", UNSET)
        if type(ready_completed) is not bool:
            raise wrong_type(
                "MailRequestStatus.readyCompleted", "boolean", ready_completed
            )
        all_sent_success = src_dict.pop("allSentSuccess", UNSET)
        if type(all_sent_success) is not bool:
            raise wrong_type(
                "MailRequestStatus.allSentSuccess", "boolean", all_sent_success
            )
        request_count = src_dict.pop("requestCount", UNSET)
        if type(request_count) is not int:
            raise wrong_type("MailRequestStatus.requestCount", "integer", request_count)
        sent_count = src_dict.pop("sentCount", UNSET)
        if type(sent_count) is not int:
            raise wrong_type("MailRequestStatus.sentCount", "integer", sent_count)
        finish_count = src_dict.pop("finishCount", UNSET)
        if type(finish_count) is not int:
            raise wrong_type("MailRequestStatus.finishCount", "integer", finish_count)
        ready_count = src_dict.pop("readyCount", UNSET)
        if type(ready_count) is not int:
            raise wrong_type("MailRequestStatus.readyCount", "integer", ready_count)
        counts_by_status = src_dict.pop("countsByStatus", UNSET)
        if counts_by_status is UNSET:
            raise wrong_type("MailRequestStatus.countsByStatus", "a value", UNSET)
        if type(counts_by_status) is not list:
            raise wrong_type(
                "MailRequestStatus.countsByStatus", "array", counts_by_status
            )
        counts_by_status = [
            _from_json_count_by_status(_item, "MailRequestStatus.countsByStatus[]")
            for _item in counts_by_status
        ]

        reservation_date = src_dict.pop("reservationDate", UNSET)
        if reservation_date is not UNSET:
            if reservation_date is not None:
                reservation_date = _from_json_ncp_date(
                    reservation_date, "MailRequestStatus.reservationDate"
                )

        _instance = _new(cls)
        _instance.request_id = request_id
        _instance.ready_completed = ready_completed
        _instance.all_sent_success = all_sent_success
        _instance.request_count = request_count
        _instance.sent_count = sent_count
        _instance.finish_count = finish_count
        _instance.ready_count = ready_count
        _instance.counts_by_status = counts_by_status
        _instance.reservation_date = reservation_date
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
