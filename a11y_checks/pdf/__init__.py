"""PDF checks: open the file once, collect its facts, run the PDF rules."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import pikepdf

from checkreport import Finding, Report

from ..engine import CHECKER, OFF, RULE_ERRORS, resolve_severities, run_rule
from ..registry import Registry
from .document import PdfDocument


def run_pdf(
    registry: Registry,
    source: str | Path | bytes,
    *,
    lang: str,
    severities: Mapping[str, str] | None,
    max_bytes: int | None = None,
) -> Report:
    levels = resolve_severities(registry, severities)
    document = PdfDocument(source, max_bytes=max_bytes)
    findings: list[Finding] = []
    for rule in registry.of_kind("pdf"):
        if levels[rule.id] == OFF:
            continue
        findings.extend(run_rule(rule, document, levels[rule.id], None, (*RULE_ERRORS, pikepdf.PdfError)))
    return Report(checker=CHECKER, profile=lang, findings=findings, metrics=document.metrics())
