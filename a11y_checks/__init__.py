"""Accessibility checks for page content, whole pages and PDF documents (framework-free).

    from a11y_checks import check_html, check_pdf, RULES
    report = check_html(html, lang="de", fragment=True)

Every finding names the rule (stable id), its severity, a message in German and English, where it
is (a CSS-like path), an excerpt, a suggestion, and the standards it breaks (WCAG, W3C ACT rule ids,
EN 301 549, BITV 2.0).
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from checkreport import Report

from . import pdf_rules as _pdf_rules
from . import rules as _html_rules
from .engine import run_html
from .registry import Registry, Rule

RULES = Registry()
RULES.load_package(_html_rules)
RULES.load_package(_pdf_rules)


def check_html(
    html: str | bytes,
    lang: str | None = None,
    fragment: bool = True,
    severities: Mapping[str, str] | None = None,
    parts: Mapping[str, str] | None = None,
) -> Report:
    """Check HTML. ``fragment``: content shown under the page's h1; otherwise a whole document.

    ``lang`` is the language the page should be in (the CMS passes the page's locale, e.g. "de",
    "en", "de-x-ls"); a whole document whose ``<html lang>`` names another language is flagged.
    Without it nothing is compared, and text without a lang attribute is taken as German.

    ``severities`` overrides rules by id: "error", "warning", "info" or "off".

    ``parts`` names pieces of the page by their markup (name -> HTML, e.g. a field's HTML in the
    rendered page): the page is checked once, as a whole, and a content rule's finding inside a
    part carries the part's name as its ``field``, its location starting at the part. Parts whose
    markup is not on the page verbatim (or only inside hidden content) are listed in
    ``metrics["parts_not_found"]``, for the caller to check on their own.
    """
    return run_html(RULES, html, lang=lang, fragment=fragment, severities=severities, parts=parts)


def check_pdf(
    source: str | Path | bytes,
    lang: str = "de",
    severities: Mapping[str, str] | None = None,
    max_bytes: int | None = None,
) -> Report:
    """Check a PDF given as a path or as bytes. Larger files than ``max_bytes`` are not opened."""
    from .pdf import run_pdf

    return run_pdf(RULES, source, lang=lang, severities=severities, max_bytes=max_bytes)


__all__ = ["RULES", "Rule", "check_html", "check_pdf"]
