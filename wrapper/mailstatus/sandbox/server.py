"""Serving the sandbox with uvicorn: in the foreground (`mailstatus sandbox`) or in a background
thread for Python code and tests (`SandboxServer`). Both run the app's lifespan, which pushes
Infobip reports when a notify URL is given (`create_app`) and stops pushing when the server stops."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable
from types import TracebackType
from typing import Any, Self

import uvicorn

from mailstatus.sandbox.app import create_app

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8765


def serve(
    host: str = DEFAULT_HOST,
    port: int = DEFAULT_PORT,
    *,
    on_listening: Callable[[str], object] | None = None,
    log_requests: bool = False,
    **app_options: Any,
) -> None:
    """Run the sandbox in the foreground until interrupted. The socket is bound first, so a port
    that is taken or a host that cannot be listened on raises OSError before anything runs;
    then `on_listening` is told the base URL (with the real port when `port` is 0). With
    `log_requests`, each request is logged (uvicorn's access log)."""
    app = create_app(**app_options)
    listening = listen(host, port)
    try:
        bound = listening.getsockname()[1]
        config = uvicorn.Config(
            app,
            log_level="info" if log_requests else "warning",
            access_log=log_requests,
            lifespan="on",
        )
        if on_listening is not None:
            shown = f"[{host}]" if ":" in host else host
            on_listening(f"http://{shown}:{bound}")
        uvicorn.Server(config).run(sockets=[listening])
    finally:
        listening.close()


def listen(host: str, port: int) -> socket.socket:
    """A TCP socket listening on `host` and `port`. It is made with the TCP protocol number,
    as asyncio makes its own: asyncio turns Nagle's algorithm off only on connections of such
    a socket, and with it on every answer waited 40 ms for the client's delayed ACK."""
    family, kind, proto, _, address = socket.getaddrinfo(
        host, port, type=socket.SOCK_STREAM, proto=socket.IPPROTO_TCP
    )[0]
    listening = socket.socket(family, kind, proto)
    try:
        listening.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listening.bind(address)
        listening.listen()
    except BaseException:
        listening.close()
        raise
    return listening


class SandboxServer:
    """The sandbox on loopback in a background thread; port 0 picks a free port.

    with SandboxServer() as sandbox:
        OpenTextClient(base_url=sandbox.base_url, ...)
    """

    def __init__(self, host: str = DEFAULT_HOST, port: int = 0, **app_options: Any) -> None:
        config = uvicorn.Config(
            create_app(**app_options), host=host, port=port, log_level="warning", lifespan="on"
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(
            target=self._server.run, name="mailstatus-sandbox", daemon=True
        )
        self.host: str = host
        #: The port given, and once started the one listened on.
        self.port: int = port

    @property
    def base_url(self) -> str:
        """The sandbox's URL, for any provider's client."""
        return f"http://{self.host}:{self.port}"

    def start(self, timeout: float = 10.0) -> Self:
        """Start serving and wait until the sandbox listens; RuntimeError if it does not within
        `timeout` seconds. `port` is then the real one."""
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the sandbox did not start")
            time.sleep(0.01)
        self.port = self._server.servers[0].sockets[0].getsockname()[1]
        return self

    def stop(self) -> None:
        """Stop serving and wait (up to 10 seconds) for the server thread to end."""
        self._server.should_exit = True
        self._thread.join(timeout=10)

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
