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
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from django.conf import settings

from checkreport import Finding, Report, Text

from .profiles import RuleSettings, results_cache
from .units import HTML, IMAGE, TEXT, Unit, html_to_text

if TYPE_CHECKING:
    from . import worker_client

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
class PendingChecks:
    """The started checks of a page that need no page: its text and the HTML checked on its own.

    ``text()`` and ``fragments()`` give their reports, findings located at their fields. An answer
    the worker owes is read by ``collect()``, which both call; whoever starts checks must call one
    of them (or ``collect()``), or the worker stays busy."""

    texts: list[tuple[Unit, str]]
    joined: str
    html_units: list[Unit]
    kept_text: Report | None
    kept_fragments: dict[int, Report]  # by index into html_units
    run_text_here: Callable[[], Report]
    run_fragment_here: Callable[[Unit], Report]
    finish: worker_client.Turn | None = None  # the worker's answer, when it was asked
    text_key: str = ""
    fragment_keys: list[tuple] = field(default_factory=list)
    cold_keys: list[tuple] = field(default_factory=list)  # the HTML the worker was sent, in order
    page_asked: bool = False  # the worker checks the rendered page too (see ``page()``)
    _answer: dict | None = None
    _error: BaseException | None = None

    @classmethod
    def failed(cls, report: Report) -> PendingChecks:
        """Checks that could not even start: ``report`` (a failure) stands for their text."""
        return cls(
            texts=[],
            joined="",
            html_units=[],
            kept_text=report,
            kept_fragments={},
            run_text_here=lambda: report,
            run_fragment_here=lambda unit: report,
        )

    @property
    def in_worker(self) -> bool:
        return self.finish is not None

    def collect(self) -> None:
        if self.finish is not None:
            finish, self.finish = self.finish, None
            try:
                self._answer = finish()
            except Exception as error:  # WorkerFailed, or the pipe broke: fail closed, logged
                self._error = error
                self._answer = {}

    def _worker_part(self, name: str) -> Any:
        self.collect()
        return None if self._answer is None else self._answer.get(name)

    def text(self) -> Report:
        from plainlanguage.report import TextReport

        report = self.kept_text
        if report is None:
            if self._answer is None and self.finish is None:
                report = guarded("plainlanguage", self.run_text_here)
            else:
                report = to_report(self._worker_part("text"), "plainlanguage", self._error, TextReport)
            if not any(f.rule == CHECKER_FAILED for f in report.findings) and hasattr(report, "text"):
                results_cache().set(self.text_key, report.to_dict(), TEXT_CACHE_SECONDS)
        return locate(report, self.texts, self.joined)

    def ask_page(self, markup: str, parts: dict[str, str], lang: str, severities: dict[str, str]) -> None:
        """Have the worker check the rendered page too (``page()``), in the same turn as the text
        if that is still under way; left to the caller (check_rendered) if the worker is busy."""
        request = {"page": {"html": markup, "lang": lang, "severities": severities, "parts": parts}}
        if self.finish is not None:
            self.page_asked = self.finish.send(request)
        elif self._answer is None:  # nothing asked so far (the text and the images were kept)
            from . import worker_client

            self.finish = worker_client.start(request)
            self.page_asked = self.finish is not None

    def page(self) -> Report | None:
        """The rendered page's report from the worker, if it was asked to check the page; a new
        Report, whose ``metrics["parts_not_found"]`` names the parts it did not find."""
        if not self.page_asked:
            return None
        return to_report(self._worker_part("page"), "a11y_checks", self._error, Report)

    def fragments(self) -> list[Report]:
        asked = self.in_worker or self._answer is not None
        # a short or missing list (a failed worker) leaves the rest to fail closed below
        answers = dict(
            zip(self.cold_keys, (self._worker_part("fragments") or []) if asked else [], strict=False)
        )
        reports = []
        for index, unit in enumerate(self.html_units):
            report = self.kept_fragments.get(index)
            key = self.fragment_keys[index] if self.fragment_keys else None
            if report is None and asked:
                report = to_report(answers.get(key), "a11y_checks", self._error, Report)
                keep_fragment(key, report)
                report = replace(report, findings=list(report.findings), metrics=dict(report.metrics))
            elif report is None:
                report = self.run_fragment_here(unit)
            report.findings = [f.at(unit.path) for f in report.findings]
            reports.append(report)
        return reports


def to_report(data: Any, checker: str, error: BaseException | None, kind: type[Report]) -> Report:
    """A report from the worker's answer; a missing or failed one fails closed (and is logged)."""
    if isinstance(data, dict) and "error" not in data:
        try:
            return kind.from_dict(data)
        except (KeyError, TypeError, ValueError) as bad:
            return failure(checker, f"unreadable report from the check worker: {bad}")
    if isinstance(data, dict):
        return failure(checker, f"the check worker could not check it: {data['error']}")
    return failure(checker, error or "the check worker gave no report")


def start_checks(
    units: list[Unit],
    rules: RuleSettings,
    language_severities: dict[str, str],
    html_severities: dict[str, str],
    fragments: list[Unit] | None = None,
) -> PendingChecks:
    """Start the checks that need no page (in the worker process when it is free, see
    worker_client.py): the plain-language analysis of the units' text, in one pass, and each HTML
    unit (rich text, image; or only ``fragments``) on its own. What was checked before is taken from
    what is kept. ``PendingChecks.ask_page`` adds the rendered page to the worker's turn."""
    from plainlanguage.report import TextReport
    from plainlanguage.text import normalise

    from . import worker_client

    lang = rules.language_code
    profile = profile_for(lang)
    # Each unit is normalised on its own, so the joined text is already in analysed form and a
    # finding's offsets fall inside exactly one unit.
    # Alt texts are read out as part of the page. A document's title is not analysed: it belongs to
    # the document library, shared by all variants; the link text readers see is in the field.
    texts = [(unit, normalise(unit.text)) for unit in units if unit.kind in (TEXT, HTML, IMAGE) and unit.text]
    texts = [(unit, text) for unit, text in texts if text]
    joined = SEPARATOR.join(text for _unit, text in texts)
    # The text's report alone is kept too: a page re-checked with other HTML but the same text (its
    # template or another field's markup changed) does not analyse the text again.
    text_key = (
        "compliance:text:"
        + hashlib.sha256(
            f"{rules.fingerprint}\0{profile}\0{sorted(language_severities.items())}\0{joined}".encode()
        ).hexdigest()
    )
    kept = results_cache().get(text_key)
    kept_text = TextReport.from_dict(kept) if kept is not None else None
    html_units = fragment_units(units) if fragments is None else fragments
    fragment_keys = [fragment_key(unit.html, lang, html_severities) for unit in html_units]
    kept_fragments = {
        index: report for index, key in enumerate(fragment_keys) if (report := kept_fragment(key)) is not None
    }
    # each HTML not checked before, once (two blocks with the same HTML share one check)
    cold: dict[tuple, str] = {}
    for index, unit in enumerate(html_units):
        if index not in kept_fragments:
            cold.setdefault(fragment_keys[index], unit.html)

    def run_text_here() -> Report:
        from plainlanguage import analyze

        return analyze(
            joined,
            profile=profile,
            glossary=rules.glossary or None,
            severities=language_severities or None,
            threshold=rules.threshold,
        )

    request: dict[str, Any] = {"text": None, "fragments": None}
    if kept_text is None:
        request["text"] = {
            "text": joined,
            "profile": profile,
            "glossary": list(rules.glossary),
            "severities": language_severities,
            "threshold": rules.threshold,
        }
    if cold:
        request["fragments"] = {"html": list(cold.values()), "lang": lang, "severities": html_severities}
    finish = worker_client.start(request) if kept_text is None or cold else None
    return PendingChecks(
        texts=texts,
        joined=joined,
        html_units=html_units,
        kept_text=kept_text,
        kept_fragments=kept_fragments,
        run_text_here=run_text_here,
        run_fragment_here=lambda unit: check_fragment(unit.html, lang, html_severities),
        finish=finish,
        text_key=text_key,
        fragment_keys=fragment_keys,
        cold_keys=list(cold),
    )


def fragment_units(units: list[Unit]) -> list[Unit]:
    """The units whose HTML is checked: rich text, tables, images."""
    return [unit for unit in units if unit.kind in (HTML, IMAGE) and unit.html]


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


def fragment_key(markup: str, lang: str, severities: dict[str, str]) -> tuple:
    # keyed by a digest, so a large field's HTML is not held in memory as well
    return (hashlib.sha256(markup.encode()).digest(), lang, tuple(sorted(severities.items())))


def kept_fragment(key: tuple) -> Report | None:
    """A field's HTML checked before: a new Report each call (callers relocate its findings)."""
    with _fragments_lock:
        cached = _fragments.get(key)
        if cached is None:
            return None
        _fragments.move_to_end(key)
    return replace(cached, findings=list(cached.findings), metrics=dict(cached.metrics))


def keep_fragment(key: tuple, report: Report) -> None:
    if not any(f.rule == CHECKER_FAILED for f in report.findings):
        with _fragments_lock:
            _fragments[key] = report
            while len(_fragments) > FRAGMENT_CACHE_SIZE:
                _fragments.popitem(last=False)


def check_fragment(markup: str, lang: str, severities: dict[str, str]) -> Report:
    """One field's HTML as content under the page's h1, in this process; a new Report each call."""
    from a11y_checks import check_html

    key = fragment_key(markup, lang, severities)
    kept = kept_fragment(key)
    if kept is not None:
        return kept
    report = guarded(
        "a11y_checks", lambda: check_html(markup, lang=lang, fragment=True, severities=severities)
    )
    keep_fragment(key, report)
    return replace(report, findings=list(report.findings), metrics=dict(report.metrics))


def check_rendered(
    markup: str, lang: str, severities: dict[str, str], parts: dict[str, str] | None = None
) -> Report:
    """A whole page. ``parts``: field path -> the field's HTML; where that HTML is on the page, it is
    checked there, in place, and its findings name the field (the rest: ``metrics["parts_not_found"]``)."""
    from a11y_checks import check_html

    return guarded(
        "a11y_checks",
        lambda: check_html(markup, lang=lang, fragment=False, severities=severities, parts=parts or None),
    )


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
        document = bool(markup) and is_document(markup)
        units = [Unit(PAGE_FIELD, TEXT, text=analysed)]
        if markup and not document:
            units.append(Unit(PAGE_FIELD, HTML, html=markup))
        pending = start_checks(units, rules, language_severities, html_severities)
        rendered: list[Report] = []
        try:  # a whole document is checked here while the worker analyses the text
            if document:
                rendered.append(check_rendered(markup, lang, html_severities))
        finally:
            pending.collect()
        reports = [pending.text(), *pending.fragments(), *rendered]
        return Report.combine(reports, checker="compliance", profile=lang)

    combined = guarded(ALL_CHECKERS, run)
    combined.findings = apply_rules(combined.findings, rules)
    return combined, normalise(analysed)
