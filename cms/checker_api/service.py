"""Run the checkers on one submission; the same calls the compliance gate makes, minus the page."""

from __future__ import annotations

from checkreport import Report

COMBINED_CHECKER = "compliance"
DOCUMENT_START = ("<!doctype", "<html")


def check_text(text: str, profile: str) -> Report:
    import plainlanguage

    return Report.combine(
        [plainlanguage.analyze(text, profile=profile, html=False)], checker=COMBINED_CHECKER, profile=profile
    )


def check_html(html: str, profile: str) -> Report:
    import a11y_checks
    import plainlanguage

    fragment = not html.lstrip()[:16].lower().startswith(DOCUMENT_START)
    reports = [
        plainlanguage.analyze(html, profile=profile, html=True),
        a11y_checks.check_html(html, lang=profile, fragment=fragment),
    ]
    return Report.combine(reports, checker=COMBINED_CHECKER, profile=profile)


def check_pdf(data: bytes) -> Report:
    import a11y_checks

    return a11y_checks.check_pdf(data)
