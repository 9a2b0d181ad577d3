"""English and Leichte Sprache are translations of the German pages, in Wagtail and in wagtail-localize."""

from django.contrib.auth import get_user_model
from django.db import transaction
from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, Translation, TranslationSource
from wagtail_localize.operations import TranslationCreator

from cms.core.models import ContentPage
from cms.plan.models import MeasurePage, PlanPage, ResponsibleOffice

TARGETS = ("en", "de-x-ls")


def german_pages():
    return Page.objects.filter(locale__language_code="de", depth__gt=1, live=True).specific()


def test_every_live_german_page_has_live_translations(demo):
    for page in german_pages():
        for code in TARGETS:
            translation = page.get_translation_or_none(Locale.objects.get(language_code=code))
            assert translation is not None, (page.title, code)
            assert translation.live
            assert translation.translation_key == page.translation_key
            assert translation.title  # written, not copied empty


def test_wagtail_localize_knows_every_translation(demo):
    for page in german_pages():
        source = TranslationSource.objects.get_for_instance_or_none(page)
        assert source is not None, page.title
        records = {record.target_locale.language_code: record for record in source.translations.all()}
        assert set(records) == set(TARGETS), page.title
        # English is translated segment by segment; Leichte Sprache is rewritten in the normal editor.
        assert records["en"].enabled
        assert not records["de-x-ls"].enabled
    office = ResponsibleOffice.objects.get(
        locale__language_code="de", email="auslaenderbeauftragte@dresden.de"
    )
    assert TranslationSource.objects.get_for_instance_or_none(office).translations.count() == 2


def test_english_strings_are_all_translated(demo):
    for translation in Translation.objects.filter(target_locale__language_code="en").select_related("source"):
        segments = StringSegment.objects.filter(source=translation.source).annotate_translation(
            translation.target_locale
        )
        missing = segments.filter(translation__isnull=True).count()
        assert missing == 0, (translation.source.object_repr, missing)


def test_wagtail_localize_rebuilds_the_english_pages_unchanged(demo):
    """Saving through the translation editor must not lose or alter the written English."""
    checked = 0
    for translation in Translation.objects.filter(target_locale__language_code="en"):
        target = translation.get_target_instance()
        if not isinstance(target, Page):
            continue
        target = target.specific
        before = {field.name: field.value_to_string(target) for field in content_fields(target)}
        with transaction.atomic():
            translation.save_target(publish=False)
            rebuilt = target.get_latest_revision_as_object()
            after = {field.name: field.value_to_string(rebuilt) for field in content_fields(rebuilt)}
            assert after == before, translation.source.object_repr
            transaction.set_rollback(True)
        checked += 1
    assert checked == german_pages().count()


def content_fields(page: Page) -> list:
    """The title and every field the page type adds (text, rich text, streams, facts)."""
    own_fields = [
        field
        for field in page._meta.concrete_fields
        if field.model is not Page and not field.primary_key and not field.is_relation
    ]
    return [Page._meta.get_field("title"), *own_fields]


def test_translated_measures_point_to_offices_in_their_own_language(demo):
    for measure in MeasurePage.objects.exclude(locale__language_code="de"):
        assert measure.responsible_office.locale_id == measure.locale_id
        source = measure.get_translation(Locale.objects.get(language_code="de"))
        assert measure.status == source.status
        assert measure.effective_progress == source.effective_progress
        assert measure.start_date == source.start_date


def test_plan_working_groups_follow_the_locale(demo):
    for plan in PlanPage.objects.all():
        assert plan.coordination_group.locale_id == plan.locale_id
        assert {block.value.locale_id for block in plan.working_groups} == {plan.locale_id}


def test_a_new_translation_starts_as_a_draft(demo):
    """Translating a live German page must not publish untranslated content into en or de-x-ls."""
    plan = PlanPage.objects.get(locale__language_code="de")
    news = plan.add_child(instance=ContentPage(title="Neuigkeiten", slug="neuigkeiten", intro="<p>Neu.</p>"))
    news.save_revision().publish()
    user = get_user_model().objects.create_superuser("translator", "t@example.org", "secret-password")
    targets = list(Locale.objects.exclude(language_code="de"))
    TranslationCreator(user, targets).create_translations(news)
    for locale in targets:
        translation = news.get_translation(locale)
        assert not translation.live, locale.language_code
