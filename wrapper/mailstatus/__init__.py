"""mailstatus: ask email providers what became of the mail you sent.

One client per provider, sync and async twins with the same methods:

    OpenTextClient / AsyncOpenTextClient      get_email_status(job_id)
    NcpMailerClient / AsyncNcpMailerClient    list_mails, iter_mails, get_mail, recipient_statuses,
                                              wait_until_done, iter_requests (SensMailClient: v2)
    InfobipClient / AsyncInfobipClient        get_reports, iter_reports (with a ReportJournal),
                                              iter_logs (v4; InfobipV1Client reads v1 reports)

and each has `statuses(...)`: the same answers as normalized `DeliveryStatus`es.

Errors are in `mailstatus.errors` (the tree is drawn there); everything is re-exported here.
"""

from importlib import metadata as _metadata

from mailstatus.delivery import DeliveryState, DeliveryStatus
from mailstatus.errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    Base64DecodeError,
    ConfigurationError,
    DeadlineExceededError,
    InvalidInputError,
    JournalError,
    MailstatusError,
    MissingSettingsError,
    NotFoundError,
    PaginationError,
    PermissionDeniedError,
    RateLimitError,
    ResponseTooLargeError,
    ResponseValidationError,
    ServerError,
    UnreadableReport,
    UnreadableReportsError,
)
from mailstatus.infobip import (
    AsyncInfobipClient,
    AsyncInfobipV1Client,
    InfobipApiKeyAuth,
    InfobipClient,
    InfobipIbssoAuth,
    InfobipOAuth2,
    InfobipV1Client,
    LogPage,
    ReportBatch,
    ReportJournal,
    V1ReportJournal,
)
from mailstatus.ncp import (
    AsyncNcpMailerClient,
    AsyncSensMailClient,
    MailPage,
    NcpMailerClient,
    NcpSignatureAuth,
    SendStatus,
    SensMailClient,
    ncp_base_url,
)
from mailstatus.opentext import (
    AsyncOpenTextClient,
    Base64Text,
    EmailJob,
    OpenTextClient,
    OpenTextOAuth2,
)
from mailstatus.present import present

try:
    __version__ = _metadata.version("mailstatus")  # written in pyproject.toml alone
except _metadata.PackageNotFoundError:  # a source tree on sys.path, never installed
    __version__ = "0+unknown"

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncInfobipClient",
    "AsyncInfobipV1Client",
    "AsyncNcpMailerClient",
    "AsyncOpenTextClient",
    "AsyncSensMailClient",
    "AuthenticationError",
    "BadRequestError",
    "Base64DecodeError",
    "Base64Text",
    "ConfigurationError",
    "DeadlineExceededError",
    "DeliveryState",
    "DeliveryStatus",
    "EmailJob",
    "InfobipApiKeyAuth",
    "InfobipClient",
    "InfobipIbssoAuth",
    "InfobipOAuth2",
    "InfobipV1Client",
    "InvalidInputError",
    "JournalError",
    "LogPage",
    "MailPage",
    "MailstatusError",
    "MissingSettingsError",
    "NcpMailerClient",
    "NcpSignatureAuth",
    "NotFoundError",
    "OpenTextClient",
    "OpenTextOAuth2",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimitError",
    "ReportBatch",
    "ReportJournal",
    "ResponseTooLargeError",
    "ResponseValidationError",
    "SendStatus",
    "SensMailClient",
    "ServerError",
    "UnreadableReport",
    "UnreadableReportsError",
    "V1ReportJournal",
    "__version__",
    "ncp_base_url",
    "present",
]
