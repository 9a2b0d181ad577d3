"""Clear JSON errors for oversized, malformed and too frequent requests."""

import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings


def post_json(client, body, headers):
    data = body if isinstance(body, bytes | str) else json.dumps(body)
    return client.post("/api/check/", data, content_type="application/json", **headers)


def test_body_over_the_limit_is_413(client, bearer):
    html = "<p>" + "Die Stadt fördert Sprachkurse. " * 80_000 + "</p>"  # about 2.5 MB
    response = post_json(client, {"profile": "de", "html": html}, bearer)
    assert response.status_code == 413
    assert response.json() == {
        "code": "payload_too_large",
        "detail": "Request body is larger than the limit of 2097152 bytes.",
    }


@override_settings(CHECKER_MAX_PDF_BYTES=1024)
def test_pdf_over_the_limit_is_413(client, bearer):
    upload = SimpleUploadedFile("plan.pdf", b"%PDF-1.7\n" + b"0" * 4096, content_type="application/pdf")
    response = client.post("/api/check/pdf/", {"file": upload}, **bearer)
    assert response.status_code == 413
    assert "1024 bytes" in response.json()["detail"]


@pytest.mark.parametrize(
    ("body", "detail", "field"),
    [
        (b'{"profile": "de", "text": ', "Body is not valid JSON", None),
        (b"\xff\xfe", "Body is not valid JSON", None),
        (b'["de", "Text"]', "Body must be a JSON object", None),
        (
            {"profile": "fr", "text": "Bonjour."},
            "Unknown profile 'fr'; use one of: de, en, de-x-ls.",
            "profile",
        ),
        ({"text": "Hallo."}, "Missing field 'profile'.", "profile"),
        ({"profile": "de"}, "Send the content in exactly one of 'html' or 'text'.", None),
        ({"profile": "de", "text": "a", "html": "<p>b</p>"}, "exactly one of 'html' or 'text'", None),
        ({"profile": "de", "html": ["<p>"]}, "Field 'html': Input should be a valid string.", "html"),
    ],
)
def test_bad_request_names_the_problem(client, bearer, body, detail, field):
    response = post_json(client, body, bearer)
    assert response.status_code == 400
    data = response.json()
    assert data["code"] == "bad_request"
    assert detail in data["detail"]
    assert data.get("field") == field


def test_pdf_endpoint_rejects_missing_and_non_pdf_uploads(client, bearer):
    missing = client.post("/api/check/pdf/", {}, **bearer)
    assert missing.status_code == 400 and missing.json()["field"] == "file"
    html = SimpleUploadedFile(
        "plan.pdf", b"<html><body>kein PDF</body></html>", content_type="application/pdf"
    )
    not_pdf = client.post("/api/check/pdf/", {"file": html}, **bearer)
    assert not_pdf.status_code == 400 and "not a PDF" in not_pdf.json()["detail"]
    pdf = SimpleUploadedFile("plan.pdf", b"%PDF-1.7\n", content_type="application/pdf")
    french = client.post("/api/check/pdf/", {"file": pdf, "profile": "fr"}, **bearer)
    assert french.status_code == 400 and french.json()["field"] == "profile"


@override_settings(CHECKER_RATE_LIMIT="3/day")
def test_rate_limit_per_token_is_429_with_retry_after(client, bearer, token):
    from cms.checker_api.models import CheckerToken

    statuses = [post_json(client, {"text": "x"}, bearer).status_code for _ in range(3)]
    assert statuses == [400, 400, 400]
    limited = post_json(client, {"text": "x"}, bearer)
    assert limited.status_code == 429
    assert limited.json()["code"] == "rate_limited"
    assert 0 < int(limited["Retry-After"]) <= 86400

    other = {"HTTP_AUTHORIZATION": f"Bearer {CheckerToken.issue('redaktionsskript')[1]}"}
    assert post_json(client, {"text": "x"}, other).status_code == 400


@override_settings(CHECKER_MAX_BODY_BYTES=1000)
def test_body_without_declared_length_is_measured_too():
    from django.test import RequestFactory

    from cms.checker_api.errors import PayloadTooLarge
    from cms.checker_api.limits import read_body

    request = RequestFactory().post("/api/check/", b"x" * 2000, content_type="application/json")
    del request.META["CONTENT_LENGTH"]  # as with Transfer-Encoding: chunked
    request._body = b"x" * 2000
    with pytest.raises(PayloadTooLarge):
        read_body(request, 1000)
