"""The demo's texts break no blocking plain-language rule of their variant.

The compliance gate checks every variant before it goes live; the demo has to pass it. Warnings
are allowed (the German original keeps the city's own wording); errors are not.
"""

from collections.abc import Iterator

import pytest
from django.db import models
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.rich_text import RichText

from cms.plan.models import CoordinationGroup, ResponsibleOffice, WorkingGroup
from plainlanguage import analyze

NOT_PROSE = {"slug", "email", "website", "phone", "contact_email", "draft_title", "url_path", "path"}


def stream_texts(value, path: str) -> Iterator[tuple[str, str, bool]]:
    if isinstance(value, RichText):
        yield path, value.source, True
    elif isinstance(value, str):
        yield path, value, False
    elif isinstance(value, dict) or hasattr(value, "items"):
        for key, item in value.items():
            yield from stream_texts(item, f"{path}.{key}")
    elif isinstance(value, list | tuple) or hasattr(value, "raw_data"):
        for index, item in enumerate(value):
            yield from stream_texts(getattr(item, "value", item), f"{path}[{index}]")


def texts(instance: models.Model) -> Iterator[tuple[str, str, bool]]:
    for field in instance._meta.concrete_fields:
        if (field.model is Page and field.name != "title") or field.name in NOT_PROSE:
            continue
        value = getattr(instance, field.name)
        if isinstance(field, StreamField):
            yield from stream_texts(value, field.name)
        elif isinstance(field, RichTextField):
            yield field.name, value, True
        elif isinstance(field, models.CharField | models.TextField) and not field.choices:
            yield field.name, value, False


@pytest.mark.parametrize("code", ["de", "en", "de-x-ls"])
def test_demo_texts_have_no_blocking_findings(demo, code):
    objects = [*Page.objects.filter(locale__language_code=code, depth__gt=1, live=True).specific()]
    for model in (ResponsibleOffice, WorkingGroup, CoordinationGroup):
        objects.extend(model.objects.filter(locale__language_code=code))
    checked, blocking = 0, []
    for instance in objects:
        for path, text, is_html in texts(instance):
            if not str(text).strip():
                continue
            checked += 1
            report = analyze(str(text), profile=code, html=is_html)
            blocking += [
                (str(instance), path, f.rule, f.excerpt) for f in report.findings if f.severity == "error"
            ]
    assert checked > 50
    assert blocking == []


def test_the_draft_reads_like_the_original_and_does_not_pass(demo):
    draft = Page.objects.get(slug="entwurf-neuigkeiten").specific.get_latest_revision_as_object()
    report = analyze(draft.intro, profile="de", html=True)
    assert not report.passed
    assert any(finding.rule.startswith("sentence") for finding in report.findings)
