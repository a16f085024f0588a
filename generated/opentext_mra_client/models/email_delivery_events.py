from __future__ import annotations

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
    wrong_type,
)

T = TypeVar("T", bound="EmailDeliveryEvents")


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
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise wrong_type("EmailDeliveryEvents", "object", src_dict)
        dsn = src_dict.get("dsn", UNSET)
        if dsn is not UNSET:
            if type(dsn) is not dict:
                raise wrong_type("EmailDeliveryEvents.dsn", "object", dsn)
            dsn = DsnEvent.from_dict(dsn)

        html_open = src_dict.get("html_open", UNSET)
        if html_open is not UNSET:
            if type(html_open) is not list:
                raise wrong_type("EmailDeliveryEvents.html_open", "array", html_open)
            html_open = [HtmlOpenEvent.from_dict(item) for item in html_open]

        opt_out = src_dict.get("opt_out", UNSET)
        if opt_out is not UNSET:
            if type(opt_out) is not dict:
                raise wrong_type("EmailDeliveryEvents.opt_out", "object", opt_out)
            opt_out = OptOutEvent.from_dict(opt_out)

        pull = src_dict.get("pull", UNSET)
        if pull is not UNSET:
            if type(pull) is not list:
                raise wrong_type("EmailDeliveryEvents.pull", "array", pull)
            pull = [PullEvent.from_dict(item) for item in pull]

        email_delivery_events = cls(
            dsn=dsn,
            html_open=html_open,
            opt_out=opt_out,
            pull=pull,
        )
        additional_properties = {
            key: value
            for key, value in src_dict.items()
            if key not in {"dsn", "html_open", "opt_out", "pull"}
        }
        email_delivery_events.additional_properties = additional_properties
        return email_delivery_events

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
