"""Contains all the data models used in inputs/outputs"""

from .ncp_error import NcpError
from .ncp_error_response import NcpErrorResponse
from .sens_count_by_status import SensCountByStatus
from .sens_mail import SensMail
from .sens_mail_attach_files_item import SensMailAttachFilesItem
from .sens_mail_list import SensMailList
from .sens_mail_request import SensMailRequest
from .sens_mail_request_list import SensMailRequestList
from .sens_mail_request_summary import SensMailRequestSummary
from .sens_mail_summary import SensMailSummary
from .sens_recipient import SensRecipient

__all__ = (
    "NcpError",
    "NcpErrorResponse",
    "SensCountByStatus",
    "SensMail",
    "SensMailAttachFilesItem",
    "SensMailList",
    "SensMailRequest",
    "SensMailRequestList",
    "SensMailRequestSummary",
    "SensMailSummary",
    "SensRecipient",
)
