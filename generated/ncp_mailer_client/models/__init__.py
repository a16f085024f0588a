"""Contains all the data models used in inputs/outputs"""

from .attach_file import AttachFile
from .count_by_status import CountByStatus
from .email_status import EmailStatus
from .mail import Mail
from .mail_list_item import MailListItem
from .mail_list_page import MailListPage
from .mail_request_list_item import MailRequestListItem
from .mail_request_page import MailRequestPage
from .mail_request_status import MailRequestStatus
from .ncp_date import NcpDate
from .ncp_error import NcpError
from .ncp_error_response import NcpErrorResponse
from .recipient import Recipient
from .reservation_status import ReservationStatus
from .sort_order import SortOrder

__all__ = (
    "AttachFile",
    "CountByStatus",
    "EmailStatus",
    "Mail",
    "MailListItem",
    "MailListPage",
    "MailRequestListItem",
    "MailRequestPage",
    "MailRequestStatus",
    "NcpDate",
    "NcpError",
    "NcpErrorResponse",
    "Recipient",
    "ReservationStatus",
    "SortOrder",
)
