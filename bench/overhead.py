"""Per-call overhead: each SDK call against raw httpx GET + json.loads of the same URL, with the
same auth, on a shared connection. Goal: at most 1.15x."""

from __future__ import annotations

import json
from collections.abc import Callable

import httpx

from bench.common import Result, interleaved, sandbox
from mailstatus import (
    InfobipApiKeyAuth,
    InfobipClient,
    NcpMailerClient,
    NcpSignatureAuth,
    OpenTextClient,
)
from mailstatus.sandbox import credentials as cred
from mailstatus.sandbox.data import INFOBIP_LARGE_BULK, NCP_SMALL_REQUEST, OPENTEXT_JOB


def measure(quick: bool) -> list[Result]:
    calls, runs = (20, 3) if quick else (100, 15)
    reports = 20 * calls * runs * 2 + 100  # every get_reports call takes 20 for good
    ncp_auth = NcpSignatureAuth(cred.NCP_ACCESS_KEY, cred.NCP_SECRET_KEY)
    ib_auth = InfobipApiKeyAuth(cred.INFOBIP_API_KEY)
    ot_auth = httpx.BasicAuth(cred.OPENTEXT_USER, cred.OPENTEXT_PASSWORD)
    results = []
    with sandbox(infobip_reports=reports) as base:
        opentext = OpenTextClient(base_url=base, auth=ot_auth)
        ncp = NcpMailerClient(base_url=f"{base}/api/v1", auth=ncp_auth)
        infobip = InfobipClient(base_url=base, auth=ib_auth)
        cases: list[tuple[str, Callable[[], object], httpx.Auth, str, dict[str, object]]] = [
            (
                "get_email_status",
                lambda: opentext.get_email_status(OPENTEXT_JOB),
                ot_auth,
                "/mra/v1/outbound/emails/status",
                {"job_id": OPENTEXT_JOB},
            ),
            (
                "list_mails (size 20)",
                lambda: ncp.list_mails(NCP_SMALL_REQUEST, size=20),
                ncp_auth,
                f"/api/v1/mails/requests/{NCP_SMALL_REQUEST}/mails",
                {"size": 20, "page": 0},
            ),
            (
                "get_reports (limit 20)",
                lambda: infobip.get_reports(bulk_id=INFOBIP_LARGE_BULK, limit=20),
                ib_auth,
                "/email/4/reports",
                {"bulkId": INFOBIP_LARGE_BULK, "limit": 20},
            ),
        ]
        with httpx.Client(base_url=base) as raw:
            for name, call, auth, path, params in cases:

                def baseline(
                    path: str = path, params: dict[str, object] = params, auth: httpx.Auth = auth
                ) -> None:
                    for _ in range(calls):
                        json.loads(raw.get(path, params=params, auth=auth).content)  # type: ignore[arg-type]

                def ours(call: Callable[[], object] = call) -> None:
                    for _ in range(calls):
                        call()

                ours()  # warm both connections
                baseline()
                pair = interleaved(ours, baseline, runs, calls)
                results.append(
                    Result(
                        name=f"per-call {name}",
                        ours=pair.ours,
                        baseline=pair.baseline,
                        paired_ratio=pair.ratio,
                        unit="s/call",
                        baseline_name="httpx GET + json.loads",
                        goal="<= 1.15",
                    )
                )
        for client in (opentext, ncp, infobip):
            client.close()
    return results
