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
    not_a_datetime,
    wrong_type,
)

T = TypeVar("T", bound="DeliveryAttempt")
_new = object.__new__
_fromisoformat = datetime.datetime.fromisoformat


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
        """The model as JSON-ready values under the spec's field names; unset fields are left out."""
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
        """Read decoded JSON (`src_dict` is left as it was), checked against the spec's types."""
        return cls._from_json(json_copy(src_dict))

    @classmethod
    def _from_json(
        cls: type[T], src_dict: dict[str, Any], where: str = "DeliveryAttempt"
    ) -> T:
        """Read a dict fresh from a JSON decoder, consuming it; `where` names it in errors."""
        if type(src_dict) is not dict:
            src_dict = as_dict(where, src_dict)
        state = src_dict.pop("state", UNSET)
        if type(state) is not str and state is not UNSET:
            raise wrong_type("DeliveryAttempt.state", "string", state)
        gamma_code = src_dict.pop("gamma_code", UNSET)
        if type(gamma_code) is not int and gamma_code is not UNSET:
            raise wrong_type("DeliveryAttempt.gamma_code", "integer", gamma_code)
        first_attempt = src_dict.pop("first_attempt", UNSET)
        if first_attempt is not UNSET:
            try:
                first_attempt = _fromisoformat(first_attempt)
            except TypeError:  # not a string
                raise wrong_type(
                    "DeliveryAttempt.first_attempt", "date-time string", first_attempt
                ) from None
            except ValueError:
                raise not_a_datetime(
                    "DeliveryAttempt.first_attempt", first_attempt
                ) from None
            if first_attempt.tzinfo is None:
                raise not_a_datetime(
                    "DeliveryAttempt.first_attempt", first_attempt.isoformat()
                )

        _instance = _new(cls)
        _instance.state = state
        _instance.gamma_code = gamma_code
        _instance.first_attempt = first_attempt
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
