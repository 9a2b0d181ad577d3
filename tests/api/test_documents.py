"""Documents in the API say what a reader needs before opening them."""

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

pytestmark = pytest.mark.django_db


@pytest.fixture
def plan_pdf():
    document = get_document_model()(
        title="Aktionsplan Integration 2022–2026", language="de-x-ls", accessible=True
    )
    document.file.save("aktionsplan.pdf", ContentFile(b"%PDF-1.7\n" + b"0" * 2039), save=False)
    document.save()
    return document


def test_listing_and_detail_show_type_size_language_and_accessible_flag(client, plan_pdf):
    listed = client.get("/api/v2/documents/").json()["items"]
    facts = {key: listed[0][key] for key in ("file_type", "file_size", "language", "accessible")}
    assert facts == {"file_type": "PDF", "file_size": 2048, "language": "de-x-ls", "accessible": True}
    detail = client.get(f"/api/v2/documents/{plan_pdf.pk}/").json()
    assert detail["title"] == "Aktionsplan Integration 2022–2026"
    assert detail["meta"]["download_url"].endswith("aktionsplan.pdf")
    assert detail["kind"] == plan_pdf.kind


def test_filter_by_a_fact(client, plan_pdf):
    assert [
        item["id"] for item in client.get("/api/v2/documents/", {"language": "de-x-ls"}).json()["items"]
    ] == [plan_pdf.pk]
    assert client.get("/api/v2/documents/", {"language": "en"}).json()["items"] == []
