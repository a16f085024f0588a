from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    wrong_type,
)

T = TypeVar("T", bound="HtmlOpenTracking")


@_attrs_define
class HtmlOpenTracking:
    """How often the HTML body was opened.

    Attributes:
        total_open_count (int | Unset): Every open, repeats included.
        distinct_open_count (int | Unset): Opens by distinct recipients.
    """

    total_open_count: int | Unset = UNSET
    distinct_open_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_open_count = self.total_open_count

        distinct_open_count = self.distinct_open_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_open_count is not UNSET:
            field_dict["total_open_count"] = total_open_count
        if distinct_open_count is not UNSET:
            field_dict["distinct_open_count"] = distinct_open_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise wrong_type("HtmlOpenTracking", "object", src_dict)
        total_open_count = src_dict.get("total_open_count", UNSET)
        if total_open_count is not UNSET:
            if type(total_open_count) is not int:
                raise wrong_type(
                    "HtmlOpenTracking.total_open_count", "integer", total_open_count
                )

        distinct_open_count = src_dict.get("distinct_open_count", UNSET)
        if distinct_open_count is not UNSET:
            if type(distinct_open_count) is not int:
                raise wrong_type(
                    "HtmlOpenTracking.distinct_open_count",
                    "integer",
                    distinct_open_count,
                )

        html_open_tracking = cls(
            total_open_count=total_open_count,
            distinct_open_count=distinct_open_count,
        )
        additional_properties = {
            key: value
            for key, value in src_dict.items()
            if key not in {"total_open_count", "distinct_open_count"}
        }
        html_open_tracking.additional_properties = additional_properties
        return html_open_tracking

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
