"""The rule pages in docs/rules/plainlanguage are generated from the metadata and kept current."""

from __future__ import annotations

from plainlanguage import RULES
from plainlanguage.docs import DEFAULT_DIRECTORY, pages


def test_every_rule_has_a_page_and_the_pages_are_current() -> None:
    generated = pages()
    assert set(generated) == {"index.md", *(f"{rule_id}.md" for rule_id in RULES)}
    for name, text in generated.items():
        on_disk = (DEFAULT_DIRECTORY / name).read_text(encoding="utf-8")
        assert on_disk == text, f"{name} is out of date: run python -m plainlanguage.docs"


def test_bad_examples_show_the_suggestion() -> None:
    page = pages()["abbreviation.md"]
    assert "**z. B.**" in page and "zum Beispiel" in page
