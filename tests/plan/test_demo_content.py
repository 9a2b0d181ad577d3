"""The demo site: its tree, its content model, its files, and that loading it twice changes nothing."""

import pikepdf
from wagtail.images import get_image_model
from wagtail.models import Page, Revision
from wagtail_localize.models import Translation

from cms.core.models import ContentPage, HomePage
from cms.plan.demo.loader import DemoLoader
from cms.plan.demo.structure import PAGE_TREE
from cms.plan.models import (
    CoordinationGroup,
    DownloadsPage,
    FaqPage,
    FieldOfActionPage,
    MeasurePage,
    ParticipationEventPage,
    PlanDocument,
    PlanPage,
    PrinciplesPage,
    ResponsibleOffice,
    WorkingGroup,
)

LANGUAGES = ("de", "en", "de-x-ls")
PAGE_TYPES = (
    HomePage,
    PlanPage,
    FaqPage,
    PrinciplesPage,
    FieldOfActionPage,
    MeasurePage,
    ParticipationEventPage,
    DownloadsPage,
)


def tree_snapshot() -> list[tuple]:
    pages = Page.objects.filter(depth__gt=1).select_related("locale", "content_type").order_by("path")
    return [
        (page.path, page.locale.language_code, page.slug, page.title, page.content_type.model, page.live)
        for page in pages
    ]


def test_every_page_type_exists_live_in_every_locale(demo):
    for model in PAGE_TYPES:
        for code in LANGUAGES:
            assert model.objects.live().filter(locale__language_code=code).exists(), (model, code)


def test_tree_follows_parent_and_subpage_rules(demo):
    plan = PlanPage.objects.get(locale__language_code="de")
    assert plan.get_parent().specific_class is HomePage
    fields = {page.title for page in plan.fields_of_action()}
    assert fields == {"Arbeit", "Wohnen", "Schule", "Gesundheit", "Sport"}
    for measure in MeasurePage.objects.all():
        assert isinstance(measure.get_parent().specific, FieldOfActionPage)
    assert MeasurePage.can_create_at(FieldOfActionPage.objects.first())
    assert not MeasurePage.can_create_at(plan)
    assert not PlanPage.can_create_at(FieldOfActionPage.objects.first())


def test_plan_facts_come_from_the_seed(demo):
    plan = PlanPage.objects.get(locale__language_code="de")
    assert plan.validity == "2022–2026"
    assert plan.adopted_on.isoformat() == "2022-06-23"
    assert plan.is_binding
    assert plan.contact_email == "auslaenderbeauftragte@dresden.de"
    assert len(plan.goals) == 4
    assert plan.coordination_group is not None
    assert len(plan.working_groups) == 3
    faq = FaqPage.objects.get(locale__language_code="de")
    questions = [block.value["question"] for block in faq.questions]
    assert "Ist der Aktionsplan verbindlich?" in questions
    assert len(PrinciplesPage.objects.get(locale__language_code="de").principles) == 9


def test_participation_events_of_2021(demo):
    event = ParticipationEventPage.objects.get(locale__language_code="de")
    dates = [block.value["date"].isoformat() for block in event.dates]
    assert dates == ["2021-06-27", "2021-07-03", "2021-07-18"]
    assert event.participant_count == 70 and event.participant_count_is_approximate
    linked_fields = {
        block.value["field_of_action"].title for block in event.results if block.value["field_of_action"]
    }
    assert linked_fields == {"Arbeit", "Wohnen", "Schule"}


def test_measures_are_marked_examples_and_roll_up(demo):
    measures = MeasurePage.objects.filter(locale__language_code="de")
    assert measures.count() == 3
    assert all(measure.is_example for measure in measures)
    assert {measure.status for measure in measures} == {"planned", "in_progress", "implemented"}
    plan = PlanPage.objects.get(locale__language_code="de")
    summary = plan.progress_summary()
    # in progress 40 % (weight 2), planned 0 %, implemented 100 %: (80 + 0 + 100) / 4
    assert summary.progress == 45.0
    assert summary.total == 3
    work = FieldOfActionPage.objects.get(locale__language_code="de", slug="arbeit")
    assert work.progress_summary().progress == 40.0


def test_draft_page_stays_an_unpublished_german_draft(demo):
    draft = ContentPage.objects.get(slug="entwurf-neuigkeiten")
    assert draft.locale.language_code == "de"
    assert not draft.live
    assert draft.title.startswith("Entwurf")
    html = draft.get_latest_revision_as_object().body[0].value.source
    assert ">hier</a>" in html
    assert not draft.get_translations().exists()


def test_snippets_exist_in_every_locale(demo):
    for model in (ResponsibleOffice, WorkingGroup, CoordinationGroup):
        for code in LANGUAGES:
            assert model.objects.filter(locale__language_code=code).exists(), (model, code)
    office = ResponsibleOffice.objects.get(
        locale__language_code="de", email="auslaenderbeauftragte@dresden.de"
    )
    assert {item.locale.language_code for item in office.get_translations(inclusive=True)} == set(LANGUAGES)


def test_pdfs_are_real_tagged_and_titled(demo):
    documents = PlanDocument.objects.all()
    assert documents.count() >= 8
    kinds = set(documents.values_list("kind", flat=True))
    assert {"brochure", "picture", "presentation"} <= kinds
    brochures = documents.filter(kind="brochure")
    assert all(document.accessible for document in brochures)
    assert set(brochures.values_list("language", flat=True)) == {"de", "en", "de-x-ls"}
    # Every generated PDF is tagged; the "accessible" flag follows what the plan says.
    assert set(documents.filter(accessible=True).values_list("kind", flat=True)) == {"brochure"}
    pdfs = documents.filter(file__endswith=".pdf")
    assert pdfs.count() == 7
    for document in pdfs:
        with document.open_file() as handle, pikepdf.open(handle) as pdf:
            assert pdf.Root.MarkInfo.Marked
            assert str(pdf.Root.Lang) == document.language
            assert str(pdf.docinfo.Title) == document.title
            assert pdf.Root.StructTreeRoot.K.S == "/Document"


def test_image_has_alt_text_in_every_locale(demo):
    image = get_image_model().objects.get(title="Bild der Handlungsfelder")
    assert image.width == 1200 and image.description
    for plan in PlanPage.objects.all():
        figures = [block.value for block in plan.body if block.block_type == "figure"]
        assert figures and figures[0]["image"].contextual_alt_text
        assert "sport" in figures[0]["text_alternative"].source.lower()


def test_load_demo_twice_gives_the_same_tree(demo):
    before = tree_snapshot()
    counts = (
        ResponsibleOffice.objects.count(),
        PlanDocument.objects.count(),
        Translation.objects.count(),
        Revision.objects.count(),
    )
    loader = DemoLoader()
    loader.run()
    assert loader.unmatched_strings == 0
    assert tree_snapshot() == before
    after = (
        ResponsibleOffice.objects.count(),
        PlanDocument.objects.count(),
        Translation.objects.count(),
        Revision.objects.count(),
    )
    assert after == counts
    assert len(before) == len(PAGE_TREE) * len(LANGUAGES) + 1  # + the German draft


def test_block_ids_are_unique_within_every_stream(demo):
    for page in Page.objects.filter(depth__gt=1).specific():
        for field in page._meta.get_fields():
            if field.__class__.__name__ == "StreamField":
                ids = [block.id for block in getattr(page, field.name)]
                assert len(ids) == len(set(ids)), (page.title, field.name)
