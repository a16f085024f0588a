from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sens_mail_request_summary import SensMailRequestSummary
from ..types import (
    UNSET,
    as_dict,
    json_copy,
    wrong_type,
)

T = TypeVar("T", bound="SensMailRequestList")
_new = object.__new__
_fromisoformat = datetime.datetime.fromisoformat
_from_json_sens_mail_request_summary = SensMailRequestSummary._from_json


@_attrs_define
class SensMailRequestList:
    """One page of send requests. Modeled loosely: the pages read publish neither the envelope
    nor the array's name; `requests` is assumed (the mail list's is `mails`), and everything
    else NAVER sends is kept as sent in `additional_properties`. `requests` is required so
    that a different name fails loudly instead of reading as an empty page.

        Attributes:
            requests (list[SensMailRequestSummary]): The send requests on this page (name assumed).
    """

    requests: list[SensMailRequestSummary]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready values under the spec's field names; unset fields are left out."""
        requests = []
        for requests_item_data in self.requests:
            requests_item = requests_item_data.to_dict()
            requests.append(requests_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "requests": requests,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read decoded JSON (`src_dict` is left as it was), checked against the spec's types."""
        return cls._from_json(json_copy(src_dict))

    @classmethod
    def _from_json(
        cls: type[T], src_dict: dict[str, Any], where: str = "SensMailRequestList"
    ) -> T:
        """Read a dict fresh from a JSON decoder, consuming it; `where` names it in errors."""
        if type(src_dict) is not dict:
            src_dict = as_dict(where, src_dict)
        requests = src_dict.pop("requests", UNSET)
        if requests is UNSET:
            raise wrong_type("SensMailRequestList.requests", "a value", UNSET)
        if type(requests) is not list:
            raise wrong_type("SensMailRequestList.requests", "array", requests)
        requests = [
            _from_json_sens_mail_request_summary(
                _item, "SensMailRequestList.requests[]"
            )
            for _item in requests
        ]

        _instance = _new(cls)
        _instance.requests = requests
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
