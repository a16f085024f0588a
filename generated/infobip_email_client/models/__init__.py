"""Contains all the data models used in inputs/outputs"""

from .email_reports_response import EmailReportsResponse
from .error_resource import ErrorResource
from .infobip_error_response import InfobipErrorResponse
from .price import Price
from .report_error import ReportError
from .report_status import ReportStatus
from .request_error import RequestError
from .sent_email_report import SentEmailReport
from .service_exception import ServiceException
from .service_exception_validation_errors import ServiceExceptionValidationErrors
from .violation import Violation

__all__ = (
    "EmailReportsResponse",
    "ErrorResource",
    "InfobipErrorResponse",
    "Price",
    "ReportError",
    "ReportStatus",
    "RequestError",
    "SentEmailReport",
    "ServiceException",
    "ServiceExceptionValidationErrors",
    "Violation",
)
