"""The gate checks the rendered page against the page's own locale (html-lang-expected)."""

import pytest

from cms.compliance import checks
from cms.compliance.profiles import rules_for

from .conftest import GOOD_TEXT, make_article, tree_root

pytestmark = pytest.mark.django_db
RULE = "html-lang-expected"
ENGLISH_TEXT = "<p>The city helps people who are new here. They learn German. They find work.</p>"


@pytest.fixture
def en_home(locales, home):
    from wagtail.models import Page

    # a draft: Wagtail's bare Page template says lang="de" whatever the locale, so the save guard
    # (rightly) refuses a live one
    return tree_root(locales).add_child(
        instance=Page(title="Home", slug="home-en", locale=locales["en"], live=False)
    )


def rendered_rules(page) -> set[str]:
    return {f.rule for f in checks.run_checks(page, rules_for(page)).report.findings}


def test_pages_rendered_by_their_template_fit_their_locale(home, en_home, ls_home):
    german = make_article(home, title="Angebote", summary=f"<p>{GOOD_TEXT}</p>")
    english = make_article(en_home, title="Offers", summary=ENGLISH_TEXT)
    easy = make_article(ls_home, title="Hilfe", summary="<p>Die Stadt hilft.</p>")
    assert 'lang="en"' in checks.render(english) and 'lang="de-x-ls"' in checks.render(easy)
    for page in (german, english, easy):
        assert RULE not in rendered_rules(page)


def test_an_english_page_whose_template_says_german_is_blocked(en_home, monkeypatch):
    page = make_article(en_home, title="Offers", summary=ENGLISH_TEXT)
    real_render = checks.render
    # A template that hard-codes the site's main language instead of the page's.
    monkeypatch.setattr(checks, "render", lambda p: real_render(p).replace('lang="en"', 'lang="de"', 1))
    report = checks.run_checks(page, rules_for(page)).report
    (finding,) = [f for f in report.findings if f.rule == RULE]
    assert finding.severity == "error" and '"en"' in finding.message.en
