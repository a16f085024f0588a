from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.attachment import Attachment
from ..models.delivery import Delivery
from ..models.html_open_tracking import HtmlOpenTracking
from ..types import (
    UNSET,
    Unset,
    as_dict,
    json_copy,
    not_a_datetime,
    wrong_type,
)

T = TypeVar("T", bound="EmailJobStatus")
_new = object.__new__
_fromisoformat = datetime.datetime.fromisoformat
_from_json_attachment = Attachment._from_json
_from_json_delivery = Delivery._from_json
_from_json_html_open_tracking = HtmlOpenTracking._from_json


@_attrs_define
class EmailJobStatus:
    """One email job as the service sees it. Only `job_id` is always present.

    Attributes:
        job_id (str): The job id, `xdn-mrn`.
        job_state (list[str] | Unset): The states the job is in; several at once (`["Complete", "Posted"]`). An open
            set: known
            values are listed in `x-known-values`, and others parse as plain strings.
        billing_code_base64 (str | Unset): Base64 of the billing code the sender submitted (UTF-8 text).
        customer_reference_base64 (str | Unset): Base64 of the customer reference the sender submitted (UTF-8 text).
        entry_time (datetime.datetime | Unset): When the job entered the service (UTC).
        html_open_tracking (HtmlOpenTracking | Unset): How often the HTML body was opened.
        attachments (list[Attachment] | Unset): The job's attachments, the open-tracking pixel among them.
        deliveries (list[Delivery] | Unset): One entry per recipient.
    """

    job_id: str
    job_state: list[str] | Unset = UNSET
    billing_code_base64: str | Unset = UNSET
    customer_reference_base64: str | Unset = UNSET
    entry_time: datetime.datetime | Unset = UNSET
    html_open_tracking: HtmlOpenTracking | Unset = UNSET
    attachments: list[Attachment] | Unset = UNSET
    deliveries: list[Delivery] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready values under the spec's field names; unset fields are left out."""
        job_id = self.job_id

        job_state: list[str] | Unset = UNSET
        if not isinstance(self.job_state, Unset):
            job_state = self.job_state

        billing_code_base64 = self.billing_code_base64

        customer_reference_base64 = self.customer_reference_base64

        entry_time: str | Unset = UNSET
        if not isinstance(self.entry_time, Unset):
            entry_time = self.entry_time.isoformat()

        html_open_tracking: dict[str, Any] | Unset = UNSET
        if not isinstance(self.html_open_tracking, Unset):
            html_open_tracking = self.html_open_tracking.to_dict()

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        deliveries: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.deliveries, Unset):
            deliveries = []
            for deliveries_item_data in self.deliveries:
                deliveries_item = deliveries_item_data.to_dict()
                deliveries.append(deliveries_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "job_id": job_id,
            }
        )
        if job_state is not UNSET:
            field_dict["job_state"] = job_state
        if billing_code_base64 is not UNSET:
            field_dict["billing_code_base64"] = billing_code_base64
        if customer_reference_base64 is not UNSET:
            field_dict["customer_reference_base64"] = customer_reference_base64
        if entry_time is not UNSET:
            field_dict["entry_time"] = entry_time
        if html_open_tracking is not UNSET:
            field_dict["html_open_tracking"] = html_open_tracking
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if deliveries is not UNSET:
            field_dict["deliveries"] = deliveries

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read decoded JSON (`src_dict` is left as it was), checked against the spec's types."""
        return cls._from_json(json_copy(src_dict))

    @classmethod
    def _from_json(
        cls: type[T], src_dict: dict[str, Any], where: str = "EmailJobStatus"
    ) -> T:
        """Read a dict fresh from a JSON decoder, consuming it; `where` names it in errors."""
        if type(src_dict) is not dict:
            src_dict = as_dict(where, src_dict)
        job_id = src_dict.pop("job_id", UNSET)
        if type(job_id) is not str:
            raise wrong_type("EmailJobStatus.job_id", "string", job_id)
        job_state = src_dict.pop("job_state", UNSET)
        if job_state is not UNSET:
            if type(job_state) is not list:
                raise wrong_type("EmailJobStatus.job_state", "array", job_state)
            for _item in job_state:
                if type(_item) is not str:
                    raise wrong_type("EmailJobStatus.job_state[]", "string", _item)

        billing_code_base64 = src_dict.pop("billing_code_base64", UNSET)
        if type(billing_code_base64) is not str and billing_code_base64 is not UNSET:
            raise wrong_type(
                "EmailJobStatus.billing_code_base64", "string", billing_code_base64
            )
        customer_reference_base64 = src_dict.pop("customer_reference_base64", UNSET)
        if (
            type(customer_reference_base64) is not str
            and customer_reference_base64 is not UNSET
        ):
            raise wrong_type(
                "EmailJobStatus.customer_reference_base64",
                "string",
                customer_reference_base64,
            )
        entry_time = src_dict.pop("entry_time", UNSET)
        if entry_time is not UNSET:
            try:
                entry_time = _fromisoformat(entry_time)
            except TypeError:  # not a string
                raise wrong_type(
                    "EmailJobStatus.entry_time", "date-time string", entry_time
                ) from None
            except ValueError:
                raise not_a_datetime("EmailJobStatus.entry_time", entry_time) from None
            if entry_time.tzinfo is None:
                raise not_a_datetime(
                    "EmailJobStatus.entry_time", entry_time.isoformat()
                )

        html_open_tracking = src_dict.pop("html_open_tracking", UNSET)
        if html_open_tracking is not UNSET:
            html_open_tracking = _from_json_html_open_tracking(
                html_open_tracking, "EmailJobStatus.html_open_tracking"
            )

        attachments = src_dict.pop("attachments", UNSET)
        if attachments is not UNSET:
            if type(attachments) is not list:
                raise wrong_type("EmailJobStatus.attachments", "array", attachments)
            attachments = [
                _from_json_attachment(_item, "EmailJobStatus.attachments[]")
                for _item in attachments
            ]

        deliveries = src_dict.pop("deliveries", UNSET)
        if deliveries is not UNSET:
            if type(deliveries) is not list:
                raise wrong_type("EmailJobStatus.deliveries", "array", deliveries)
            deliveries = [
                _from_json_delivery(_item, "EmailJobStatus.deliveries[]")
                for _item in deliveries
            ]

        _instance = _new(cls)
        _instance.job_id = job_id
        _instance.job_state = job_state
        _instance.billing_code_base64 = billing_code_base64
        _instance.customer_reference_base64 = customer_reference_base64
        _instance.entry_time = entry_time
        _instance.html_open_tracking = html_open_tracking
        _instance.attachments = attachments
        _instance.deliveries = deliveries
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
