from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.delivery_attempt import DeliveryAttempt
from ..models.delivery_events import DeliveryEvents
from ..types import UNSET, Unset

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
        d = dict(src_dict)
        ref_base64 = d.pop("ref_base64", UNSET)

        email = d.pop("email", UNSET)

        _delivery_attempts = d.pop("delivery_attempts", UNSET)
        delivery_attempts: list[DeliveryAttempt] | Unset = UNSET
        if _delivery_attempts is not UNSET:
            delivery_attempts = []
            for delivery_attempts_item_data in _delivery_attempts:
                delivery_attempts_item = DeliveryAttempt.from_dict(
                    delivery_attempts_item_data
                )

                delivery_attempts.append(delivery_attempts_item)

        _events = d.pop("events", UNSET)
        events: DeliveryEvents | Unset
        if isinstance(_events, Unset):
            events = UNSET
        else:
            events = DeliveryEvents.from_dict(_events)

        delivery = cls(
            ref_base64=ref_base64,
            email=email,
            delivery_attempts=delivery_attempts,
            events=events,
        )

        delivery.additional_properties = d
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
