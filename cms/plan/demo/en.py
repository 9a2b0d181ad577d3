"""English demo content: a faithful translation of the German original, sentence for sentence.

Fields left out here (dates, status, progress, files, numbers) are taken from the German data.
"""

from cms.plan.demo.refs import download, figure, page

SNIPPETS = {
    "office-integration": {"name": "Office of the Commissioner for Integration and Foreigners"},
    "office-personnel": {"name": "Personnel Office (example)"},
    "office-social": {"name": "Social Welfare Office (example)"},
    "office-schools": {"name": "School Administration Office (example)"},
    "coordination-group": {
        "name": "Coordination group in the city administration",
        "tasks": "<p>The coordination group accompanies and monitors the implementation of the action plan. "
        "It has clearly defined tasks and responsibilities.</p>",
        "members": [
            ("organisation", "Commissioner for Integration and Foreigners"),
            ("organisation", "Offices of the city administration"),
        ],
    },
    "working-group-1": {
        "name": "Working group 1",
        "topic": "Work and city administration (example)",
        "tasks": "<p>The working group accompanies the implementation of the action plan on its topic.</p>",
        "members": [
            ("organisation", "Employees of the city administration"),
            ("organisation", "Migrant organisations"),
            ("organisation", "Advice centres"),
        ],
    },
    "working-group-2": {
        "name": "Working group 2",
        "topic": "Housing and health (example)",
        "tasks": "<p>The working group accompanies the implementation of the action plan on its topic.</p>",
        "members": [
            ("organisation", "Employees of the city administration"),
            ("organisation", "District networks"),
            ("organisation", "Other public authorities"),
        ],
    },
    "working-group-3": {
        "name": "Working group 3",
        "topic": "School and sport (example)",
        "tasks": "<p>The working group accompanies the implementation of the action plan on its topic.</p>",
        "members": [
            ("organisation", "Employees of the city administration"),
            ("organisation", "Migrant organisations"),
            ("organisation", "District networks"),
        ],
    },
}

INTEGRATION_HTML = (
    "<p>Integration means that people with a migration background take part on equal terms. This refers to</p>"
    "<ul><li>societal,</li><li>social,</li><li>legal,</li><li>economic,</li>"
    "<li>cultural and</li><li>political life.</li></ul>"
    "<p>Integration has succeeded when all immigrants belong to the city on equal terms.</p>"
)

FIELDS_PICTURE_TEXT = "<p>The picture shows the fields of action of the action plan: work, housing, school, health and sport.</p>"

GOALS_PICTURE_TEXT = (
    "<p>The picture shows the four goals of the action plan: integration as a cross-cutting task, access to all "
    "services, living together in solidarity and the commitment against discrimination.</p>"
)

PRINCIPLES_PICTURE_TEXT = (
    "<p>The picture shows the principles for integration: they are based on human rights, the Basic Law and the "
    "Constitution of Saxony. Everyone shapes integration. Institutions open up interculturally.</p>"
)

PAGES = {
    "home": {
        "title": "Integration in Dresden",
        "slug": "home",
        "intro": "<p>The City of Dresden has an action plan for the integration of immigrants. It applies from "
        "2022 to 2026.</p>",
        "body": [
            ("heading", {"text": "What can you find on this website?", "level": "h2"}),
            (
                "paragraph",
                "<p>Here you will find the Integration Action Plan with its goals, fields of action and "
                "measures, the principles for integration, questions and answers and all files.</p>"
                "<p>At the top of every page you choose the language: German, English or Leichte Sprache "
                "(easy-to-read German).</p>",
            ),
        ],
    },
    "plan": {
        "title": "Integration Action Plan",
        "slug": "integration-action-plan",
        "intro": "<p>The action plan is a work plan for the Dresden city administration in the area of "
        "integration of immigrants. This plan is about how people from other countries are received in our city "
        "and how they integrate. It applies from 2022 to 2026.</p>",
        "adopted_by": "City Council of the City of Dresden",
        "binding_note": "By the decision of the City Council, the action plan is binding for the entire city "
        "administration.",
        "audiences": [
            ("audience", "the city administration"),
            ("audience", "organisations in the city"),
            ("audience", "immigrants"),
        ],
        "authors": "<p>The Commissioner for Integration and Foreigners, her team, various offices of the city "
        "administration, people in working groups and participants in the three public discussion events.</p>",
        "body": [
            ("heading", {"text": "What does integration mean?", "level": "h2"}),
            ("paragraph", INTEGRATION_HTML),
            ("heading", {"text": "What is in the action plan?", "level": "h2"}),
            (
                "paragraph",
                "<p>The action plan contains concrete goals and measures for various areas of responsibility, "
                "for example work, housing, school, health and sport.</p>"
                "<p>These areas of responsibility are also called fields of action.</p>",
            ),
            (
                "figure",
                figure(
                    "fields-of-action",
                    "Picture of the fields of action: work, housing, school, health and sport",
                    "Picture of the fields of action",
                    FIELDS_PICTURE_TEXT,
                ),
            ),
            ("download", download("picture-fields", "Download the picture of the fields of action (German)")),
        ],
        "goals": [
            (
                "goal",
                {
                    "title": "Integration is a cross-cutting task.",
                    "description": "<p>For the city administration, integration is a cross-cutting task. This "
                    "means that integration is considered in all areas. The city administration actively shapes "
                    "integration work. It creates all the necessary conditions and is an equal actor.</p>",
                },
            ),
            (
                "goal",
                {
                    "title": "Access to all services",
                    "description": "<p>The city administration ensures that people with a migration background "
                    "have access to all of the city's offers and services.</p>",
                },
            ),
            (
                "goal",
                {
                    "title": "Living together in solidarity",
                    "description": "<p>The city administration promotes that all people of Dresden treat each "
                    "other with solidarity and stand together. It stands up for these things:</p>"
                    "<ul><li>diversity,</li><li>democracy,</li><li>respect and</li>"
                    "<li>equal participation.</li></ul>",
                },
            ),
            (
                "goal",
                {
                    "title": "Against group-focused enmity and discrimination",
                    "description": "<p>The city administration takes a stand against group-focused enmity "
                    "and against discrimination. It actively works to reduce these things.</p>",
                },
            ),
        ],
        "ordering": "<p>The action plan has been published as an accessible brochure in German and English "
        "(original text). In addition, there is a file in easy-to-understand German, which is also accessible. "
        "Orders can be sent to the e-mail address "
        '<a href="mailto:auslaenderbeauftragte@dresden.de">auslaenderbeauftragte@dresden.de</a>. Copies will '
        "also be available for collection at the Office of the Commissioner for Integration and Foreigners.</p>",
        "downloads": [
            ("download", download("brochure-de", "Integration Action Plan, brochure in German")),
            ("download", download("brochure-en", "Integration Action Plan, brochure in English")),
            ("download", download("easy-read", "Integration Action Plan in easy-to-understand German")),
            (
                "download",
                download(
                    "picture-goals", "Picture of the goals (German)", text_alternative=GOALS_PICTURE_TEXT
                ),
            ),
        ],
    },
    "faq": {
        "title": "Questions and answers about the action plan",
        "slug": "questions-and-answers",
        "intro": "<p>The most important questions and answers about the Integration Action Plan.</p>",
        "questions": [
            (
                "faq",
                {
                    "question": "What is the action plan?",
                    "answer": "<p>The action plan is a work plan for "
                    "the Dresden city administration in the area of integration of immigrants. This plan is about how "
                    "people from other countries are received in our city and how they integrate. It applies from 2022 "
                    "to 2026.</p>",
                },
            ),
            ("faq", {"question": "What does integration mean?", "answer": INTEGRATION_HTML}),
            (
                "faq",
                {
                    "question": "What is in the action plan?",
                    "answer": "<p>The action plan contains concrete "
                    "goals and measures for various areas of responsibility, for example work, housing, school, health "
                    "and sport.</p><p>These areas of responsibility are also called fields of action. "
                    '<a linktype="document" id="{document:picture-fields}">Download the picture of the fields of action '
                    "(German)</a></p>",
                },
            ),
            (
                "faq",
                {
                    "question": "Who is the action plan for?",
                    "answer": "<p>The action plan is aimed at the "
                    "city administration, at organisations in the city and at immigrants.</p>",
                },
            ),
            (
                "faq",
                {
                    "question": "Since when has the city administration had an action plan?",
                    "answer": "<p>The "
                    "action plan was adopted on 23 June 2022. Before that, there were already various integration "
                    "concepts.</p>",
                },
            ),
            (
                "faq",
                {
                    "question": "Who wrote the action plan?",
                    "answer": "<p>The Commissioner for Integration and "
                    "Foreigners, her team, various offices of the city administration, people in working groups and "
                    "participants in the three public discussion events.</p>",
                },
            ),
            (
                "faq",
                {
                    "question": "Is the action plan up to date?",
                    "answer": "<p>Yes. The goals and tasks are "
                    "very topical. Integration is an important issue for society.</p>",
                },
            ),
            (
                "faq",
                {
                    "question": "Is the action plan binding?",
                    "answer": "<p>By the decision of the City "
                    "Council, the action plan is binding for the entire city administration.</p>",
                },
            ),
            (
                "faq",
                {
                    "question": "Is the implementation of the action plan accompanied and monitored?",
                    "answer": "<p>Yes. There is a coordination group in the city administration and three working groups on "
                    "specific topics. They have clearly defined tasks and responsibilities. Besides employees of the city "
                    "administration, the working groups include, for example, representatives of migrant "
                    "organisations, district networks, advice centres and other public authorities.</p>"
                    '<p><a linktype="document" id="{document:working-paper}">Download the working paper of the '
                    "coordination group and the working groups (German)</a></p>",
                },
            ),
            (
                "faq",
                {
                    "question": "Is the action plan available in easy-to-understand language?",
                    "answer": "<p>Yes. There is an accessible file in easy-to-understand German (Verso).</p>"
                    '<p><a linktype="document" id="{document:easy-read}">Download the action plan in '
                    "easy-to-understand German</a></p>",
                },
            ),
            (
                "faq",
                {
                    "question": "Can the action plan be ordered or downloaded?",
                    "answer": "<p>The action plan "
                    "has been published as an accessible brochure in German and English (original text). In addition, "
                    "there is a file in easy-to-understand German, which is also accessible. Orders can be sent to the "
                    "e-mail address auslaenderbeauftragte@dresden.de. Copies will also be available for collection at "
                    'the Office of the Commissioner for Integration and Foreigners.</p><p><a linktype="page" '
                    'id="{page:downloads}">All files for download</a></p>',
                },
            ),
        ],
    },
    "principles": {
        "title": "Principles for integration",
        "slug": "principles-for-integration",
        "intro": "<p>Which principles for integration does the action plan set out?</p>",
        "principles": [
            (
                "principle",
                {
                    "statement": "<p>We recognise human rights, the Basic Law of the Federal Republic of "
                    "Germany and the Constitution of Saxony. They are the basis for our living together and for "
                    "integration.</p>"
                },
            ),
            (
                "principle",
                {
                    "statement": "<p>Integration is shaped by all people who live in Dresden. It matters "
                    "in all areas of our city's politics and of the city administration.</p>"
                },
            ),
            (
                "principle",
                {
                    "statement": "<p>This is important for integration:</p><ul><li>all people in the city "
                    "are open to the world and live integration and</li><li>immigrants take an active part.</li></ul>"
                },
            ),
            (
                "principle",
                {
                    "statement": "<p>This is necessary for integration:</p><ul><li>all people in the city "
                    "respect and value each other and</li><li>the different abilities of people of different origins "
                    "are taken into account.</li></ul>"
                },
            ),
            (
                "principle",
                {
                    "statement": "<p>This is what integration achieves:</p><ul><li>everyone takes part in "
                    "social life on equal terms,</li><li>everyone has the same opportunities,</li><li>everyone "
                    "contributes and helps to shape things,</li><li>everyone exercises democratic rights and</li>"
                    "<li>takes political responsibility.</li></ul>"
                },
            ),
            (
                "principle",
                {
                    "statement": "<p>Understanding is important for integration. This is promoted for it:"
                    "</p><ul><li>learning and mastering the German language,</li><li>multilingualism and</li>"
                    "<li>preserving the different languages of origin.</li></ul>"
                },
            ),
            (
                "principle",
                {
                    "statement": "<p>Integration takes different ways of life and life realities into "
                    "account. This refers to:</p><ul><li>women and men,</li><li>girls and boys,</li><li>people with "
                    "and without a migration background and</li><li>people who see themselves as ‘diverse’.</li></ul>"
                },
            ),
            (
                "principle",
                {
                    "statement": "<p>Important partners for integration are migrant organisations and "
                    "migrant groups. They offer help and represent the interests of migrants. They support politics, "
                    "the city administration and society in opening up interculturally.</p>"
                },
            ),
            (
                "principle",
                {
                    "statement": "<p>All institutions, companies, offers and services should be open "
                    "interculturally. This promotes participation and prevents discrimination.</p>"
                },
            ),
        ],
        "figures": [
            (
                "download",
                download(
                    "picture-principles",
                    "Download the picture of the principles for integration (German)",
                    text_alternative=PRINCIPLES_PICTURE_TEXT,
                ),
            ),
        ],
    },
    "field-work": {
        "title": "Work",
        "slug": "work",
        "intro": "<p>Field of action work: goals and measures for access to work and for diversity in the city "
        "administration as an employer.</p>",
        "goals": [
            (
                "goal",
                {
                    "title": "More diversity among the employees of the city administration",
                    "description": "<p>Example from the results of the 2021 participation events.</p>",
                },
            ),
        ],
    },
    "measure-staff-diversity": {
        "title": "Increase diversity among the employees of the city administration",
        "slug": "diversity-of-employees",
        "intro": "<p>The city administration is to reflect the diversity of the city among its employees, "
        "too.</p>",
        "description": "<p>Proposal from the 2021 participation events. The city administration is to be as "
        "diverse as the city. Job advertisements specifically address people with a migration background.</p>",
        "partners": [
            ("partner", "Office of the Commissioner for Integration and Foreigners"),
            ("partner", "Migrant organisations"),
        ],
        "indicators": [
            (
                "indicator",
                {
                    "name": "Job advertisements that mention diversity",
                    "target": "all",
                    "current_value": "half",
                },
            ),
        ],
        "timeline": [
            (
                "update",
                {
                    "date": "2023-03-15",
                    "text": "<p>The working group has collected proposals for job advertisements.</p>",
                },
            ),
            (
                "update",
                {
                    "date": "2024-02-01",
                    "text": "<p>New job advertisements specifically address people "
                    "with a migration background.</p>",
                },
            ),
        ],
    },
    "field-housing": {
        "title": "Housing",
        "slug": "housing",
        "intro": "<p>Field of action housing: goals and measures for good housing and against homelessness.</p>",
        "goals": [
            (
                "goal",
                {
                    "title": "Give more consideration to homeless people from the EU",
                    "description": "<p>Example from the results of the 2021 participation events.</p>",
                },
            ),
        ],
    },
    "measure-homeless-eu-citizens": {
        "title": "Reach homeless people from the EU better",
        "slug": "homeless-eu-citizens",
        "intro": "<p>Some people from other EU countries have no home. Integration work is to take them more into "
        "account.</p>",
        "description": "<p>Proposal from the 2021 participation events. Advice services are to reach homeless "
        "people from the EU, too.</p>",
        "partners": [("partner", "Advice centres")],
        "indicators": [
            (
                "indicator",
                {
                    "name": "Advice centres with services for this group",
                    "target": "three",
                    "current_value": "one",
                },
            ),
        ],
        "timeline": [
            (
                "update",
                {
                    "date": "2023-06-01",
                    "text": "<p>The Social Welfare Office has talked with the advice "
                    "centres about the need.</p>",
                },
            ),
        ],
    },
    "field-school": {
        "title": "School",
        "slug": "school",
        "intro": "<p>Field of action school: goals and measures for good education from day care to school.</p>",
        "goals": [
            (
                "goal",
                {
                    "title": "Better work with parents in day care and school",
                    "description": "<p>Example from the results of the 2021 participation events.</p>",
                },
            ),
        ],
    },
    "measure-parents-daycare-school": {
        "title": "Improve work with parents in day care and school",
        "slug": "parents-day-care-and-school",
        "intro": "<p>Day care and school are to support immigrant children and their families better.</p>",
        "description": "<p>Proposal from the 2021 participation events. Day care and school work more closely "
        "with immigrant parents.</p>",
        "partners": [("partner", "Day care centres and schools"), ("partner", "Migrant organisations")],
        "indicators": [
            (
                "indicator",
                {
                    "name": "Parents' evenings with language mediation",
                    "target": "in every school",
                    "current_value": "in every school",
                },
            ),
        ],
        "timeline": [
            (
                "update",
                {
                    "date": "2023-01-15",
                    "text": "<p>The first parents' evenings with language mediation have taken place.</p>",
                },
            ),
            (
                "update",
                {
                    "date": "2024-07-31",
                    "text": "<p>All schools offer parents' evenings with language mediation.</p>",
                },
            ),
        ],
    },
    "field-health": {
        "title": "Health",
        "slug": "health",
        "intro": "<p>Field of action health: goals and measures for access to health care.</p>",
    },
    "field-sport": {
        "title": "Sport",
        "slug": "sport",
        "intro": "<p>Field of action sport: goals and measures for participation in sport.</p>",
    },
    "participation": {
        "title": "Review of the participation events",
        "slug": "participation-events-2021",
        "intro": "<p>On 27 June and on 3 and 18 July 2021, around 70 committed and interested people met for the "
        "participation events “Together. Responsibility. Living.” to update the Dresden integration "
        "concept.</p>",
        "motto": "Together. Responsibility. Living.",
        "report": "<p>Despite sunny weekend weather, around 70 committed and interested people met on 27 June and "
        "on 3 and 18 July 2021 for the participation events “Together. Responsibility. Living.” to update the "
        "Dresden integration concept. Among them were many people of Dresden – whether born here or immigrated "
        "– as well as various organisations and local political actors.</p>"
        "<p>At the beginning, Ms Winkler welcomed everyone and introduced the topic. We were very pleased about "
        "the words of welcome from the chair of the umbrella association of Saxon migrant organisations "
        "(Dachverband sächsischer Migrantenorganisationen e. V.). The umbrella association actively contributed "
        "to updating the integration concept by writing its own position paper. Then, in the first part of the "
        "events, the analysis was discussed in three different working groups, each with a speaker, and "
        "comments could be made.</p>"
        "<p>During the lunch break there were delicious soups from the “Zafran” catering as well as information "
        "stands and pin boards where all participants could add further ideas and comments. Afterwards, the three "
        "working groups developed and discussed proposals for goals and measures of the new action plan. After a "
        "short conclusion and outlook in the plenary, the participation events ended at 4 pm.</p>"
        "<p>At this point we would like to thank once again everyone who took an active part in the "
        "participation events. Our thanks go to the speakers, the helpers of the Besht Yeshiva, the “Zafran” "
        "Catering Dresden and the staff of the Office of the Commissioner for Integration and Foreigners.</p>",
        "working_groups": [
            (
                "working_group",
                {
                    "title": "Working group 1",
                    "description": "<p>Discussion of the analysis with a "
                    "speaker, followed by proposals for goals and measures.</p>",
                },
            ),
            (
                "working_group",
                {
                    "title": "Working group 2",
                    "description": "<p>Discussion of the analysis with a "
                    "speaker, followed by proposals for goals and measures.</p>",
                },
            ),
            (
                "working_group",
                {
                    "title": "Working group 3",
                    "description": "<p>Discussion of the analysis with a "
                    "speaker, followed by proposals for goals and measures.</p>",
                },
            ),
        ],
        "results": [
            (
                "result",
                {
                    "text": "<p>Increasing diversity among the employees of the city administration</p>",
                    "field_of_action": page("field-work"),
                },
            ),
            (
                "result",
                {
                    "text": "<p>Giving more consideration to homeless EU citizens in integration work</p>",
                    "field_of_action": page("field-housing"),
                },
            ),
            (
                "result",
                {
                    "text": "<p>Improving work with parents in day care and school for immigrant children and "
                    "young people and their families</p>",
                    "field_of_action": page("field-school"),
                },
            ),
            (
                "result",
                {
                    "text": "<p>Many further ideas for the analysis and the action plan</p>",
                    "field_of_action": None,
                },
            ),
        ],
        "presentations": [
            ("download", download("presentation-2021", "Presentation of the participation events (German)")),
        ],
    },
    "downloads": {
        "title": "Downloads and orders",
        "slug": "downloads",
        "intro": "<p>The action plan has been published as an accessible brochure in German and English. Orders "
        "can be sent to the e-mail address auslaenderbeauftragte@dresden.de.</p>",
        "sections": [
            ("heading", {"text": "The action plan", "level": "h2"}),
            ("download", download("brochure-de", "Integration Action Plan, brochure in German")),
            ("download", download("brochure-en", "Integration Action Plan, brochure in English")),
            ("download", download("easy-read", "Integration Action Plan in easy-to-understand German")),
            ("heading", {"text": "Pictures", "level": "h2"}),
            (
                "download",
                download(
                    "picture-fields",
                    "Picture of the fields of action (German)",
                    text_alternative=FIELDS_PICTURE_TEXT,
                ),
            ),
            (
                "download",
                download(
                    "picture-goals", "Picture of the goals (German)", text_alternative=GOALS_PICTURE_TEXT
                ),
            ),
            (
                "download",
                download(
                    "picture-principles",
                    "Picture of the principles for integration (German)",
                    text_alternative=PRINCIPLES_PICTURE_TEXT,
                ),
            ),
            ("heading", {"text": "Working paper and presentations", "level": "h2"}),
            (
                "download",
                download(
                    "working-paper", "Working paper of the coordination group and the working groups (German)"
                ),
            ),
            (
                "download",
                download("presentation-2021", "Presentation of the 2021 participation events (German)"),
            ),
        ],
    },
}
