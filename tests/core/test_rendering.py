"""Every page renders in every variant with the right language, alternates and language switcher."""

import pytest
from bs4 import BeautifulSoup
from django.test import Client
from wagtail.models import Locale, Page

from cms.core.models import ContentPage
from cms.plan.models import PlanPage
from tests.a11y_checks.test_soup import bs4_refused, by_bs4, shape  # noqa: F401 (bs4_refused: a fixture)

LANGUAGE_NAMES = {"de": "Deutsch", "en": "English", "de-x-ls": "Leichte Sprache"}


def live_pages():
    return Page.objects.filter(depth__gt=1, live=True).select_related("locale").specific()


def get_html(client: Client, url: str) -> BeautifulSoup:
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")


def test_every_page_renders_with_its_language_and_landmarks(demo):
    client = Client()
    pages = list(live_pages())
    assert {page.locale.language_code for page in pages} == set(LANGUAGE_NAMES)
    for page in pages:
        soup = get_html(client, page.url)
        assert soup.html["lang"] == page.locale.language_code, page.url
        assert len(soup.find_all("h1")) == 1, page.url
        assert soup.find("main", id="main") is not None
        assert soup.find("header") is not None and soup.find("footer") is not None
        skip = soup.find("a", class_="skip-link")
        assert skip is not None and skip["href"] == "#main"


def test_alternates_list_every_live_translation_and_a_default(demo):
    client = Client()
    for page in live_pages():
        soup = get_html(client, page.url)
        alternates = {link["hreflang"]: link["href"] for link in soup.find_all("link", rel="alternate")}
        expected = {
            variant.locale.language_code: variant.full_url
            for variant in page.get_translations(inclusive=True).live()
        }
        assert {code: url for code, url in alternates.items() if code != "x-default"} == expected, page.url
        assert alternates["x-default"] == expected["de"]


def test_language_switcher_names_languages_in_their_own_language_and_links_resolve(demo):
    client = Client()
    for page in live_pages():
        soup = get_html(client, page.url)
        switcher = soup.find("nav", class_="language-switcher")
        links = {link["lang"]: link for link in switcher.find_all("a")}
        assert {code: link.get_text(strip=True) for code, link in links.items()} == LANGUAGE_NAMES, page.url
        assert links[page.locale.language_code].get("aria-current") == "page"
        for code, link in links.items():
            target = client.get(link["href"])
            assert target.status_code == 200, (page.url, link["href"])
            assert f'lang="{code}"' in target.content.decode()[:200]
            expected = page.get_translation(Locale.objects.get(language_code=code))
            assert link["href"] == expected.url


def test_switcher_falls_back_to_the_home_page_of_a_missing_variant(demo):
    plan = PlanPage.objects.get(locale__language_code="de")
    news = plan.add_child(instance=ContentPage(title="Neuigkeiten", slug="neuigkeiten"))
    soup = get_html(Client(), news.url)
    links = {link["lang"]: link["href"] for link in soup.select("nav.language-switcher a")}
    assert links["en"] == "/en/"
    assert links["de-x-ls"] == "/de-x-ls/"
    assert {link["hreflang"] for link in soup.find_all("link", rel="alternate")} == {"de", "x-default"}


@pytest.mark.parametrize("code", LANGUAGE_NAMES)
def test_picture_with_text_has_a_text_alternative_on_the_page(demo, code):
    plan = PlanPage.objects.get(locale__language_code=code)
    soup = get_html(Client(), plan.url)
    figure = soup.find("figure")
    assert figure.find("img")["alt"].strip()
    alternative = figure.find(class_="text-alternative")
    assert alternative is not None and len(alternative.get_text(strip=True)) > 20


def test_downloads_announce_type_size_language_and_accessibility(demo):
    soup = get_html(Client(), PlanPage.objects.get(locale__language_code="de").url)
    brochure = next(item for item in soup.select(".download") if "Broschüre auf Deutsch" in item.get_text())
    meta = brochure.find(class_="download__meta").get_text(" ", strip=True)
    assert meta.startswith("PDF")
    assert "KB" in meta or "Bytes" in meta
    assert "Deutsch" in meta
    assert "barrierefrei" in meta
    assert brochure.find("a")["hreflang"] == "de"


def test_draft_is_not_public(demo):
    draft = ContentPage.objects.get(slug="entwurf-neuigkeiten")
    assert Client().get("/de/aktionsplan-integration/entwurf-neuigkeiten/").status_code == 404
    assert not draft.live


def test_interface_text_follows_the_variant(demo):
    """German and Leichte Sprache pages get German interface text; Leichte Sprache its simpler wording."""
    client = Client()
    texts = {}
    for code in LANGUAGE_NAMES:
        soup = get_html(client, PlanPage.objects.get(locale__language_code=code).url)
        texts[code] = soup.find("a", class_="skip-link").get_text(strip=True)
    assert texts == {
        "de": "Zum Inhalt springen",
        "en": "Skip to main content",
        "de-x-ls": "Zum Text springen",
    }


@pytest.mark.parametrize(
    ("url", "lang", "heading"),
    [("/de/gibt-es-nicht/", "de", "Seite nicht gefunden"), ("/en/missing/", "en", "Page not found")],
)
def test_missing_page_gets_a_helpful_404_in_its_language(demo, url, lang, heading):
    response = Client().get(url)
    assert response.status_code == 404
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.html["lang"] == lang
    assert soup.h1.get_text(strip=True) == heading
    assert soup.find("a", href=f"/{lang}/") is not None


def rich_text_blocks(value, block):
    """(block, value) for every rich text inside a StreamField value, at any depth."""
    from wagtail import blocks

    if isinstance(block, blocks.RichTextBlock):
        yield block, value
    elif isinstance(block, blocks.StreamBlock):
        for child in value:
            yield from rich_text_blocks(child.value, child.block)
    elif isinstance(block, blocks.StructBlock) and isinstance(value, blocks.StructValue):
        for name, child_block in block.child_blocks.items():
            yield from rich_text_blocks(value.get(name), child_block)
    elif isinstance(block, blocks.ListBlock):
        for item in value:
            yield from rich_text_blocks(item, block.child_block)


def test_rich_text_blocks_render_what_wagtail_renders(demo):
    """The site's RichTextBlock writes the HTML without Wagtail's per-block template: same output,
    links to pages and documents expanded, for every rich text block of the demo."""
    from wagtail.fields import StreamField

    from cms.core.blocks import RichTextBlock

    compared = 0
    for page in live_pages():
        for field in page._meta.get_fields():
            if not isinstance(field, StreamField):
                continue
            for block, value in rich_text_blocks(getattr(page, field.name), field.stream_block):
                assert isinstance(block, RichTextBlock)
                assert block.render(value) == str(value), page.url
                compared += 1 if value else 0
    assert compared > 50


@pytest.mark.usefixtures("bs4_refused")
def test_every_page_parses_to_the_tree_bs4_builds(demo):
    """a11y_checks builds bs4's tree from lxml's parsed tree (a11y_checks/soup.py): on every page
    of the demo, as served, the tree is bs4's own, built without handing the page to bs4."""
    from a11y_checks import soup as soup_module

    client = Client()
    pages = list(live_pages())
    for page in pages:
        markup = client.get(page.url).content.decode()
        assert shape(soup_module.parse_html(markup)) == shape(by_bs4(markup)), page.url
    assert len(pages) > 40


def test_breadcrumbs_name_the_live_ancestors_below_the_root_in_order(demo):
    """As Wagtail's get_ancestors() gives them, for every page; a draft ancestor is left out."""
    client = Client()
    for page in live_pages():
        soup = get_html(client, page.url)
        nav = soup.find("nav", class_="breadcrumbs")
        expected = [
            (ancestor.title, ancestor.url) for ancestor in page.get_ancestors().filter(depth__gt=1).live()
        ]
        if not expected:
            assert nav is None, page.url
            continue
        crumbs = [(link.get_text(strip=True), link["href"]) for link in nav.find_all("a")]
        assert crumbs == [*expected, (page.title, page.url)], page.url
    deep = next(page for page in live_pages() if page.depth >= 4)
    parent = deep.get_parent()
    Page.objects.filter(pk=parent.pk).update(live=False)  # a draft ancestor: no crumb for it
    crumbs = [
        link.get_text(strip=True)
        for link in get_html(client, deep.url).find("nav", class_="breadcrumbs").find_all("a")
    ]
    assert parent.title not in crumbs[:-1] and crumbs[-1] == deep.title
