"""Stand-ins for plainlanguage and a11y_checks, used only while those libraries are not installed.

They flag what every real profile flags as an error too (a very long sentence, an image without
alt text), so the gate's tests keep their meaning when the real libraries take over.
"""

import re
import types

from checkreport import Finding, Report, Text

SENTENCE = re.compile(r"[^.!?\n]+[.!?]?")


def analyze(text, profile="de", html=False, glossary=None, **options):
    findings = []
    lengths = []
    for match in SENTENCE.finditer(text):
        words = match.group(0).split()
        if not words:
            continue
        lengths.append(len(words))
        if len(words) > 25:
            findings.append(
                Finding(
                    rule="sentence-length",
                    severity="error",
                    message=Text(de="Der Satz ist sehr lang.", en="The sentence is very long."),
                    excerpt=match.group(0).strip()[:60],
                    start=match.start(),
                    end=match.end(),
                )
            )
    average = sum(lengths) / len(lengths) if lengths else 0
    score = max(0.0, min(20.0, 20 - average / 2))
    return Report(checker="plainlanguage", profile=profile, findings=findings, score=score, threshold=8.0)


def check_html(html, lang="de", fragment=True, severities=None):
    findings = [
        Finding(
            rule="image-alt",
            severity="error",
            message=Text(de="Dem Bild fehlt ein Alternativtext.", en="The image has no alt text."),
            excerpt=tag,
        )
        for tag in re.findall(r"<img\b(?![^>]*\balt=)[^>]*>", html)
    ]
    return Report(checker="a11y_checks", profile=lang, findings=findings)


def check_pdf(path_or_bytes):
    return Report(checker="a11y_checks", profile="pdf", findings=[])


def modules() -> dict[str, types.ModuleType]:
    plain = types.ModuleType("plainlanguage")
    plain.analyze = analyze
    a11y = types.ModuleType("a11y_checks")
    a11y.check_html, a11y.check_pdf, a11y.RULES = check_html, check_pdf, {}
    return {"plainlanguage": plain, "a11y_checks": a11y}
