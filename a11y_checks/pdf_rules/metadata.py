"""Document language, a title shown in the window, and the PDF/UA identifier."""

from __future__ import annotations

from collections.abc import Iterator

import pikepdf

from checkreport import Text

from ..pdf.document import PdfDocument, safe_str
from ..registry import Hit, Rule
from ..rules._helpers import valid_language_tag
from ._helpers import document_hit, pdf_example, usable_only


@usable_only
def _language(document: PdfDocument) -> Iterator[Hit]:
    value = safe_str(document.root.get("/Lang", "")).strip()
    if not value or not valid_language_tag(value):
        yield document_hit(document, value=value or "—")


@usable_only
def _title(document: PdfDocument) -> Iterator[Hit]:
    title = document.title
    preferences = document.root.get("/ViewerPreferences")
    shown = isinstance(preferences, pikepdf.Dictionary) and bool(preferences.get("/DisplayDocTitle", False))
    if not title:
        yield document_hit(document, missing="dc:title / Title")
    elif not shown:
        yield document_hit(document, missing="DisplayDocTitle")


@usable_only
def _pdf_ua(document: PdfDocument) -> Iterator[Hit]:
    if not document.xmp.get("pdfuaid:part", "").strip():
        yield document_hit(document)


RULES = (
    Rule(
        id="pdf-language",
        kind="pdf",
        severity="error",
        wcag=("3.1.1",),
        title=Text(de="Die PDF-Datei nennt ihre Sprache", en="The PDF states its language"),
        message=Text(
            de="Die Dokumentsprache (/Lang) fehlt oder ist ungültig ({value}).",
            en="The document language (/Lang) is missing or invalid ({value}).",
        ),
        suggestion=Text(
            de="Stellen Sie die Sprache im Ursprungsdokument ein (z. B. Deutsch) und exportieren Sie neu.",
            en="Set the language in the source document (e.g. German) and export again.",
        ),
        check=_language,
        bad=(pdf_example(lang=None), pdf_example(lang="deutsch")),
        good=(pdf_example(), pdf_example(lang="en")),
    ),
    Rule(
        id="pdf-title",
        kind="pdf",
        severity="error",
        wcag=("2.4.2",),
        title=Text(de="Der Titel der PDF-Datei wird angezeigt", en="The PDF's title is shown"),
        message=Text(
            de="Dem Dokument fehlt {missing}: Statt eines Titels erscheint der Dateiname.",
            en="The document lacks {missing}: the file name shows instead of a title.",
        ),
        suggestion=Text(
            de="Tragen Sie in den Dokumenteigenschaften einen Titel ein und wählen Sie „Dokumenttitel anzeigen“.",
            en="Enter a title in the document properties and choose “show document title”.",
        ),
        check=_title,
        bad=(pdf_example(title=None), pdf_example(display_title=False)),
        good=(pdf_example(),),
    ),
    Rule(
        id="pdf-ua-identifier",
        kind="pdf",
        severity="warning",
        wcag=(),
        practice="PDF/UA-1 (ISO 14289-1) 5: pdfuaid:part in the XMP metadata",
        title=Text(de="Die PDF-Datei erklärt PDF/UA", en="The PDF declares PDF/UA"),
        message=Text(
            de="Die Datei erklärt keine Konformität mit PDF/UA (pdfuaid:part fehlt).",
            en="The file declares no PDF/UA conformance (pdfuaid:part is missing).",
        ),
        suggestion=Text(
            de="Exportieren Sie als PDF/UA und prüfen Sie die Datei mit PAC oder veraPDF.",
            en="Export as PDF/UA and check the file with PAC or veraPDF.",
        ),
        check=_pdf_ua,
        bad=(pdf_example(pdf_ua=False),),
        good=(pdf_example(),),
    ),
)
