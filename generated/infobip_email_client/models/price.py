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
    as_float,
    json_copy,
    wrong_type,
)

T = TypeVar("T", bound="Price")
_new = object.__new__
_fromisoformat = datetime.datetime.fromisoformat


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
        """The model as JSON-ready values under the spec's field names; unset fields are left out."""
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
        """Read decoded JSON (`src_dict` is left as it was), checked against the spec's types."""
        return cls._from_json(json_copy(src_dict))

    @classmethod
    def _from_json(cls: type[T], src_dict: dict[str, Any], where: str = "Price") -> T:
        """Read a dict fresh from a JSON decoder, consuming it; `where` names it in errors."""
        if type(src_dict) is not dict:
            src_dict = as_dict(where, src_dict)
        price_per_message = src_dict.pop("pricePerMessage", UNSET)
        if price_per_message is not UNSET:
            if type(price_per_message) is not float:
                price_per_message = as_float("Price.pricePerMessage", price_per_message)

        currency = src_dict.pop("currency", UNSET)
        if type(currency) is not str and currency is not UNSET:
            raise wrong_type("Price.currency", "string", currency)
        _instance = _new(cls)
        _instance.price_per_message = price_per_message
        _instance.currency = currency
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
