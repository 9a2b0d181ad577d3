import json

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from cms.compliance.extract import DOCUMENT, HTML, IMAGE, TEXT, content_hash, extract, html_to_text
from tests.testapp.models import ArticleNote

from .conftest import make_article


def test_html_to_text_ends_blocks_as_paragraphs():
    text = html_to_text("<h2>Wohnen</h2><p>Die Stadt <b>hilft</b>.</p><ul><li>eins</li><li>zwei</li></ul>")
    assert text == "Wohnen\n\nDie Stadt hilft.\n\neins\n\nzwei"


def test_html_to_text_survives_broken_markup():
    assert "Text" in html_to_text("<p>Text <b>ohne Ende")
    assert html_to_text("") == ""


@pytest.mark.django_db
def test_walks_model_fields_streamfield_blocks_and_inline_children(home):
    image = Image.objects.create(title="Rathaus", file=get_test_image_file(filename="rathaus.png"))
    document = get_document_model().objects.create(
        title="Broschüre", file=ContentFile(b"%PDF-1.4", name="broschuere.pdf")
    )
    body = [
        {
            "type": "paragraph",
            "value": f'<p>Mehr in der <a linktype="document" id="{document.pk}">Broschüre</a>.</p>',
        },
        {
            "type": "facts",
            "value": {"heading": "Zahlen", "text": "<p>Viele kommen.</p>", "points": ["eins", "zwei"]},
        },
        {"type": "image", "value": {"image": image.pk, "decorative": False, "alt_text": ""}},
        {"type": "download", "value": document.pk},
        {"type": "quotes", "value": [{"quote": "Gut so.", "who": "Anna"}]},
    ]
    page = make_article(home, teaser="Kurz gesagt", body=json.dumps(body), contact_email="a@example.org")
    ArticleNote.objects.create(page=page, text="Eine Notiz", sort_order=0)
    page.refresh_from_db()

    units = {(unit.path, unit.kind): unit for unit in extract(page)}

    assert units[("title", TEXT)].text == "Neue Angebote"
    assert units[("teaser", TEXT)].text == "Kurz gesagt"
    assert units[("summary", HTML)].text.startswith("Die Stadt hilft")
    assert units[("body[0]", HTML)].text == "Mehr in der Broschüre."
    assert units[("body[0]", DOCUMENT)].obj == document
    assert units[("body[1].heading", TEXT)].text == "Zahlen"
    assert units[("body[1].text", HTML)].text == "Viele kommen."
    assert units[("body[1].points[1]", TEXT)].text == "zwei"
    assert units[("body[2]", IMAGE)].html.startswith("<img") and "alt=" not in units[("body[2]", IMAGE)].html
    assert units[("body[3]", DOCUMENT)].obj == document
    assert units[("body[4][0].quote", TEXT)].text == "Gut so."
    assert units[("notes[0].text", TEXT)].text == "Eine Notiz"
    assert not any(path == "contact_email" for path, _ in units)


@pytest.mark.django_db
def test_content_hash_follows_text_only(home):
    page = make_article(home)
    before = content_hash(extract(page))
    page.teaser = "Neu"
    assert content_hash(extract(page)) != before
    page.teaser = ""
    assert content_hash(extract(page)) == before
