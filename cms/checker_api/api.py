"""The checker as an HTTP service: POST /api/check/, POST /api/check/pdf/, docs at /api/docs."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.core.exceptions import RequestDataTooBig
from django.http import HttpRequest, HttpResponse, JsonResponse
from ninja import NinjaAPI
from ninja.errors import HttpError

from . import service
from .auth import AdminSessionAuth, CheckerTokenAuth
from .errors import BadRequest, CheckerError, PayloadTooLarge
from .limits import ClientRateThrottle, ensure_body_within, read_body, time_limit
from .schemas import PROFILES, CheckRequest, ErrorOut, ReportOut

PDF_MAGIC = b"%PDF-"
ERROR_CODES = {401: "unauthorized", 403: "forbidden", 404: "not_found", 429: "rate_limited"}
ERROR_DETAILS = {
    401: "Send 'Authorization: Bearer <token>' with a valid, unrevoked token, or log in to the admin.",
    429: "Too many requests for this token; wait the seconds given in Retry-After.",
}
ERROR_RESPONSES = {code: ErrorOut for code in (400, 401, 403, 413, 429, 503)}

api = NinjaAPI(
    title="Aktionsplan checker",
    version="1.0.0",
    description=(
        "Plain-language and accessibility checks as a service. Authenticate with "
        "`Authorization: Bearer <token>` (`manage.py checker_token create NAME`) or an admin session. "
        "Every report has the shape of `checkreport.Report.to_dict()`."
    ),
    urls_namespace="checker_api",
    auth=[CheckerTokenAuth(), AdminSessionAuth()],
    throttle=[ClientRateThrottle()],
    docs_url="/docs",
    openapi_url="/openapi.json",
)


def json_error(status: int, body: dict[str, Any]) -> HttpResponse:
    response = JsonResponse(body, status=status)
    if status == 401:
        response["WWW-Authenticate"] = 'Bearer realm="checker"'
    return response


@api.exception_handler(CheckerError)
def checker_error(request: HttpRequest, error: CheckerError) -> HttpResponse:
    return json_error(error.status_code, error.as_dict())


@api.exception_handler(HttpError)
def http_error(request: HttpRequest, error: HttpError) -> HttpResponse:
    code = ERROR_CODES.get(error.status_code, "error")
    detail = ERROR_DETAILS.get(error.status_code, str(error))
    return json_error(error.status_code, {"code": code, "detail": detail})


@api.exception_handler(RequestDataTooBig)
def body_too_big(request: HttpRequest, error: RequestDataTooBig) -> HttpResponse:
    return checker_error(request, PayloadTooLarge(settings.DATA_UPLOAD_MAX_MEMORY_SIZE))


def run_within_limit(check: Callable[[], dict[str, Any]]) -> JsonResponse:
    with time_limit(settings.CHECKER_TIME_LIMIT_SECONDS):
        report = check()
    return JsonResponse(report, json_dumps_params={"ensure_ascii": False})


@api.post(
    "/check/",
    response={200: ReportOut, **ERROR_RESPONSES},
    summary="Check HTML or text",
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {"application/json": {"schema": CheckRequest.model_json_schema()}},
        }
    },
)
def check(request: HttpRequest) -> HttpResponse:
    """HTML gets plain-language and accessibility checks in one report; text gets plain language only."""
    submission = CheckRequest.from_body(read_body(request, settings.CHECKER_MAX_BODY_BYTES))
    if submission.html is not None:
        return run_within_limit(lambda: service.check_html(submission.html, submission.profile))
    return run_within_limit(lambda: service.check_text(submission.text, submission.profile))


@api.post(
    "/check/pdf/",
    response={200: ReportOut, **ERROR_RESPONSES},
    summary="Check a PDF",
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {
                "multipart/form-data": {
                    "schema": {
                        "type": "object",
                        "properties": {
                            "file": {"type": "string", "format": "binary"},
                            "profile": {"type": "string", "enum": list(PROFILES), "default": "de"},
                        },
                        "required": ["file"],
                    }
                }
            },
        }
    },
)
def check_pdf(request: HttpRequest) -> HttpResponse:
    """Accessibility of a PDF (tags, language, title, text alternatives…), uploaded as `file`;
    `profile` is the language variant the document should be in."""
    ensure_body_within(request, settings.CHECKER_MAX_PDF_BYTES)
    profile = request.POST.get("profile", "de")
    if profile not in PROFILES:
        raise BadRequest(f"Unknown profile {profile!r}; use one of: {', '.join(PROFILES)}.", field="profile")
    upload = request.FILES.get("file")
    if upload is None:
        raise BadRequest("Missing file: upload the PDF as multipart field 'file'.", field="file")
    if upload.size > settings.CHECKER_MAX_PDF_BYTES:
        raise PayloadTooLarge(settings.CHECKER_MAX_PDF_BYTES)
    data = upload.read()
    if not data.startswith(PDF_MAGIC):
        raise BadRequest("The upload is not a PDF (it does not start with %PDF-).", field="file")
    return run_within_limit(lambda: service.check_pdf(data, profile))
