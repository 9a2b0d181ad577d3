"""Demo content of the accessibility pages and the glossary, per locale (plain data)."""

import datetime

STATEMENT = {
    "de": {
        "title": "Erklärung zur Barrierefreiheit",
        "slug": "barrierefreiheit",
        "intro": "<p>Die Stadt möchte, dass alle Menschen diese Website gut nutzen können.</p>",
        "scope": "die Website zum Aktionsplan Integration 2022–2026",
        "conformance_details": "<p>Die Website wurde nach den Regeln der BITV 2.0 gebaut. Einige Dokumente sind noch nicht barrierefrei.</p>",
        "barriers": [
            (
                "Einige ältere PDF-Dokumente haben keine Struktur für Screenreader.",
                "non_compliance",
                "<p>Schreiben Sie uns. Wir schicken Ihnen den Inhalt als barrierefreies Dokument.</p>",
            ),
            (
                "Das Video in Deutscher Gebärdensprache fehlt noch.",
                "non_compliance",
                "<p>Der Text unter dem Video-Platz sagt dasselbe.</p>",
            ),
        ],
        "preparation_method": "<p>Wir haben die Website selbst geprüft (Selbstbewertung) und automatische Tests mit axe-core genutzt.</p>",
        "feedback_intro": "<p>Haben Sie eine Barriere gefunden? Schreiben Sie uns mit dem Formular oder per E-Mail. Wir antworten innerhalb von zwei Wochen.</p>",
        "contact": '<p>Landeshauptstadt Dresden, Integrations- und Ausländerbeauftragte<br/>E-Mail: <a href="mailto:integration@dresden.de">integration@dresden.de</a></p>',
        "enforcement": "<p>Wenn Sie keine zufriedenstellende Antwort bekommen, können Sie sich an die Durchsetzungsstelle wenden: den Beauftragten der Sächsischen Staatsregierung für die Belange von Menschen mit Behinderungen. Das Verfahren ist kostenlos. (Beispieltext für die Demo.)</p>",
        "thank_you_text": "<p>Danke für Ihre Meldung. Wir antworten innerhalb von zwei Wochen.</p>",
        "fields": [
            (
                "Beschreibung der Barriere",
                "multiline",
                True,
                "Was hat nicht funktioniert? Auf welcher Seite?",
            ),
            ("Adresse der Seite", "singleline", False, "Zum Beispiel: https://… (wenn Sie sie kennen)"),
            (
                "Ihre E-Mail-Adresse für eine Antwort",
                "email",
                False,
                "Nur nötig, wenn Sie eine Antwort möchten.",
            ),
        ],
    },
    "en": {
        "title": "Accessibility statement",
        "slug": "accessibility",
        "intro": "<p>The city wants everyone to be able to use this website well.</p>",
        "scope": "the website of the Integration Action Plan 2022–2026",
        "conformance_details": "<p>The website was built to the rules of BITV 2.0. Some documents are not accessible yet.</p>",
        "barriers": [
            (
                "Some older PDF documents have no structure for screen readers.",
                "non_compliance",
                "<p>Write to us. We will send you the content as an accessible document.</p>",
            ),
            (
                "The German Sign Language video is still missing.",
                "non_compliance",
                "<p>The text below the video space says the same.</p>",
            ),
        ],
        "preparation_method": "<p>We checked the website ourselves (self-assessment) and used automated tests with axe-core.</p>",
        "feedback_intro": "<p>Have you found a barrier? Write to us with the form or by e-mail. We answer within two weeks.</p>",
        "contact": '<p>City of Dresden, Commissioner for Integration and Foreigners<br/>E-mail: <a href="mailto:integration@dresden.de">integration@dresden.de</a></p>',
        "enforcement": "<p>If you do not receive a satisfactory answer, you can contact the enforcement body: the Saxon State Government's Commissioner for the Concerns of People with Disabilities. The procedure is free of charge. (Example text for the demo.)</p>",
        "thank_you_text": "<p>Thank you for your report. We answer within two weeks.</p>",
        "fields": [
            ("Description of the barrier", "multiline", True, "What did not work? On which page?"),
            ("Address of the page", "singleline", False, "For example: https://… (if you know it)"),
            ("Your e-mail address for a reply", "email", False, "Only needed if you want a reply."),
        ],
    },
    "de-x-ls": {
        "title": "Barriere·freiheit auf dieser Website",
        "slug": "barrierefreiheit",
        "intro": "<p>Alle Menschen sollen diese Website gut benutzen können. Das ist uns wichtig.</p>",
        "scope": "die Website zum Aktions·plan Integration",
        "conformance_details": "<p>Die Website ist zum Teil barriere·frei. Einige Dokumente sind noch nicht barriere·frei.</p>",
        "barriers": [
            (
                "Einige alte Dokumente sind schwer zu lesen.",
                "non_compliance",
                "<p>Schreiben Sie uns. Dann schicken wir Ihnen ein besseres Dokument.</p>",
            ),
            (
                "Das Video in Gebärden·sprache fehlt noch.",
                "non_compliance",
                "<p>Der Text unter dem Video sagt das Gleiche.</p>",
            ),
        ],
        "preparation_method": "<p>Wir haben die Website selbst geprüft. Ein Computer·programm hat auch geprüft.</p>",
        "feedback_intro": "<p>Haben Sie eine Barriere gefunden? Dann schreiben Sie uns. Wir antworten in 2 Wochen.</p>",
        "contact": '<p>Stadt Dresden<br/>E-Mail: <a href="mailto:integration@dresden.de">integration@dresden.de</a></p>',
        "enforcement": "<p>Sie sind mit unserer Antwort nicht zufrieden? Dann können Sie sich beschweren. Eine Stelle vom Land Sachsen hilft Ihnen. Das kostet nichts.</p>",
        "thank_you_text": "<p>Danke für Ihre Nachricht. Wir antworten in 2 Wochen.</p>",
        "fields": [
            ("Was ist das Problem?", "multiline", True, "Schreiben Sie: Was geht nicht? Auf welcher Seite?"),
            ("Adresse von der Seite", "singleline", False, "Wenn Sie die Adresse wissen."),
            ("Ihre E-Mail-Adresse", "email", False, "Dann können wir Ihnen antworten."),
        ],
    },
}

GUIDE = {
    "de": {
        "title": "Informationen in Gebärdensprache",
        "slug": "gebaerdensprache",
        "intro": "<p>Hier erklären wir in Deutscher Gebärdensprache, was auf dieser Website steht und wie sie funktioniert.</p>",
        "teaser": "<p>Inhalt und Bedienung dieser Website in Deutscher Gebärdensprache.</p>",
        "sections": [],
        "video_title": "Die Website in Deutscher Gebärdensprache",
        "video_text": "<p>Diese Website zeigt den Aktionsplan Integration der Stadt Dresden. Oben finden Sie die Hauptnavigation mit den Handlungsfeldern, den Zielen und den Maßnahmen. Über die Sprachauswahl kommen Sie zur englischen Fassung und zur Leichten Sprache. Unten auf jeder Seite stehen die Erklärung zur Barrierefreiheit und der Kontakt.</p>",
    },
    "en": {
        "title": "Information in sign language",
        "slug": "sign-language",
        "intro": "<p>Here we explain in German Sign Language what this website contains and how it works.</p>",
        "teaser": "<p>Content and navigation of this website in German Sign Language.</p>",
        "sections": [],
        "video_title": "The website in German Sign Language",
        "video_text": "<p>This website shows the City of Dresden's Integration Action Plan. At the top you find the main navigation with the fields of action, the goals and the measures. The language switcher leads to the German version and to Leichte Sprache. At the bottom of every page are the accessibility statement and the contact.</p>",
    },
    "de-x-ls": {
        "title": "Informationen in Leichter Sprache",
        "slug": "leichte-sprache",
        "intro": "<p>Hier erklären wir diese Website in Leichter Sprache.</p>",
        "teaser": "<p>Was steht auf dieser Website? Wie benutzen Sie die Website? Das erklären wir in Leichter Sprache.</p>",
        "sections": [
            (
                "Was steht auf dieser Website?",
                "<p>Die Stadt Dresden hat einen Aktions·plan. Der Aktions·plan ist für die Integration. Auf dieser Website steht der Aktions·plan.</p>",
            ),
            (
                "Wie finden Sie sich zurecht?",
                "<p>Oben auf jeder Seite ist ein Menü. Dort finden Sie die Themen. Die Themen heißen Handlungs·felder. Zum Beispiel: Arbeit. Oder: Wohnen.</p>",
            ),
            (
                "Andere Sprachen",
                "<p>Oben rechts können Sie die Sprache wählen. Es gibt: Deutsch. Englisch. Leichte Sprache.</p>",
            ),
            (
                "Hilfe und Kontakt",
                "<p>Unten auf jeder Seite steht: Barriere·freiheit. Dort können Sie uns schreiben. Zum Beispiel: Etwas auf der Website geht nicht.</p>",
            ),
        ],
        "video_title": "Die Website in Gebärden·sprache",
        "video_text": "<p>Hier kommt ein Video in Gebärden·sprache. Das Video erklärt die Website. Der Text auf dieser Seite sagt das Gleiche.</p>",
    },
}

GLOSSARY = {
    # de term: {locale: (term, other forms, explanation)}
    "Aktionsplan": {
        "de": (
            "Aktionsplan",
            "Aktionsplans",
            "Ein Plan der Stadt mit Zielen und Maßnahmen für mehrere Jahre.",
        ),
        "en": (
            "action plan",
            "action plans",
            "A plan of the city with goals and measures for several years.",
        ),
        "de-x-ls": (
            "Aktions·plan",
            "Aktionsplan, Aktions-Plan",
            "In einem Aktions·plan steht: Das wollen wir machen. So wollen wir es machen.",
        ),
    },
    "Integration": {
        "de": (
            "Integration",
            "",
            "Alle Menschen in der Stadt leben gut zusammen und machen gleichberechtigt mit.",
        ),
        "en": ("integration", "", "Everyone in the city lives well together and takes part on equal terms."),
        "de-x-ls": (
            "Integration",
            "",
            "Alle Menschen in der Stadt sollen gut zusammen leben. Alle sollen mit·machen können.",
        ),
    },
    "Handlungsfeld": {
        "de": (
            "Handlungsfeld",
            "Handlungsfelder, Handlungsfeldern",
            "Ein Thema des Plans, zum Beispiel Arbeit oder Wohnen.",
        ),
        "en": ("field of action", "fields of action", "A topic of the plan, for example work or housing."),
        "de-x-ls": (
            "Handlungs·feld",
            "Handlungs·felder, Handlungsfeld, Handlungsfelder",
            "Ein Thema im Aktions·plan. Zum Beispiel: Arbeit.",
        ),
    },
    "Barriere": {
        "de": ("Barriere", "Barrieren", "Etwas, das Menschen mit Behinderung an der Nutzung hindert."),
        "en": ("barrier", "barriers", "Something that stops people with disabilities from using the site."),
        "de-x-ls": (
            "Barriere",
            "Barrieren",
            "Eine Barriere ist ein Hindernis. Zum Beispiel: Eine Schrift ist zu klein.",
        ),
    },
    "Barrierefreiheit": {
        "de": ("Barrierefreiheit", "barrierefrei", "Alle Menschen können etwas ohne fremde Hilfe nutzen."),
        "en": ("accessibility", "accessible", "Everyone can use something without help from others."),
        "de-x-ls": (
            "Barriere·freiheit",
            "barriere·frei, Barrierefreiheit",
            "Alle Menschen können etwas benutzen. Sie brauchen keine Hilfe.",
        ),
    },
    "Gebärdensprache": {
        "de": (
            "Gebärdensprache",
            "",
            "Eine Sprache mit Händen, Gesicht und Körper. Viele gehörlose Menschen sprechen sie.",
        ),
        "en": ("sign language", "", "A language of hands, face and body. Many deaf people use it."),
        "de-x-ls": (
            "Gebärden·sprache",
            "Gebärdensprache",
            "Eine Sprache mit den Händen. Viele gehörlose Menschen sprechen so.",
        ),
    },
}

STATEMENT_DATES = {"prepared_on": datetime.date(2025, 9, 1), "last_reviewed_on": datetime.date(2026, 3, 1)}
