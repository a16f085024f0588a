"""A report consumer for the crash test: drains a sandbox bulk through a journal, writing each
report it handles to a log (flushed to disk) before it works on it and acknowledges it.

Usage: python tests/e2e/journal_consumer.py BASE_URL BULK JOURNAL HANDLED_LOG WORK_SECONDS
"""

import os
import sys
import time

from mailstatus import InfobipApiKeyAuth, InfobipClient, ReportJournal
from mailstatus.sandbox import credentials as cred


def main(base_url: str, bulk: str, journal_path: str, log_path: str, work: float) -> None:
    with (
        ReportJournal(journal_path) as journal,
        InfobipClient(base_url=base_url, auth=InfobipApiKeyAuth(cred.INFOBIP_API_KEY)) as client,
        open(log_path, "a", encoding="utf-8") as log,
    ):
        for report in client.iter_reports(journal=journal, bulk_id=bulk, limit=20):
            log.write(f"{report.message_id}\n")
            log.flush()
            os.fsync(log.fileno())
            time.sleep(work)  # handling the report
            journal.ack(report)


if __name__ == "__main__":
    main(*sys.argv[1:5], float(sys.argv[5]))
