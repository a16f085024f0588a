"""Contains all the data models used in inputs/outputs"""

from .attachment import Attachment
from .delivery import Delivery
from .delivery_attempt import DeliveryAttempt
from .delivery_events import DeliveryEvents
from .dsn_event import DsnEvent
from .email_delivery_events import EmailDeliveryEvents
from .email_job_status import EmailJobStatus
from .error_response import ErrorResponse
from .fault import Fault
from .fault_detail import FaultDetail
from .html_open_event import HtmlOpenEvent
from .html_open_tracking import HtmlOpenTracking
from .opt_out_event import OptOutEvent
from .pull_event import PullEvent

__all__ = (
    "Attachment",
    "Delivery",
    "DeliveryAttempt",
    "DeliveryEvents",
    "DsnEvent",
    "EmailDeliveryEvents",
    "EmailJobStatus",
    "ErrorResponse",
    "Fault",
    "FaultDetail",
    "HtmlOpenEvent",
    "HtmlOpenTracking",
    "OptOutEvent",
    "PullEvent",
)
