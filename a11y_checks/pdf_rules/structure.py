"""Tagged PDF: marked content with a structure tree, and Figure elements with alternative text."""

from __future__ import annotations

from collections.abc import Iterator

import pikepdf

from checkreport import Text

from ..pdf.document import PdfDocument, safe_str
from ..registry import Hit, Rule
from ._helpers import document_hit, pdf_example, usable_only

MAX_FIGURE_FINDINGS = 20


@usable_only
def _untagged(document: PdfDocument) -> Iterator[Hit]:
    mark_info = document.root.get("/MarkInfo")
    marked = isinstance(mark_info, pikepdf.Dictionary) and bool(mark_info.get("/Marked", False))
    if not marked or "/StructTreeRoot" not in document.root:
        yield document_hit(document)


@usable_only
def _figures_without_alt(document: PdfDocument) -> Iterator[Hit]:
    reported = 0
    for number, element in enumerate(document.struct_elements, 1):
        if document.role_of(element) != "/Figure":
            continue
        alt = safe_str(element.get("/Alt", "")).strip() or safe_str(element.get("/ActualText", "")).strip()
        if not alt:
            yield Hit(
                params={"number": number}, location=f"StructTreeRoot Figure #{number}", excerpt="/Figure"
            )
            reported += 1
            if reported >= MAX_FIGURE_FINDINGS:
                return


RULES = (
    Rule(
        id="pdf-tagged",
        kind="pdf",
        severity="error",
        wcag=("1.3.1",),
        title=Text(de="Die PDF-Datei ist getaggt", en="The PDF is tagged"),
        message=Text(
            de="Die PDF-Datei hat keine Tags (MarkInfo/StructTreeRoot); Screenreader kennen weder Überschriften noch Lesereihenfolge.",
            en="The PDF has no tags (MarkInfo/StructTreeRoot); screen readers know neither headings nor reading order.",
        ),
        suggestion=Text(
            de="Exportieren Sie mit der Option „Tags für Barrierefreiheit“ (Word: „Dokumentstrukturtags“).",
            en="Export with the option “tags for accessibility” (Word: “Document structure tags”).",
        ),
        check=_untagged,
        bad=(pdf_example(tagged=False),),
        good=(pdf_example(),),
    ),
    Rule(
        id="pdf-figure-alt",
        kind="pdf",
        severity="error",
        wcag=("1.1.1",),
        title=Text(
            de="Abbildungen im PDF haben Alternativtext", en="Figures in the PDF have alternative text"
        ),
        message=Text(
            de="Abbildung Nr. {number} im Strukturbaum hat keinen Alternativtext.",
            en="Figure no. {number} in the structure tree has no alternative text.",
        ),
        suggestion=Text(
            de="Hinterlegen Sie im Ursprungsdokument für jedes Bild einen Alternativtext oder markieren Sie es als Artefakt.",
            en="Give every image alternative text in the source document, or mark it as an artifact.",
        ),
        check=_figures_without_alt,
        bad=(pdf_example(figure_alt=None), pdf_example(figure_alt=" ")),
        good=(pdf_example(), pdf_example(figures=0)),
    ),
)
