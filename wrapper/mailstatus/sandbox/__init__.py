"""A local sandbox of the three providers' status endpoints, for trying mailstatus without accounts.

Needs the `sandbox` extra (`pip install mailstatus[sandbox]`). Start it with `mailstatus sandbox`,
with `SandboxServer` from Python, or with the pytest fixture `mailstatus_sandbox`
(`pytest_plugins = ["mailstatus.sandbox.pytest_plugin"]`). Credentials: `sandbox.credentials`.
"""

from mailstatus.sandbox.app import create_app
from mailstatus.sandbox.credentials import environment
from mailstatus.sandbox.faults import Faults
from mailstatus.sandbox.server import SandboxServer, serve

__all__ = ["Faults", "SandboxServer", "create_app", "environment", "serve"]
