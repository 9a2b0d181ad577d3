"""PDF checks on real PDF files built with pikepdf."""

from __future__ import annotations

import io
from pathlib import Path

import pikepdf
import pytest

from a11y_checks import check_pdf
from a11y_checks.pdf.build import sample_pdf


def rules(report) -> set[str]:
    return {finding.rule for finding in report.findings}


def test_accessible_pdf_passes_from_bytes_and_from_a_path(tmp_path: Path) -> None:
    data = sample_pdf(pages=25)
    assert check_pdf(data).findings == []
    path = tmp_path / "aktionsplan.pdf"
    path.write_bytes(data)
    report = check_pdf(path)
    assert report.passed and report.findings == []
    assert report.metrics["pages"] == 25
    assert check_pdf(str(path)).findings == []


def test_untagged_pdf_without_language_and_title_fails() -> None:
    report = check_pdf(sample_pdf(tagged=False, lang=None, title=None, pdf_ua=False))
    assert not report.passed
    assert rules(report) == {"pdf-tagged", "pdf-language", "pdf-title", "pdf-ua-identifier"}
    assert all(
        f.references["en_301_549"] == [f"10.{sc}" for sc in f.references["wcag"]] for f in report.findings
    )


def test_title_must_be_shown() -> None:
    report = check_pdf(sample_pdf(display_title=False))
    assert rules(report) == {"pdf-title"}
    assert "DisplayDocTitle" in report.findings[0].message.en


def test_each_figure_without_alt_is_reported() -> None:
    report = check_pdf(sample_pdf(figure_alt=None, figures=3))
    figures = [f for f in report.findings if f.rule == "pdf-figure-alt"]
    assert len(figures) == 3


def test_role_mapped_figure_is_checked() -> None:
    with pikepdf.open(io.BytesIO(sample_pdf(figures=0))) as pdf:
        tree = pdf.Root.StructTreeRoot
        tree.RoleMap = pikepdf.Dictionary({"/Bild": pikepdf.Name.Figure})
        document = tree.K[0]
        document.K.append(
            pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.StructElem, S=pikepdf.Name("/Bild")))
        )
        out = io.BytesIO()
        pdf.save(out)
    assert rules(check_pdf(out.getvalue())) == {"pdf-figure-alt"}


def test_scanned_pages_without_text_are_found() -> None:
    report = check_pdf(sample_pdf(text=False, scanned=True, pages=3))
    finding = next(f for f in report.findings if f.rule == "pdf-scanned-text")
    assert "1, 2, 3" in finding.message.de
    assert "pdf-scanned-text" not in rules(check_pdf(sample_pdf(scanned=True)))  # image plus real text


def test_long_document_without_bookmarks() -> None:
    assert rules(check_pdf(sample_pdf(pages=30, bookmarks=False))) == {"pdf-bookmarks"}
    assert rules(check_pdf(sample_pdf(pages=5, bookmarks=False))) == set()


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (sample_pdf(password="geheim"), "pdf-encrypted"),
        (b"%PDF-1.7\n1 0 obj <<>> endobj\n", "pdf-unreadable"),
        (b"", "pdf-unreadable"),
        (bytes(range(256)) * 64, "pdf-unreadable"),
        (sample_pdf()[:300], "pdf-unreadable"),
    ],
)
def test_unreadable_files_give_a_finding_not_an_exception(data: bytes, expected: str) -> None:
    report = check_pdf(data)
    assert rules(report) == {expected}
    assert not report.passed


def test_oversized_file_is_not_opened() -> None:
    report = check_pdf(sample_pdf(pages=2), max_bytes=100)
    assert rules(report) == {"pdf-too-large"}
    assert report.metrics["problem"] == "too-large"


def test_missing_path_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        check_pdf(tmp_path / "fehlt.pdf")


def test_severity_override_for_pdf_rules() -> None:
    report = check_pdf(sample_pdf(pdf_ua=False), severities={"pdf-ua-identifier": "off"})
    assert report.findings == []


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_VALID = sample_pdf(pages=2)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.integers(0, len(_VALID) - 1), st.integers(0, 255)), max_size=12))
def test_damaged_pdfs_never_raise(damage: list[tuple[int, int]]) -> None:
    data = bytearray(_VALID)
    for position, value in damage:
        data[position] = value
    report = check_pdf(bytes(data))
    assert all(f.rule.startswith("pdf-") for f in report.findings)


def test_title_in_the_document_information_counts() -> None:
    with pikepdf.open(io.BytesIO(sample_pdf(title=None))) as pdf:
        pdf.docinfo["/Title"] = "Aktionsplan Integration"
        out = io.BytesIO()
        pdf.save(out)
    assert "pdf-title" not in rules(check_pdf(out.getvalue()))
    assert "pdf-title" in rules(check_pdf(sample_pdf(title=None)))
