"""schemathesis runs each spec against the running sandbox: generated requests, every answer
checked against the spec (status, content type, headers, body schema) and for server errors."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any

import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import CheckFunction, ignored_auth, positive_data_acceptance

from mailstatus.ncp import signature
from mailstatus.sandbox import SandboxServer
from mailstatus.sandbox import credentials as cred
from tests.helpers import SPECS

pytestmark = pytest.mark.slow  # schemathesis: hundreds of requests to a running sandbox

EXAMPLES = 60  # per operation and phase; deterministic (derandomized)
#: (provider, path) of operations the sandbox does not serve, left out of the runs: none today.
NOT_SERVED: set[tuple[str, str]] = set()


@pytest.fixture(scope="module")
def sandbox() -> Iterator[SandboxServer]:
    with SandboxServer() as server:
        yield server


@pytest.fixture
def statuses() -> Iterator[Counter[int]]:
    """The statuses one operation's run saw (shared by its examples): afterwards, proof that the
    run reached past authentication, with successes and refusals both."""
    seen: Counter[int] = Counter()
    yield seen
    assert seen[200] > 0, seen
    assert sum(n for status, n in seen.items() if status >= 400) > 0, seen


class NcpSigning(requests.auth.AuthBase):
    """Puts real values in the signature headers schemathesis generated, over the request-target
    exactly as requests sends it; a header the case left out (a negative case) stays out."""

    def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
        headers = request.headers
        timestamp = str(int(time.time() * 1000))
        real = {
            "x-ncp-apigw-timestamp": timestamp,
            "x-ncp-iam-access-key": cred.NCP_ACCESS_KEY,
            "x-ncp-apigw-signature-v2": signature(
                secret_key=cred.NCP_SECRET_KEY,
                method=request.method or "GET",
                target=request.path_url,
                timestamp=timestamp,
                access_key=cred.NCP_ACCESS_KEY,
            ),
        }
        for name, value in real.items():
            if name in headers:
                headers[name] = value
        return request


def session(auth: Any) -> requests.Session:
    http = requests.Session()
    http.auth = auth
    return http


def conformance(
    provider: str,
    base_path: str,
    auth: Callable[[], Any],
    *excluded: CheckFunction,
    excluded_at: Mapping[str, Sequence[CheckFunction]] | None = None,
) -> Callable[..., None]:
    """The spec's test against the sandbox; `excluded` checks are off for every operation,
    `excluded_at` ones for the operation at that path only."""
    schema = schemathesis.openapi.from_path(SPECS[provider])
    unserved = [path for unserved_by, path in NOT_SERVED if unserved_by == provider]
    if unserved:
        schema = schema.exclude(path=unserved)

    @schema.parametrize()
    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        derandomize=True,
        suppress_health_check=[
            HealthCheck.too_slow,
            HealthCheck.filter_too_much,
            HealthCheck.function_scoped_fixture,  # `statuses` is meant to span the examples
        ],
    )
    def check(case: schemathesis.Case, sandbox: SandboxServer, statuses: Counter[int]) -> None:
        # The session sets valid credentials on every case, so "ignored auth" cannot be judged.
        response = case.call_and_validate(
            base_url=sandbox.base_url + base_path,
            session=session(auth()),
            excluded_checks=[
                ignored_auth,
                *excluded,
                *(excluded_at or {}).get(case.operation.path, ()),
            ],
        )
        statuses[response.status_code] += 1

    return check


test_opentext_spec_against_the_sandbox = conformance(
    "opentext", "", lambda: (cred.OPENTEXT_USER, cred.OPENTEXT_PASSWORD)
)
# NCP answers an unknown requestId with 400 (77103), as documented, where the check wants 404.
test_ncp_spec_against_the_sandbox = conformance(
    "ncp", "/api/v1", NcpSigning, positive_data_acceptance
)
test_ncp_sens_spec_against_the_sandbox = conformance("ncp-sens", "", NcpSigning)
# A v4 logs `cursor` the sandbox never handed out is refused (400, documented): any string fits
# the spec, so a generated one is no cursor.
test_infobip_spec_against_the_sandbox = conformance(
    "infobip",
    "",
    lambda: lambda r: r.headers.update(Authorization=f"App {cred.INFOBIP_API_KEY}") or r,
    excluded_at={"/email/4/logs": [positive_data_acceptance]},
)
