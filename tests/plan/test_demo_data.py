"""The demo data files: every German text has its English and Leichte Sprache counterpart."""

import pytest
from django.apps import apps
from django.db import models
from wagtail.fields import RichTextField, StreamField

from cms.plan.demo import de, de_x_ls, en, structure

# Fields that are the same in every variant (synchronised by wagtail-localize) or optional per variant.
SHARED_FIELDS = {"slug", "email", "website", "phone", "contact_email"}
# Streams without words of their own: snippet choices and dates.
SHARED_STREAMS = {("plan.PlanPage", "working_groups"), ("plan.ParticipationEventPage", "dates")}


def text_fields(model_label: str, data: dict) -> set[str]:
    model = apps.get_model(model_label)
    names = set()
    for name in data:
        field = model._meta.get_field(name)
        is_text = isinstance(field, RichTextField | StreamField) or (
            isinstance(field, models.CharField | models.TextField) and not field.choices
        )
        if is_text and name not in SHARED_FIELDS and (model_label, name) not in SHARED_STREAMS:
            names.add(name)
    return names


@pytest.mark.parametrize("module", [en, de_x_ls], ids=["en", "de-x-ls"])
def test_every_german_text_is_translated(module):
    for key, _parent, model_label in structure.PAGE_TREE:
        missing = text_fields(model_label, de.PAGES[key]) - set(module.PAGES.get(key, {}))
        assert not missing, (key, missing)
    for key, model_label in structure.SNIPPETS:
        missing = text_fields(model_label, de.SNIPPETS[key]) - set(module.SNIPPETS.get(key, {}))
        assert not missing, (key, missing)


@pytest.mark.parametrize("module", [de, en, de_x_ls], ids=["de", "en", "de-x-ls"])
def test_data_names_only_known_pages_and_snippets(module):
    assert set(module.PAGES) <= {key for key, _, _ in structure.PAGE_TREE}
    assert set(module.SNIPPETS) <= {key for key, _ in structure.SNIPPETS}


def strings(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [text for item in value.values() for text in strings(item)]
    if isinstance(value, list | tuple):
        return [text for item in value for text in strings(item)]
    return []


def test_leichte_sprache_data_avoids_characters_the_rules_forbid():
    texts = strings(de_x_ls.PAGES) + strings(de_x_ls.SNIPPETS)
    assert len(texts) > 100
    for forbidden in ("%", "(", ")", "z. B.", "usw.", "bzw.", "–", "„", ";", "/"):
        offending = [text for text in texts if forbidden in text.replace("</", "<")]
        assert not offending, (forbidden, offending[:2])
