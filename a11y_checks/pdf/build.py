"""Build small real PDFs with pikepdf, for the PDF rules' examples and the tests."""

from __future__ import annotations

import io

import pikepdf
from pikepdf import Array, Dictionary, Name, String

_FONT = Dictionary(Type=Name.Font, Subtype=Name.Type1, BaseFont=Name.Helvetica)


def sample_pdf(
    *,
    tagged: bool = True,
    lang: str | None = "de-DE",
    title: str | None = "Aktionsplan Integration 2022–2026",
    display_title: bool = True,
    figure_alt: str | None = "Karte der Stadtteile",
    figures: int = 1,
    pdf_ua: bool = True,
    text: bool = True,
    scanned: bool = False,
    pages: int = 1,
    bookmarks: bool = True,
    password: str | None = None,
) -> bytes:
    pdf = pikepdf.new()
    image = pikepdf.Stream(
        pdf,
        b"\x80" * 16,
        Type=Name.XObject,
        Subtype=Name.Image,
        Width=4,
        Height=4,
        ColorSpace=Name.DeviceGray,
        BitsPerComponent=8,
    )
    for number in range(pages):
        content = b""
        if text:
            content += f"BT /F1 12 Tf 72 720 Td (Seite {number + 1}: Ziele und Massnahmen) Tj ET\n".encode()
        if scanned:
            content += b"q 400 0 0 600 100 100 cm /Im1 Do Q\n"
        page = pdf.add_blank_page(page_size=(595, 842))
        page.obj.Resources = Dictionary(Font=Dictionary(F1=_FONT), XObject=Dictionary(Im1=image))
        page.obj.Contents = pikepdf.Stream(pdf, content)
    if tagged:
        pdf.Root.MarkInfo = Dictionary(Marked=True)
        kids = [pdf.make_indirect(Dictionary(Type=Name.StructElem, S=Name.P))]
        for _ in range(figures):
            figure = Dictionary(Type=Name.StructElem, S=Name.Figure)
            if figure_alt is not None:
                figure.Alt = String(figure_alt)
            kids.append(pdf.make_indirect(figure))
        document = pdf.make_indirect(Dictionary(Type=Name.StructElem, S=Name.Document, K=Array(kids)))
        pdf.Root.StructTreeRoot = pdf.make_indirect(Dictionary(Type=Name.StructTreeRoot, K=Array([document])))
    if lang is not None:
        pdf.Root.Lang = String(lang)
    if display_title:
        pdf.Root.ViewerPreferences = Dictionary(DisplayDocTitle=True)
    with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
        if title is not None:
            meta["dc:title"] = title
        if pdf_ua:
            meta["pdfuaid:part"] = "1"
    if bookmarks:
        with pdf.open_outline() as outline:
            outline.root.append(pikepdf.OutlineItem("Ziele", 0))
    out = io.BytesIO()
    encryption = pikepdf.Encryption(user=password, owner=password + "-owner") if password else False
    pdf.save(out, encryption=encryption)
    return out.getvalue()
