"""Run the checkers on one submission: the compliance gate's own calls, without a page.

A submission is checked under its profile's default rules (the locale defaults of the gate, see
``cms.compliance.profiles``), so the API and the gate agree on the same HTML.
"""

from __future__ import annotations

from typing import Any

import a11y_checks
from cms.compliance.pipeline import check_content
from cms.compliance.profiles import defaults_for


def check_text(text: str, profile: str) -> dict[str, Any]:
    return reported(*check_content(defaults_for(profile), text=text))


def check_html(html: str, profile: str) -> dict[str, Any]:
    return reported(*check_content(defaults_for(profile), markup=html))


def reported(report, text: str) -> dict[str, Any]:
    """One report; plus the analysed text, which the plain-language offsets (start, end) index."""
    return {**report.to_dict(), "text": text}


def check_pdf(data: bytes, profile: str) -> dict[str, Any]:
    return a11y_checks.check_pdf(data, lang=profile).to_dict()
