from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.email_delivery_events import EmailDeliveryEvents
from ..types import (
    UNSET,
    Unset,
    wrong_type,
)

T = TypeVar("T", bound="DeliveryEvents")


@_attrs_define
class DeliveryEvents:
    """Events seen for one delivery.

    Attributes:
        email_delivery_events (EmailDeliveryEvents | Unset): The delivery's events by kind. Their inner fields are not
            published.
    """

    email_delivery_events: EmailDeliveryEvents | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email_delivery_events: dict[str, Any] | Unset = UNSET
        if not isinstance(self.email_delivery_events, Unset):
            email_delivery_events = self.email_delivery_events.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email_delivery_events is not UNSET:
            field_dict["email_delivery_events"] = email_delivery_events

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise wrong_type("DeliveryEvents", "object", src_dict)
        email_delivery_events = src_dict.get("email_delivery_events", UNSET)
        if email_delivery_events is not UNSET:
            if type(email_delivery_events) is not dict:
                raise wrong_type(
                    "DeliveryEvents.email_delivery_events",
                    "object",
                    email_delivery_events,
                )
            email_delivery_events = EmailDeliveryEvents.from_dict(email_delivery_events)

        delivery_events = cls(
            email_delivery_events=email_delivery_events,
        )
        additional_properties = {
            key: value
            for key, value in src_dict.items()
            if key not in {"email_delivery_events"}
        }
        delivery_events.additional_properties = additional_properties
        return delivery_events

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
