import pytest
from bs4 import BeautifulSoup

from cms.accessibility.demo import load_accessibility_demo
from cms.accessibility.glossary import GlossaryTerm
from cms.accessibility.models import AccessibilityStatementPage, SiteGuidePage
from cms.compliance.demo import EXAMPLE_READERS

LOCALES = ("de", "en", "de-x-ls")


@pytest.mark.django_db
def test_demo_has_statement_and_guide_in_every_locale_linked_as_translations(demo):
    for model in (AccessibilityStatementPage, SiteGuidePage):
        pages = model.objects.live()
        assert sorted(p.locale.language_code for p in pages) == sorted(LOCALES)
        assert len({p.translation_key for p in pages}) == 1
    easy = AccessibilityStatementPage.objects.get(locale__language_code="de-x-ls")
    assert easy.title == "Barriere·freiheit auf dieser Website"
    assert easy.form_fields.first().label == "Was ist das Problem?"


@pytest.mark.django_db
def test_demo_loader_is_idempotent(demo):
    counts = (
        AccessibilityStatementPage.objects.count(),
        SiteGuidePage.objects.count(),
        GlossaryTerm.objects.count(),
    )
    load_accessibility_demo()
    assert counts == (
        AccessibilityStatementPage.objects.count(),
        SiteGuidePage.objects.count(),
        GlossaryTerm.objects.count(),
    )
    assert counts == (3, 3, 18)


@pytest.mark.django_db
@pytest.mark.parametrize("code", LOCALES)
def test_statement_renders_bitv_sections(demo, client, code):
    page = AccessibilityStatementPage.objects.get(locale__language_code=code)
    response = client.get(page.url)
    assert response.status_code == 200
    html = response.content.decode()
    for section in (
        "status-heading",
        "barriers-heading",
        "preparation-heading",
        "feedback-heading",
        "enforcement-heading",
    ):
        assert f'id="{section}"' in html
    honeypot = BeautifulSoup(html, "html.parser").select_one("div.form-honeypot")
    assert honeypot.has_attr("hidden") and honeypot.input["name"] == "website"
    assert 'name="form_started"' in html
    assert html.count("<h1") == 1
    assert STATUS_HEADING[code] in html  # the page chrome speaks the page's language


STATUS_HEADING = {
    "de": "Stand der Vereinbarkeit mit den Anforderungen",
    "en": "Status of compliance",
    "de-x-ls": "Wie barriere·frei ist die Website?",
}


@pytest.mark.django_db
@pytest.mark.parametrize("code", LOCALES)
def test_site_guide_has_sign_language_slot_with_text_alternative(demo, client, code):
    page = SiteGuidePage.objects.get(locale__language_code=code)
    html = client.get(page.url).content.decode()
    assert 'class="sign-language-video"' in html
    assert 'class="text-alternative"' in html
    assert (
        page.sign_language_videos[0]["text_alternative"].source in html.replace("\n", "") or "Website" in html
    )


@pytest.mark.django_db
@pytest.mark.parametrize("code", LOCALES)
def test_start_page_explains_the_site_in_leichte_sprache_and_sign_language(demo, client, code):
    soup = BeautifulSoup(client.get(demo[code].url).content, "html.parser")
    teaser = soup.select_one("section.site-guide-teaser")
    easy_read = SiteGuidePage.objects.get(locale__language_code="de-x-ls")
    link = teaser.find("a", href=easy_read.url)
    # Leichte Sprache is German: marked as such on the English page, so screen readers switch voice.
    assert link.find_parent("li")["lang"] == "de"
    video = teaser.select_one(".sign-language-video")
    assert video.select_one(".text-alternative").get_text(strip=True)
    footer_links = {a["href"] for a in soup.select("footer nav a")}
    statement = AccessibilityStatementPage.objects.get(locale__language_code=code)
    assert statement.url in footer_links and easy_read.url in footer_links


@pytest.mark.django_db
def test_test_reading_note_shows_only_for_the_content_that_was_read(demo, client):
    page = AccessibilityStatementPage.objects.get(locale__language_code="de-x-ls")
    html = client.get(page.url).content.decode()
    assert f"Geprüft von: {EXAMPLE_READERS}." in html
    assert "Dieser Text ist in Leichter Sprache." in html
    german = AccessibilityStatementPage.objects.get(locale__language_code="de")
    assert "Geprüft von" not in client.get(german.url).content.decode()
    # New live content that nobody has test-read yet: the note disappears.
    page.intro = "<p>Ein neuer Satz.</p>"
    revision = page.save_revision()
    page.live_revision = revision
    page.save()
    from cms.compliance.store import check_revision

    check_revision(revision)
    assert "Geprüft von" not in client.get(page.url).content.decode()
