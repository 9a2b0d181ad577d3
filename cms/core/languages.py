"""Which variants of a page exist, and where the language switcher leads."""

from dataclasses import dataclass

from django.conf import settings
from django.http import HttpRequest
from wagtail.models import Page, Site

from cms.core import site_data

# Each language named in its own language, as readers look for it.
LANGUAGE_NAMES: dict[str, str] = dict(settings.LANGUAGES)
DEFAULT_LANGUAGE = settings.LANGUAGE_CODE
# What a link to a page needs: Page.get_url_parts reads the URL path; a crumb shows the title.
LINK_FIELDS = ("id", "url_path", "title")


@dataclass(frozen=True)
class LanguageLink:
    language_code: str
    name: str
    url: str
    is_current: bool
    is_translation: bool  # False: the page has no live variant here; the link leads to that home page


def _live_variants(page: Page, request: HttpRequest | None = None) -> dict[str, Page]:
    def read() -> dict[str, Page]:
        # a link needs the URL and the language only, not the page's other fields
        variants = (
            Page.objects.filter(translation_key=page.translation_key)
            .live()
            .select_related("locale")
            .only(*LINK_FIELDS, "locale__language_code")
            .order_by()
        )
        return {variant.locale.language_code: variant for variant in variants}

    return site_data.per_request(request, ("variants", page.pk), read)


def home_pages(request: HttpRequest | None) -> dict[str, Page]:
    """Each language's home page of the request's site (its root page and that page's translations)."""

    site = Site.find_for_request(request) if request is not None else None
    site = site or Site.objects.filter(is_default_site=True).first()
    if site is None:
        return {}

    def read() -> dict[str, Page]:
        # the root page's translations, the root page included, without loading the root page first
        homes = (
            Page.objects.filter(
                translation_key=Page.objects.filter(pk=site.root_page_id).values("translation_key")[:1]
            )
            .live()
            .select_related("locale")
        )
        return {home.locale.language_code: home for home in homes}

    return site_data.per_request(
        request, ("homes", site.pk), lambda: site_data.kept(("homes", site.pk, site.root_page_id), read)
    )


def language_links(page: Page, request: HttpRequest) -> list[LanguageLink]:
    """One link per language that has a home page: to the same page or, failing that, to that home."""
    variants = _live_variants(page, request)
    homes = home_pages(request)
    current = page.locale.language_code
    links = []
    for code in sorted(set(variants) | set(homes)):
        target = variants.get(code) or homes.get(code)
        links.append(
            LanguageLink(
                language_code=code,
                name=LANGUAGE_NAMES.get(code, code),
                url=target.get_url(request),
                is_current=code == current,
                is_translation=code in variants,
            )
        )
    order = list(LANGUAGE_NAMES)
    return sorted(
        links, key=lambda link: order.index(link.language_code) if link.language_code in order else 99
    )


def alternate_links(page: Page, request: HttpRequest) -> list[tuple[str, str]]:
    """(hreflang, absolute URL) for every live variant, plus x-default pointing to the original."""
    variants = _live_variants(page, request)
    links = [(code, variant.get_full_url(request)) for code, variant in sorted(variants.items())]
    default = variants.get(DEFAULT_LANGUAGE)
    if default is not None:
        links.append(("x-default", default.get_full_url(request)))
    return links
