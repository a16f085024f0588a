"""The sandbox's OpenText Messaging: job status, Basic or OAuth2 bearer auth, the token endpoint."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from mailstatus.sandbox import credentials as cred
from mailstatus.sandbox._auth import TokenStore, basic_matches, form_fields, same
from mailstatus.sandbox.data import SandboxData
from mailstatus.sandbox.responses import JSONResponse
from mailstatus.sandbox.validation import SpecCheck


def _fault(status: int, text: str, code: str) -> JSONResponse:
    return JSONResponse({"fault": {"faultstring": text, "detail": {"errorcode": code}}}, status)


def _sentence(problems: dict[str, list[str]]) -> str:
    return "; ".join(f"{name}: {', '.join(found)}" for name, found in problems.items())


def routes(data: SandboxData, tokens: TokenStore, spec: SpecCheck) -> list[Route]:
    """The OpenText endpoints: the token endpoint and each job's status."""

    def refused(request: Request) -> Response | None:
        header = request.headers.get("authorization", "")
        if header.startswith("Basic "):
            if basic_matches(header, cred.OPENTEXT_USER, cred.OPENTEXT_PASSWORD):
                return None
            return _fault(401, "Invalid Credentials", "oauth.v2.InvalidApiKey")
        if header.startswith("Bearer "):
            why = tokens.check(header.removeprefix("Bearer "))
            if why is None:
                return None
            if why == "expired":
                return _fault(
                    401, "Access Token expired", "keymanagement.service.access_token_expired"
                )
            return _fault(401, "Invalid Access Token", "keymanagement.service.invalid_access_token")
        return _fault(401, "Missing credentials", "oauth.v2.MissingCredentials")

    async def status(request: Request) -> Response:
        if (answer := refused(request)) is not None:
            return answer
        if problems := spec.problems(request):
            return JSONResponse({"code": "E400", "message": _sentence(problems)}, 400)
        job_id = request.query_params["job_id"]
        job = data.opentext_jobs.get(job_id)
        if job is None:
            return JSONResponse(
                {"code": "E404", "message": f"no job {job_id} (unknown or purged)"}, 404
            )
        return JSONResponse(job)

    async def token(request: Request) -> Response:
        if request.path_params["tenant_id"] != cred.OPENTEXT_TENANT:
            return JSONResponse(
                {"error": "invalid_request", "error_description": "unknown tenant"}, 404
            )
        form = await form_fields(request)
        grant = form.get("grant_type")
        if grant == "client_credentials":
            ok = basic_matches(
                request.headers.get("authorization", ""),
                cred.OPENTEXT_CLIENT_ID,
                cred.OPENTEXT_CLIENT_SECRET,
            )
        elif grant == "password":
            ok = (
                same(form.get("client_id"), cred.OPENTEXT_CLIENT_ID)
                & same(form.get("client_secret"), cred.OPENTEXT_CLIENT_SECRET)
                & same(form.get("username"), cred.OPENTEXT_USER)
                & same(form.get("password"), cred.OPENTEXT_PASSWORD)
            )
        else:
            return JSONResponse({"error": "unsupported_grant_type"}, 400)
        if not ok:
            return JSONResponse({"error": "invalid_client"}, 401)
        return JSONResponse(
            {
                "access_token": tokens.issue(),
                "token_type": "Bearer",
                "expires_in": int(tokens.lifetime),
            }
        )

    return [
        Route("/mra/v1/outbound/emails/status", status, methods=["GET"]),
        Route("/tenants/{tenant_id}/oauth2/token", token, methods=["POST"]),
    ]
