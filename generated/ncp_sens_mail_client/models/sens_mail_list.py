from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sens_mail_summary import SensMailSummary
from ..types import (
    UNSET,
    as_dict,
    json_copy,
    wrong_type,
)

T = TypeVar("T", bound="SensMailList")
_new = object.__new__
_fromisoformat = datetime.datetime.fromisoformat
_from_json_sens_mail_summary = SensMailSummary._from_json


@_attrs_define
class SensMailList:
    """One page of mails. The pages read name the array (`mails[]`) but not the page fields
    beside it (a total, the page number): they are kept as sent in `additional_properties`.
    Walk `pageNo` until a page holds fewer than `pageSize` mails.

        Attributes:
            mails (list[SensMailSummary]): The mails on this page.
    """

    mails: list[SensMailSummary]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready values under the spec's field names; unset fields are left out."""
        mails = []
        for mails_item_data in self.mails:
            mails_item = mails_item_data.to_dict()
            mails.append(mails_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mails": mails,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read decoded JSON (`src_dict` is left as it was), checked against the spec's types."""
        return cls._from_json(json_copy(src_dict))

    @classmethod
    def _from_json(
        cls: type[T], src_dict: dict[str, Any], where: str = "SensMailList"
    ) -> T:
        """Read a dict fresh from a JSON decoder, consuming it; `where` names it in errors."""
        if type(src_dict) is not dict:
            src_dict = as_dict(where, src_dict)
        mails = src_dict.pop("mails", UNSET)
        if mails is UNSET:
            raise wrong_type("SensMailList.mails", "a value", UNSET)
        if type(mails) is not list:
            raise wrong_type("SensMailList.mails", "array", mails)
        mails = [
            _from_json_sens_mail_summary(_item, "SensMailList.mails[]")
            for _item in mails
        ]

        _instance = _new(cls)
        _instance.mails = mails
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
