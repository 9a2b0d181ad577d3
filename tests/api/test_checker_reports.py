"""The service returns what the compliance gate reports for the same content, as one report."""

import json

from django.test import override_settings

import a11y_checks
import plainlanguage
from checkreport import Report
from cms.compliance.pipeline import check_content
from cms.compliance.profiles import defaults_for

MEASURE_HTML = """
<h2>Sprachkurse für Eltern</h2>
<p>Die Volkshochschule bietet Kurse für Mütter und Väter an. Die Kurse sind am Vormittag.
Während des Kurses werden die Kinder in der Kita betreut, wobei die Anmeldung, die über das
Elternportal der Landeshauptstadt erfolgt, spätestens zwei Wochen vor Kursbeginn vorliegen muss,
damit die Betreuung durch das Jugendamt rechtzeitig organisiert werden kann.</p>
<img src="/media/kurs.jpg">
<p><a href="/de/anmeldung/">hier</a></p>
"""
LEICHTE_SPRACHE = (
    "Es gibt Kurse für Eltern. Die Kurse sind am Vormittag. Ihre Kinder sind in der Zeit in der Kita."
)


def post(client, bearer, **payload):
    return client.post("/api/check/", payload, content_type="application/json", **bearer)


def as_json(data):
    return json.loads(json.dumps(data))


def test_html_report_is_the_gates_check_under_the_locale_defaults(client, bearer):
    response = post(client, bearer, profile="de", html=MEASURE_HTML)
    assert response.status_code == 200
    report, text = check_content(defaults_for("de"), markup=MEASURE_HTML)
    assert response.json() == as_json({**report.to_dict(), "text": text})

    severities = {finding["rule"]: finding["severity"] for finding in response.json()["findings"]}
    text_rules = set(plainlanguage.RULES) & set(severities)
    markup_rules = {rule.id for rule in a11y_checks.RULES} & set(severities)
    assert text_rules and markup_rules  # one report from both checkers
    # the site treats a generic link text as blocking; the API says so too, as the gate does
    assert severities["link-generic-text"] == "error"
    assert Report.from_dict(response.json()).to_dict() == report.to_dict()


def test_a_document_with_a_leading_comment_is_checked_as_a_document(client, bearer):
    document = (
        '<!-- Vorlage Kurse -->\n<!doctype html><html lang="de"><head></head>'
        "<body><main><p>Die Kurse sind am Vormittag.</p></main></body></html>"
    )
    data = post(client, bearer, profile="de", html=document).json()
    assert "document-title" in {finding["rule"] for finding in data["findings"]}


def test_text_gets_plain_language_only(client, bearer):
    response = post(client, bearer, profile="de-x-ls", text=LEICHTE_SPRACHE)
    assert response.status_code == 200
    expected = plainlanguage.analyze(LEICHTE_SPRACHE, profile="de-x-ls")
    data = response.json()
    assert data["checker"] == "compliance" and data["profile"] == "de-x-ls"
    assert data["score"] == expected.score and data["passed"] == expected.passed
    assert data["findings"] == as_json([f.to_dict() for f in expected.findings])
    assert data["text"] == expected.text
    assert set(data["metrics"]) == {"plainlanguage"}


def test_finding_offsets_index_the_returned_text(client, bearer):
    data = post(client, bearer, profile="de", html=MEASURE_HTML).json()
    located = [f for f in data["findings"] if f["start"] is not None]
    assert located
    for finding in located:
        assert data["text"][finding["start"] : finding["end"]].startswith(finding["excerpt"].rstrip("…"))


def test_service_profiles_are_the_library_profiles():
    from cms.checker_api.schemas import PROFILES

    assert set(PROFILES) == set(plainlanguage.PROFILES)


@override_settings(CHECKER_TIME_LIMIT_SECONDS=0.005)
def test_a_check_over_the_time_limit_is_stopped(client, bearer):
    long_html = (
        "<p>"
        + " ".join(["Die Stadt fördert Sprachkurse, Beratung und Begegnung in allen Stadtteilen."] * 400)
        + "</p>"
    )
    response = post(client, bearer, profile="de", html=long_html)
    assert response.status_code == 503
    assert response.json()["code"] == "check_timeout"


def test_pdf_report_is_the_library_report(client, bearer):
    from io import BytesIO

    import pikepdf
    from django.core.files.uploadedfile import SimpleUploadedFile

    pdf = pikepdf.new()
    pdf.add_blank_page()
    buffer = BytesIO()
    pdf.save(buffer)
    data = buffer.getvalue()
    upload = SimpleUploadedFile("aktionsplan.pdf", data, content_type="application/pdf")
    response = client.post("/api/check/pdf/", {"file": upload, "profile": "en"}, **bearer)
    assert response.status_code == 200
    assert response.json() == as_json(a11y_checks.check_pdf(data, lang="en").to_dict())
    assert response.json()["errors"] > 0  # an untagged PDF without title or language
