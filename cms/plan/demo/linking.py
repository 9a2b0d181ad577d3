"""Tells wagtail-localize that a demo object is the translation of another.

English is a sentence-for-sentence translation: its strings are stored as translations of the
German segments, so the translation editor opens fully translated. Leichte Sprache is rewritten
as a whole (different sentences, explanations added); its translation is switched to manual
editing, where editors use the normal Wagtail editor.
"""

from collections import defaultdict

from django.db import models
from wagtail.models import Locale
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

SEGMENT_ALIGNED_LANGUAGES = frozenset({"en"})


def update_source(source: models.Model) -> TranslationSource:
    """Record the source's current segments (once per object and run: each extraction is costly)."""
    return TranslationSource.update_or_create_from_instance(source)[0]


def link_translation(translation_source: TranslationSource, target: models.Model, locale: Locale) -> int:
    """Create or update the translation record; return the number of strings left unmatched."""
    aligned = locale.language_code in SEGMENT_ALIGNED_LANGUAGES
    Translation.objects.update_or_create(
        source=translation_source, target_locale=locale, defaults={"enabled": aligned}
    )
    if not aligned:
        return 0
    return store_string_translations(translation_source, target, locale)


def store_string_translations(
    translation_source: TranslationSource, target: models.Model, locale: Locale
) -> int:
    """Pair the source's strings with the target's, field by field and in order."""
    target_strings: dict[str, list[str]] = defaultdict(list)
    for segment in extract_segments(target):
        if isinstance(segment, StringSegmentValue):
            target_strings[segment.path].append(segment.string.data)
    source_segments: dict[str, list[StringSegment]] = defaultdict(list)
    queryset = StringSegment.objects.filter(source=translation_source).select_related("string", "context")
    for segment in queryset.order_by("order"):
        source_segments[segment.context.path].append(segment)
    unmatched = 0
    for path, segments in source_segments.items():
        translations = target_strings.get(path, [])
        if len(translations) != len(segments):
            unmatched += len(segments)
            continue
        for segment, text in zip(segments, translations, strict=True):
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                defaults={"data": text, "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL},
            )
    return unmatched
