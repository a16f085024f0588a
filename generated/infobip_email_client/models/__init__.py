"""Contains all the data models used in inputs/outputs"""

from .delivery_report_push import DeliveryReportPush
from .email_delivery_report import EmailDeliveryReport
from .email_delivery_reports import EmailDeliveryReports
from .email_log import EmailLog
from .email_logs_page import EmailLogsPage
from .email_reports_response import EmailReportsResponse
from .error_resource import ErrorResource
from .infobip_error_response import InfobipErrorResponse
from .log_cursor import LogCursor
from .platform import Platform
from .price import Price
from .pushed_report import PushedReport
from .report_error import ReportError
from .report_status import ReportStatus
from .request_error import RequestError
from .sent_email_report import SentEmailReport
from .service_exception import ServiceException
from .service_exception_validation_errors import ServiceExceptionValidationErrors
from .smtp_info import SmtpInfo
from .violation import Violation

__all__ = (
    "DeliveryReportPush",
    "EmailDeliveryReport",
    "EmailDeliveryReports",
    "EmailLog",
    "EmailLogsPage",
    "EmailReportsResponse",
    "ErrorResource",
    "InfobipErrorResponse",
    "LogCursor",
    "Platform",
    "Price",
    "PushedReport",
    "ReportError",
    "ReportStatus",
    "RequestError",
    "SentEmailReport",
    "ServiceException",
    "ServiceExceptionValidationErrors",
    "SmtpInfo",
    "Violation",
)
