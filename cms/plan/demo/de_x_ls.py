"""Leichte Sprache: the plan rewritten for readers with learning difficulties (DIN SPEC 33429).

Rules kept throughout: one statement per sentence, at most about ten words, Perfekt instead of
Präteritum, no genitive, no subjunctive, no abbreviations, no brackets or percent signs, dates
written out, difficult words explained where they first appear, and long compound words split
with a Mediopunkt (Aktions·plan, Stadt·verwaltung) in the same way everywhere.
Fields left out here (dates, status, progress, files, numbers) are taken from the German data.
"""

from cms.plan.demo.refs import download, figure, page

OFFICE_INTEGRATION = "Büro von der Beauftragten für Integration"

SNIPPETS = {
    "office-integration": {"name": OFFICE_INTEGRATION},
    "office-personnel": {"name": "Personal·amt"},
    "office-social": {"name": "Sozial·amt"},
    "office-schools": {"name": "Amt für Schulen"},
    "coordination-group": {
        "name": "Koordinierungs·gruppe in der Stadt·verwaltung",
        "tasks": "<p>Die Gruppe passt auf die Arbeit mit dem Plan auf.</p>"
        "<p>Die Gruppe hat klare Aufgaben.</p>",
        "members": [
            ("organisation", "Beauftragte für Integration"),
            ("organisation", "Ämter von der Stadt·verwaltung"),
        ],
    },
    "working-group-1": {
        "name": "Arbeits·gruppe 1",
        "topic": "Arbeit und Stadt·verwaltung",
        "tasks": "<p>Die Gruppe begleitet die Arbeit mit dem Plan.</p><p>Die Gruppe hat ein eigenes Thema.</p>",
        "members": [
            ("organisation", "Menschen aus der Stadt·verwaltung"),
            ("organisation", "Vereine von Migranten"),
            ("organisation", "Beratungs·stellen"),
        ],
    },
    "working-group-2": {
        "name": "Arbeits·gruppe 2",
        "topic": "Wohnen und Gesundheit",
        "tasks": "<p>Die Gruppe begleitet die Arbeit mit dem Plan.</p><p>Die Gruppe hat ein eigenes Thema.</p>",
        "members": [
            ("organisation", "Menschen aus der Stadt·verwaltung"),
            ("organisation", "Gruppen aus den Stadt·teilen"),
            ("organisation", "andere Ämter"),
        ],
    },
    "working-group-3": {
        "name": "Arbeits·gruppe 3",
        "topic": "Schule und Sport",
        "tasks": "<p>Die Gruppe begleitet die Arbeit mit dem Plan.</p><p>Die Gruppe hat ein eigenes Thema.</p>",
        "members": [
            ("organisation", "Menschen aus der Stadt·verwaltung"),
            ("organisation", "Vereine von Migranten"),
            ("organisation", "Gruppen aus den Stadt·teilen"),
        ],
    },
}

INTEGRATION_HTML = (
    "<p>Das Wort Integration bedeutet:</p>"
    "<p>Alle Menschen in der Stadt gehören dazu.</p>"
    "<p>Auch Menschen aus anderen Ländern gehören dazu.</p>"
    "<p>Sie haben die gleichen Rechte.</p>"
    "<p>Sie können überall mitmachen.</p>"
    "<ul><li>beim Zusammen·leben</li><li>bei den Rechten</li><li>bei der Arbeit</li>"
    "<li>bei der Kultur</li><li>in der Politik</li></ul>"
)

PLAN_HTML = (
    "<p>Der Aktions·plan ist ein Arbeits·plan.</p>"
    "<p>Der Plan ist für die Stadt·verwaltung in Dresden.</p>"
    "<p>Es geht um Menschen aus anderen Ländern.</p>"
    "<p>Diese Menschen sind nach Dresden gekommen.</p>"
    "<p>Der Plan sagt: So nimmt Dresden diese Menschen gut auf.</p>"
    "<p>Der Plan gilt von 2022 bis 2026.</p>"
)

CONTENTS_HTML = (
    "<p>Im Aktions·plan stehen Ziele und Maßnahmen.</p>"
    "<p>Eine Maßnahme ist eine Aufgabe.</p>"
    "<p>Die Ziele und Maßnahmen sind für verschiedene Bereiche.</p>"
    "<p>Diese Bereiche heißen Handlungs·felder.</p>"
    "<p>Zum Beispiel Arbeit, Wohnen, Schule, Gesundheit und Sport.</p>"
)

ORDERING_HTML = (
    "<p>Den Aktions·plan gibt es als Heft.</p>"
    "<p>Das Heft gibt es auf Deutsch und auf Englisch.</p>"
    "<p>Den Plan gibt es auch in leicht verständlicher Sprache.</p>"
    "<p>Alle Dateien sind barriere·frei.</p>"
    "<p>Barriere·frei heißt: Alle Menschen können die Dateien gut nutzen.</p>"
    "<p>Sie können das Heft bestellen.</p>"
    "<p>Schreiben Sie dafür eine E-Mail an: "
    '<a href="mailto:auslaenderbeauftragte@dresden.de">auslaenderbeauftragte@dresden.de</a></p>'
    "<p>Sie können das Heft auch abholen.</p>"
    f"<p>Das Heft liegt im {OFFICE_INTEGRATION}.</p>"
)

FIELDS_PICTURE_TEXT = (
    "<p>Auf dem Bild stehen 5 Handlungs·felder.</p>"
    "<ul><li>Arbeit</li><li>Wohnen</li><li>Schule</li><li>Gesundheit</li><li>Sport</li></ul>"
)

GOALS_PICTURE_TEXT = (
    "<p>Auf dem Bild stehen die 4 Ziele.</p>"
    "<ul><li>Integration ist eine Aufgabe für alle Bereiche.</li><li>Alle Menschen können die Angebote nutzen."
    "</li><li>Alle halten zusammen.</li><li>Die Stadt ist gegen Diskriminierung.</li></ul>"
)

PRINCIPLES_PICTURE_TEXT = (
    "<p>Auf dem Bild stehen die Regeln für Integration.</p>"
    "<ul><li>Menschen·rechte, Grund·gesetz und Verfassung sind wichtig.</li><li>Alle machen Integration.</li>"
    "<li>Alle Ämter und Firmen sind offen für andere Kulturen.</li></ul>"
)

AUTHORS_HTML = (
    "<p>Viele Menschen haben den Plan geschrieben.</p>"
    "<ul><li>die Beauftragte für Integration und ihr Team</li><li>verschiedene Ämter von der "
    "Stadt·verwaltung</li><li>Menschen aus Arbeits·gruppen</li><li>Menschen von 3 Treffen für alle</li></ul>"
    "<p>Die Beauftragte für Integration arbeitet bei der Stadt.</p>"
    "<p>Sie kümmert sich um Menschen aus anderen Ländern.</p>"
)

EXAMPLE_HTML = "<p>Das ist ein Beispiel.</p><p>Das Beispiel kommt von den Treffen im Jahr 2021.</p>"

PAGES = {
    "home": {
        "title": "Integration in Dresden",
        "slug": "start-leichte-sprache",
        "intro": "<p>Die Stadt Dresden hat einen Aktions·plan für Integration.</p>"
        "<p>Der Plan gilt von 2022 bis 2026.</p>",
        "body": [
            ("heading", {"text": "Was steht auf dieser Internet·seite?", "level": "h2"}),
            (
                "paragraph",
                "<p>Auf dieser Internet·seite steht der Aktions·plan für Integration.</p>"
                "<p>Sie finden hier:</p>"
                "<ul><li>die Ziele von dem Plan</li><li>die Handlungs·felder</li><li>die Regeln für "
                "Integration</li><li>Fragen und Antworten</li><li>Dateien zum Aktions·plan</li></ul>",
            ),
            ("heading", {"text": "So finden Sie sich zurecht", "level": "h2"}),
            (
                "paragraph",
                "<p>Oben auf jeder Seite stehen 3 Sprachen.</p>"
                "<p>Dort können Sie Leichte Sprache wählen.</p>"
                "<p>Sie können auch Deutsch oder Englisch wählen.</p>"
                "<p>Darunter steht der Weg zu der Seite.</p>"
                "<p>So sehen Sie immer, wo Sie gerade sind.</p>",
            ),
        ],
    },
    "plan": {
        "title": "Aktions·plan Integration",
        "intro": PLAN_HTML,
        "adopted_by": "Stadt·rat von Dresden",
        "binding_note": "Der Stadt·rat hat den Aktions·plan beschlossen. Darum muss sich die ganze "
        "Stadt·verwaltung an den Plan halten.",
        "audiences": [
            ("audience", "die Stadt·verwaltung"),
            ("audience", "Gruppen und Vereine in der Stadt"),
            ("audience", "Menschen aus anderen Ländern"),
        ],
        "authors": AUTHORS_HTML,
        "body": [
            ("heading", {"text": "Was bedeutet Integration?", "level": "h2"}),
            ("paragraph", INTEGRATION_HTML),
            ("heading", {"text": "Was steht im Aktions·plan?", "level": "h2"}),
            ("paragraph", CONTENTS_HTML),
            (
                "figure",
                figure(
                    "fields-of-action",
                    "Bild mit den Handlungs·feldern Arbeit, Wohnen, Schule, Gesundheit und Sport",
                    "Bild von den Handlungs·feldern",
                    FIELDS_PICTURE_TEXT,
                ),
            ),
            ("download", download("picture-fields", "Bild von den Handlungs·feldern als Datei")),
        ],
        "goals": [
            (
                "goal",
                {
                    "title": "Integration ist eine Aufgabe für alle Bereiche.",
                    "description": "<p>Die Stadt·verwaltung denkt überall an Integration.</p>"
                    "<p>Sie plant die Arbeit für Integration selbst.</p>"
                    "<p>Sie sorgt für gute Bedingungen.</p>",
                },
            ),
            (
                "goal",
                {
                    "title": "Alle Menschen können die Angebote nutzen.",
                    "description": "<p>Die Stadt hat viele Angebote.</p>"
                    "<p>Zum Beispiel Beratung und Hilfe.</p>"
                    "<p>Menschen aus anderen Ländern können alle Angebote nutzen.</p>",
                },
            ),
            (
                "goal",
                {
                    "title": "Alle halten zusammen.",
                    "description": "<p>Die Menschen in Dresden sollen einander helfen.</p>"
                    "<p>Die Stadt·verwaltung setzt sich für diese Dinge ein:</p>"
                    "<ul><li>Vielfalt. Das heißt: Menschen sind verschieden.</li>"
                    "<li>Demokratie. Das heißt: Alle bestimmen mit.</li>"
                    "<li>Respekt. Das heißt: Alle achten einander.</li>"
                    "<li>Gleiche Rechte für alle.</li></ul>",
                },
            ),
            (
                "goal",
                {
                    "title": "Die Stadt ist gegen Diskriminierung.",
                    "description": "<p>Ein Beispiel: Ein Mensch kommt aus einem anderen Land.</p>"
                    "<p>Darum behandeln ihn andere Menschen schlecht.</p>"
                    "<p>Das nennt man Diskriminierung.</p>"
                    "<p>Manche Menschen hassen ganze Gruppen von Menschen.</p>"
                    "<p>Die Stadt·verwaltung ist dagegen.</p>"
                    "<p>Sie tut etwas dagegen.</p>",
                },
            ),
        ],
        "ordering": ORDERING_HTML,
        "downloads": [
            ("download", download("brochure-de", "Aktions·plan als Heft auf Deutsch")),
            ("download", download("brochure-en", "Aktions·plan als Heft auf Englisch")),
            ("download", download("easy-read", "Aktions·plan in leicht verständlicher Sprache")),
            (
                "download",
                download("picture-goals", "Bild von den Zielen", text_alternative=GOALS_PICTURE_TEXT),
            ),
        ],
    },
    "faq": {
        "title": "Fragen und Antworten zum Aktions·plan",
        "intro": "<p>Hier finden Sie wichtige Fragen zum Aktions·plan.</p><p>Und Sie finden die Antworten.</p>",
        "questions": [
            ("faq", {"question": "Was ist der Aktions·plan?", "answer": PLAN_HTML}),
            ("faq", {"question": "Was bedeutet Integration?", "answer": INTEGRATION_HTML}),
            (
                "faq",
                {
                    "question": "Was steht im Aktions·plan?",
                    "answer": CONTENTS_HTML
                    + '<p><a linktype="document" id="{document:picture-fields}">Bild von den Handlungs·feldern als '
                    "Datei</a></p>",
                },
            ),
            (
                "faq",
                {
                    "question": "Für wen ist der Aktions·plan?",
                    "answer": "<p>Der Plan ist für diese Gruppen:"
                    "</p><ul><li>die Stadt·verwaltung</li><li>Gruppen und Vereine in der Stadt</li><li>Menschen aus "
                    "anderen Ländern</li></ul>",
                },
            ),
            (
                "faq",
                {
                    "question": "Seit wann gibt es den Aktions·plan?",
                    "answer": "<p>Der Stadt·rat hat den Plan "
                    "am 23. Juni 2022 beschlossen.</p><p>Die Menschen in Dresden wählen den Stadt·rat.</p><p>Der "
                    "Stadt·rat entscheidet wichtige Dinge für Dresden.</p><p>Vorher hat es schon andere Pläne für "
                    "Integration gegeben.</p>",
                },
            ),
            (
                "faq",
                {
                    "question": "Wer hat den Aktions·plan geschrieben?",
                    "answer": AUTHORS_HTML,
                },
            ),
            (
                "faq",
                {
                    "question": "Ist der Aktions·plan aktuell?",
                    "answer": "<p>Ja.</p><p>Die Ziele und Aufgaben "
                    "sind wichtig für heute.</p><p>Integration ist ein wichtiges Thema für alle.</p>",
                },
            ),
            (
                "faq",
                {
                    "question": "Muss sich die Stadt·verwaltung an den Plan halten?",
                    "answer": "<p>Ja.</p>"
                    "<p>Der Stadt·rat hat den Plan beschlossen.</p><p>Darum muss sich die ganze Stadt·verwaltung an den "
                    "Plan halten.</p>",
                },
            ),
            (
                "faq",
                {
                    "question": "Wer passt auf die Arbeit mit dem Plan auf?",
                    "answer": "<p>Eine "
                    "Koordinierungs·gruppe passt auf.</p><p>Diese Gruppe ist in der Stadt·verwaltung.</p>"
                    "<p>Koordinieren heißt: Die Gruppe plant die Arbeit von allen.</p><p>Es gibt auch 3 "
                    "Arbeits·gruppen.</p><p>Jede Arbeits·gruppe hat ein eigenes Thema.</p><p>Alle Gruppen haben klare "
                    "Aufgaben.</p><p>In den Arbeits·gruppen sind viele Menschen.</p><ul><li>Menschen aus der "
                    "Stadt·verwaltung</li><li>Menschen aus Vereinen von Migranten</li><li>Menschen aus "
                    "Beratungs·stellen</li><li>Menschen aus anderen Ämtern</li></ul><p>Migranten sind Menschen aus "
                    "anderen Ländern.</p><p>In einer Beratungs·stelle bekommen Menschen Rat und Hilfe.</p>"
                    '<p><a linktype="document" id="{document:working-paper}">Arbeits·papier für die Gruppen als '
                    "Datei</a></p>",
                },
            ),
            (
                "faq",
                {
                    "question": "Gibt es den Aktions·plan in leicht verständlicher Sprache?",
                    "answer": "<p>Ja.</p><p>Es gibt eine Datei in leicht verständlicher Sprache.</p><p>Die Datei ist "
                    'barriere·frei.</p><p><a linktype="document" id="{document:easy-read}">Aktions·plan in leicht '
                    "verständlicher Sprache als Datei</a></p>",
                },
            ),
            (
                "faq",
                {
                    "question": "Kann ich den Aktions·plan bestellen?",
                    "answer": ORDERING_HTML
                    + '<p><a linktype="page" id="{page:downloads}">Alle Dateien zum Aktions·plan</a></p>',
                },
            ),
        ],
    },
    "principles": {
        "title": "Regeln für Integration",
        "intro": "<p>Im Aktions·plan stehen Regeln für Integration.</p><p>Hier lesen Sie die Regeln.</p>",
        "principles": [
            (
                "principle",
                {
                    "statement": "<p>Wir achten die Menschen·rechte.</p>"
                    "<p>Menschen·rechte sind Rechte für alle Menschen.</p><p>Wir achten das Grund·gesetz "
                    "von Deutschland.</p><p>Wir achten die Verfassung von Sachsen.</p><p>Das Grund·gesetz und die "
                    "Verfassung sind wichtige Gesetze.</p><p>Sie sind wichtig für unser Zusammen·leben.</p>"
                },
            ),
            (
                "principle",
                {
                    "statement": "<p>Alle Menschen in Dresden machen Integration.</p><p>Integration ist "
                    "wichtig für die ganze Politik in Dresden.</p><p>Integration ist auch wichtig für die ganze "
                    "Stadt·verwaltung.</p>"
                },
            ),
            (
                "principle",
                {
                    "statement": "<p>Das ist wichtig für Integration:</p><ul><li>Alle Menschen in der "
                    "Stadt sind offen für andere.</li><li>Menschen aus anderen Ländern machen aktiv mit.</li></ul>"
                },
            ),
            (
                "principle",
                {
                    "statement": "<p>Das ist nötig für Integration:</p><ul><li>Alle Menschen achten "
                    "einander.</li><li>Menschen können verschiedene Dinge gut.</li><li>Das ist wichtig.</li></ul>"
                },
            ),
            (
                "principle",
                {
                    "statement": "<p>Integration bedeutet:</p><ul><li>Alle machen gleich·berechtigt mit."
                    "</li><li>Alle haben die gleichen Chancen.</li><li>Alle dürfen ihre Meinung sagen.</li><li>Alle "
                    "nutzen ihre Rechte in der Demokratie.</li><li>Alle tragen Verantwortung für die Politik.</li></ul>"
                    "<p>Gleich·berechtigt heißt: Alle haben die gleichen Rechte.</p>"
                },
            ),
            (
                "principle",
                {
                    "statement": "<p>Für Integration ist Verständigung wichtig.</p><p>Verständigung "
                    "heißt: Menschen verstehen einander.</p><p>Darum hilft die Stadt bei diesen Dingen:</p><ul><li>"
                    "Menschen lernen Deutsch.</li><li>Menschen sprechen mehrere Sprachen.</li><li>Menschen behalten "
                    "ihre eigene Sprache.</li></ul>"
                },
            ),
            (
                "principle",
                {
                    "statement": "<p>Menschen leben auf verschiedene Arten.</p><p>Integration achtet "
                    "darauf.</p><p>Das gilt für:</p><ul><li>Frauen und Männer</li><li>Mädchen und Jungen</li>"
                    "<li>Menschen mit Migrations·geschichte</li><li>Menschen ohne Migrations·geschichte</li>"
                    "<li>Menschen mit dem Geschlecht divers</li></ul><p>Migrations·geschichte heißt:</p><p>Ein Mensch "
                    "ist aus einem anderen Land gekommen.</p><p>Oder seine Familie ist aus einem anderen Land "
                    "gekommen.</p><p>Divers heißt: Ein Mensch fühlt sich nicht als Frau oder Mann.</p>"
                },
            ),
            (
                "principle",
                {
                    "statement": "<p>Vereine von Migranten sind wichtige Partner.</p><p>Migranten sind "
                    "Menschen aus anderen Ländern.</p><p>Die Vereine helfen den Migranten.</p><p>Sie sprechen für die "
                    "Migranten.</p><p>Sie helfen auch der Stadt·verwaltung und der Politik.</p><p>So werden alle offen "
                    "für andere Kulturen.</p>"
                },
            ),
            (
                "principle",
                {
                    "statement": "<p>Alle Ämter, Firmen und Angebote sollen offen sein.</p><p>Offen für "
                    "Menschen aus allen Kulturen.</p><p>So können alle mitmachen.</p><p>Und alle behandeln einander "
                    "gut.</p>"
                },
            ),
        ],
        "figures": [
            (
                "download",
                download(
                    "picture-principles",
                    "Bild von den Regeln als Datei",
                    text_alternative=PRINCIPLES_PICTURE_TEXT,
                ),
            ),
        ],
    },
    "field-work": {
        "title": "Arbeit",
        "intro": "<p>Handlungs·feld Arbeit.</p><p>Hier geht es um Arbeit.</p>"
        "<p>Und es geht um Vielfalt in der Stadt·verwaltung.</p>",
        "goals": [("goal", {"title": "Mehr Vielfalt in der Stadt·verwaltung", "description": EXAMPLE_HTML})],
    },
    "measure-staff-diversity": {
        "title": "Mehr Vielfalt in der Stadt·verwaltung",
        "intro": "<p>Die Menschen in Dresden sind verschieden.</p>"
        "<p>Die Menschen in der Stadt·verwaltung sollen auch verschieden sein.</p>",
        "description": "<p>Diese Idee kommt von den Treffen im Jahr 2021.</p>"
        "<p>Die Stadt·verwaltung hat freie Stellen.</p>"
        "<p>Sie spricht dabei auch Menschen aus anderen Ländern an.</p>",
        "partners": [("partner", OFFICE_INTEGRATION), ("partner", "Vereine von Migranten")],
        "indicators": [
            (
                "indicator",
                {
                    "name": "Anzeigen für freie Stellen mit einem Satz zu Vielfalt",
                    "target": "alle",
                    "current_value": "die Hälfte",
                },
            ),
        ],
        "timeline": [
            (
                "update",
                {"date": "2023-03-15", "text": "<p>Die Arbeits·gruppe hat Ideen für Anzeigen gesammelt.</p>"},
            ),
            (
                "update",
                {
                    "date": "2024-02-01",
                    "text": "<p>Neue Anzeigen sprechen Menschen aus anderen Ländern an.</p>",
                },
            ),
        ],
    },
    "field-housing": {
        "title": "Wohnen",
        "intro": "<p>Handlungs·feld Wohnen.</p><p>Hier geht es um gutes Wohnen.</p>"
        "<p>Und es geht um Menschen ohne Wohnung.</p>",
        "goals": [("goal", {"title": "Mehr Hilfe für Menschen ohne Wohnung", "description": EXAMPLE_HTML})],
    },
    "measure-homeless-eu-citizens": {
        "title": "Hilfe für Menschen ohne Wohnung",
        "intro": "<p>Manche Menschen kommen aus Ländern in der Europäischen Union.</p>"
        "<p>Das ist eine Gruppe von Ländern in Europa.</p>"
        "<p>Manche von diesen Menschen leben ohne Wohnung.</p>"
        "<p>Die Stadt will ihnen besser helfen.</p>",
        "description": "<p>Diese Idee kommt von den Treffen im Jahr 2021.</p>"
        "<p>Beratungs·stellen sollen auch diese Menschen erreichen.</p>"
        "<p>In einer Beratungs·stelle bekommen Menschen Rat und Hilfe.</p>",
        "partners": [("partner", "Beratungs·stellen")],
        "indicators": [
            (
                "indicator",
                {
                    "name": "Beratungs·stellen für diese Menschen",
                    "target": "3",
                    "current_value": "1",
                },
            ),
        ],
        "timeline": [
            (
                "update",
                {
                    "date": "2023-06-01",
                    "text": "<p>Das Sozial·amt hat mit den Beratungs·stellen gesprochen.</p>",
                },
            ),
        ],
    },
    "field-school": {
        "title": "Schule",
        "intro": "<p>Handlungs·feld Schule.</p><p>Hier geht es um gutes Lernen.</p>"
        "<p>Im Kinder·garten und in der Schule.</p>",
        "goals": [("goal", {"title": "Bessere Eltern·arbeit", "description": EXAMPLE_HTML})],
    },
    "measure-parents-daycare-school": {
        "title": "Eltern·arbeit in Kinder·garten und Schule",
        "intro": "<p>Manche Kinder sind mit ihren Familien nach Dresden gekommen.</p>"
        "<p>Sie kommen aus anderen Ländern.</p>"
        "<p>Kinder·garten und Schule sollen diese Familien gut begleiten.</p>",
        "description": "<p>Diese Idee kommt von den Treffen im Jahr 2021.</p>"
        "<p>Eltern·arbeit heißt: Die Schule spricht viel mit den Eltern.</p>"
        "<p>Die Eltern·arbeit soll besser werden.</p>",
        "partners": [("partner", "Kinder·gärten und Schulen"), ("partner", "Vereine von Migranten")],
        "indicators": [
            (
                "indicator",
                {
                    "name": "Eltern·abende in vielen Sprachen",
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
                    "text": "<p>Es hat die ersten Eltern·abende in vielen Sprachen gegeben.</p>",
                },
            ),
            (
                "update",
                {
                    "date": "2024-07-31",
                    "text": "<p>Alle Schulen bieten jetzt Eltern·abende in vielen Sprachen an.</p>",
                },
            ),
        ],
    },
    "field-health": {
        "title": "Gesundheit",
        "intro": "<p>Handlungs·feld Gesundheit.</p><p>Hier geht es um Gesundheit.</p>"
        "<p>Alle sollen Hilfe von Ärzten bekommen.</p>",
    },
    "field-sport": {
        "title": "Sport",
        "intro": "<p>Handlungs·feld Sport.</p><p>Hier geht es um Sport.</p>"
        "<p>Alle sollen beim Sport mitmachen können.</p>",
    },
    "participation": {
        "title": "Die Treffen zum Aktions·plan im Jahr 2021",
        "motto": "Gemeinsam. Verantwortung. Leben.",  # the name of the events stays as it was
        "intro": "<p>Im Jahr 2021 hat es 3 Treffen gegeben.</p>"
        "<p>Bei den Treffen haben Menschen über Integration gesprochen.</p>"
        "<p>Ungefähr 70 Menschen sind gekommen.</p>",
        "report": "<p>Das sind die Tage von den Treffen:</p>"
        "<ul><li>27. Juni 2021</li><li>3. Juli 2021</li><li>18. Juli 2021</li></ul>"
        "<p>Das Wetter ist sonnig gewesen.</p><p>Trotzdem sind viele Menschen gekommen.</p>"
        "<p>Es sind Menschen aus Dresden gekommen.</p><p>Manche sind in Dresden geboren.</p>"
        "<p>Manche sind aus anderen Ländern gekommen.</p><p>Auch Vereine und Politiker sind gekommen.</p>"
        "<p>Frau Winkler hat alle begrüßt.</p>"
        "<p>Ein großer Verein von Migranten hat auch gesprochen.</p>"
        "<p>Der Verein hat beim Plan mitgearbeitet.</p><p>Er hat dafür ein eigenes Papier geschrieben.</p>"
        "<p>Dann haben 3 Arbeits·gruppen über den Plan gesprochen.</p>"
        "<p>Jede Gruppe hat eine Expertin gehabt.</p><p>Alle haben ihre Meinung gesagt.</p>"
        "<p>Mittags hat es Suppe gegeben.</p><p>Es hat auch Tafeln für neue Ideen gegeben.</p>"
        "<p>Danach haben die Gruppen Ideen für Ziele und Maßnahmen gesammelt.</p>"
        "<p>Um 16 Uhr sind die Treffen zu Ende gegangen.</p>"
        "<p>Wir sagen Danke an alle Helferinnen und Helfer.</p>",
        "working_groups": [
            (
                "working_group",
                {
                    "title": f"Arbeits·gruppe {number}",
                    "description": "<p>Die Gruppe hat über den "
                    "Plan gesprochen.</p><p>Dann hat die Gruppe Ideen gesammelt.</p>",
                },
            )
            for number in (1, 2, 3)
        ],
        "results": [
            (
                "result",
                {
                    "text": "<p>Mehr Vielfalt in der Stadt·verwaltung</p>",
                    "field_of_action": page("field-work"),
                },
            ),
            (
                "result",
                {
                    "text": "<p>Mehr Hilfe für Menschen ohne Wohnung aus der Europäischen Union</p>",
                    "field_of_action": page("field-housing"),
                },
            ),
            (
                "result",
                {
                    "text": "<p>Bessere Eltern·arbeit in Kinder·garten und Schule</p>",
                    "field_of_action": page("field-school"),
                },
            ),
            ("result", {"text": "<p>Viele weitere Ideen für den Aktions·plan</p>", "field_of_action": None}),
        ],
        "presentations": [("download", download("presentation-2021", "Vortrag von den Treffen als Datei"))],
    },
    "downloads": {
        "title": "Dateien und Bestellung",
        "intro": "<p>Hier finden Sie alle Dateien zum Aktions·plan.</p>"
        "<p>Sie können das Heft auch bestellen.</p>"
        "<p>Schreiben Sie dafür eine E-Mail an: auslaenderbeauftragte@dresden.de</p>",
        "sections": [
            ("heading", {"text": "Der Aktions·plan", "level": "h2"}),
            ("download", download("brochure-de", "Aktions·plan als Heft auf Deutsch")),
            ("download", download("brochure-en", "Aktions·plan als Heft auf Englisch")),
            ("download", download("easy-read", "Aktions·plan in leicht verständlicher Sprache")),
            ("heading", {"text": "Bilder", "level": "h2"}),
            (
                "download",
                download(
                    "picture-fields", "Bild von den Handlungs·feldern", text_alternative=FIELDS_PICTURE_TEXT
                ),
            ),
            (
                "download",
                download("picture-goals", "Bild von den Zielen", text_alternative=GOALS_PICTURE_TEXT),
            ),
            (
                "download",
                download(
                    "picture-principles", "Bild von den Regeln", text_alternative=PRINCIPLES_PICTURE_TEXT
                ),
            ),
            ("heading", {"text": "Arbeits·papier und Vortrag", "level": "h2"}),
            ("download", download("working-paper", "Arbeits·papier für die Gruppen")),
            ("download", download("presentation-2021", "Vortrag von den Treffen")),
        ],
    },
}
