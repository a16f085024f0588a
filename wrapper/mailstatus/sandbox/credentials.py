"""The sandbox's fixed credentials. They open nothing but the sandbox."""

from mailstatus.sandbox.data import NCP_SENS_SERVICE_ID

OPENTEXT_USER = "sandbox-user"
OPENTEXT_PASSWORD = "sandbox-password"  # noqa: S105
OPENTEXT_CLIENT_ID = "sandbox-client"
OPENTEXT_CLIENT_SECRET = "sandbox-client-secret"  # noqa: S105
OPENTEXT_TENANT = "sandbox"

NCP_ACCESS_KEY = "SANDBOXACCESSKEY0001"
NCP_SECRET_KEY = "sandbox-ncp-secret-key"  # noqa: S105

INFOBIP_API_KEY = "sandbox-api-key"
INFOBIP_USER = "sandbox-user"
INFOBIP_PASSWORD = "sandbox-password"  # noqa: S105
INFOBIP_CLIENT_ID = "sandbox-client"
INFOBIP_CLIENT_SECRET = "sandbox-client-secret"  # noqa: S105


def environment(base_url: str) -> dict[str, str]:
    """Environment variables that aim every client and the CLI at a sandbox at `base_url`."""
    return {
        "OPENTEXT_BASE_URL": base_url,
        "OPENTEXT_USERNAME": OPENTEXT_USER,
        "OPENTEXT_PASSWORD": OPENTEXT_PASSWORD,
        "NCP_MAILER_BASE_URL": f"{base_url}/api/v1",
        "NCP_ACCESS_KEY": NCP_ACCESS_KEY,
        "NCP_SECRET_KEY": NCP_SECRET_KEY,
        # SENS mail v2: its paths start at the host (`/mail/v2/services/{serviceId}/...`).
        "NCP_SENS_BASE_URL": base_url,
        "NCP_SENS_SERVICE_ID": NCP_SENS_SERVICE_ID,
        "INFOBIP_BASE_URL": base_url,
        "INFOBIP_API_KEY": INFOBIP_API_KEY,
    }
