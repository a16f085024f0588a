"""Which NCP mail API a client talks to: SENS mail v2 in the public zone (where NAVER folded the
Outbound Mailer into SENS), the Outbound Mailer v1 in the government and financial zones, or
whichever `api` names (public-zone projects migrated from the mailer keep v1 for a while)."""

from __future__ import annotations

from typing import Literal, Unpack

from mailstatus._client import AsyncSettings, SyncSettings
from mailstatus.errors import ConfigurationError
from mailstatus.ncp.client import AsyncNcpMailerClient, NcpMailerClient, ncp_base_url
from mailstatus.ncp.sens import AsyncSensMailClient, SensMailClient

Api = Literal["v1", "v2"]


def _api(api: Api | None, zone: str) -> Api:
    if api is None:
        return "v2" if zone == "public" else "v1"
    if api not in ("v1", "v2"):
        raise ConfigurationError(f"api must be 'v1' or 'v2', not {api!r}")
    return api


def mail_client(
    *,
    zone: str = "public",
    region: str = "KR",
    api: Api | None = None,
    service_id: str | None = None,
    **settings: Unpack[SyncSettings],
) -> NcpMailerClient | SensMailClient:
    """A client of the zone's mail API: `SensMailClient(service_id)` for v2, else an
    `NcpMailerClient` on `ncp_base_url(region, zone)` (a `base_url` given wins)."""
    if _api(api, zone) == "v2":
        if zone != "public":
            raise ConfigurationError("SENS mail v2 serves the public zone only")
        return SensMailClient(service_id, **settings)
    settings.setdefault("base_url", ncp_base_url(region, zone))
    return NcpMailerClient(**settings)


def async_mail_client(
    *,
    zone: str = "public",
    region: str = "KR",
    api: Api | None = None,
    service_id: str | None = None,
    **settings: Unpack[AsyncSettings],
) -> AsyncNcpMailerClient | AsyncSensMailClient:
    """The async twin of `mail_client`."""
    if _api(api, zone) == "v2":
        if zone != "public":
            raise ConfigurationError("SENS mail v2 serves the public zone only")
        return AsyncSensMailClient(service_id, **settings)
    settings.setdefault("base_url", ncp_base_url(region, zone))
    return AsyncNcpMailerClient(**settings)
