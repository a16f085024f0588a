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
    wrong_type,
)

T = TypeVar("T", bound="Platform")
_new = object.__new__
_fromisoformat = datetime.datetime.fromisoformat


@_attrs_define
class Platform:
    """The entity and application the message was sent for.

    Attributes:
        entity_id (str | Unset):
        application_id (str | Unset):
    """

    entity_id: str | Unset = UNSET
    application_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready values under the spec's field names; unset fields are left out."""
        entity_id = self.entity_id

        application_id = self.application_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if entity_id is not UNSET:
            field_dict["entityId"] = entity_id
        if application_id is not UNSET:
            field_dict["applicationId"] = application_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read decoded JSON (`src_dict` is left as it was), checked against the spec's types."""
        return cls._from_json(json_copy(src_dict))

    @classmethod
    def _from_json(
        cls: type[T], src_dict: dict[str, Any], where: str = "Platform"
    ) -> T:
        """Read a dict fresh from a JSON decoder, consuming it; `where` names it in errors."""
        if type(src_dict) is not dict:
            src_dict = as_dict(where, src_dict)
        entity_id = src_dict.pop("entityId", UNSET)
        if type(entity_id) is not str and entity_id is not UNSET:
            raise wrong_type("Platform.entityId", "string", entity_id)
        application_id = src_dict.pop("applicationId", UNSET)
        if type(application_id) is not str and application_id is not UNSET:
            raise wrong_type("Platform.applicationId", "string", application_id)
        _instance = _new(cls)
        _instance.entity_id = entity_id
        _instance.application_id = application_id
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
