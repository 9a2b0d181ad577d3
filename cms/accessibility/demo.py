"""Demo instances of the accessibility pages and the glossary in every locale (called by load_demo).

Idempotent: pages are found by locale and type, glossary words by translation key and locale.
Translated pages are created with ``copy_for_translation`` so they are linked as translations.
"""

import uuid

from wagtail.models import Locale, Page, Site

from cms.compliance.demo import record_example_test_reading

from .demo_content import GLOSSARY, GUIDE, STATEMENT, STATEMENT_DATES
from .glossary import GlossaryTerm
from .models import AccessibilityStatementPage, FeedbackFormField, SiteGuidePage

GLOSSARY_NAMESPACE = uuid.UUID("5b1c1f0e-7a54-4d1e-9a3e-2f6d0c9b7a11")
EASY_READ = "de-x-ls"


def publish(page: Page) -> None:
    revision = page.save_revision()
    if page.locale.language_code == EASY_READ:
        record_example_test_reading(page)
    revision.publish()


def load_glossary() -> int:
    created = 0
    for key, variants in GLOSSARY.items():
        translation_key = uuid.uuid5(GLOSSARY_NAMESPACE, key)
        for code, (term, other_forms, explanation) in variants.items():
            locale = Locale.objects.filter(language_code=code).first()
            if locale is None:
                continue
            _, was_created = GlossaryTerm.objects.update_or_create(
                translation_key=translation_key,
                locale=locale,
                defaults={"term": term, "other_forms": other_forms, "explanation": explanation},
            )
            created += was_created
    return created


def _statement_fields(data: dict) -> dict:
    barriers = [
        ("barrier", {"barrier": text, "reason": reason, "details": "", "alternative": alternative})
        for text, reason, alternative in data["barriers"]
    ]
    return {
        "title": data["title"],
        "slug": data["slug"],
        "intro": data["intro"],
        "scope": data["scope"],
        "conformance_status": "partial",
        "conformance_details": data["conformance_details"],
        "known_barriers": barriers,
        "preparation_method": data["preparation_method"],
        "feedback_intro": data["feedback_intro"],
        "contact": data["contact"],
        "enforcement": data["enforcement"],
        "thank_you_text": data["thank_you_text"],
        "to_address": "integration@dresden.de",
        "from_address": "website@dresden.de",
        "subject": data["title"],
        **STATEMENT_DATES,
    }


def _guide_fields(data: dict) -> dict:
    body = [
        (
            "section",
            {"heading": heading, "text": text, "image": None, "image_alt": "", "link": None, "link_text": ""},
        )
        for heading, text in data["sections"]
    ]
    body.append(
        (
            "sign_language_video",
            {
                "title": data["video_title"],
                "video": None,
                "video_file": None,
                "captions": None,
                "text_alternative": data["video_text"],
            },
        )
    )
    return {
        "title": data["title"],
        "slug": data["slug"],
        "intro": data["intro"],
        "teaser": data["teaser"],
        "body": body,
    }


def _form_fields(data: dict) -> list[FeedbackFormField]:
    return [
        FeedbackFormField(
            label=label, field_type=kind, required=required, help_text=help_text, sort_order=index
        )
        for index, (label, kind, required, help_text) in enumerate(data["fields"])
    ]


def _ensure_page(model: type[Page], homes: dict[str, Page], fields_for, content: dict) -> None:
    source = model.objects.child_of(homes["de"]).first()
    if source is None:
        source = homes["de"].add_child(instance=model(**fields_for(content["de"])))
        if model is AccessibilityStatementPage:
            source.form_fields = _form_fields(content["de"])
        publish(source)
    for code, home in homes.items():
        if code == "de" or model.objects.child_of(home).exists():
            continue
        page = source.copy_for_translation(home.locale).specific
        for name, value in fields_for(content[code]).items():
            setattr(page, name, value)
        if model is AccessibilityStatementPage:
            page.form_fields = _form_fields(content[code])
        publish(page)


def home_pages() -> dict[str, Page]:
    """The start page of each language tree, keyed by language code (German first)."""
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is None:
        return {}
    root = site.root_page.specific
    homes = {root.locale.language_code: root}
    for translation in root.get_translations().specific():
        homes[translation.locale.language_code] = translation
    return homes


def load_accessibility_demo() -> str:
    homes = home_pages()
    words = load_glossary()
    if "de" not in homes:
        return "accessibility demo: no German start page, pages skipped"
    _ensure_page(AccessibilityStatementPage, homes, _statement_fields, STATEMENT)
    _ensure_page(SiteGuidePage, homes, _guide_fields, GUIDE)
    return f"accessibility demo: statement and site guide in {', '.join(homes)}; {words} new glossary words"
