"""A field's HTML is checked where the template shows it: once, in place, its findings named."""

from __future__ import annotations

import json

import pytest

from cms.compliance import checks
from cms.compliance.profiles import rules_for

from .conftest import GOOD_TEXT, make_article

pytestmark = pytest.mark.django_db

LINK_HIER = f'<p>{GOOD_TEXT} Mehr lesen Sie <a href="https://example.org/arbeit">hier</a>.</p>'
# an h3 block after an h2 block: in place no level is skipped; on its own, under the page's h1, one is
SECTION = f"<h2>Arbeit</h2><p>{GOOD_TEXT}</p>"
SUBSECTION = f"<h3>Beratung</h3><p>{GOOD_TEXT}</p>"


def article_with_blocks(home):
    body = [
        {"type": "paragraph", "value": SECTION},
        {"type": "paragraph", "value": LINK_HIER},
        {"type": "paragraph", "value": SUBSECTION},
    ]
    return make_article(home, body=json.dumps(body))


def html_findings(report, *rules: str) -> list[tuple[str, str, str]]:
    return sorted((f.rule, f.field, f.location) for f in report.findings if f.rule in rules)


def test_block_findings_are_found_in_place_and_named_once(home):
    page = article_with_blocks(home)
    report = checks.run_checks(page, rules_for(page)).report
    assert html_findings(report, "link-generic-text", "heading-order") == [
        ("link-generic-text", "body[1]", "p > a"),
    ]


def test_the_worker_is_not_sent_the_html_the_page_shows(home, worker_requests):
    page = article_with_blocks(home)
    checks.run_checks(page, rules_for(page))
    assert worker_requests and all(request["fragments"] is None for request in worker_requests)


def test_html_the_template_does_not_show_is_checked_on_its_own(home, monkeypatch):
    page = article_with_blocks(home)
    render = checks.render
    # a template that leaves out the second block: its HTML is checked as a fragment instead
    monkeypatch.setattr(checks, "render", lambda page: render(page).replace(LINK_HIER, ""))
    report = checks.run_checks(page, rules_for(page)).report
    assert html_findings(report, "link-generic-text", "heading-order") == [
        ("link-generic-text", "body[1]", "p > a"),
    ]


def test_a_page_that_does_not_render_still_gets_its_fields_checked(home, monkeypatch):
    page = article_with_blocks(home)

    def broken(page):
        raise RuntimeError("template missing")

    monkeypatch.setattr(checks, "render", broken)
    report = checks.run_checks(page, rules_for(page)).report
    assert ("link-generic-text", "body[1]", "p > a") in html_findings(report, "link-generic-text")
    # on its own, the h3 sits under the page's h1: a gap, named at its block
    assert ("heading-order", "body[2]", "h3") in html_findings(report, "heading-order")
    assert any(f.rule == checks.CHECKER_FAILED for f in report.findings)


def test_a_field_the_template_shows_twice_is_reported_once_at_its_field(home, monkeypatch):
    page = make_article(home, body=json.dumps([{"type": "paragraph", "value": LINK_HIER}]))
    render = checks.render
    # the template shows the block again, in a teaser box
    monkeypatch.setattr(
        checks, "render", lambda page: render(page).replace("</main>", f"<aside>{LINK_HIER}</aside></main>")
    )
    report = checks.run_checks(page, rules_for(page)).report
    assert html_findings(report, "link-generic-text") == [("link-generic-text", "body[0]", "p > a")]


def test_each_of_many_blocks_keeps_its_findings(home):
    """The checker lists at most 100 findings of a rule: per field, as if each were checked alone."""
    body = [
        {"type": "paragraph", "value": f'<p>{GOOD_TEXT} Mehr <a href="https://example.org/{i}">hier</a>.</p>'}
        for i in range(130)
    ]
    page = make_article(home, body=json.dumps(body))
    report = checks.run_checks(page, rules_for(page)).report
    fields = [f.field for f in report.findings if f.rule == "link-generic-text"]
    assert sorted(fields) == sorted(f"body[{i}]" for i in range(130))
