"""The checks that need no page: plain text and HTML under one locale's rules.

The gate (checks.py) runs these for each page; the checker service runs them for a submission,
without Wagtail installed. So both decide the same HTML the same way. A checker that raises or
times out becomes a blocking finding with an honest message (fail closed) and the error is logged.
"""

from __future__ import annotations

import hashlib
import logging
import re
import threading
from bisect import bisect_right
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, replace

from django.conf import settings

from checkreport import Finding, Report, Text

from .profiles import RuleSettings, results_cache
from .units import HTML, IMAGE, TEXT, Unit, html_to_text

CHECKER_FAILED = "compliance-checker-failed"
PAGE_FIELD = ""  # findings about the page as a whole (rendered HTML, overall score)
SEPARATOR = "\n\n"
# Whatever may precede a whole document's <html>: a byte-order mark, white space, comments.
DOCUMENT_PREAMBLE = re.compile(r"\A(?:\ufeff|\s+|<!--.*?-->)*", re.S)
logger = logging.getLogger(__name__)
# Checks that ran past their time limit and still hold a thread. A hung check cannot be killed in
# Python, so each call gets its own daemon thread (a shared pool would be blocked for good by a
# few hangs); beyond COMPLIANCE_MAX_HUNG_CHECKS no further thread is started: fail closed at once.
_hung: set[threading.Thread] = set()
_hung_lock = threading.Lock()
# Inside a guarded call, nested guarded calls run inline (their errors are still caught): a page's
# checks share one thread and one time limit, instead of paying a thread hand-off per checker.
_worker = threading.local()
ALL_CHECKERS = "plainlanguage, a11y_checks"
TEXT_CACHE_SECONDS = 3600


def profile_for(language_code: str) -> str:
    """de-x-ls keeps its own profile; a regional variant (de-at) falls back to its language."""
    return language_code if language_code in ("de", "en", "de-x-ls") else language_code.split("-")[0]


def failure(name: str, error: BaseException | str, message: Text | None = None) -> Report:
    logger.error(
        "compliance checker %s failed: %s",
        name,
        error,
        exc_info=error if isinstance(error, BaseException) else None,
    )
    finding = Finding(
        rule=CHECKER_FAILED,
        severity="error",
        message=message
        or Text(
            de=f"Die Prüfung ({name}) ist fehlgeschlagen. Die Seite kann erst veröffentlicht werden, "
            "wenn die Prüfung wieder läuft. Der Fehler wurde protokolliert.",
            en=f"The check ({name}) failed. The page cannot be published until the check runs again. "
            "The error has been logged.",
        ),
    )
    return Report(checker=name, profile="", findings=[finding])


def hung_checks() -> int:
    """How many timed-out checks still occupy a thread in this process."""
    with _hung_lock:
        _hung.difference_update([thread for thread in _hung if not thread.is_alive()])
        return len(_hung)


def guarded(name: str, call: Callable[[], Report]) -> Report:
    """Run one checker call with a time limit; any failure is reported, never swallowed."""
    if getattr(_worker, "active", False):
        try:
            return call()
        except Exception as error:
            return failure(name, error)
    timeout = getattr(settings, "COMPLIANCE_CHECK_TIMEOUT", 20)
    limit = getattr(settings, "COMPLIANCE_MAX_HUNG_CHECKS", 4)
    hung = hung_checks()
    if hung >= limit:
        return failure(
            name,
            f"not started: {hung} earlier checks still hang after their time limit",
            Text(
                de=f"Die Prüfung ({name}) wurde nicht gestartet: {hung} frühere Prüfungen hängen noch. "
                "Die Seite kann erst veröffentlicht werden, wenn die Prüfung wieder läuft. "
                "Der Fehler wurde protokolliert.",
                en=f"The check ({name}) was not started: {hung} earlier checks still hang. The page "
                "cannot be published until the check runs again. The error has been logged.",
            ),
        )
    outcome: dict[str, object] = {}

    def run() -> None:
        _worker.active = True
        try:
            outcome["report"] = call()
        except BaseException as error:  # reported to the caller, which logs it
            outcome["error"] = error

    thread = threading.Thread(target=run, name=f"compliance-check-{name}", daemon=True)
    thread.start()
    thread.join(timeout)
    if thread.is_alive():
        with _hung_lock:
            _hung.add(thread)
        return failure(name, f"no result after {timeout} s")
    if "error" in outcome:
        return failure(name, outcome["error"])
    return outcome["report"]


def split_severities(rules: RuleSettings) -> tuple[dict[str, str], dict[str, str]]:
    """The per-locale severities, split between the two libraries (each rejects ids it does not know)."""
    import a11y_checks
    import plainlanguage

    language_ids = set(plainlanguage.RULES)
    html_ids = {rule.id for rule in a11y_checks.RULES}
    unknown = set(rules.severities) - language_ids - html_ids - {CHECKER_FAILED}
    if unknown:
        logger.warning("compliance settings name unknown rules, ignored: %s", ", ".join(sorted(unknown)))
    language = {rule: level for rule, level in rules.severities.items() if rule in language_ids}
    html = {rule: level for rule, level in rules.severities.items() if rule in html_ids}
    return language, html


@dataclass
class PendingText:
    """A started analysis of a page's text: call it for the report (findings located)."""

    finish: Callable[[], Report]
    # An answer from the worker process is due: it must be read even when it is not needed, or
    # the next request would read it.
    in_worker: bool = False

    def __call__(self) -> Report:
        return self.finish()


def start_language(
    units: list[Unit], profile: str, rules: RuleSettings, severities: dict[str, str]
) -> PendingText:
    """Start the plain-language analysis of the units' text (in the worker process when it is
    free, see language_worker.py)."""
    from plainlanguage.text import normalise

    from . import language_worker

    # Each unit is normalised on its own, so the joined text is already in analysed form and a
    # finding's offsets fall inside exactly one unit.
    texts = [(unit, normalise(unit.text)) for unit in units if unit.kind in (TEXT, HTML) and unit.text]
    texts = [(unit, text) for unit, text in texts if text]
    joined = SEPARATOR.join(text for _unit, text in texts)
    glossary = rules.glossary
    # The text's report alone is kept too: a page re-checked with other HTML but the same text (its
    # template or another field's markup changed) does not analyse the text again.
    key = (
        "compliance:text:"
        + hashlib.sha256(
            f"{rules.fingerprint}\0{profile}\0{sorted(severities.items())}\0{joined}".encode()
        ).hexdigest()
    )
    cache = results_cache()
    kept = cache.get(key)
    if kept is not None:
        from plainlanguage.report import TextReport

        return PendingText(lambda: locate(TextReport.from_dict(kept), texts, joined))
    pending = language_worker.start_analysis(joined, profile, glossary, severities, rules.threshold)

    def analyse_here() -> Report:
        from plainlanguage import analyze

        return analyze(
            joined,
            profile=profile,
            glossary=glossary or None,
            severities=severities or None,
            threshold=rules.threshold,
        )

    def finish() -> Report:
        if pending is None:
            report = guarded("plainlanguage", analyse_here)
        else:
            try:
                report = pending()
            except Exception as error:  # WorkerFailed, or the pipe broke: fail closed, logged
                report = failure("plainlanguage", error)
        if not any(f.rule == CHECKER_FAILED for f in report.findings) and hasattr(report, "text"):
            cache.set(key, report.to_dict(), TEXT_CACHE_SECONDS)
        return locate(report, texts, joined)

    return PendingText(finish, in_worker=pending is not None)


def locate(report: Report, texts: list[tuple[Unit, str]], joined: str) -> Report:
    """Hand each finding to the unit (field) its offsets fall in, with offsets into that unit."""
    analysed = getattr(report, "text", joined) or joined
    starts, position = [], 0
    for _unit, text in texts:
        found = analysed.find(text, position)
        starts.append(found if found >= 0 else position)
        position = starts[-1] + len(text)
    located = []
    for finding in report.findings:
        if finding.start is None or not texts or finding.rule == CHECKER_FAILED:
            located.append(finding.at(PAGE_FIELD))
            continue
        index = max(bisect_right(starts, finding.start) - 1, 0)
        base = starts[index]
        end = None if finding.end is None else finding.end - base
        located.append(replace(finding, start=finding.start - base, end=end).at(texts[index][0].path))
    return Report(
        checker=report.checker,
        profile=report.profile,
        findings=located,
        score=report.score,
        threshold=report.threshold,
        metrics=report.metrics,
    )


# A field's HTML checked once per process: a page is re-checked while it is edited (side panel,
# save, publish), and most of its fields and blocks are unchanged each time. The result depends only
# on the HTML, the language and the severities (the checkers' code cannot change in a running
# process); failed checks are not kept.
FRAGMENT_CACHE_SIZE = 4096
_fragments: OrderedDict[tuple, Report] = OrderedDict()
_fragments_lock = threading.Lock()


def clear_fragment_cache() -> None:
    with _fragments_lock:
        _fragments.clear()


def check_fragment(markup: str, lang: str, severities: dict[str, str]) -> Report:
    """One field's HTML as content under the page's h1; a new Report each call (callers relocate)."""
    from a11y_checks import check_html

    # keyed by a digest, so a large field's HTML is not held in memory as well
    key = (hashlib.sha256(markup.encode()).digest(), lang, tuple(sorted(severities.items())))
    with _fragments_lock:
        cached = _fragments.get(key)
        if cached is not None:
            _fragments.move_to_end(key)
    if cached is None:
        cached = guarded(
            "a11y_checks", lambda: check_html(markup, lang=lang, fragment=True, severities=severities)
        )
        if not any(f.rule == CHECKER_FAILED for f in cached.findings):
            with _fragments_lock:
                _fragments[key] = cached
                while len(_fragments) > FRAGMENT_CACHE_SIZE:
                    _fragments.popitem(last=False)
    return replace(cached, findings=list(cached.findings), metrics=dict(cached.metrics))


def check_fragments(units: list[Unit], lang: str, severities: dict[str, str]) -> list[Report]:
    reports = []
    for unit in units:
        if unit.kind in (HTML, IMAGE) and unit.html:
            report = check_fragment(unit.html, lang, severities)
            report.findings = [f.at(unit.path) for f in report.findings]
            reports.append(report)
    return reports


def check_rendered(markup: str, lang: str, known: set[tuple[str, str]], severities: dict[str, str]) -> Report:
    from a11y_checks import check_html

    report = guarded(
        "a11y_checks", lambda: check_html(markup, lang=lang, fragment=False, severities=severities)
    )
    # A finding already reported for a field (same rule, same excerpt) is not repeated for the page.
    report.findings = [f.at(PAGE_FIELD) for f in report.findings if (f.rule, f.excerpt) not in known]
    return report


def apply_rules(findings: list[Finding], rules: RuleSettings) -> list[Finding]:
    adjusted = []
    for finding in findings:
        severity = rules.severities.get(finding.rule)
        if finding.rule == CHECKER_FAILED or severity is None:
            adjusted.append(finding)
        elif severity != "off":
            adjusted.append(finding.with_severity(severity))
    return adjusted


def is_document(markup: str) -> bool:
    """A whole HTML document (checked for lang, title, landmarks) rather than a fragment."""
    start = markup[DOCUMENT_PREAMBLE.match(markup).end() :][:16].lower()
    return start.startswith(("<!doctype", "<html"))


def check_content(rules: RuleSettings, *, text: str = "", markup: str = "") -> tuple[Report, str]:
    """Plain text, or HTML (a fragment or a whole document), checked with the gate's own calls
    under one locale's rules; for content that is not a page (the checker API). Returns the report
    and the analysed text, which the plain-language offsets index."""
    from plainlanguage.text import normalise

    lang = rules.language_code
    language_severities, html_severities = split_severities(rules)
    analysed = html_to_text(markup) if markup else text

    def run() -> Report:
        language = start_language(
            [Unit(PAGE_FIELD, TEXT, text=analysed)], profile_for(lang), rules, language_severities
        )
        reports = []
        try:  # the HTML is checked here while the text is analysed in the worker
            if markup and is_document(markup):
                reports.append(check_rendered(markup, lang, set(), html_severities))
            elif markup:
                reports += check_fragments([Unit(PAGE_FIELD, HTML, html=markup)], lang, html_severities)
        finally:
            reports.insert(0, language())
        return Report.combine(reports, checker="compliance", profile=lang)

    combined = guarded(ALL_CHECKERS, run)
    combined.findings = apply_rules(combined.findings, rules)
    return combined, normalise(analysed)
