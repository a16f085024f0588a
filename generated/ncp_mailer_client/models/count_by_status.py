from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.email_status import EmailStatus
from ..types import (
    UNSET,
    as_dict,
    json_copy,
    wrong_type,
)

T = TypeVar("T", bound="CountByStatus")
_new = object.__new__
_fromisoformat = datetime.datetime.fromisoformat
_from_json_email_status = EmailStatus._from_json


@_attrs_define
class CountByStatus:
    """How many emails of the request are in one state.

    Attributes:
        status (EmailStatus): The email's delivery state. `code` is an open set (R ready, P preparing, I in transit, S
            sent,
            F failed, U unsubscribed or rejected, C canceled, PF partial failure); `label` is translated.
        count (int): The number of emails in that state.
    """

    status: EmailStatus
    count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready values under the spec's field names; unset fields are left out."""
        status = self.status.to_dict()

        count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "count": count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read decoded JSON (`src_dict` is left as it was), checked against the spec's types."""
        return cls._from_json(json_copy(src_dict))

    @classmethod
    def _from_json(
        cls: type[T], src_dict: dict[str, Any], where: str = "CountByStatus"
    ) -> T:
        """Read a dict fresh from a JSON decoder, consuming it; `where` names it in errors."""
        if type(src_dict) is not dict:
            src_dict = as_dict(where, src_dict)
        status = src_dict.pop("status", UNSET)
        if status is UNSET:
            raise wrong_type("CountByStatus.status", "a value", UNSET)
        status = _from_json_email_status(status, "CountByStatus.status")

        count = src_dict.pop("count", UNSET)
        if type(count) is not int:
            raise wrong_type("CountByStatus.count", "integer", count)
        _instance = _new(cls)
        _instance.status = status
        _instance.count = count
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
