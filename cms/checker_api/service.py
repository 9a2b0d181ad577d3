"""Run the checkers on one submission: the calls the compliance gate makes, without a page."""

from __future__ import annotations

from typing import Any

import a11y_checks
import plainlanguage
from checkreport import Report

COMBINED_CHECKER = "compliance"
DOCUMENT_START = ("<!doctype", "<html")


def combined(reports: list[Report], profile: str) -> dict[str, Any]:
    """One report; plus the analysed text, which the plain-language offsets (start, end) index."""
    data = Report.combine(reports, checker=COMBINED_CHECKER, profile=profile).to_dict()
    data["text"] = next((r.text for r in reports if isinstance(r, plainlanguage.TextReport)), None)
    return data


def check_text(text: str, profile: str) -> dict[str, Any]:
    return combined([plainlanguage.analyze(text, profile=profile, html=False)], profile)


def check_html(html: str, profile: str) -> dict[str, Any]:
    fragment = not html.lstrip()[:16].lower().startswith(DOCUMENT_START)
    reports = [
        plainlanguage.analyze(html, profile=profile, html=True),
        a11y_checks.check_html(html, lang=profile, fragment=fragment),
    ]
    return combined(reports, profile)


def check_pdf(data: bytes, profile: str) -> dict[str, Any]:
    return a11y_checks.check_pdf(data, lang=profile).to_dict()
