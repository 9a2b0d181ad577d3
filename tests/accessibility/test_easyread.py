import pytest
from bs4 import BeautifulSoup

from cms.accessibility.easyread import break_sentences, explain_terms
from cms.accessibility.glossary import Glossary, GlossaryTerm, glossary_for


def glossary(*terms: tuple[str, str, str]) -> Glossary:
    return Glossary([GlossaryTerm(term=t, other_forms=o, explanation=e) for t, o, e in terms])


EASY = glossary(
    ("Aktions·plan", "Aktionsplan", "In einem Aktions·plan steht: Das wollen wir machen."),
    ("Stadt·rat", "", "Im Stadt·rat sitzen Menschen. Sie bestimmen für die Stadt."),
    ("Integration", "", "Alle Menschen sollen gut zusammen leben."),
)


def test_first_use_is_marked_and_explained_right_after_the_paragraph():
    html = "<p>Der Stadt·rat hat den Aktions·plan beschlossen.</p><p>Der Aktions·plan gilt 4 Jahre.</p>"
    soup = BeautifulSoup(explain_terms(html, EASY, language="de-x-ls"), "html.parser")
    marked = [tag.get_text() for tag in soup.select("strong.explained-term")]
    assert marked == ["Stadt·rat", "Aktions·plan"]  # the second paragraph's use is not explained again
    _first, box1, box2, second = soup.find_all("p", recursive=False)
    assert "explanation" in box1["class"] and box1.dfn.get_text() == "Stadt·rat"
    assert box2.dfn.get_text() == "Aktions·plan" and "Das wollen wir machen." in box2.get_text()
    assert box1.select_one(".explanation-label").get_text() == "Wort-Erklärung: "
    assert second.get_text() == "Der Aktions·plan gilt 4 Jahre."


def test_words_inside_compounds_links_and_headings_are_left_alone():
    html = (
        '<h2>Der Aktions·plan</h2><p>Die Integrations·arbeit und der <a href="/x">Stadt·rat</a>.</p>'
        "<p>Die Stadt·rats·sitzung.</p>"
    )
    assert explain_terms(html, EASY) == html


def test_other_forms_and_case_match_and_list_items_get_the_explanation_inside():
    html = "<ul><li>Der aktionsplan hat Ziele.</li><li>Integration ist wichtig.</li></ul>"
    soup = BeautifulSoup(explain_terms(html, EASY), "html.parser")
    items = soup.find_all("li")
    assert len(items) == 2
    assert items[0].select_one("span.explanation dfn").get_text() == "Aktions·plan"
    assert items[1].select_one("span.explanation dfn").get_text() == "Integration"
    assert soup.ul.find_all(recursive=False) == items  # nothing between the items


def test_already_explained_words_carry_over_between_fields():
    seen: set[str] = set()
    explain_terms("<p>Integration.</p>", EASY, seen)
    assert "explanation" not in explain_terms("<p>Integration.</p>", EASY, seen)


def test_two_words_in_one_text_node_are_both_explained():
    out = explain_terms("<p>Integration braucht einen Aktionsplan.</p>", EASY)
    assert out.count('class="explained-term"') == 2


def test_empty_glossary_returns_the_html_unchanged():
    html = "<p>Integration.</p>"
    assert explain_terms(html, glossary()) is html


def test_each_sentence_starts_on_its_own_line():
    html = '<p>Wir haben einen Plan. Der Plan hat <a href="/z">5 Ziele</a>. Das ist gut!</p><p>Kurz.</p>'
    out = break_sentences(html)
    assert out == (
        '<p>Wir haben einen Plan.<br class="sentence-break"/>Der Plan hat <a href="/z">5 Ziele</a>.'
        '<br class="sentence-break"/>Das ist gut!</p><p>Kurz.</p>'
    )


def test_abbreviation_like_lowercase_continuation_is_not_split():
    assert break_sentences("<p>Das kostet ca. zehn Euro.</p>") == "<p>Das kostet ca. zehn Euro.</p>"


@pytest.mark.django_db
def test_glossary_for_gives_the_checker_every_form(demo):
    mapping = glossary_for("de-x-ls")
    assert mapping["aktions·plan"].startswith("In einem Aktions·plan steht")
    assert "aktionsplan" in mapping and "barriere·frei" in mapping
    assert glossary_for("en")["field of action"].startswith("A topic")
    assert glossary_for(None) == {}


@pytest.mark.django_db
def test_explained_words_render_on_the_easy_read_statement(demo, client):
    from cms.accessibility.models import AccessibilityStatementPage

    page = AccessibilityStatementPage.objects.get(locale__language_code="de-x-ls")
    html = client.get(page.url).content.decode()
    assert '<strong class="explained-term">Barriere</strong>' in html
    assert html.count('id="wort-barriere"') == 1
    assert '<br class="sentence-break"/>' in html


def test_explanations_also_get_one_sentence_per_line():
    html = explain_terms("<p>Der Stadt·rat tagt.</p>", EASY, language="de-x-ls")
    out = break_sentences(html)
    assert 'Im Stadt·rat sitzen Menschen.<br class="sentence-break"/>Sie bestimmen für die Stadt.' in out


def test_a_date_is_not_split_into_two_lines():
    html = "<p>Beschluss am 23. Juni 2022. Der Stadt·rat hat abgestimmt.</p>"
    assert break_sentences(html) == (
        '<p>Beschluss am 23. Juni 2022.<br class="sentence-break"/>Der Stadt·rat hat abgestimmt.</p>'
    )
