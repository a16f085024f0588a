"""Settings that fall back to environment variables: one table per provider, one rule for the
library and the CLI. A setting given wins over its variable; a scheme given a setting wins over
the environment's; a setting given is never ignored."""

from __future__ import annotations

import base64
from collections.abc import Callable

import httpx
import pytest

from mailstatus import (
    ConfigurationError,
    InfobipApiKeyAuth,
    InfobipIbssoAuth,
    InfobipOAuth2,
    NcpSignatureAuth,
    OpenTextOAuth2,
)
from mailstatus.infobip import auth as infobip
from mailstatus.ncp import auth as ncp
from mailstatus.ncp.client import BASE_URL_VARIABLES, base_url_from
from mailstatus.opentext import auth as opentext

SECRET = "S3CRET-given"


@pytest.fixture(autouse=True)
def no_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    for table in (opentext.VARIABLES, ncp.VARIABLES, infobip.VARIABLES, BASE_URL_VARIABLES):
        for variable in table.values():
            monkeypatch.delenv(variable, raising=False)


def authorization(auth: httpx.Auth) -> str:
    return next(auth.auth_flow(httpx.Request("GET", "https://x.test"))).headers["Authorization"]


def basic(username: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{username}:{password}".encode()).decode()


def test_a_password_given_completes_the_username_of_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("OPENTEXT_USERNAME", "user")
    monkeypatch.setenv("OPENTEXT_PASSWORD", "from-env")
    assert authorization(opentext.auth_from(password=SECRET)) == basic("user", SECRET)
    assert authorization(opentext.auth_from_env()) == basic("user", "from-env")


def test_a_password_given_goes_to_the_oauth2_password_grant_of_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name, value in [
        ("OPENTEXT_CLIENT_ID", "cid"),
        ("OPENTEXT_CLIENT_SECRET", "cs"),
        ("OPENTEXT_TENANT_ID", "acme"),
        ("OPENTEXT_USERNAME", "user"),
    ]:
        monkeypatch.setenv(name, value)
    auth = opentext.auth_from(password=SECRET)
    assert isinstance(auth, OpenTextOAuth2)
    assert auth.grant_type == "password"
    assert auth._password == SECRET


def test_a_scheme_given_wins_over_the_environments(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INFOBIP_API_KEY", "from-env")
    auth = infobip.auth_from(client_id="cid", client_secret=SECRET)
    assert isinstance(auth, InfobipOAuth2)
    assert auth.client_id == "cid"
    assert isinstance(infobip.auth_from_env(), InfobipApiKeyAuth)


def test_ibsso_given_either_way_wins_over_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INFOBIP_USERNAME", "user")
    monkeypatch.setenv("INFOBIP_PASSWORD", "pw")
    assert isinstance(infobip.auth_from(ibsso=True), InfobipIbssoAuth)
    assert isinstance(infobip.auth_from_env(), httpx.BasicAuth)
    monkeypatch.setenv("INFOBIP_USE_IBSSO", "1")
    assert isinstance(infobip.auth_from_env(), InfobipIbssoAuth)
    assert isinstance(infobip.auth_from(ibsso=False), httpx.BasicAuth)


@pytest.mark.parametrize(
    ("auth_from", "given", "variables"),
    [
        (infobip.auth_from, {"client_id": "cid"}, {"INFOBIP_API_KEY": "k"}),
        (infobip.auth_from, {"ibsso": True}, {"INFOBIP_API_KEY": "k"}),
        (opentext.auth_from, {"password": SECRET}, {}),
        (
            opentext.auth_from,
            {"tenant_id": "acme"},
            {"OPENTEXT_USERNAME": "u", "OPENTEXT_PASSWORD": "p"},
        ),
        (ncp.auth_from, {"secret_key": SECRET}, {}),
    ],
)
def test_a_setting_given_is_never_ignored_for_the_environments(
    monkeypatch: pytest.MonkeyPatch,
    auth_from: Callable[..., httpx.Auth],
    given: dict[str, object],
    variables: dict[str, str],
) -> None:
    """Its scheme is incomplete: an error naming the variables, not the other scheme, and
    no secret in the message."""
    for name, value in variables.items():
        monkeypatch.setenv(name, value)
    with pytest.raises(ConfigurationError, match="needs credentials") as caught:
        auth_from(**given)
    assert SECRET not in str(caught.value)


def test_an_empty_variable_counts_as_unset(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NCP_ACCESS_KEY", "AK")
    monkeypatch.setenv("NCP_SECRET_KEY", "SK")
    monkeypatch.setenv("NCP_LANG", "")
    auth = ncp.auth_from_env()
    assert isinstance(auth, NcpSignatureAuth)
    assert auth.lang is None
    assert ncp.auth_from(lang="en-US").lang == "en-US"


def test_an_unknown_setting_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="unknown setting"):
        ncp.auth_from(acces_key="AK")


def test_a_region_or_zone_given_wins_over_the_base_url_of_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("NCP_MAILER_BASE_URL", "http://127.0.0.1:9/api/v1")
    assert base_url_from() == "http://127.0.0.1:9/api/v1"
    assert base_url_from(region="SGN") == "https://mail.apigw.ntruss.com/api/v1-sgn"
    assert base_url_from(zone="gov") == "https://mail.apigw.gov-ntruss.com/api/v1"
    assert base_url_from(base_url="https://x.test", region="SGN") == "https://x.test"
    monkeypatch.delenv("NCP_MAILER_BASE_URL")
    monkeypatch.setenv("NCP_MAILER_ZONE", "gov")
    assert base_url_from() == "https://mail.apigw.gov-ntruss.com/api/v1"
    assert base_url_from(zone="public") == "https://mail.apigw.ntruss.com/api/v1"
