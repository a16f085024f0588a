"""Fixtures shared by the test modules."""

import functools
import os
import ssl
from collections.abc import Iterator

import httpx
import pytest
from httpx._transports import default as httpx_transports
from hypothesis import HealthCheck, settings

from mailstatus import _client

pytest_plugins = ["mailstatus.sandbox.pytest_plugin"]

# Hypothesis settings for every test that uses it (the properties, schemathesis), loaded here so
# that they hold whichever tests run, and in whatever order.
settings.register_profile(
    "mailstatus",
    derandomize=True,  # the same examples on every run: CI stays deterministic
    database=None,
    deadline=None,
    max_examples=150,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
# HYPOTHESIS_PROFILE=explore: ten times the examples, fresh ones each run.
settings.register_profile(
    "explore", parent=settings.get_profile("mailstatus"), derandomize=False, max_examples=1500
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "mailstatus"))


@pytest.fixture
def opentext_base() -> str:
    """OpenText's default host: where a client made without `base_url` sends."""
    return "https://t2api.us.cloudmessaging.opentext.com"


@pytest.fixture
def ncp_base() -> str:
    """NCP's public zone, region KR: the default base URL and the seed's."""
    return "https://mail.apigw.ntruss.com/api/v1"


@pytest.fixture
def infobip_base() -> str:
    """An Infobip account's own base URL (each account has one)."""
    return "https://acme.api.infobip.com"


@pytest.fixture(autouse=True)
def state_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """The CLI journals Infobip reports in the user's state directory: a scratch one here."""
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path_factory.mktemp("state")))


@pytest.fixture(autouse=True)
def no_retry_waits(monkeypatch: pytest.MonkeyPatch) -> None:
    """Retries keep their configured attempts but do not wait; tests that check waits undo this."""
    monkeypatch.setattr(_client, "retry_wait", lambda failure, retries_taken: 0.0)


@pytest.fixture(autouse=True, scope="session")
def one_tls_context() -> Iterator[None]:
    """httpx builds a TLS context for every client (reading the CA bundle: about 45 ms, most of a
    mocked test's time), though the tests' clients are mocked or speak plain HTTP to the sandbox:
    the default context is built once per CA setting and shared. Other settings build their own."""
    build = httpx_transports.create_ssl_context

    @functools.cache
    def default(cafile: str | None, capath: str | None) -> ssl.SSLContext:
        return build()  # httpx reads the same two variables

    def create_ssl_context(
        verify: ssl.SSLContext | str | bool = True,
        cert: httpx._types.CertTypes | None = None,
        trust_env: bool = True,
    ) -> ssl.SSLContext:
        if verify is True and cert is None and trust_env:
            return default(os.environ.get("SSL_CERT_FILE"), os.environ.get("SSL_CERT_DIR"))
        return build(verify=verify, cert=cert, trust_env=trust_env)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(httpx_transports, "create_ssl_context", create_ssl_context)
        yield
