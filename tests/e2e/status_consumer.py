"""A status consumer for the in-flight kill test: drains a sandbox bulk one report per request
through a journal (recovered messages first), writing each status it handles to a log (flushed
to disk) before acknowledging it; no work per status, so most of its time is in requests.

Usage: python tests/e2e/status_consumer.py BASE_URL BULK JOURNAL HANDLED_LOG
"""

import os
import sys

from mailstatus import InfobipApiKeyAuth, InfobipClient, ReportJournal
from mailstatus.sandbox import credentials as cred


def main(base_url: str, bulk: str, journal_path: str, log_path: str) -> None:
    with (
        ReportJournal(journal_path) as journal,
        InfobipClient(base_url=base_url, auth=InfobipApiKeyAuth(cred.INFOBIP_API_KEY)) as client,
        open(log_path, "a", encoding="utf-8") as log,
    ):
        for status in client.statuses(journal=journal, bulk_id=bulk, limit=1):
            log.write(f"{status.message_id} {status.state.value}\n")
            log.flush()
            os.fsync(log.fileno())
            journal.ack(status.raw)


if __name__ == "__main__":
    main(*sys.argv[1:5])
