from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.email_delivery_events import EmailDeliveryEvents
from ..types import (
    UNSET,
    Unset,
    as_dict,
    json_copy,
)

T = TypeVar("T", bound="DeliveryEvents")
_new = object.__new__
_fromisoformat = datetime.datetime.fromisoformat
_from_json_email_delivery_events = EmailDeliveryEvents._from_json


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
        """The model as JSON-ready values under the spec's field names; unset fields are left out."""
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
        """Read decoded JSON (`src_dict` is left as it was), checked against the spec's types."""
        return cls._from_json(json_copy(src_dict))

    @classmethod
    def _from_json(
        cls: type[T], src_dict: dict[str, Any], where: str = "DeliveryEvents"
    ) -> T:
        """Read a dict fresh from a JSON decoder, consuming it; `where` names it in errors."""
        if type(src_dict) is not dict:
            src_dict = as_dict(where, src_dict)
        email_delivery_events = src_dict.pop("email_delivery_events", UNSET)
        if email_delivery_events is not UNSET:
            email_delivery_events = _from_json_email_delivery_events(
                email_delivery_events, "DeliveryEvents.email_delivery_events"
            )

        _instance = _new(cls)
        _instance.email_delivery_events = email_delivery_events
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
