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

T = TypeVar("T", bound="ReservationStatus")


@_attrs_define
class ReservationStatus:
    """Whether the email was scheduled (`Y`) or sent at once (`N`); `label` is translated.

    Attributes:
        code (str):
        label (str | Unset):
    """

    code: str
    label: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        label = self.label

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
            }
        )
        if label is not UNSET:
            field_dict["label"] = label

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise wrong_type("ReservationStatus", "object", src_dict)
        code = src_dict.get("code", UNSET)
        if code is UNSET:
            raise missing("ReservationStatus.code")
        if type(code) is not str:
            raise wrong_type("ReservationStatus.code", "string", code)

        label = src_dict.get("label", UNSET)
        if label is not UNSET:
            if type(label) is not str:
                raise wrong_type("ReservationStatus.label", "string", label)

        reservation_status = cls(
            code=code,
            label=label,
        )
        additional_properties = {
            key: value
            for key, value in src_dict.items()
            if key not in {"code", "label"}
        }
        reservation_status.additional_properties = additional_properties
        return reservation_status

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
