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

T = TypeVar("T", bound="NcpDate")
_new = object.__new__
_fromisoformat = datetime.datetime.fromisoformat


@_attrs_define
class NcpDate:
    """A point in time: `utc` is epoch milliseconds; the formatted values are in UTC+9.

    Attributes:
        utc (int): Epoch milliseconds.
        formatted_date (str | Unset): `yyyy-MM-dd` in UTC+9.
        formatted_date_time (str | Unset): `yyyy-MM-dd HH:mm:ss SSS` in UTC+9.
    """

    utc: int
    formatted_date: str | Unset = UNSET
    formatted_date_time: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready values under the spec's field names; unset fields are left out."""
        utc = self.utc

        formatted_date = self.formatted_date

        formatted_date_time = self.formatted_date_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "utc": utc,
            }
        )
        if formatted_date is not UNSET:
            field_dict["formattedDate"] = formatted_date
        if formatted_date_time is not UNSET:
            field_dict["formattedDateTime"] = formatted_date_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read decoded JSON (`src_dict` is left as it was), checked against the spec's types."""
        return cls._from_json(json_copy(src_dict))

    @classmethod
    def _from_json(cls: type[T], src_dict: dict[str, Any], where: str = "NcpDate") -> T:
        """Read a dict fresh from a JSON decoder, consuming it; `where` names it in errors."""
        if type(src_dict) is not dict:
            src_dict = as_dict(where, src_dict)
        utc = src_dict.pop("utc", UNSET)
        if type(utc) is not int:
            raise wrong_type("NcpDate.utc", "integer", utc)
        formatted_date = src_dict.pop("formattedDate", UNSET)
        if type(formatted_date) is not str and formatted_date is not UNSET:
            raise wrong_type("NcpDate.formattedDate", "string", formatted_date)
        formatted_date_time = src_dict.pop("formattedDateTime", UNSET)
        if type(formatted_date_time) is not str and formatted_date_time is not UNSET:
            raise wrong_type("NcpDate.formattedDateTime", "string", formatted_date_time)
        _instance = _new(cls)
        _instance.utc = utc
        _instance.formatted_date = formatted_date
        _instance.formatted_date_time = formatted_date_time
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
