"""A field's HTML is checked once per process: the same HTML under the same rules gives the same
findings without running the checker again; other rules or a failed check are not taken from it."""

import pytest

import a11y_checks
from cms.compliance import pipeline
from cms.compliance.pipeline import CHECKER_FAILED, check_fragment
from cms.compliance.profiles import defaults_for
from cms.compliance.units import HTML, Unit

LINK = '<p>Alle Termine finden Sie <a href="https://example.org/termine">hier</a>.</p>'


@pytest.fixture(autouse=True)
def empty_cache():
    pipeline.clear_fragment_cache()
    yield
    pipeline.clear_fragment_cache()


@pytest.fixture
def counted(monkeypatch):
    calls = []
    real = a11y_checks.check_html

    def check_html(markup, **kwargs):
        calls.append(markup)
        return real(markup, **kwargs)

    monkeypatch.setattr(a11y_checks, "check_html", check_html)
    return calls


def test_the_same_html_is_checked_once_with_the_same_findings(counted):
    first = check_fragment(LINK, "de", {})
    second = check_fragment(LINK, "de", {})
    assert len(counted) == 1
    assert [f.to_dict() for f in first.findings] == [f.to_dict() for f in second.findings]
    assert any(f.rule == "link-generic-text" for f in second.findings)


@pytest.mark.django_db  # the default rules read the site's glossary
def test_each_field_gets_its_own_path_from_one_check(worker_requests):
    """Two blocks with the same HTML: the worker is sent it once, each block gets its findings."""
    units = [Unit("body[0]", HTML, text="", html=LINK), Unit("body[1]", HTML, text="", html=LINK)]
    pending = pipeline.start_checks(units, defaults_for("de"), {}, {})
    reports = pending.fragments()
    assert [request["fragments"]["html"] for request in worker_requests] == [[LINK]]
    assert [{f.field for f in report.findings if f.rule == "link-generic-text"} for report in reports] == [
        {"body[0]"},
        {"body[1]"},
    ]
    again = pipeline.start_checks(units, defaults_for("de"), {}, {})
    again.collect()  # (it asked the worker for the text, which the first did not keep)
    assert again.cold_keys == []  # the HTML is kept now


def test_other_severities_or_language_are_checked_anew(counted):
    check_fragment(LINK, "de", {})
    turned_off = check_fragment(LINK, "de", {"link-generic-text": "off"})
    check_fragment(LINK, "en", {})
    assert len(counted) == 3
    assert not any(f.rule == "link-generic-text" for f in turned_off.findings)


def test_a_failed_check_is_not_kept(monkeypatch):
    real = a11y_checks.check_html

    def broken(markup, **kwargs):
        raise RuntimeError("checker bug")

    monkeypatch.setattr(a11y_checks, "check_html", broken)
    assert any(f.rule == CHECKER_FAILED for f in check_fragment(LINK, "de", {}).findings)
    monkeypatch.setattr(a11y_checks, "check_html", real)
    assert not any(f.rule == CHECKER_FAILED for f in check_fragment(LINK, "de", {}).findings)
