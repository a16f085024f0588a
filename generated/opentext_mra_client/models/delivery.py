from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.delivery_attempt import DeliveryAttempt
from ..models.delivery_events import DeliveryEvents
from ..types import (
    UNSET,
    Unset,
    as_dict,
    json_copy,
    wrong_type,
)

T = TypeVar("T", bound="Delivery")
_new = object.__new__
_fromisoformat = datetime.datetime.fromisoformat
_from_json_delivery_attempt = DeliveryAttempt._from_json
_from_json_delivery_events = DeliveryEvents._from_json


@_attrs_define
class Delivery:
    """The delivery to one recipient.

    Attributes:
        ref_base64 (str | Unset): Base64 of the sender's reference for this recipient (UTF-8 text).
        email (str | Unset): The recipient's address.
        delivery_attempts (list[DeliveryAttempt] | Unset): Each attempt to deliver to this recipient.
        events (DeliveryEvents | Unset): Events seen for one delivery.
    """

    ref_base64: str | Unset = UNSET
    email: str | Unset = UNSET
    delivery_attempts: list[DeliveryAttempt] | Unset = UNSET
    events: DeliveryEvents | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready values under the spec's field names; unset fields are left out."""
        ref_base64 = self.ref_base64

        email = self.email

        delivery_attempts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.delivery_attempts, Unset):
            delivery_attempts = []
            for delivery_attempts_item_data in self.delivery_attempts:
                delivery_attempts_item = delivery_attempts_item_data.to_dict()
                delivery_attempts.append(delivery_attempts_item)

        events: dict[str, Any] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = self.events.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ref_base64 is not UNSET:
            field_dict["ref_base64"] = ref_base64
        if email is not UNSET:
            field_dict["email"] = email
        if delivery_attempts is not UNSET:
            field_dict["delivery_attempts"] = delivery_attempts
        if events is not UNSET:
            field_dict["events"] = events

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read decoded JSON (`src_dict` is left as it was), checked against the spec's types."""
        return cls._from_json(json_copy(src_dict))

    @classmethod
    def _from_json(
        cls: type[T], src_dict: dict[str, Any], where: str = "Delivery"
    ) -> T:
        """Read a dict fresh from a JSON decoder, consuming it; `where` names it in errors."""
        if type(src_dict) is not dict:
            src_dict = as_dict(where, src_dict)
        ref_base64 = src_dict.pop("ref_base64", UNSET)
        if type(ref_base64) is not str and ref_base64 is not UNSET:
            raise wrong_type("Delivery.ref_base64", "string", ref_base64)
        email = src_dict.pop("email", UNSET)
        if type(email) is not str and email is not UNSET:
            raise wrong_type("Delivery.email", "string", email)
        delivery_attempts = src_dict.pop("delivery_attempts", UNSET)
        if delivery_attempts is not UNSET:
            if type(delivery_attempts) is not list:
                raise wrong_type(
                    "Delivery.delivery_attempts", "array", delivery_attempts
                )
            delivery_attempts = [
                _from_json_delivery_attempt(_item, "Delivery.delivery_attempts[]")
                for _item in delivery_attempts
            ]

        events = src_dict.pop("events", UNSET)
        if events is not UNSET:
            events = _from_json_delivery_events(events, "Delivery.events")

        _instance = _new(cls)
        _instance.ref_base64 = ref_base64
        _instance.email = email
        _instance.delivery_attempts = delivery_attempts
        _instance.events = events
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
