"""The command line: HTML or PDF by content, text or JSON output, exit codes 0 / 1 / 2."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from a11y_checks.__main__ import main
from a11y_checks.pdf.build import sample_pdf

GOOD = "<h2>Ziele</h2><p>Mehr Sprachkurse in allen Stadtteilen.</p>"
BAD = '<h2>Ziele</h2><p><img src="/media/kurs.jpg"></p>'


def write(tmp_path: Path, name: str, data: str | bytes) -> str:
    path = tmp_path / name
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    return str(path)


def test_passed_html_exits_zero(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--fragment", write(tmp_path, "gut.html", GOOD)]) == 0
    assert "bestanden" in capsys.readouterr().out


def test_failed_html_exits_one_and_names_the_rule(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--fragment", "--lang", "en", write(tmp_path, "schlecht.html", BAD)]) == 1
    out = capsys.readouterr().out
    assert "image-alt [p > img]" in out and "failed" in out


def test_json_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--json", "--fragment", write(tmp_path, "schlecht.html", BAD)]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["checker"] == "a11y_checks" and data["passed"] is False
    assert data["findings"][0]["references"]["act"] == ["23a2a8"]


def test_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(GOOD.encode())))
    assert main(["--fragment", "-"]) == 0


def test_pdf_is_recognised_by_its_first_bytes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path, "ohne-endung", sample_pdf(tagged=False))
    assert main(["--json", path]) == 1
    rules = {f["rule"] for f in json.loads(capsys.readouterr().out)["findings"]}
    assert "pdf-tagged" in rules
    assert main([write(tmp_path, "gut.pdf", sample_pdf())]) == 0


def test_bad_usage_exits_two(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    assert main(["--nonsense", "x.html"]) == 2
    assert main([str(tmp_path / "fehlt.html")]) == 2
    assert "fehlt.html" in capsys.readouterr().err
