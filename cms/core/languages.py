"""Which variants of a page exist, and where the language switcher leads."""

from dataclasses import dataclass

from django.conf import settings
from django.http import HttpRequest
from wagtail.models import Locale, Page, Site

# Each language named in its own language, as readers look for it.
LANGUAGE_NAMES: dict[str, str] = dict(settings.LANGUAGES)
DEFAULT_LANGUAGE = settings.LANGUAGE_CODE


@dataclass(frozen=True)
class LanguageLink:
    language_code: str
    name: str
    url: str
    is_current: bool
    is_translation: bool  # False: the page has no live variant here; the link leads to that home page


def _live_variants(page: Page) -> dict[str, Page]:
    variants = page.get_translations(inclusive=True).live().select_related("locale")
    return {variant.locale.language_code: variant for variant in variants}


def _home_pages(request: HttpRequest) -> dict[str, Page]:
    site = Site.find_for_request(request)
    if site is None:
        return {}
    homes = site.root_page.get_translations(inclusive=True).live().select_related("locale")
    return {home.locale.language_code: home for home in homes}


def language_links(page: Page, request: HttpRequest) -> list[LanguageLink]:
    """One link per configured language, to the same page or, failing that, to that language's home."""
    variants = _live_variants(page)
    homes: dict[str, Page] | None = None
    current = page.locale.language_code
    links = []
    for code in Locale.objects.values_list("language_code", flat=True):
        target = variants.get(code)
        if target is None:
            homes = homes if homes is not None else _home_pages(request)
            target = homes.get(code)
        if target is None:
            continue
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
    variants = _live_variants(page)
    links = [(code, variant.get_full_url(request)) for code, variant in sorted(variants.items())]
    default = variants.get(DEFAULT_LANGUAGE)
    if default is not None:
        links.append(("x-default", default.get_full_url(request)))
    return links
