"""A site whose every editable text carries hostile markup, entered the way each field is edited.

Plain fields and StreamField text blocks are written as editors would type them (through the
admin or the model); rich text goes through the admin as Draftail JSON, the way a manipulated
browser would send it; a translation gets the markup through wagtail-localize's segments; the
feedback form through a public POST.
"""

from __future__ import annotations

import datetime
import time

from django.test import Client
from wagtail.log_actions import log
from wagtail.models import Page, Site
from wagtail.rich_text import RichText
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from cms.accessibility.models import AccessibilityStatementPage, FeedbackFormField
from cms.accessibility.spam import STARTED_FIELD, issue_token
from cms.compliance.gate import OVERRIDE_ACTION
from cms.core.models import HomePage
from cms.plan.models import FaqPage, FieldOfActionPage, MeasurePage, PlanPage, ResponsibleOffice

from .content import locales, root_page
from .payloads import PAYLOAD, contentstate


def publish_past_the_gate(page: Page, user) -> Page:
    """Hostile markup fails the checks; these pages go live with a logged override."""
    revision = page.save_revision(user=user, log_action=True)
    log(
        instance=page,
        action=OVERRIDE_ACTION,
        user=user,
        revision=revision,
        data={"reason": "Sicherheitstest"},
    )
    revision.publish(user=user)
    page.refresh_from_db()
    return page


def build_injected_site(superuser) -> dict[str, Page]:
    by_code = locales()
    admin = Client()
    admin.force_login(superuser)
    home = root_page().add_child(
        instance=HomePage(
            title=f"Start {PAYLOAD}",
            seo_title=f"Aktionsplan {PAYLOAD}",
            search_description=f"Beschreibung {PAYLOAD}",
            slug="start-xss",
            locale=by_code["de"],
            intro="<p>Willkommen.</p>",
        )
    )
    # The gate reads its per-locale rules from the site's settings: the site comes first.
    Site.objects.update_or_create(is_default_site=True, defaults={"hostname": "localhost", "root_page": home})
    publish_past_the_gate(home, superuser)
    pages = {"home": home, "content": add_content_page_in_the_admin(admin, home)}

    office = ResponsibleOffice.objects.create(name=f"Amt {PAYLOAD}", locale=by_code["de"])
    home.refresh_from_db()
    plan = home.add_child(
        instance=PlanPage(
            title=f"Plan {PAYLOAD}",
            slug="plan",
            locale=by_code["de"],
            valid_from=2022,
            valid_until=2026,
            adopted_by=f"Stadtrat {PAYLOAD}",
            binding_note=f"Verbindlich {PAYLOAD}",
            audiences=[("audience", f"Alle {PAYLOAD}")],
            intro="<p>Der Plan.</p>",
        )
    )
    field = plan.add_child(
        instance=FieldOfActionPage(title=f"Arbeit {PAYLOAD}", slug="arbeit", locale=by_code["de"])
    )
    measure = field.add_child(
        instance=MeasurePage(
            title=f"Beratung {PAYLOAD}", slug="beratung", locale=by_code["de"], responsible_office=office
        )
    )
    faq = plan.add_child(
        instance=FaqPage(
            title="Fragen",
            slug="fragen",
            locale=by_code["de"],
            questions=[
                ("heading", {"text": f"Allgemein {PAYLOAD}", "level": "h2"}),
                ("faq", {"question": f"Was? {PAYLOAD}", "answer": RichText("<p>Das.</p>")}),
            ],
        )
    )
    for page in (plan, field, measure, faq):
        publish_past_the_gate(page, superuser)
    pages.update(plan=plan, field=field, measure=measure, faq=faq)
    pages["statement"] = add_statement_with_feedback(home, superuser)
    pages["en"] = translate_with_hostile_segments(home, by_code["en"], superuser)
    return pages


def content_page_form() -> dict:
    """The content page editor's form, as a manipulated browser could send it."""
    hostile = contentstate()
    return nested_form_data(
        {
            "title": f"Seite {PAYLOAD}",
            "slug": "seite",
            "seo_title": f"SEO {PAYLOAD}",
            "search_description": f"Suche {PAYLOAD}",
            "intro": hostile,
            "body": streamfield(
                [
                    ("heading", {"text": f"Kapitel {PAYLOAD}", "level": "h2"}),
                    ("paragraph", hostile),
                    ("faq", {"question": f"Frage {PAYLOAD}", "answer": hostile}),
                ]
            ),
            "comments": inline_formset([]),
        }
    )


def add_content_page_in_the_admin(admin: Client, home: Page) -> Page:
    response = admin.post(
        f"/admin/pages/add/core/contentpage/{home.pk}/",
        {
            **content_page_form(),
            "action-publish": "publish",
            "compliance_override_reason": "Sicherheitstest",
        },
    )
    assert response.status_code == 302, response.content[:2000]
    home.refresh_from_db()  # treebeard reads the child count from the instance
    page = home.get_children().get(slug="seite").specific
    assert page.live, "the override did not publish the page"
    return page


def add_statement_with_feedback(home: Page, user) -> Page:
    text = "<p>Kontakt.</p>"
    statement = home.add_child(
        instance=AccessibilityStatementPage(
            title="Barrierefreiheit",
            slug="barrierefreiheit",
            locale=home.locale,
            scope=f"Diese Seite {PAYLOAD}",
            conformance_status="partial",
            prepared_on=datetime.date(2026, 1, 1),
            last_reviewed_on=datetime.date(2026, 6, 1),
            preparation_method=text,
            feedback_intro=text,
            contact=text,
            enforcement=text,
        )
    )
    FeedbackFormField.objects.create(
        page=statement, label="Ihre Nachricht", field_type="multiline", required=True
    )
    publish_past_the_gate(statement, user)
    response = Client().post(
        statement.url,
        {"ihre_nachricht": f"Barriere {PAYLOAD}", STARTED_FIELD: issue_token(now=time.time() - 30)},
    )
    assert response.status_code == 200
    assert statement.get_submission_class().objects.filter(page=statement).count() == 1
    return statement


def translate_with_hostile_segments(page: Page, locale, user) -> Page:
    source, _ = TranslationSource.get_or_create_from_instance(page)
    translation, _ = Translation.objects.get_or_create(source=source, target_locale=locale)
    for segment in StringSegment.objects.filter(source=source).select_related("string", "context"):
        data = f"{segment.string.data} {PAYLOAD}" if segment.context.path != "slug" else "start"
        if len(data) > 255:  # a title is a varchar(255) on PostgreSQL; it already carries a payload
            data = segment.string.data
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={"data": data},
        )
    translation.save_target(user=user, publish=False)
    return publish_past_the_gate(page.get_translation(locale), user)
