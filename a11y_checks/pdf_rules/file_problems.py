"""Files that cannot be checked: too large, encrypted, or broken."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from checkreport import Text

from ..pdf.build import sample_pdf
from ..pdf.document import PdfDocument
from ..registry import Example, Hit, Rule
from ._helpers import pdf_example


def _problem(kind: str) -> Callable[[PdfDocument], Iterator[Hit]]:
    def check(document: PdfDocument) -> Iterator[Hit]:
        if document.problem == kind:
            yield Hit(params={"detail": document.detail}, excerpt=document.detail, location="file")

    return check


def _no_assistive_access(document: PdfDocument) -> Iterator[Hit]:
    if document.pdf is not None and document.pdf.is_encrypted and not document.pdf.allow.accessibility:
        yield Hit(location="file")


RULES = (
    Rule(
        id="pdf-unreadable",
        kind="pdf",
        severity="error",
        wcag=("4.1.1",),
        title=Text(de="Die PDF-Datei ist lesbar", en="The PDF file can be read"),
        message=Text(
            de="Die Datei ist beschädigt oder keine PDF-Datei ({detail}).",
            en="The file is damaged or not a PDF ({detail}).",
        ),
        suggestion=Text(
            de="Exportieren Sie die PDF-Datei neu aus dem Ursprungsprogramm.",
            en="Export the PDF again from the program it was made with.",
        ),
        check=_problem("broken"),
        bad=(
            Example(source=lambda: b"%PDF-1.7\nnot really a pdf"),
            Example(source=lambda: sample_pdf()[:200]),
        ),
        good=(pdf_example(),),
    ),
    Rule(
        id="pdf-encrypted",
        kind="pdf",
        severity="error",
        wcag=("4.1.2",),
        title=Text(de="Die PDF-Datei ist nicht gesperrt", en="The PDF file is not locked"),
        message=Text(
            de="Die Datei ist mit einem Passwort verschlüsselt; Hilfsmittel und diese Prüfung können sie nicht öffnen.",
            en="The file is encrypted with a password; assistive technology and this check cannot open it.",
        ),
        suggestion=Text(
            de="Laden Sie die Datei ohne Kennwortschutz hoch.",
            en="Upload the file without password protection.",
        ),
        check=_problem("encrypted"),
        bad=(pdf_example(password="geheim"),),
        good=(pdf_example(),),
    ),
    Rule(
        id="pdf-no-assistive-access",
        kind="pdf",
        severity="warning",
        wcag=("4.1.2",),
        title=Text(de="Hilfsmittel dürfen den Text lesen", en="Assistive technology may read the text"),
        message=Text(
            de="Die Rechte der Datei verbieten Hilfsmitteln das Auslesen des Textes.",
            en="The file's permissions forbid assistive technology to extract the text.",
        ),
        suggestion=Text(
            de="Speichern Sie die Datei ohne Einschränkung der Barrierefreiheits-Rechte.",
            en="Save the file without restricting the accessibility permission.",
        ),
        check=_no_assistive_access,
        bad=(Example(source=lambda: _locked_for_readers()),),
        good=(pdf_example(),),
    ),
    Rule(
        id="pdf-too-large",
        kind="pdf",
        severity="warning",
        wcag=("4.1.1",),
        title=Text(de="Die PDF-Datei ist prüfbar groß", en="The PDF file is small enough to check"),
        message=Text(
            de="Die Datei ist zu groß für die automatische Prüfung ({detail}).",
            en="The file is too large for the automatic check ({detail}).",
        ),
        suggestion=Text(
            de="Teilen Sie das Dokument auf oder verkleinern Sie die Bilder; prüfen Sie es mit PAC oder veraPDF.",
            en="Split the document or shrink its images; check it with PAC or veraPDF.",
        ),
        check=_problem("too-large"),
        bad=(Example(source=lambda: sample_pdf(pages=3), options={"max_bytes": 1024}),),
        good=(pdf_example(),),
    ),
)


def _locked_for_readers() -> bytes:
    import io

    import pikepdf

    with pikepdf.open(io.BytesIO(sample_pdf())) as pdf:
        out = io.BytesIO()
        permissions = pikepdf.Permissions(accessibility=False, extract=False)
        # Revision 2 encryption (old, still found): no accessibility bit apart from text extraction.
        old = pikepdf.Encryption(user="", owner="eigentum", allow=permissions, R=2, aes=False, metadata=False)
        pdf.save(out, encryption=old)
        return out.getvalue()
