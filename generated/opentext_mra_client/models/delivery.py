from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.delivery_attempt import DeliveryAttempt
from ..models.delivery_events import DeliveryEvents
from ..types import (
    UNSET,
    Unset,
    wrong_type,
)

T = TypeVar("T", bound="Delivery")


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
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise wrong_type("Delivery", "object", src_dict)
        ref_base64 = src_dict.get("ref_base64", UNSET)
        if ref_base64 is not UNSET:
            if type(ref_base64) is not str:
                raise wrong_type("Delivery.ref_base64", "string", ref_base64)

        email = src_dict.get("email", UNSET)
        if email is not UNSET:
            if type(email) is not str:
                raise wrong_type("Delivery.email", "string", email)

        delivery_attempts = src_dict.get("delivery_attempts", UNSET)
        if delivery_attempts is not UNSET:
            if type(delivery_attempts) is not list:
                raise wrong_type(
                    "Delivery.delivery_attempts", "array", delivery_attempts
                )
            delivery_attempts = [
                DeliveryAttempt.from_dict(item) for item in delivery_attempts
            ]

        events = src_dict.get("events", UNSET)
        if events is not UNSET:
            if type(events) is not dict:
                raise wrong_type("Delivery.events", "object", events)
            events = DeliveryEvents.from_dict(events)

        delivery = cls(
            ref_base64=ref_base64,
            email=email,
            delivery_attempts=delivery_attempts,
            events=events,
        )
        additional_properties = {
            key: value
            for key, value in src_dict.items()
            if key not in {"ref_base64", "email", "delivery_attempts", "events"}
        }
        delivery.additional_properties = additional_properties
        return delivery

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
