"""German demo content: the original, in the wording of the city's page on the action plan.

Where the demo needs more than the page says (measures, offices, working group topics), the
content is drawn from the results of the 2021 participation events and marked as an example.
"""

from cms.plan.demo.refs import download, figure, page, snippet

SNIPPETS = {
    "office-integration": {
        "name": "Büro der Integrations- und Ausländerbeauftragten",
        "email": "auslaenderbeauftragte@dresden.de",
        "website": "https://www.dresden.de/de/leben/gesellschaft/migration.php",
    },
    "office-personnel": {"name": "Personalamt (Beispiel)"},
    "office-social": {"name": "Sozialamt (Beispiel)"},
    "office-schools": {"name": "Schulverwaltungsamt (Beispiel)"},
    "coordination-group": {
        "name": "Koordinierungsgruppe in der Stadtverwaltung",
        "tasks": "<p>Die Koordinierungsgruppe begleitet und kontrolliert die Umsetzung des Aktionsplans. "
        "Sie hat klar definierte Aufgaben und Verantwortlichkeiten.</p>",
        "members": [
            ("organisation", "Integrations- und Ausländerbeauftragte"),
            ("organisation", "Ämter der Stadtverwaltung"),
        ],
    },
    "working-group-1": {
        "name": "Arbeitsgruppe 1",
        "topic": "Arbeit und Stadtverwaltung (Beispiel)",
        "tasks": "<p>Die Arbeitsgruppe begleitet themenbezogen die Umsetzung des Aktionsplans.</p>",
        "members": [
            ("organisation", "Beschäftigte der Stadtverwaltung"),
            ("organisation", "Migrantenorganisationen"),
            ("organisation", "Beratungsstellen"),
        ],
        "is_example": True,
    },
    "working-group-2": {
        "name": "Arbeitsgruppe 2",
        "topic": "Wohnen und Gesundheit (Beispiel)",
        "tasks": "<p>Die Arbeitsgruppe begleitet themenbezogen die Umsetzung des Aktionsplans.</p>",
        "members": [
            ("organisation", "Beschäftigte der Stadtverwaltung"),
            ("organisation", "Stadtteilnetzwerke"),
            ("organisation", "andere Behörden"),
        ],
        "is_example": True,
    },
    "working-group-3": {
        "name": "Arbeitsgruppe 3",
        "topic": "Schule und Sport (Beispiel)",
        "tasks": "<p>Die Arbeitsgruppe begleitet themenbezogen die Umsetzung des Aktionsplans.</p>",
        "members": [
            ("organisation", "Beschäftigte der Stadtverwaltung"),
            ("organisation", "Migrantenorganisationen"),
            ("organisation", "Stadtteilnetzwerke"),
        ],
        "is_example": True,
    },
}

INTEGRATION_HTML = (
    "<p>Integration heißt, Menschen mit Migrationsgeschichte nehmen gleichberechtigt teil. "
    "Das bezieht sich auf das</p>"
    "<ul><li>gesellschaftliche,</li><li>soziale,</li><li>rechtliche,</li><li>wirtschaftliche,</li>"
    "<li>kulturelle und</li><li>politische Leben.</li></ul>"
    "<p>Integration ist gelungen, wenn alle zugewanderten Menschen gleichberechtigt zur Stadt gehören.</p>"
)

FIELDS_PICTURE_TEXT = "<p>Das Bild zeigt die Handlungsfelder des Aktionsplans: Arbeit, Wohnen, Schule, Gesundheit und Sport.</p>"

GOALS_PICTURE_TEXT = (
    "<p>Das Bild zeigt die vier Ziele des Aktionsplans: Integration als Querschnittsaufgabe, "
    "Zugang zu allen Angeboten, solidarisches Miteinander und der Einsatz gegen Diskriminierung.</p>"
)

PRINCIPLES_PICTURE_TEXT = (
    "<p>Das Bild zeigt die Regeln für Integration: Grundlage sind die Menschenrechte, das Grundgesetz "
    "und die Sächsische Verfassung. Integration gestalten alle. Institutionen öffnen sich interkulturell.</p>"
)

PAGES = {
    "home": {
        "title": "Integration in Dresden",
        "slug": "start",
        "intro": "<p>Die Landeshauptstadt Dresden hat einen Aktionsplan für die Integration von zugewanderten "
        "Menschen. Er gilt von 2022 bis 2026.</p>",
        "body": [
            ("heading", {"text": "Was finden Sie auf dieser Website?", "level": "h2"}),
            (
                "paragraph",
                "<p>Hier finden Sie den Aktionsplan Integration mit seinen Zielen, Handlungsfeldern und "
                "Maßnahmen, die Regeln für Integration, Fragen und Antworten und alle Dateien.</p>"
                "<p>Oben auf jeder Seite wählen Sie die Sprache: Deutsch, Englisch oder Leichte Sprache.</p>",
            ),
        ],
    },
    "plan": {
        "title": "Aktionsplan Integration",
        "slug": "aktionsplan-integration",
        "intro": "<p>Der Aktionsplan ist ein Arbeitsplan für die Stadtverwaltung Dresden im Bereich Integration "
        "von zugewanderten Menschen. In diesem Plan geht es darum, wie Menschen aus anderen Ländern in unserer "
        "Stadt aufgenommen werden und sich integrieren. Er gilt von 2022 bis 2026.</p>",
        "valid_from": 2022,
        "valid_until": 2026,
        "adopted_on": "2022-06-23",
        "adopted_by": "Stadtrat der Landeshauptstadt Dresden",
        "is_binding": True,
        "binding_note": "Durch den Beschluss des Stadtrates ist der Aktionsplan verbindlich für die gesamte "
        "Stadtverwaltung.",
        "audiences": [
            ("audience", "die Stadtverwaltung"),
            ("audience", "Organisationen in der Stadt"),
            ("audience", "die zugewanderten Menschen"),
        ],
        "authors": "<p>Die Integrations- und Ausländerbeauftragte, ihr Team, verschiedene Ämter der "
        "Stadtverwaltung, Menschen in Arbeitsgruppen und Beteiligte der drei öffentlichen "
        "Diskussionsveranstaltungen.</p>",
        "body": [
            ("heading", {"text": "Was heißt Integration?", "level": "h2"}),
            ("paragraph", INTEGRATION_HTML),
            ("heading", {"text": "Was steht im Aktionsplan?", "level": "h2"}),
            (
                "paragraph",
                "<p>Im Aktionsplan stehen konkrete Ziele und Maßnahmen für verschiedene Aufgabenbereiche, wie zum "
                "Beispiel Arbeit, Wohnen, Schule, Gesundheit und Sport.</p>"
                "<p>Die Aufgabenbereiche nennt man auch Handlungsfelder.</p>",
            ),
            (
                "figure",
                figure(
                    "fields-of-action",
                    "Bild der Handlungsfelder: Arbeit, Wohnen, Schule, Gesundheit und Sport",
                    "Bild der Handlungsfelder",
                    FIELDS_PICTURE_TEXT,
                ),
            ),
            ("download", download("picture-fields", "Bild der Handlungsfelder herunterladen")),
        ],
        "goals": [
            (
                "goal",
                {
                    "title": "Integration ist eine Querschnittsaufgabe.",
                    "description": "<p>Für die Stadtverwaltung ist Integration eine Querschnittsaufgabe. Das "
                    "bedeutet, Integration wird in allen Bereichen mitgedacht. Die Stadtverwaltung gestaltet die "
                    "Integrationsarbeit aktiv. Sie schafft alle notwendigen Voraussetzungen und ist eine "
                    "gleichberechtigte Akteurin.</p>",
                },
            ),
            (
                "goal",
                {
                    "title": "Zugang zu allen Angeboten und Dienstleistungen",
                    "description": "<p>Die Stadtverwaltung sorgt dafür, dass Menschen mit Migrationsgeschichte "
                    "Zugang zu allen Angeboten und Dienstleistungen der Stadt haben.</p>",
                },
            ),
            (
                "goal",
                {
                    "title": "Solidarisches Miteinander",
                    "description": "<p>Die Stadtverwaltung fördert, dass alle Dresdnerinnen und Dresdner "
                    "solidarisch miteinander umgehen und zusammenhalten. Sie setzt sich für diese Dinge ein:</p>"
                    "<ul><li>Vielfalt,</li><li>Demokratie,</li><li>Respekt und</li>"
                    "<li>gleichberechtigte Teilhabe.</li></ul>",
                },
            ),
            (
                "goal",
                {
                    "title": "Gegen Menschenfeindlichkeit und Diskriminierung",
                    "description": "<p>Die Stadtverwaltung setzt sich gegen gruppenbezogene "
                    "Menschenfeindlichkeit und gegen Diskriminierung ein. Sie setzt sich aktiv dafür ein, diese "
                    "Dinge abzubauen.</p>",
                },
            ),
        ],
        "coordination_group": snippet("coordination-group"),
        "working_groups": [
            ("working_group", snippet("working-group-1")),
            ("working_group", snippet("working-group-2")),
            ("working_group", snippet("working-group-3")),
        ],
        "contact_email": "auslaenderbeauftragte@dresden.de",
        "ordering": "<p>Der Aktionsplan ist als barrierefreie Broschüre in deutscher und englischer Sprache "
        "erschienen (Originaltext). Zusätzlich gibt es eine Datei in leicht verständlicher deutscher Sprache, "
        "die auch barrierefrei ist. Bestellungen können an die E-Mail-Adresse "
        '<a href="mailto:auslaenderbeauftragte@dresden.de">auslaenderbeauftragte@dresden.de</a> geschickt '
        "werden. Außerdem werden Exemplare im Büro der Integrations- und Ausländerbeauftragten zur Abholung "
        "bereit liegen.</p>",
        "downloads": [
            ("download", download("brochure-de", "Aktionsplan Integration, Broschüre auf Deutsch")),
            ("download", download("brochure-en", "Aktionsplan Integration, Broschüre auf Englisch")),
            ("download", download("easy-read", "Aktionsplan Integration in leicht verständlicher Sprache")),
            ("download", download("picture-goals", "Bild der Ziele", text_alternative=GOALS_PICTURE_TEXT)),
        ],
    },
    "faq": {
        "title": "Fragen und Antworten zum Aktionsplan",
        "slug": "fragen-und-antworten",
        "intro": "<p>Die wichtigsten Fragen und Antworten zum Aktionsplan Integration.</p>",
        "questions": [
            (
                "faq",
                {
                    "question": "Was ist der Aktionsplan?",
                    "answer": "<p>Der Aktionsplan ist ein Arbeitsplan "
                    "für die Stadtverwaltung Dresden im Bereich Integration von zugewanderten Menschen. In diesem Plan "
                    "geht es darum, wie Menschen aus anderen Ländern in unserer Stadt aufgenommen werden und sich "
                    "integrieren. Er gilt von 2022 bis 2026.</p>",
                },
            ),
            ("faq", {"question": "Was heißt Integration?", "answer": INTEGRATION_HTML}),
            (
                "faq",
                {
                    "question": "Was steht im Aktionsplan?",
                    "answer": "<p>Im Aktionsplan stehen konkrete Ziele "
                    "und Maßnahmen für verschiedene Aufgabenbereiche, wie zum Beispiel Arbeit, Wohnen, Schule, "
                    "Gesundheit und Sport.</p><p>Die Aufgabenbereiche nennt man auch Handlungsfelder. "
                    '<a linktype="document" id="{document:picture-fields}">Bild der Handlungsfelder herunterladen</a>'
                    "</p>",
                },
            ),
            (
                "faq",
                {
                    "question": "An wen richtet sich der Aktionsplan?",
                    "answer": "<p>Der Aktionsplan richtet "
                    "sich an die Stadtverwaltung, an Organisationen in der Stadt und an die zugewanderten "
                    "Menschen.</p>",
                },
            ),
            (
                "faq",
                {
                    "question": "Seit wann hat die Stadtverwaltung einen Aktionsplan?",
                    "answer": "<p>Der "
                    "Aktionsplan wurde am 23. Juni 2022 beschlossen. Vorher gab es schon verschiedene "
                    "Integrationskonzepte.</p>",
                },
            ),
            (
                "faq",
                {
                    "question": "Wer hat den Aktionsplan geschrieben?",
                    "answer": "<p>Die Integrations- und "
                    "Ausländerbeauftragte, ihr Team, verschiedene Ämter der Stadtverwaltung, Menschen in Arbeitsgruppen "
                    "und Beteiligte der drei öffentlichen Diskussionsveranstaltungen.</p>",
                },
            ),
            (
                "faq",
                {
                    "question": "Ist der Aktionsplan aktuell?",
                    "answer": "<p>Ja. Die Ziele und Aufgaben sind "
                    "sehr aktuell. Integration ist ein wichtiges gesellschaftliches Thema.</p>",
                },
            ),
            (
                "faq",
                {
                    "question": "Ist der Aktionsplan verbindlich?",
                    "answer": "<p>Durch den Beschluss des "
                    "Stadtrates ist der Aktionsplan verbindlich für die gesamte Stadtverwaltung.</p>",
                },
            ),
            (
                "faq",
                {
                    "question": "Wird die Umsetzung des Aktionsplans begleitet und kontrolliert?",
                    "answer": "<p>Ja. Dafür gibt es eine Koordinierungsgruppe in der Stadtverwaltung und themenbezogen drei "
                    "Arbeitsgruppen. Sie haben klar definierte Aufgaben und Verantwortlichkeiten. In den Arbeitsgruppen "
                    "sitzen neben Beschäftigten aus der Stadtverwaltung zum Beispiel auch Vertreterinnen und Vertreter "
                    "von Migrantenorganisationen, Stadtteilnetzwerken, Beratungsstellen und anderen Behörden.</p>"
                    '<p><a linktype="document" id="{document:working-paper}">Arbeitspapier der Koordinierungsgruppe '
                    "und der Arbeitsgruppen herunterladen</a></p>",
                },
            ),
            (
                "faq",
                {
                    "question": "Gibt es den Aktionsplan in einer leicht verständlichen Sprache?",
                    "answer": "<p>Ja. Es gibt eine barrierefreie Datei in leicht verständlicher deutscher Sprache (Verso).</p>"
                    '<p><a linktype="document" id="{document:easy-read}">Aktionsplan in leicht verständlicher Sprache '
                    "herunterladen</a></p>",
                },
            ),
            (
                "faq",
                {
                    "question": "Kann der Aktionsplan bestellt oder heruntergeladen werden?",
                    "answer": "<p>Der "
                    "Aktionsplan ist als barrierefreie Broschüre in deutscher und englischer Sprache erschienen "
                    "(Originaltext). Zusätzlich gibt es eine Datei in leicht verständlicher deutscher Sprache, die auch "
                    "barrierefrei ist. Bestellungen können an die E-Mail-Adresse auslaenderbeauftragte@dresden.de "
                    "geschickt werden. Außerdem werden Exemplare im Büro der Integrations- und Ausländerbeauftragten zur "
                    'Abholung bereit liegen.</p><p><a linktype="page" id="{page:downloads}">Alle Dateien zum '
                    "Herunterladen</a></p>",
                },
            ),
        ],
    },
    "principles": {
        "title": "Regeln für Integration",
        "slug": "regeln-fuer-integration",
        "intro": "<p>Welche Regeln für Integration stehen im Aktionsplan?</p>",
        "principles": [
            (
                "principle",
                {
                    "statement": "<p>Wir erkennen die Menschenrechte, das Grundgesetz der Bundesrepublik "
                    "Deutschland und die Sächsische Verfassung an. Sie sind die Grundlage für unser Zusammenleben und für "
                    "Integration.</p>"
                },
            ),
            (
                "principle",
                {
                    "statement": "<p>Integration wird von allen Menschen gestaltet, die in Dresden leben. "
                    "Sie ist in allen Bereichen der Politik unserer Stadt und der Stadtverwaltung wichtig.</p>"
                },
            ),
            (
                "principle",
                {
                    "statement": "<p>Das ist für Integration wichtig:</p><ul><li>alle Menschen der Stadt "
                    "sind weltoffen und leben Integration und</li><li>zugewanderte Menschen beteiligen sich "
                    "aktiv.</li></ul>"
                },
            ),
            (
                "principle",
                {
                    "statement": "<p>Das ist für Integration notwendig:</p><ul><li>alle Menschen der Stadt "
                    "respektieren und wertschätzen sich gegenseitig und</li><li>die verschiedenen Fähigkeiten von "
                    "Menschen unterschiedlicher Herkunft werden berücksichtigt.</li></ul>"
                },
            ),
            (
                "principle",
                {
                    "statement": "<p>Das schafft Integration:</p><ul><li>Alle nehmen gleichberechtigt am "
                    "gesellschaftlichen Leben teil,</li><li>alle haben die gleichen Chancen,</li><li>alle wirken und "
                    "gestalten mit,</li><li>alle nehmen demokratische Rechte wahr und</li><li>tragen politische "
                    "Verantwortung.</li></ul>"
                },
            ),
            (
                "principle",
                {
                    "statement": "<p>Für Integration ist Verständigung wichtig. Das wird dafür gefördert:"
                    "</p><ul><li>das Erlernen und Beherrschen der deutschen Sprache,</li><li>Mehrsprachigkeit und</li>"
                    "<li>die Bewahrung der unterschiedlichen Herkunftssprachen.</li></ul>"
                },
            ),
            (
                "principle",
                {
                    "statement": "<p>Integration berücksichtigt verschiedene Lebensentwürfe und "
                    "Lebenswirklichkeiten. Das bezieht sich auf:</p><ul><li>Frauen und Männer,</li><li>Mädchen und "
                    "Jungen,</li><li>Menschen mit und ohne Migrationsgeschichte und</li><li>auf Menschen, die sich als "
                    "‚divers‘ sehen.</li></ul>"
                },
            ),
            (
                "principle",
                {
                    "statement": "<p>Wichtige Partnerinnen und Partner für Integration sind "
                    "Migrantenorganisationen und Migrantengruppen. Sie bieten Hilfe an und vertreten die Interessen von "
                    "Migrantinnen und Migranten. Sie unterstützen die Politik, die Stadtverwaltung und die Gesellschaft, "
                    "sich interkulturell zu öffnen.</p>"
                },
            ),
            (
                "principle",
                {
                    "statement": "<p>Alle Institutionen, Unternehmen, Angebote und Dienstleistungen sollen "
                    "interkulturell geöffnet sein. So wird Teilhabe gefördert und Diskriminierung unterbunden.</p>"
                },
            ),
        ],
        "figures": [
            (
                "download",
                download(
                    "picture-principles",
                    "Bild der Regeln für Integration herunterladen",
                    text_alternative=PRINCIPLES_PICTURE_TEXT,
                ),
            ),
        ],
    },
    "field-work": {
        "title": "Arbeit",
        "slug": "arbeit",
        "intro": "<p>Handlungsfeld Arbeit: Ziele und Maßnahmen für den Zugang zu Arbeit und für Vielfalt in der "
        "Stadtverwaltung als Arbeitgeberin.</p>",
        "goals": [
            (
                "goal",
                {
                    "title": "Mehr Vielfalt unter den Beschäftigten der Stadtverwaltung",
                    "description": "<p>Beispiel aus den Ergebnissen der Beteiligungsveranstaltungen 2021.</p>",
                },
            ),
        ],
    },
    "measure-staff-diversity": {
        "title": "Vielfalt unter den Beschäftigten der Stadtverwaltung erhöhen",
        "slug": "vielfalt-der-beschaeftigten",
        "intro": "<p>Die Stadtverwaltung soll die Vielfalt der Stadt auch unter ihren Beschäftigten "
        "abbilden.</p>",
        "description": "<p>Vorschlag aus den Beteiligungsveranstaltungen 2021. Die Stadtverwaltung soll so vielfältig "
        "sein wie die Stadt. Stellenanzeigen sprechen Menschen mit Migrationsgeschichte gezielt an.</p>",
        "responsible_office": snippet("office-personnel"),
        "partners": [
            ("partner", "Büro der Integrations- und Ausländerbeauftragten"),
            ("partner", "Migrantenorganisationen"),
        ],
        "start_date": "2022-09-01",
        "end_date": "2026-12-31",
        "status": "in_progress",
        "progress": 40,
        "weight": 2,
        "indicators": [
            (
                "indicator",
                {
                    "name": "Stellenanzeigen mit Hinweis auf Vielfalt",
                    "target": "alle",
                    "current_value": "die Hälfte",
                },
            ),
        ],
        "timeline": [
            (
                "update",
                {
                    "date": "2023-03-15",
                    "text": "<p>Die Arbeitsgruppe hat Vorschläge für Stellenanzeigen gesammelt.</p>",
                },
            ),
            (
                "update",
                {
                    "date": "2024-02-01",
                    "text": "<p>Neue Stellenanzeigen sprechen Menschen mit "
                    "Migrationsgeschichte gezielt an.</p>",
                },
            ),
        ],
        "is_example": True,
    },
    "field-housing": {
        "title": "Wohnen",
        "slug": "wohnen",
        "intro": "<p>Handlungsfeld Wohnen: Ziele und Maßnahmen für gutes Wohnen und gegen Wohnungslosigkeit.</p>",
        "goals": [
            (
                "goal",
                {
                    "title": "Wohnungslose Menschen aus der EU stärker berücksichtigen",
                    "description": "<p>Beispiel aus den Ergebnissen der Beteiligungsveranstaltungen 2021.</p>",
                },
            ),
        ],
    },
    "measure-homeless-eu-citizens": {
        "title": "Wohnungslose Menschen aus der EU besser erreichen",
        "slug": "wohnungslose-eu-buergerinnen-und-buerger",
        "intro": "<p>Manche Menschen aus anderen Ländern der EU haben keine Wohnung. Die Integrationsarbeit soll "
        "sie stärker berücksichtigen.</p>",
        "description": "<p>Vorschlag aus den Beteiligungsveranstaltungen 2021. Die Beratung soll auch wohnungslose "
        "Menschen aus der EU erreichen.</p>",
        "responsible_office": snippet("office-social"),
        "partners": [("partner", "Beratungsstellen")],
        "start_date": "2023-01-01",
        "end_date": "2025-12-31",
        "status": "planned",
        "indicators": [
            (
                "indicator",
                {
                    "name": "Beratungsstellen mit Angeboten für diese Gruppe",
                    "target": "drei",
                    "current_value": "eine",
                },
            ),
        ],
        "timeline": [
            (
                "update",
                {
                    "date": "2023-06-01",
                    "text": "<p>Das Sozialamt hat mit den Beratungsstellen über den Bedarf gesprochen.</p>",
                },
            ),
        ],
        "is_example": True,
    },
    "field-school": {
        "title": "Schule",
        "slug": "schule",
        "intro": "<p>Handlungsfeld Schule: Ziele und Maßnahmen für gute Bildung von der Kita bis zur Schule.</p>",
        "goals": [
            (
                "goal",
                {
                    "title": "Bessere Elternarbeit in Kita und Schule",
                    "description": "<p>Beispiel aus den Ergebnissen der Beteiligungsveranstaltungen 2021.</p>",
                },
            ),
        ],
    },
    "measure-parents-daycare-school": {
        "title": "Elternarbeit in Kita und Schule verbessern",
        "slug": "elternarbeit-kita-und-schule",
        "intro": "<p>Kita und Schule sollen zugewanderte Kinder und ihre Familien besser begleiten.</p>",
        "description": "<p>Vorschlag aus den Beteiligungsveranstaltungen 2021. Kita und Schule arbeiten enger mit "
        "zugewanderten Eltern zusammen.</p>",
        "responsible_office": snippet("office-schools"),
        "partners": [("partner", "Kitas und Schulen"), ("partner", "Migrantenorganisationen")],
        "start_date": "2022-09-01",
        "end_date": "2024-07-31",
        "status": "implemented",
        "indicators": [
            (
                "indicator",
                {
                    "name": "Elternabende mit Sprachmittlung",
                    "target": "in jeder Schule",
                    "current_value": "in jeder Schule",
                },
            ),
        ],
        "timeline": [
            (
                "update",
                {
                    "date": "2023-01-15",
                    "text": "<p>Die ersten Elternabende mit Sprachmittlung haben stattgefunden.</p>",
                },
            ),
            (
                "update",
                {
                    "date": "2024-07-31",
                    "text": "<p>Alle Schulen bieten Elternabende mit Sprachmittlung an.</p>",
                },
            ),
        ],
        "is_example": True,
    },
    "field-health": {
        "title": "Gesundheit",
        "slug": "gesundheit",
        "intro": "<p>Handlungsfeld Gesundheit: Ziele und Maßnahmen für den Zugang zu Gesundheit.</p>",
    },
    "field-sport": {
        "title": "Sport",
        "slug": "sport",
        "intro": "<p>Handlungsfeld Sport: Ziele und Maßnahmen für Teilhabe im Sport.</p>",
    },
    "participation": {
        "title": "Rückblick zu den Beteiligungsveranstaltungen",
        "slug": "beteiligungsveranstaltungen-2021",
        "intro": "<p>Am 27. Juni sowie 3. und 18. Juli 2021 trafen sich rund 70 Engagierte und Interessierte zu "
        "den Beteiligungsveranstaltungen „Gemeinsam. Verantwortung. Leben.“ zur Fortschreibung des Dresdner "
        "Integrationskonzeptes.</p>",
        "motto": "Gemeinsam. Verantwortung. Leben.",
        "dates": [
            ("date", {"date": "2021-06-27", "start_time": None, "end_time": "16:00:00"}),
            ("date", {"date": "2021-07-03", "start_time": None, "end_time": "16:00:00"}),
            ("date", {"date": "2021-07-18", "start_time": None, "end_time": "16:00:00"}),
        ],
        "participant_count": 70,
        "participant_count_is_approximate": True,
        "report": "<p>Trotz sonnigem Wochenendwetter trafen sich am 27. Juni sowie 3. und 18. Juli 2021 rund 70 "
        "Engagierte und Interessierte zu den Beteiligungsveranstaltungen „Gemeinsam. Verantwortung. Leben.“ zur "
        "Fortschreibung des Dresdner Integrationskonzeptes. Darunter waren Dresdnerinnen und Dresdner – ob hier "
        "geboren oder zugewandert – wie auch verschiedene Träger und kommunalpolitische Akteurinnen und Akteure "
        "zahlreich vertreten.</p>"
        "<p>Alle Engagierten wurden zu Beginn von Frau Winkler begrüßt und in die Thematik eingeführt. Sehr "
        "gefreut haben wir uns über die Grußworte der Vorsitzenden des Dachverbandes sächsischer "
        "Migrantenorganisationen e. V. Der Dachverband hat aktiv an der Fortschreibung des Integrationskonzeptes, "
        "durch die Erstellung eines eigenen Positionspapieres mitgewirkt. Schließlich wurden im ersten Teil der "
        "Veranstaltungen die Analyse in drei verschiedenen Arbeitsgruppen, jeweils mit einer Referentin "
        "diskutiert und es konnten Anmerkungen eingebracht werden.</p>"
        "<p>In der Mittagspause gab es neben leckeren Suppen des Catering „Zafran“ auch Infoauslagen und "
        "Pinnwände zum Einbringen von weiteren Ideen und Anmerkungen für alle Beteiligten. Anschließend wurden in "
        "den drei Arbeitsgruppen Vorschläge für Ziele und Maßnahmen des neuen Aktionsplanes erarbeitet und "
        "diskutiert. Nach einem kurzen Abschluss und Ausblick im Plenum, endeten die Beteiligungsveranstaltungen "
        "um 16 Uhr.</p>"
        "<p>Herzlich gedankt sei an dieser Stelle noch einmal allen, die sich aktiv bei den "
        "Beteiligungsveranstaltungen engagiert haben, den Referentinnen, Helferinnen und Helfern der Besht "
        "Yeshiva, dem „Zafran“ Catering Dresden sowie den Mitarbeiterinnen des Büros der Integrations- und "
        "Ausländerbeauftragten.</p>",
        "working_groups": [
            (
                "working_group",
                {
                    "title": "Arbeitsgruppe 1",
                    "description": "<p>Diskussion der Analyse mit einer "
                    "Referentin, danach Vorschläge für Ziele und Maßnahmen.</p>",
                },
            ),
            (
                "working_group",
                {
                    "title": "Arbeitsgruppe 2",
                    "description": "<p>Diskussion der Analyse mit einer "
                    "Referentin, danach Vorschläge für Ziele und Maßnahmen.</p>",
                },
            ),
            (
                "working_group",
                {
                    "title": "Arbeitsgruppe 3",
                    "description": "<p>Diskussion der Analyse mit einer "
                    "Referentin, danach Vorschläge für Ziele und Maßnahmen.</p>",
                },
            ),
        ],
        "results": [
            (
                "result",
                {
                    "text": "<p>Erhöhung der Vielfalt unter den Beschäftigten der Stadtverwaltung</p>",
                    "field_of_action": page("field-work"),
                },
            ),
            (
                "result",
                {
                    "text": "<p>Stärkere Berücksichtigung wohnungsloser EU-Bürgerinnen und -Bürger in der "
                    "Integrationsarbeit</p>",
                    "field_of_action": page("field-housing"),
                },
            ),
            (
                "result",
                {
                    "text": "<p>Verbesserung der Elternarbeit in Kita und Schule für zugewanderte Kinder und "
                    "Jugendliche und deren Familien</p>",
                    "field_of_action": page("field-school"),
                },
            ),
            (
                "result",
                {
                    "text": "<p>Weitere zahlreiche Ideen für die Analyse und den Aktionsplan</p>",
                    "field_of_action": None,
                },
            ),
        ],
        "presentations": [
            ("download", download("presentation-2021", "Präsentation der Beteiligungsveranstaltungen")),
        ],
    },
    "downloads": {
        "title": "Downloads und Bestellung",
        "slug": "downloads",
        "intro": "<p>Der Aktionsplan ist als barrierefreie Broschüre in deutscher und englischer Sprache "
        "erschienen. Bestellungen können an die E-Mail-Adresse auslaenderbeauftragte@dresden.de geschickt "
        "werden.</p>",
        "sections": [
            ("heading", {"text": "Der Aktionsplan", "level": "h2"}),
            ("download", download("brochure-de", "Aktionsplan Integration, Broschüre auf Deutsch")),
            ("download", download("brochure-en", "Aktionsplan Integration, Broschüre auf Englisch")),
            ("download", download("easy-read", "Aktionsplan Integration in leicht verständlicher Sprache")),
            ("heading", {"text": "Bilder", "level": "h2"}),
            (
                "download",
                download("picture-fields", "Bild der Handlungsfelder", text_alternative=FIELDS_PICTURE_TEXT),
            ),
            ("download", download("picture-goals", "Bild der Ziele", text_alternative=GOALS_PICTURE_TEXT)),
            (
                "download",
                download(
                    "picture-principles",
                    "Bild der Regeln für Integration",
                    text_alternative=PRINCIPLES_PICTURE_TEXT,
                ),
            ),
            ("heading", {"text": "Arbeitspapier und Präsentationen", "level": "h2"}),
            (
                "download",
                download("working-paper", "Arbeitspapier der Koordinierungsgruppe und der Arbeitsgruppen"),
            ),
            ("download", download("presentation-2021", "Präsentation der Beteiligungsveranstaltungen 2021")),
        ],
    },
}

# Written like the original city page on purpose: generic "hier" links and long sentences.
DRAFT = {
    "title": "Entwurf: Neuigkeiten zum Aktionsplan",
    "slug": "entwurf-neuigkeiten",
    "intro": "<p>Hier finden Sie die aktuellen Neuigkeiten zur Umsetzung des Aktionsplans, die im Rahmen der "
    "Sitzungen der Koordinierungsgruppe und der themenbezogenen Arbeitsgruppen unter Beteiligung zahlreicher "
    "Akteurinnen und Akteure aus Stadtverwaltung, Migrantenorganisationen und Stadtteilnetzwerken erarbeitet "
    "wurden.</p>",
    "body": [
        (
            "paragraph",
            "<p>Um einen Eindruck von den Fortschritten bei der Umsetzung der Maßnahmen zu gewinnen, die "
            "durch die verschiedenen Ämter der Stadtverwaltung in Zusammenarbeit mit den Trägern und weiteren "
            "Beteiligten vorangebracht werden, finden Sie "
            '<a linktype="document" id="{document:working-paper}">hier</a> das Arbeitspapier sowie '
            '<a linktype="page" id="{page:downloads}">hier</a> weitere Dateien.</p>',
        ),
    ],
}
