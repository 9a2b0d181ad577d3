"""The checker API and the feedback form resist abuse: size, rate and time limits, no outbound fetch."""

import datetime
import io
import socket
import time

import pikepdf
import pytest
from django.test import Client, override_settings
from wagtail.models import Locale, Page, Site

from cms.accessibility.models import AccessibilityStatementPage, FeedbackFormField
from cms.accessibility.spam import MULTI_LINE_MAX, STARTED_FIELD, issue_token
from cms.checker_api.models import CheckerToken
from cms.core.models import HomePage
from cms.security.ratelimit import Rate, hit

# Every way HTML can point a fetcher at another host (SSRF bait; 169.254.169.254 is cloud metadata).
REMOTE_REFERENCES = """
<html lang="de"><head><title>Test</title>
<link rel="stylesheet" href="http://169.254.169.254/latest/meta-data/">
<style>@import url("http://internal.example/x.css"); p { background: url(http://10.0.0.1/b.png) }</style>
<script src="http://127.0.0.1:6379/"></script></head>
<body><h1>Wohnen</h1>
<p>Die Stadt hilft beim Wohnen. <img src="http://169.254.169.254/latest/meta-data/iam" alt="Karte"></p>
<iframe src="http://localhost:5432/" title="Karte"></iframe><object data="file:///etc/passwd"></object>
<a href="http://10.0.0.2/admin">Verwaltung</a><video src="gopher://127.0.0.1:25/"></video>
<svg><image href="http://192.168.0.1/x.svg"/></svg></body></html>
"""


@pytest.fixture
def no_network(monkeypatch):
    """Record, and refuse, every attempt to open a connection or resolve a name."""
    attempts = []

    def refuse(*args, **kwargs):
        attempts.append(args[:2])
        raise OSError("outbound network access during a check")

    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket.socket, "connect", lambda self, *args: refuse(*args))
    monkeypatch.setattr(socket.socket, "connect_ex", lambda self, *args: refuse(*args))
    return attempts


@pytest.fixture
def bearer(db):
    _, token = CheckerToken.issue("missbrauchstest")
    return {"HTTP_AUTHORIZATION": f"Bearer {token}"}


def check(client: Client, bearer: dict, **payload):
    return client.post("/api/check/", payload, content_type="application/json", **bearer)


# Checker API --------------------------------------------------------------------------------


def test_checking_html_with_remote_references_opens_no_connection(no_network, bearer):
    response = check(Client(), bearer, profile="de", html=REMOTE_REFERENCES)
    assert response.status_code == 200, response.content[:500]
    assert response.json()["findings"] is not None
    assert no_network == []


def test_checking_a_pdf_with_remote_links_opens_no_connection(no_network, bearer):
    pdf = pikepdf.new()
    pdf.add_blank_page()
    pdf.Root.OpenAction = pikepdf.Dictionary(
        S=pikepdf.Name.URI, URI=pikepdf.String("http://169.254.169.254/")
    )
    pdf.Root.Lang = pikepdf.String("de")
    buffer = io.BytesIO()
    pdf.save(buffer)
    buffer.seek(0)
    buffer.name = "bericht.pdf"
    response = Client().post("/api/check/pdf/", {"file": buffer}, **bearer)
    assert response.status_code == 200, response.content[:500]
    assert no_network == []


def test_the_network_guard_itself_notices_a_connection(no_network):
    with pytest.raises(OSError):
        socket.create_connection(("169.254.169.254", 80))
    assert no_network == [(("169.254.169.254", 80),)]


@override_settings(CHECKER_MAX_BODY_BYTES=10_000)
def test_checker_refuses_oversized_bodies_before_reading_them(bearer):
    response = check(Client(), bearer, profile="de", text="Die Stadt hilft. " * 1000)
    assert response.status_code == 413
    assert response["Content-Type"].startswith("application/json")


@override_settings(CHECKER_RATE_LIMIT="3/min")
def test_checker_rate_limit_per_token(bearer, db):
    client = Client()
    statuses = [check(client, bearer, profile="de", text="Die Stadt hilft.").status_code for _ in range(5)]
    assert statuses == [200, 200, 200, 429, 429]
    _, other = CheckerToken.issue("zweites-token")
    assert (
        check(client, {"HTTP_AUTHORIZATION": f"Bearer {other}"}, profile="de", text="Hallo.").status_code
        == 200
    )


@override_settings(CHECKER_TIME_LIMIT_SECONDS=0.01)
def test_checker_stops_a_check_at_the_time_limit(bearer):
    long_text = " ".join(
        f"Die Stadtverwaltung bietet im Stadtteil {n} eine ausführliche Beratung zum Wohnen an."
        for n in range(3000)
    )
    response = check(Client(), bearer, profile="de", text=long_text)
    assert response.status_code == 503
    assert "limit" in response.json()["detail"]


def test_checker_without_credentials_gets_401_not_a_check(db):
    response = Client().post(
        "/api/check/", {"profile": "de", "text": "Hallo."}, content_type="application/json"
    )
    assert response.status_code == 401


# Feedback form ------------------------------------------------------------------------------


@pytest.fixture
def statement(db):
    locale = Locale.objects.get_or_create(language_code="de")[0]
    home = Page.get_first_root_node().add_child(
        instance=HomePage(title="Start", slug="start-f", locale=locale)
    )
    Site.objects.update_or_create(is_default_site=True, defaults={"hostname": "localhost", "root_page": home})
    text = "<p>Kontakt.</p>"
    page = home.add_child(
        instance=AccessibilityStatementPage(
            title="Barrierefreiheit",
            slug="barrierefreiheit",
            locale=locale,
            scope="Diese Website",
            conformance_status="partial",
            prepared_on=datetime.date(2026, 1, 1),
            last_reviewed_on=datetime.date(2026, 6, 1),
            preparation_method=text,
            feedback_intro=text,
            contact=text,
            enforcement=text,
        )
    )
    FeedbackFormField.objects.create(page=page, label="Ihre Nachricht", field_type="multiline", required=True)
    return page


def send_feedback(page, message: str, client: Client | None = None):
    return (client or Client()).post(
        page.url, {"ihre_nachricht": message, STARTED_FIELD: issue_token(now=time.time() - 30)}
    )


def stored(page) -> int:
    return page.get_submission_class().objects.filter(page=page).count()


def test_feedback_longer_than_the_limit_is_refused_and_kept_in_the_form(statement):
    message = "Der Kontrast ist zu schwach. " * (MULTI_LINE_MAX // 20)
    response = send_feedback(statement, message)
    assert response.status_code == 200
    assert stored(statement) == 0
    assert response.context["form"].errors["ihre_nachricht"]
    assert "Der Kontrast ist zu schwach." in response.content.decode()


def test_feedback_bodies_over_the_upload_limit_are_refused(statement):
    with override_settings(DATA_UPLOAD_MAX_MEMORY_SIZE=50_000):
        response = send_feedback(statement, "x" * 60_000)
    assert response.status_code == 400
    assert stored(statement) == 0


@override_settings(FORM_RATE_LIMIT="3/hour")
def test_feedback_rate_limit_per_client_keeps_what_was_typed(statement):
    client = Client(REMOTE_ADDR="203.0.113.7")
    statuses = [
        send_feedback(statement, f"Barriere Nummer {n} auf der Seite Wohnen.", client).status_code
        for n in range(3)
    ]
    assert statuses == [200, 200, 200]
    refused = send_feedback(statement, "Die vierte Nachricht in kurzer Zeit.", client)
    assert refused.status_code == 429
    assert int(refused["Retry-After"]) > 0
    assert "Die vierte Nachricht in kurzer Zeit." in refused.content.decode()
    assert "zu viele Nachrichten" in refused.content.decode()
    assert stored(statement) == 3
    # Another client is not affected.
    assert (
        send_feedback(
            statement, "Eine Nachricht von woanders.", Client(REMOTE_ADDR="198.51.100.4")
        ).status_code
        == 200
    )


def test_rate_windows_count_and_reset():
    rate = Rate.parse("2/minute")
    assert rate == Rate(2, 60)
    assert [hit("t", rate, now=120.0)[0] for _ in range(3)] == [True, True, False]
    assert hit("t", rate, now=185.0)[0] is True
