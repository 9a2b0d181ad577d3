"""Shared pieces of the PDF rules."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from ..pdf.build import sample_pdf
from ..pdf.document import PdfDocument
from ..registry import Example, Hit


def pdf_example(**options: object) -> Example:
    return Example(source=lambda: sample_pdf(**options))  # type: ignore[arg-type]


def usable_only(check: Callable[[PdfDocument], Iterator[Hit]]) -> Callable[[PdfDocument], Iterator[Hit]]:
    """Rules that read the content run only on files that could be opened."""

    def guarded(document: PdfDocument) -> Iterator[Hit]:
        if document.usable:
            yield from check(document)

    return guarded


def document_hit(document: PdfDocument, **params: object) -> Hit:
    return Hit(
        node=None, params=dict(params), excerpt=document.xmp.get("dc:title", "")[:120], location="document"
    )
