"""Offline tour of the generated clients: each provider's documented example, served from the spec.

Each client talks to an in-process httpx.MockTransport that answers with the example embedded in
that provider's spec, so this runs without accounts or network: `make demo`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import yaml

from infobip_email_client import Client as InfobipClient
from infobip_email_client.api.email import get_email_delivery_reports
from ncp_mailer_client import Client as NcpClient
from ncp_mailer_client.api.mails import get_mail_list
from opentext_mra_client import Client as OpenTextClient
from opentext_mra_client.api.emails import get_email_status

SPECS = Path(__file__).resolve().parent.parent / "specs"


def serve_first_example(spec_name: str) -> httpx.MockTransport:
    """Answer with the first 200 example of the spec's first operation (the seed's)."""
    spec = yaml.safe_load((SPECS / spec_name).read_text(encoding="utf-8"))
    path_item = next(iter(spec["paths"].values()))
    examples = path_item["get"]["responses"]["200"]["content"]["application/json"]["examples"]
    body: Any = next(iter(examples.values()))["value"]

    def answer(request: httpx.Request) -> httpx.Response:
        print(f"  -> {request.method} {request.url}")
        return httpx.Response(200, json=body)

    return httpx.MockTransport(answer)


def main() -> None:
    print("OpenText: job status")
    opentext = OpenTextClient(
        base_url="https://t2api.us.cloudmessaging.opentext.com",
        httpx_args={"transport": serve_first_example("opentext-mra.yaml")},
    )
    job = get_email_status.sync(client=opentext, job_id="xsi-1234567")
    print(f"  job {job.job_id}: {', '.join(job.job_state)} since {job.entry_time:%Y-%m-%d %H:%M}")
    for delivery in job.deliveries:
        states = " -> ".join(attempt.state for attempt in delivery.delivery_attempts)
        print(f"  {delivery.email}: {states}")

    print("NCP: mails of a send request")
    ncp = NcpClient(
        base_url="https://mail.apigw.ntruss.com/api/v1",
        httpx_args={"transport": serve_first_example("ncp-outbound-mailer.yaml")},
    )
    page = get_mail_list.sync("20181120000000010999", client=ncp, size=5, send_status=["S", "PF"])
    for mail in page.content:
        print(f"  {mail.mail_id} {mail.email_status.code:<2} {mail.representative_recipient}")
    print(f"  page {page.number + 1} of {page.total_pages}, {page.total_elements} mails")

    print("Infobip: delivery reports")
    infobip = InfobipClient(
        base_url="https://api.infobip.com",
        httpx_args={"transport": serve_first_example("infobip-email.yaml")},
    )
    reports = get_email_delivery_reports.sync(client=infobip, limit=10)
    for report in reports.results:
        print(f"  {report.message_id} {report.to}: {report.status.name} at {report.done_at}")


if __name__ == "__main__":
    main()
