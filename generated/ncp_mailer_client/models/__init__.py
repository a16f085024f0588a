"""Contains all the data models used in inputs/outputs"""

from .email_status import EmailStatus
from .mail_list_item import MailListItem
from .mail_list_page import MailListPage
from .ncp_date import NcpDate
from .ncp_error import NcpError
from .ncp_error_response import NcpErrorResponse
from .reservation_status import ReservationStatus
from .sort_order import SortOrder

__all__ = (
    "EmailStatus",
    "MailListItem",
    "MailListPage",
    "NcpDate",
    "NcpError",
    "NcpErrorResponse",
    "ReservationStatus",
    "SortOrder",
)
