from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    as_float,
    wrong_type,
)

T = TypeVar("T", bound="Price")


@_attrs_define
class Price:
    """What the email cost.

    Attributes:
        price_per_message (float | Unset): Price of one email; a decimal that can be fractional.
        currency (str | Unset): The currency of the price.
    """

    price_per_message: float | Unset = UNSET
    currency: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        price_per_message = self.price_per_message

        currency = self.currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if price_per_message is not UNSET:
            field_dict["pricePerMessage"] = price_per_message
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise wrong_type("Price", "object", src_dict)
        price_per_message = src_dict.get("pricePerMessage", UNSET)
        if price_per_message is not UNSET:
            price_per_message = as_float("Price.pricePerMessage", price_per_message)

        currency = src_dict.get("currency", UNSET)
        if currency is not UNSET:
            if type(currency) is not str:
                raise wrong_type("Price.currency", "string", currency)

        price = cls(
            price_per_message=price_per_message,
            currency=currency,
        )
        additional_properties = {
            key: value
            for key, value in src_dict.items()
            if key not in {"pricePerMessage", "currency"}
        }
        price.additional_properties = additional_properties
        return price

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
