"""Small real files for the demo: tagged, titled PDFs and one PNG picture that carries text."""

import io

import pikepdf
from pikepdf import Array, Dictionary, Name, String
from PIL import Image, ImageDraw, ImageFont

PAGE_WIDTH, PAGE_HEIGHT = 595, 842  # A4 in points


def _escape(text: str) -> bytes:
    encoded = text.encode("cp1252", errors="replace")
    return encoded.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def tagged_pdf(title: str, language: str, lines: list[str]) -> bytes:
    """A one-page PDF whose first line is tagged H1 and the rest P, with title, language and MarkInfo.

    Enough structure for a PDF/UA check to find a tag tree, a document title shown in the window,
    the document language, and marked content for every piece of text.
    """
    pdf = pikepdf.new()
    font = pdf.make_indirect(
        Dictionary(Type=Name.Font, Subtype=Name.Type1, BaseFont=Name.Helvetica, Encoding=Name.WinAnsiEncoding)
    )
    operations = []
    y = PAGE_HEIGHT - 72
    for index, line in enumerate(lines):
        tag, size = ("H1", 18) if index == 0 else ("P", 11)
        operations.append(
            b"/%s <</MCID %d>> BDC BT /F1 %d Tf 56 %d Td (%s) Tj ET EMC"
            % (tag.encode(), index, size, y, _escape(line))
        )
        y -= 32 if index == 0 else 18
    content = pdf.make_stream(b"\n".join(operations))
    pdf.pages.append(
        pikepdf.Page(
            Dictionary(
                Type=Name.Page,
                MediaBox=Array([0, 0, PAGE_WIDTH, PAGE_HEIGHT]),
                Resources=Dictionary(Font=Dictionary(F1=font)),
                Contents=content,
                StructParents=0,
                Tabs=Name.S,
            )
        )
    )
    page = pdf.pages[0].obj
    root = pdf.make_indirect(Dictionary(Type=Name.StructTreeRoot, ParentTreeNextKey=1))
    document = pdf.make_indirect(Dictionary(Type=Name.StructElem, S=Name.Document, P=root))
    elements = [
        pdf.make_indirect(
            Dictionary(
                Type=Name.StructElem, S=Name("/H1" if index == 0 else "/P"), P=document, Pg=page, K=index
            )
        )
        for index in range(len(lines))
    ]
    document.K = Array(elements)
    root.K = document
    root.ParentTree = Dictionary(Nums=Array([0, Array(elements)]))
    pdf.Root.StructTreeRoot = root
    pdf.Root.MarkInfo = Dictionary(Marked=True)
    pdf.Root.Lang = String(language)
    pdf.Root.ViewerPreferences = Dictionary(DisplayDocTitle=True)
    pdf.docinfo[Name.Title] = String(title)
    with pdf.open_metadata(set_pikepdf_as_editor=False) as metadata:
        metadata["dc:title"] = title
        metadata["pdfuaid:part"] = "1"
    buffer = io.BytesIO()
    pdf.save(buffer, deterministic_id=True)
    return buffer.getvalue()


def labelled_boxes_png(heading: str, labels: list[str]) -> bytes:
    """A picture that carries text: a heading and one coloured box per label."""
    width, height = 1200, 640
    picture = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(picture)
    heading_font = ImageFont.load_default(size=48)
    label_font = ImageFont.load_default(size=34)
    draw.text((60, 50), heading, fill="#1a1a1a", font=heading_font)
    columns = 3
    box_width, box_height, gap = 340, 170, 30
    for index, label in enumerate(labels):
        row, column = divmod(index, columns)
        left = 60 + column * (box_width + gap)
        top = 160 + row * (box_height + gap)
        draw.rectangle((left, top, left + box_width, top + box_height), fill="#00558c")
        draw.text((left + 24, top + box_height // 2 - 20), label, fill="white", font=label_font)
    buffer = io.BytesIO()
    picture.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()
