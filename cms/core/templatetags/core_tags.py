from django import template
from django.conf import settings
from django.utils.html import strip_tags
from wagtail.models import Page

from cms.core.languages import LINK_FIELDS, alternate_links, home_pages, language_links

register = template.Library()


@register.inclusion_tag("core/includes/alternate_links.html", takes_context=True)
def hreflang_alternates(context):
    page, request = context.get("page"), context.get("request")
    links = alternate_links(page, request) if page is not None and page.pk else []
    return {"links": links}


@register.inclusion_tag("core/includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    page, request = context.get("page"), context.get("request")
    links = language_links(page, request) if page is not None and page.pk else []
    return {"links": links}


@register.inclusion_tag("core/includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    page = context.get("page")
    if page is None or not page.pk:
        return {"ancestors": []}
    # title and URL are all a crumb shows: no need for the specific pages. The ancestors below the
    # tree root are the page's path cut at each level (get_ancestors() without its query building).
    step = Page.steplen
    paths = [page.path[:end] for end in range(2 * step, len(page.path), step)]
    ancestors = Page.objects.filter(path__in=paths, live=True).only(*LINK_FIELDS).order_by("path")
    return {"ancestors": ancestors, "page": page}


@register.simple_tag(takes_context=True)
def locale_home(context):
    """The home page of the page's language tree (for the site name link)."""
    page, request = context.get("page"), context.get("request")
    if page is None or not page.pk or request is None:
        return None
    homes = home_pages(request)
    return (
        homes.get(page.locale.language_code)
        or homes.get(settings.LANGUAGE_CODE)
        or next(iter(homes.values()), None)
    )


@register.filter
def plain_text(html: str) -> str:
    """Rich text as one line of plain text (for meta descriptions): tags become spaces."""
    return " ".join(strip_tags(str(html).replace("<", " <")).split())
