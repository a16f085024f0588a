from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    missing,
    wrong_type,
)

T = TypeVar("T", bound="NcpDate")


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
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise wrong_type("NcpDate", "object", src_dict)
        utc = src_dict.get("utc", UNSET)
        if utc is UNSET:
            raise missing("NcpDate.utc")
        if type(utc) is not int:
            raise wrong_type("NcpDate.utc", "integer", utc)

        formatted_date = src_dict.get("formattedDate", UNSET)
        if formatted_date is not UNSET:
            if type(formatted_date) is not str:
                raise wrong_type("NcpDate.formattedDate", "string", formatted_date)

        formatted_date_time = src_dict.get("formattedDateTime", UNSET)
        if formatted_date_time is not UNSET:
            if type(formatted_date_time) is not str:
                raise wrong_type(
                    "NcpDate.formattedDateTime", "string", formatted_date_time
                )

        ncp_date = cls(
            utc=utc,
            formatted_date=formatted_date,
            formatted_date_time=formatted_date_time,
        )
        additional_properties = {
            key: value
            for key, value in src_dict.items()
            if key not in {"utc", "formattedDate", "formattedDateTime"}
        }
        ncp_date.additional_properties = additional_properties
        return ncp_date

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
