"""Template tags for explained words, Leichte Sprache layout and the start-page guide."""

from django import template
from django.apps import apps
from django.conf import settings
from django.utils.safestring import mark_safe
from wagtail.models import Page

from cms.accessibility.easyread import easy_read
from cms.accessibility.glossary import Glossary
from cms.core import site_data

register = template.Library()

EASY_READ = "de-x-ls"
# Explained words are shown in the text only in Leichte Sprache; the other glossaries feed the checker.
EXPLAIN_IN = {EASY_READ}


def _language(context: template.Context) -> str:
    page = context.get("page")
    return getattr(getattr(page, "locale", None), "language_code", "") or context.get("LANGUAGE_CODE", "de")


def _page_state(context: template.Context, language: str) -> tuple[Glossary, set[str]]:
    """One glossary and one set of already-explained words per request (a page explains a word once)."""
    request = context.get("request")
    state = getattr(request, "_explained_words", None)
    if state is None or state[0] != language:
        state = (language, Glossary.for_locale(language), set())
        if request is not None:
            request._explained_words = state
    return state[1], state[2]


def easy_read_html(html: str, context: template.Context) -> str:
    """Leichte Sprache pages: explained words at first use, one sentence per line. Others unchanged."""
    language = _language(context)
    if language not in EXPLAIN_IN:
        return html
    glossary, seen = _page_state(context, language)
    return easy_read(html, glossary, seen, language)


class EasyReadNode(template.Node):
    def __init__(self, nodelist: template.NodeList) -> None:
        self.nodelist = nodelist

    def render(self, context: template.Context) -> str:
        return mark_safe(easy_read_html(self.nodelist.render(context), context))


@register.tag("easy_read")
def do_easy_read(parser: template.base.Parser, token: template.base.Token) -> EasyReadNode:
    """{% easy_read %}…{% endeasy_read %}: a page's main content, prepared for its reader."""
    nodelist = parser.parse(("endeasy_read",))
    parser.delete_first_token()
    return EasyReadNode(nodelist)


@register.inclusion_tag("accessibility/tags/site_guide_teaser.html", takes_context=True)
def site_guide_teaser(context: template.Context) -> dict:
    """The start-page section: Leichte Sprache and sign language, reachable from every variant."""
    page = context.get("page")
    easy_read, local = _guides(page)
    videos = local.sign_language_videos[:1] if local else []
    if not videos and easy_read is not None:
        videos = easy_read.sign_language_videos[:1]
    return {
        "easy_read_guide": easy_read,
        "local_guide": local,
        "video": videos[0] if videos else None,
        "page": page,
    }


def _by_language(model: type[Page]) -> dict[str, Page]:
    """The live pages of a kind the footer links to, by language (kept across requests)."""

    def read() -> dict[str, Page]:
        by_code: dict[str, Page] = {}
        for page in model.objects.live().select_related("locale").order_by("path"):
            by_code.setdefault(page.locale.language_code, page)
        return by_code

    return site_data.kept(("live-by-language", model._meta.label), read)


def _guides(page: Page | None) -> tuple:
    """The Leichte Sprache guide, and the guide in the page's language."""
    from cms.accessibility.models import SiteGuidePage

    guides = _by_language(SiteGuidePage)
    language = page.locale.language_code if page is not None and page.pk else None
    return guides.get(EASY_READ), guides.get(language) if language else None


@register.inclusion_tag("accessibility/tags/footer_links.html", takes_context=True)
def accessibility_links(context: template.Context) -> dict:
    """Statement, barrier report, Leichte Sprache and sign language: linked from every page."""
    from cms.accessibility.models import AccessibilityStatementPage

    page = context.get("page")
    language = getattr(getattr(page, "locale", None), "language_code", None)
    statements = _by_language(AccessibilityStatementPage)
    statement = statements.get(language) or statements.get(settings.LANGUAGE_CODE)
    easy_read, local = _guides(page)
    return {"statement": statement, "easy_read_guide": easy_read, "local_guide": local}


@register.simple_tag
def test_reading_for(page: Page) -> object | None:
    """The passed test reading of exactly the content that is live (compliance app), if any."""
    if page is None or not page.live_revision_id or not apps.is_installed("cms.compliance"):
        return None
    from cms.compliance.models import ComplianceReport, TestReading

    report = ComplianceReport.objects.filter(revision_id=page.live_revision_id).first()
    if report is None:
        return None
    readings = TestReading.objects.filter(page=page, content_hash=report.content_hash, result="passed")
    return readings.order_by("-read_on").first()
