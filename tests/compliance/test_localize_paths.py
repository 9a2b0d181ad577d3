"""wagtail-localize: publishing a translation and syncing with "publish" go through the gate,
and the translator is told which finding blocks in which field."""

import pytest
from django.urls import reverse
from wagtail.models import Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource
from wagtail_localize.operations import translate_object

from cms.compliance.demo import record_example_test_reading
from cms.compliance.gate import ComplianceError

from .conftest import GOOD_TEXT, make_article

ENGLISH_GOOD = {
    "Neue Angebote": "New services",
    GOOD_TEXT: "The city helps new people. They learn German. They find work.",
}
ENGLISH_LONG = (
    "The city administration has decided as part of the implementation of the action plan that all newly arrived "
    "people who settle in the city and look for a flat should receive comprehensive advice from the responsible "
    "offices of the administration in addition to the existing services if they wish."
)


BLOCKED_ENGLISH = {"Neue Angebote": "New services", GOOD_TEXT: ENGLISH_LONG}
REFUSED = ("not published", "nicht veröffentlicht")


def translated_page(home, locales, english: dict[str, str]):
    source_page = make_article(home)
    source_page.save_revision().publish()
    translate_object(Page.objects.get(pk=source_page.pk).specific, [locales["en"]])
    source = TranslationSource.objects.get(object_id=source_page.translation_key)
    translation = Translation.objects.get(source=source, target_locale=locales["en"])
    for segment in StringSegment.objects.filter(source=source).select_related("string", "context"):
        StringTranslation.objects.create(
            translation_of=segment.string,
            locale=locales["en"],
            context=segment.context,
            data=english.get(segment.string.data, segment.string.data),
            translation_type="manual",
        )
    target = source_page.get_translation(locales["en"])
    return translation, target


@pytest.mark.django_db
def test_save_target_with_publish_is_vetoed_after_commit(home, locales, django_capture_on_commit_callbacks):
    translation, target = translated_page(home, locales, BLOCKED_ENGLISH)
    with pytest.raises(ComplianceError) as caught, django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)
    assert "summary" in caught.value.error_dict
    assert not Page.objects.get(pk=target.pk).live


@pytest.mark.django_db
def test_save_target_publishes_a_compliant_translation(home, locales, django_capture_on_commit_callbacks):
    translation, target = translated_page(home, locales, ENGLISH_GOOD)
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)
    assert Page.objects.get(pk=target.pk).live


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_translation_editor_publish_names_the_field(client, admin_user, home, locales):
    _translation, target = translated_page(home, locales, BLOCKED_ENGLISH)
    client.force_login(admin_user)
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[target.pk]), {"action": "publish"}, follow=True
    )
    assert response.status_code == 200
    text = " ".join(str(m.message) for m in response.context["messages"])
    assert "Summary" in text and any(word in text for word in REFUSED)
    assert not Page.objects.get(pk=target.pk).live


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_sync_with_publish_refused_is_a_message_not_an_error_page(client, admin_user, home, locales):
    translation, target = translated_page(home, locales, BLOCKED_ENGLISH)
    client.force_login(admin_user)
    url = reverse("wagtail_localize:update_translations", args=[translation.source_id])
    response = client.post(url, {"publish_translations": "on"}, follow=True)
    assert response.status_code == 200
    text = " ".join(str(m.message) for m in response.context["messages"])
    assert "Summary" in text and any(word in text for word in REFUSED)
    assert not Page.objects.get(pk=target.pk).live


def translations_of(home, locales, texts: dict[str, dict[str, str]]):
    """A live German page translated into each locale of ``texts`` (code -> source -> target)."""
    source_page = make_article(home)
    source_page.save_revision().publish()
    targets = [locales[code] for code in texts]
    translate_object(Page.objects.get(pk=source_page.pk).specific, targets)
    source = TranslationSource.objects.get(object_id=source_page.translation_key)
    for code, strings in texts.items():
        for segment in StringSegment.objects.filter(source=source).select_related("string", "context"):
            StringTranslation.objects.create(
                translation_of=segment.string,
                locale=locales[code],
                context=segment.context,
                data=strings.get(segment.string.data, segment.string.data),
                translation_type="manual",
            )
    return source, {code: source_page.get_translation(locales[code]) for code in texts}


def sync_and_publish(client, user, source):
    client.force_login(user)
    url = reverse("wagtail_localize:update_translations", args=[source.pk])
    response = client.post(url, {"publish_translations": "on"}, follow=True)
    assert response.status_code == 200
    return [str(m.message) for m in response.context["messages"]]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_sync_names_every_refused_translation(client, admin_user, home, locales):
    # English breaks a rule in the summary; Leichte Sprache has no test reading of its text
    source, targets = translations_of(home, locales, {"en": BLOCKED_ENGLISH, "de-x-ls": {}})
    messages = sync_and_publish(client, admin_user, source)
    refused = [m for m in messages if any(word in m for word in REFUSED)]
    assert len(refused) == 2
    english = next(m for m in refused if "English" in m or "Englisch" in m)
    assert "Summary" in english
    easy = next(m for m in refused if "Leichte Sprache" in m)
    assert "Prüflesende" in easy or "test read" in easy
    assert not any(Page.objects.get(pk=target.pk).live for target in targets.values())


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_sync_publishes_the_compliant_translations_after_a_refused_one(client, admin_user, home, locales):
    # English (synced first) is refused; Leichte Sprache has its test reading and publishes
    source, targets = translations_of(home, locales, {"en": BLOCKED_ENGLISH, "de-x-ls": {}})
    Translation.objects.get(source=source, target_locale=locales["de-x-ls"]).save_target(publish=False)
    record_example_test_reading(Page.objects.get(pk=targets["de-x-ls"].pk).specific)
    messages = sync_and_publish(client, admin_user, source)
    assert any("English" in m or "Englisch" in m for m in messages)
    assert not Page.objects.get(pk=targets["en"].pk).live
    assert Page.objects.get(pk=targets["de-x-ls"].pk).live
