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

T = TypeVar("T", bound="ReportStatus")
_new = object.__new__
_fromisoformat = datetime.datetime.fromisoformat


@_attrs_define
class ReportStatus:
    """Whether the message was sent, delivered, not delivered, waiting or otherwise. Group ids:
    0 ACCEPTED, 1 PENDING, 2 UNDELIVERABLE, 3 DELIVERED, 4 EXPIRED, 5 REJECTED. Names are open
    strings.

        Attributes:
            group_id (int | Unset): The status group id.
            group_name (str | Unset): The status group name.
            id (int | Unset): The status id.
            name (str | Unset): The status name.
            description (str | Unset): What the status means, for people.
            action (str | Unset): What to do about it.
    """

    group_id: int | Unset = UNSET
    group_name: str | Unset = UNSET
    id: int | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    action: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready values under the spec's field names; unset fields are left out."""
        group_id = self.group_id

        group_name = self.group_name

        id = self.id

        name = self.name

        description = self.description

        action = self.action

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if group_id is not UNSET:
            field_dict["groupId"] = group_id
        if group_name is not UNSET:
            field_dict["groupName"] = group_name
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if action is not UNSET:
            field_dict["action"] = action

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read decoded JSON (`src_dict` is left as it was), checked against the spec's types."""
        return cls._from_json(json_copy(src_dict))

    @classmethod
    def _from_json(
        cls: type[T], src_dict: dict[str, Any], where: str = "ReportStatus"
    ) -> T:
        """Read a dict fresh from a JSON decoder, consuming it; `where` names it in errors."""
        if type(src_dict) is not dict:
            src_dict = as_dict(where, src_dict)
        group_id = src_dict.pop("groupId", UNSET)
        if type(group_id) is not int and group_id is not UNSET:
            raise wrong_type("ReportStatus.groupId", "integer", group_id)
        group_name = src_dict.pop("groupName", UNSET)
        if type(group_name) is not str and group_name is not UNSET:
            raise wrong_type("ReportStatus.groupName", "string", group_name)
        id = src_dict.pop("id", UNSET)
        if type(id) is not int and id is not UNSET:
            raise wrong_type("ReportStatus.id", "integer", id)
        name = src_dict.pop("name", UNSET)
        if type(name) is not str and name is not UNSET:
            raise wrong_type("ReportStatus.name", "string", name)
        description = src_dict.pop("description", UNSET)
        if type(description) is not str and description is not UNSET:
            raise wrong_type("ReportStatus.description", "string", description)
        action = src_dict.pop("action", UNSET)
        if type(action) is not str and action is not UNSET:
            raise wrong_type("ReportStatus.action", "string", action)
        _instance = _new(cls)
        _instance.group_id = group_id
        _instance.group_name = group_name
        _instance.id = id
        _instance.name = name
        _instance.description = description
        _instance.action = action
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
