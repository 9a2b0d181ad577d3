"""Findings while translating: wagtail-localize's editor shows the target locale's findings."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from wagtail.models import GroupPagePermission, Page, Revision
from wagtail.users.models import UserProfile
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource
from wagtail_localize.operations import translate_object

from cms.compliance.models import ComplianceReport

from .conftest import GOOD_TEXT, make_article
from .test_localize_paths import ENGLISH_LONG

pytestmark = pytest.mark.django_db

# The Leichte Sprache target: a sentence of 40 words, then the same said in short sentences.
LS_FORTY_WORDS = (
    "Die Stadt hat beschlossen, dass alle neu zugewanderten Menschen, die in der Stadt wohnen und eine "
    "Arbeit suchen, zusätzlich zu den bisherigen Angeboten eine umfassende Beratung durch die zuständigen "
    "Stellen der Verwaltung erhalten sollen, wenn sie das selbst gerne wünschen."
)
LS_SHORT = "Die Stadt hilft neuen Menschen. Sie bekommen Beratung. Die Beratung kostet nichts."


def start_translation(home, locale):
    """A German article submitted for translation into ``locale``: the target exists, nothing translated."""
    source_page = make_article(home)
    source_page.save_revision().publish()
    translate_object(Page.objects.get(pk=source_page.pk).specific, [locale])
    source = TranslationSource.objects.get(object_id=source_page.translation_key)
    return Translation.objects.get(source=source, target_locale=locale)


def translate(translation, texts: dict[str, str]) -> None:
    """What the editor's segment API stores when the translator saves a segment."""
    segments = StringSegment.objects.filter(source=translation.source).select_related("string", "context")
    for segment in segments:
        if segment.string.data in texts:
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=translation.target_locale,
                context=segment.context,
                defaults={"data": texts[segment.string.data], "translation_type": "manual"},
            )


def check(client, translation):
    """As the editor's script asks (an XMLHttpRequest: Wagtail answers a refusal with 403, not a redirect)."""
    url = reverse("compliance:check_translation", args=[translation.pk])
    return client.get(url, headers={"X-Requested-With": "XMLHttpRequest"})


def test_findings_of_a_bad_segment_and_none_after_the_fix(client, admin_user, home, locales):
    translation = start_translation(home, locales["de-x-ls"])
    translate(translation, {"Neue Angebote": "Neue Hilfe", GOOD_TEXT: LS_FORTY_WORDS})
    stored = (Revision.objects.count(), ComplianceReport.objects.count())
    client.force_login(admin_user)

    bad = check(client, translation).json()
    assert bad["errors"] >= 1 and not bad["passed"]
    assert any(h["severity"] == "error" and "zugewanderten" in h["excerpt"] for h in bad["highlights"])
    assert "Summary" in bad["html"]  # the field the segment belongs to

    translate(translation, {GOOD_TEXT: LS_SHORT})
    good = check(client, translation).json()
    assert good["errors"] == 0, good["html"]
    assert "zugewanderten" not in good["html"]
    # built in memory: no revision, no stored report
    assert (Revision.objects.count(), ComplianceReport.objects.count()) == stored


def test_untranslated_segments_are_named_and_the_admin_language_is_used(client, editor, home, locales):
    translation = start_translation(home, locales["en"])
    translate(translation, {GOOD_TEXT: ENGLISH_LONG})
    client.force_login(editor)

    german = check(client, translation).json()
    assert german["errors"] >= 1 and "Fehler" in german["summary"]
    assert "noch nicht übersetzt" in german["html"]  # the title is still the German source text

    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "en"
    profile.save()
    english = check(client, translation).json()
    assert "error" in english["summary"] and "Fehler" not in english["html"]
    assert "not translated yet" in english["html"] and "Summary" in english["html"]


def test_only_users_who_may_edit_the_translation(client, home, locales):
    translation = start_translation(home, locales["en"])
    reader = get_user_model().objects.create_user("leserin", password="pw")
    group = Group.objects.create(name="Nur Admin")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    reader.groups.add(group)
    client.force_login(reader)
    assert check(client, translation).status_code == 403

    # the same user with edit rights on the German tree only: still not the English translation
    GroupPagePermission.objects.create(
        group=group, page=home, permission=Permission.objects.get(codename="change_page")
    )
    assert check(client, translation).status_code == 403


def test_the_translation_editor_shows_the_findings_region(client, admin_user, home, locales):
    translation = start_translation(home, locales["en"])
    target = translation.get_target_instance()
    client.force_login(admin_user)
    html = client.get(reverse("wagtailadmin_pages:edit", args=[target.pk])).content.decode()
    assert "js-translation-editor" in html  # wagtail-localize's editor, not Wagtail's own
    assert "data-compliance-translation" in html and 'aria-live="polite"' in html
    assert reverse("compliance:check_translation", args=[translation.pk]) in html
    assert "compliance/translation_findings.js" in html
