"""Rich text in API responses as display-ready HTML, expanded for a whole response at once.

Wagtail expands each rich text value on its own: one set of queries per value that links to a
page or embeds an image, so a list of 100 measures costs 100 times as much, and it resolves
links in the active request language (German on /api/), which sends English readers to German
pages. Here the response is serialised in database HTML, then every value that needs expanding
is expanded in one pass per page language, inside that language.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from typing import Any

from django.utils import translation
from wagtail.models import Page
from wagtail.rich_text import expand_db_html

NEEDS_EXPANDING = re.compile(r"<(?:a|embed)\b[^>]*\b(?:linktype|embedtype)=")
# A comment the rewriter leaves alone, to cut the joined values apart again.
SEPARATOR = "<!--wagtail-api-value-->"

Slot = tuple[dict | list, Any]


def rich_text_slots(node: Any) -> Iterator[Slot]:
    """Where in the serialised data a string holds database HTML to expand."""
    if isinstance(node, dict):
        entries: Iterable = node.items()
    elif isinstance(node, list):
        entries = enumerate(node)
    else:
        return
    for key, value in entries:
        if isinstance(value, str):
            if NEEDS_EXPANDING.search(value):
                yield node, key
        else:
            yield from rich_text_slots(value)


def expand_in_bulk(serialised_pages: Iterable[tuple[Page, Any]]) -> None:
    """Replace database HTML in each page's serialised data by display HTML, in place."""
    by_language: dict[str, list[Slot]] = defaultdict(list)
    for page, data in serialised_pages:
        by_language[page.locale.language_code].extend(rich_text_slots(data))
    for language, slots in by_language.items():
        if not slots:
            continue
        with translation.override(language):
            expanded = expand_db_html(SEPARATOR.join(node[key] for node, key in slots)).split(SEPARATOR)
        for (node, key), html in zip(slots, expanded, strict=True):
            node[key] = html
