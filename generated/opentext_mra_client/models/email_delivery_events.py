from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dsn_event import DsnEvent
from ..models.html_open_event import HtmlOpenEvent
from ..models.opt_out_event import OptOutEvent
from ..models.pull_event import PullEvent
from ..types import (
    UNSET,
    Unset,
    as_dict,
    json_copy,
    wrong_type,
)

T = TypeVar("T", bound="EmailDeliveryEvents")
_new = object.__new__
_fromisoformat = datetime.datetime.fromisoformat
_from_json_dsn_event = DsnEvent._from_json
_from_json_html_open_event = HtmlOpenEvent._from_json
_from_json_opt_out_event = OptOutEvent._from_json
_from_json_pull_event = PullEvent._from_json


@_attrs_define
class EmailDeliveryEvents:
    """The delivery's events by kind. Their inner fields are not published.

    Attributes:
        dsn (DsnEvent | Unset): A delivery status notification. Free-form, as its fields are not published.
        html_open (list[HtmlOpenEvent] | Unset):
        opt_out (OptOutEvent | Unset): The recipient's opt-out. Free-form, as its fields are not published.
        pull (list[PullEvent] | Unset):
    """

    dsn: DsnEvent | Unset = UNSET
    html_open: list[HtmlOpenEvent] | Unset = UNSET
    opt_out: OptOutEvent | Unset = UNSET
    pull: list[PullEvent] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready values under the spec's field names; unset fields are left out."""
        dsn: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dsn, Unset):
            dsn = self.dsn.to_dict()

        html_open: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.html_open, Unset):
            html_open = []
            for html_open_item_data in self.html_open:
                html_open_item = html_open_item_data.to_dict()
                html_open.append(html_open_item)

        opt_out: dict[str, Any] | Unset = UNSET
        if not isinstance(self.opt_out, Unset):
            opt_out = self.opt_out.to_dict()

        pull: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.pull, Unset):
            pull = []
            for pull_item_data in self.pull:
                pull_item = pull_item_data.to_dict()
                pull.append(pull_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dsn is not UNSET:
            field_dict["dsn"] = dsn
        if html_open is not UNSET:
            field_dict["html_open"] = html_open
        if opt_out is not UNSET:
            field_dict["opt_out"] = opt_out
        if pull is not UNSET:
            field_dict["pull"] = pull

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read decoded JSON (`src_dict` is left as it was), checked against the spec's types."""
        return cls._from_json(json_copy(src_dict))

    @classmethod
    def _from_json(
        cls: type[T], src_dict: dict[str, Any], where: str = "EmailDeliveryEvents"
    ) -> T:
        """Read a dict fresh from a JSON decoder, consuming it; `where` names it in errors."""
        if type(src_dict) is not dict:
            src_dict = as_dict(where, src_dict)
        dsn = src_dict.pop("dsn", UNSET)
        if dsn is not UNSET:
            dsn = _from_json_dsn_event(dsn, "EmailDeliveryEvents.dsn")

        html_open = src_dict.pop("html_open", UNSET)
        if html_open is not UNSET:
            if type(html_open) is not list:
                raise wrong_type("EmailDeliveryEvents.html_open", "array", html_open)
            html_open = [
                _from_json_html_open_event(_item, "EmailDeliveryEvents.html_open[]")
                for _item in html_open
            ]

        opt_out = src_dict.pop("opt_out", UNSET)
        if opt_out is not UNSET:
            opt_out = _from_json_opt_out_event(opt_out, "EmailDeliveryEvents.opt_out")

        pull = src_dict.pop("pull", UNSET)
        if pull is not UNSET:
            if type(pull) is not list:
                raise wrong_type("EmailDeliveryEvents.pull", "array", pull)
            pull = [
                _from_json_pull_event(_item, "EmailDeliveryEvents.pull[]")
                for _item in pull
            ]

        _instance = _new(cls)
        _instance.dsn = dsn
        _instance.html_open = html_open
        _instance.opt_out = opt_out
        _instance.pull = pull
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
