from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    parse_datetime,
    wrong_type,
)

T = TypeVar("T", bound="DeliveryAttempt")


@_attrs_define
class DeliveryAttempt:
    """One attempt to hand the email to the recipient's mail server.

    Attributes:
        state (str | Unset): The attempt's state. An open set: known values are in `x-known-values` (older docs say
            `InProgress` for `InProcess`; users report `Expired`).
        gamma_code (int | Unset): 0 when the email was handed to the mail server; non-zero generally means not
            delivered.
        first_attempt (datetime.datetime | Unset): When the attempt was first made (UTC).
    """

    state: str | Unset = UNSET
    gamma_code: int | Unset = UNSET
    first_attempt: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        state = self.state

        gamma_code = self.gamma_code

        first_attempt: str | Unset = UNSET
        if not isinstance(self.first_attempt, Unset):
            first_attempt = self.first_attempt.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if state is not UNSET:
            field_dict["state"] = state
        if gamma_code is not UNSET:
            field_dict["gamma_code"] = gamma_code
        if first_attempt is not UNSET:
            field_dict["first_attempt"] = first_attempt

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise wrong_type("DeliveryAttempt", "object", src_dict)
        state = src_dict.get("state", UNSET)
        if state is not UNSET:
            if type(state) is not str:
                raise wrong_type("DeliveryAttempt.state", "string", state)

        gamma_code = src_dict.get("gamma_code", UNSET)
        if gamma_code is not UNSET:
            if type(gamma_code) is not int:
                raise wrong_type("DeliveryAttempt.gamma_code", "integer", gamma_code)

        first_attempt = src_dict.get("first_attempt", UNSET)
        if first_attempt is not UNSET:
            first_attempt = parse_datetime(
                "DeliveryAttempt.first_attempt", first_attempt
            )

        delivery_attempt = cls(
            state=state,
            gamma_code=gamma_code,
            first_attempt=first_attempt,
        )
        additional_properties = {
            key: value
            for key, value in src_dict.items()
            if key not in {"state", "gamma_code", "first_attempt"}
        }
        delivery_attempt.additional_properties = additional_properties
        return delivery_attempt

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
