"""Real text rather than scanned page images, and bookmarks in long documents."""

from __future__ import annotations

from collections.abc import Iterator

from checkreport import Text

from ..pdf.document import PdfDocument
from ..registry import Hit, Rule
from ._helpers import document_hit, pdf_example, usable_only

LONG_DOCUMENT_PAGES = 20


@usable_only
def _scanned_pages(document: PdfDocument) -> Iterator[Hit]:
    pages = [n for n, (text, image) in enumerate(document.pages_text_and_images, 1) if image and not text]
    if pages:
        listed = ", ".join(map(str, pages[:10])) + (" …" if len(pages) > 10 else "")
        yield Hit(params={"pages": listed}, location=f"page {pages[0]}", excerpt=f"pages {listed}")


@usable_only
def _no_bookmarks(document: PdfDocument) -> Iterator[Hit]:
    if document.page_count > LONG_DOCUMENT_PAGES and document.outline_count == 0:
        yield document_hit(document, pages=document.page_count)


RULES = (
    Rule(
        id="pdf-scanned-text",
        kind="pdf",
        severity="error",
        wcag=("1.4.5", "1.1.1"),
        title=Text(de="Text ist echter Text", en="Text is real text"),
        message=Text(
            de="Seite(n) {pages} enthalten nur ein Bild und keinen Text, vermutlich ein Scan; vorlesen lässt sich nichts.",
            en="Page(s) {pages} hold only an image and no text, probably a scan; nothing can be read out.",
        ),
        suggestion=Text(
            de="Verwenden Sie das digitale Original oder eine Texterkennung (OCR) mit anschließender Prüfung.",
            en="Use the digital original, or text recognition (OCR) followed by a review.",
        ),
        check=_scanned_pages,
        bad=(pdf_example(text=False, scanned=True),),
        good=(pdf_example(), pdf_example(scanned=True)),
    ),
    Rule(
        id="pdf-bookmarks",
        kind="pdf",
        severity="warning",
        wcag=("2.4.5",),
        title=Text(de="Lange PDF-Dateien haben Lesezeichen", en="Long PDFs have bookmarks"),
        message=Text(
            de="Das Dokument hat {pages} Seiten, aber keine Lesezeichen zur Navigation.",
            en="The document has {pages} pages but no bookmarks to navigate.",
        ),
        suggestion=Text(
            de="Erzeugen Sie beim Export Lesezeichen aus den Überschriften.",
            en="Create bookmarks from the headings when exporting.",
        ),
        check=_no_bookmarks,
        bad=(pdf_example(pages=LONG_DOCUMENT_PAGES + 1, bookmarks=False),),
        good=(pdf_example(pages=LONG_DOCUMENT_PAGES + 1), pdf_example(pages=3, bookmarks=False)),
    ),
)
