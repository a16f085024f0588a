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

T = TypeVar("T", bound="ReportError")
_new = object.__new__
_fromisoformat = datetime.datetime.fromisoformat


@_attrs_define
class ReportError:
    """Whether an error occurred. Group 0 OK with id 0 NO_ERROR means none. Email errors have ids
    6002 to 6058 (6011 soft bounce, not permanent; 6012 hard bounce, permanent; 6003 unsubscribed;
    6013 internal system error). Names are open strings.

        Attributes:
            group_id (int | Unset): The error group id.
            group_name (str | Unset): The error group name.
            id (int | Unset): The error id.
            name (str | Unset): The error name.
            description (str | Unset): What the error means, for people.
            permanent (bool | Unset): Whether the error is permanent.
    """

    group_id: int | Unset = UNSET
    group_name: str | Unset = UNSET
    id: int | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    permanent: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready values under the spec's field names; unset fields are left out."""
        group_id = self.group_id

        group_name = self.group_name

        id = self.id

        name = self.name

        description = self.description

        permanent = self.permanent

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
        if permanent is not UNSET:
            field_dict["permanent"] = permanent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read decoded JSON (`src_dict` is left as it was), checked against the spec's types."""
        return cls._from_json(json_copy(src_dict))

    @classmethod
    def _from_json(
        cls: type[T], src_dict: dict[str, Any], where: str = "ReportError"
    ) -> T:
        """Read a dict fresh from a JSON decoder, consuming it; `where` names it in errors."""
        if type(src_dict) is not dict:
            src_dict = as_dict(where, src_dict)
        group_id = src_dict.pop("groupId", UNSET)
        if type(group_id) is not int and group_id is not UNSET:
            raise wrong_type("ReportError.groupId", "integer", group_id)
        group_name = src_dict.pop("groupName", UNSET)
        if type(group_name) is not str and group_name is not UNSET:
            raise wrong_type("ReportError.groupName", "string", group_name)
        id = src_dict.pop("id", UNSET)
        if type(id) is not int and id is not UNSET:
            raise wrong_type("ReportError.id", "integer", id)
        name = src_dict.pop("name", UNSET)
        if type(name) is not str and name is not UNSET:
            raise wrong_type("ReportError.name", "string", name)
        description = src_dict.pop("description", UNSET)
        if type(description) is not str and description is not UNSET:
            raise wrong_type("ReportError.description", "string", description)
        permanent = src_dict.pop("permanent", UNSET)
        if type(permanent) is not bool and permanent is not UNSET:
            raise wrong_type("ReportError.permanent", "boolean", permanent)
        _instance = _new(cls)
        _instance.group_id = group_id
        _instance.group_name = group_name
        _instance.id = id
        _instance.name = name
        _instance.description = description
        _instance.permanent = permanent
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
