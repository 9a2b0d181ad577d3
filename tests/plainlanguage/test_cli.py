"""The command line: exit codes 0 (passed), 1 (not passed), 2 (bad usage) and the JSON shape."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from plainlanguage.__main__ import main

EASY = "Der Aktions·plan hat 5 Teile.\nDie Stadt hat den Plan gemacht.\n"
HARD = (
    "Die Integrationsbeauftragte der Landeshauptstadt koordiniert z. B. die Umsetzung der Maßnahmen, "
    "welche im Rahmen des Aktionsplans durch die Stadtverwaltung beschlossen wurden.\n"
)


@pytest.fixture
def easy_file(tmp_path: Path) -> Path:
    path = tmp_path / "easy.txt"
    path.write_text(EASY, encoding="utf-8")
    return path


def test_passing_text_exits_0(easy_file: Path, capsys) -> None:
    assert main(["--profile", "de-x-ls", str(easy_file)]) == 0
    assert "de-x-ls" in capsys.readouterr().out


def test_failing_text_from_stdin_exits_1(monkeypatch, capsys) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(HARD))
    assert main(["--profile", "de-x-ls", "--json", "-"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["passed"] is False and data["errors"] >= 1
    assert set(data) >= {"checker", "profile", "score", "threshold", "metrics", "findings", "text"}
    finding = data["findings"][0]
    assert set(finding) >= {
        "rule",
        "severity",
        "message",
        "excerpt",
        "suggestion",
        "references",
        "start",
        "end",
    }
    assert data["text"][finding["start"] : finding["end"]].startswith(finding["excerpt"].rstrip("…"))


@pytest.mark.parametrize(
    "argv", [[], ["--profile", "fr", "x.txt"], ["--profile", "de", "/does/not/exist.txt"], ["--bogus", "-"]]
)
def test_bad_usage_exits_2(argv: list[str], capsys) -> None:
    assert main(argv) == 2


def test_module_runs_as_a_program(easy_file: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "plainlanguage", "--profile", "de-x-ls", "--json", str(easy_file)],
        capture_output=True,
        text=True,
        cwd=Path(__file__).parents[2],
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["profile"] == "de-x-ls"
