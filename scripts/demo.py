"""The main job (`make demo`): start the sandbox, ask all three providers through the `mailstatus`
command, print what they say, stop the sandbox."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile

from mailstatus.sandbox import SandboxServer, environment
from mailstatus.sandbox.data import INFOBIP_BULK, NCP_SMALL_REQUEST, OPENTEXT_JOB

COMMANDS = [
    ["opentext", "status", OPENTEXT_JOB],
    ["ncp", "mails", NCP_SMALL_REQUEST, "--status", "F", "--status", "PF", "--all"],
    # The journal goes in the scratch folder the commands run in: the sandbox's reports are not
    # worth keeping in the user's state directory, where the command keeps them by default.
    ["infobip", "reports", "--bulk-id", INFOBIP_BULK, "--limit", "8", "--journal", "reports.db"],
]


def main() -> int:
    command = shutil.which("mailstatus", path=os.path.dirname(sys.executable)) or "mailstatus"
    with SandboxServer() as sandbox, tempfile.TemporaryDirectory() as scratch:
        print(f"sandbox on {sandbox.base_url}\n", flush=True)
        env = {**os.environ, **environment(sandbox.base_url), "COLUMNS": "200"}
        for args in COMMANDS:
            print(f"$ mailstatus {' '.join(args)}", flush=True)
            done = subprocess.run([command, *args], env=env, cwd=scratch, check=False)  # noqa: S603
            if done.returncode:
                return done.returncode
            print(flush=True)
    print("sandbox stopped")
    return 0


if __name__ == "__main__":
    sys.exit(main())
