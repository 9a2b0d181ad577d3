"""What the demo consists of, independent of language: the page tree, snippets, files."""

from dataclasses import dataclass, field

# (natural key, parent key, page model) in creation order; parents come before their children.
PAGE_TREE: list[tuple[str, str | None, str]] = [
    ("home", None, "core.HomePage"),
    ("plan", "home", "plan.PlanPage"),
    ("downloads", "plan", "plan.DownloadsPage"),  # first: other pages link to it
    ("faq", "plan", "plan.FaqPage"),
    ("principles", "plan", "plan.PrinciplesPage"),
    ("field-work", "plan", "plan.FieldOfActionPage"),
    ("measure-staff-diversity", "field-work", "plan.MeasurePage"),
    ("field-housing", "plan", "plan.FieldOfActionPage"),
    ("measure-homeless-eu-citizens", "field-housing", "plan.MeasurePage"),
    ("field-school", "plan", "plan.FieldOfActionPage"),
    ("measure-parents-daycare-school", "field-school", "plan.MeasurePage"),
    ("field-health", "plan", "plan.FieldOfActionPage"),
    ("field-sport", "plan", "plan.FieldOfActionPage"),
    ("participation", "plan", "plan.ParticipationEventPage"),
]

# A German draft written like the original city page, never published: the gate should refuse it.
DRAFT_PAGE: tuple[str, str, str] = ("draft-news", "plan", "core.ContentPage")

# (natural key, snippet model) in creation order.
SNIPPETS: list[tuple[str, str]] = [
    ("office-integration", "plan.ResponsibleOffice"),
    ("office-personnel", "plan.ResponsibleOffice"),
    ("office-social", "plan.ResponsibleOffice"),
    ("office-schools", "plan.ResponsibleOffice"),
    ("coordination-group", "plan.CoordinationGroup"),
    ("working-group-1", "plan.WorkingGroup"),
    ("working-group-2", "plan.WorkingGroup"),
    ("working-group-3", "plan.WorkingGroup"),
]

FIELD_LABELS = ["Arbeit", "Wohnen", "Schule", "Gesundheit", "Sport"]


@dataclass(frozen=True)
class DemoFile:
    title: str
    language: str
    kind: str
    accessible: bool
    lines: list[str] = field(default_factory=list)  # PDF text, first line is the heading
    png_labels: list[str] | None = None  # set for a PNG picture instead of a PDF

    @property
    def extension(self) -> str:
        return "png" if self.png_labels is not None else "pdf"


DEMO_NOTE_DE = "Demo-Datei des Aktionsplans. Sie ersetzt die echte Datei der Stadt."
DEMO_NOTE_EN = "Demo file of the action plan. It stands in for the city's real file."

DOCUMENTS: dict[str, DemoFile] = {
    "brochure-de": DemoFile(
        "Aktionsplan Integration 2022–2026, Broschüre",
        "de",
        "brochure",
        True,
        ["Aktionsplan Integration 2022–2026", "Landeshauptstadt Dresden", DEMO_NOTE_DE],
    ),
    "brochure-en": DemoFile(
        "Integration Action Plan 2022–2026, brochure",
        "en",
        "brochure",
        True,
        ["Integration Action Plan 2022–2026", "City of Dresden", DEMO_NOTE_EN],
    ),
    "easy-read": DemoFile(
        "Aktionsplan Integration in leicht verständlicher Sprache (Verso)",
        "de-x-ls",
        "brochure",
        True,
        ["Aktions·plan Integration", "In leicht verständlicher Sprache.", DEMO_NOTE_DE],
    ),
    "picture-fields": DemoFile("Bild der Handlungsfelder", "de", "picture", False, png_labels=FIELD_LABELS),
    "picture-goals": DemoFile(
        "Bild der Ziele",
        "de",
        "picture",
        False,  # tagged anyway; the plan only calls the brochures accessible
        [
            "Ziele des Aktionsplans",
            "Integration als Querschnittsaufgabe",
            "Zugang zu allen Angeboten",
            "Solidarisches Miteinander",
            "Gegen Diskriminierung",
            DEMO_NOTE_DE,
        ],
    ),
    "picture-principles": DemoFile(
        "Bild der Regeln für Integration",
        "de",
        "picture",
        False,
        [
            "Regeln für Integration",
            "Grundlage: Menschenrechte, Grundgesetz, Sächsische Verfassung",
            "Integration gestalten alle",
            "Interkulturelle Öffnung",
            DEMO_NOTE_DE,
        ],
    ),
    "working-paper": DemoFile(
        "Arbeitspapier der Koordinierungsgruppe und der Arbeitsgruppen",
        "de",
        "working_paper",
        False,
        ["Arbeitspapier", "Grundlage der Arbeit von Koordinierungsgruppe und Arbeitsgruppen", DEMO_NOTE_DE],
    ),
    "presentation-2021": DemoFile(
        "Präsentation der Beteiligungsveranstaltungen 2021",
        "de",
        "presentation",
        False,
        [
            "Gemeinsam. Verantwortung. Leben.",
            "Beteiligungsveranstaltungen 27. Juni, 3. und 18. Juli 2021",
            DEMO_NOTE_DE,
        ],
    ),
}

# Images shown on pages (the same picture is also offered as a download above).
IMAGES: dict[str, tuple[str, list[str]]] = {
    "fields-of-action": ("Bild der Handlungsfelder", FIELD_LABELS),
}
