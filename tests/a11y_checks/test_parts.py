"""Named parts of a whole page (check_html's ``parts``): findings inside a part name it."""

from __future__ import annotations

import pytest

from a11y_checks import RULES, check_html
from a11y_checks.parts import mark_parts
from a11y_checks.registry import Rule

PAGE = """<!doctype html>
<html lang="de"><head><title>Wohnen – Aktionsplan Integration</title></head>
<body><header><nav aria-label="Hauptnavigation"><a href="/de/">Startseite</a></nav></header>
<main><h1>Wohnen</h1>
<section class="block">{first}</section>
<section class="block">{second}</section>
<div hidden>{hidden}</div>
</main></body></html>"""

FIRST = '<p>Die Wohnungsberatung hilft bei der Suche. Mehr Infos <a href="/de/wohnen/">hier</a>.</p>'
SECOND = "<h4>Beratung im Stadtteil</h4><p>Die Beratung ist kostenlos.</p>"
HIDDEN = '<p>Nur für kleine Bildschirme: <a href="/de/karte/">hier</a></p>'


def check(parts: dict[str, str], **values: str):
    markup = PAGE.format(**{"first": FIRST, "second": SECOND, "hidden": HIDDEN, **values})
    return check_html(markup, lang="de", fragment=False, parts=parts)


def test_findings_inside_a_part_name_it_and_start_their_path_there() -> None:
    report = check({"body[0]": FIRST, "body[1]": SECOND})
    generic = [f for f in report.findings if f.rule == "link-generic-text"]
    assert [(f.field, f.location) for f in generic] == [("body[0]", "p > a")]
    # heading order is judged in place (after the page's h1) and handed to the block
    order = [f for f in report.findings if f.rule == "heading-order"]
    assert [(f.field, f.location) for f in order] == [("body[1]", "h4")]
    assert report.metrics["parts_not_found"] == []


def test_the_same_page_without_parts_keeps_every_finding_with_the_page() -> None:
    report = check_html(PAGE.format(first=FIRST, second=SECOND, hidden=HIDDEN), lang="de", fragment=False)
    rules = {f.rule for f in report.findings}
    assert {"link-generic-text", "heading-order"} <= rules
    assert {f.field for f in report.findings} == {""}
    assert "parts_not_found" not in report.metrics


def test_parts_absent_hidden_or_only_inside_another_part_are_not_found() -> None:
    inner = "<p>Die Beratung ist kostenlos.</p>"  # only inside SECOND
    report = check(
        {"body[1]": SECOND, "teaser": inner, "mobile": HIDDEN, "gone": "<p>Nicht auf der Seite.</p>"}
    )
    assert sorted(report.metrics["parts_not_found"]) == ["gone", "mobile", "teaser"]
    # what is hidden is not judged as if it were shown, and no finding names a part not found
    assert {f.field for f in report.findings} <= {"", "body[1]"}


def test_parts_in_comments_scripts_tags_or_hidden_from_assistive_technology_are_not_found() -> None:
    for where in (
        f"<!-- <div>{FIRST}</div> -->",
        f"<script>var teaser = '{FIRST}';</script>",
        f"<textarea>{FIRST}</textarea>",
        f'<div aria-hidden="true">{FIRST}</div>',
    ):
        report = check({"body[0]": FIRST}, first=where)
        assert report.metrics["parts_not_found"] == ["body[0]"], where
        assert "body[0]" not in {f.field for f in report.findings}
        # and the marking changed nothing on the page: the same findings as without parts
        alone = check_html(PAGE.format(first=where, second=SECOND, hidden=HIDDEN), lang="de", fragment=False)
        assert sorted((f.rule, f.location) for f in report.findings if f.rule != "heading-order") == sorted(
            (f.rule, f.location) for f in alone.findings if f.rule != "heading-order"
        ), where


def test_a_part_that_leaves_a_comment_open_is_not_marked() -> None:
    # the page's own text after it stays commented out, as it is without parts
    broken = "<p>Entwurf <!-- noch offen</p>"
    report = check({"body[0]": broken}, first=broken)
    alone = check_html(PAGE.format(first=broken, second=SECOND, hidden=HIDDEN), lang="de", fragment=False)
    assert report.metrics["parts_not_found"] == ["body[0]"]
    assert sorted((f.rule, f.location) for f in report.findings) == sorted(
        (f.rule, f.location) for f in alone.findings
    )


def test_the_limit_of_findings_per_rule_holds_per_part() -> None:
    blocks = {f"body[{i}]": f'<p>Mehr zum Thema {i} <a href="/t/{i}">hier</a>.</p>' for i in range(130)}
    markup = PAGE.format(first="".join(blocks.values()), second="", hidden="")
    report = check_html(markup, lang="de", fragment=False, parts=blocks)
    generic = [f.field for f in report.findings if f.rule == "link-generic-text"]
    assert sorted(generic) == sorted(blocks)


def test_many_short_parts_inside_long_ones_are_marked_in_bounded_searches() -> None:
    long_parts = [f"<p>Abschnitt {i}: Wohnen und Arbeit in Dresden.</p>" for i in range(300)]
    short_parts = ["Wohnen und Arbeit"] * 300  # only inside the long ones: never placed
    source = "<main>" + "".join(long_parts) + "</main>"
    marked, token = mark_parts(source, long_parts + short_parts)
    assert marked.count(f"<!--{token}") == 2 * 300


def test_a_part_that_occurs_twice_is_taken_where_it_is_first_on_its_own() -> None:
    report = check({"intro": FIRST}, second=FIRST)
    generic = [f for f in report.findings if f.rule == "link-generic-text"]
    assert sorted(f.field for f in generic) == ["", "intro"]
    assert report.metrics["parts_not_found"] == []


def test_a_level_one_heading_in_a_part_is_flagged_and_the_pages_own_is_not() -> None:
    report = check(
        {"body[1]": "<h1>Beratung</h1><p>Kostenlos.</p>"}, second="<h1>Beratung</h1><p>Kostenlos.</p>"
    )
    h1 = [f for f in report.findings if f.rule == "heading-h1-in-content"]
    assert [(f.field, f.excerpt) for f in h1] == [("body[1]", "<h1>Beratung</h1>")]


def test_page_wide_rules_stay_with_the_page_even_inside_a_part() -> None:
    # the missing <main> is the template's, even where the part's content sits outside landmarks
    markup = '<!doctype html><html lang="de"><head><title>T</title></head><body><p>Text <a href="/x">hier</a></p></body></html>'
    report = check_html(
        markup, lang="de", fragment=False, parts={"body": '<p>Text <a href="/x">hier</a></p>'}
    )
    by_rule = {f.rule: f.field for f in report.findings}
    assert by_rule["link-generic-text"] == "body"
    page_wide = {r.id for r in RULES if r.scope == "document"}
    assert {field for rule, field in by_rule.items() if rule in page_wide} == {""}
    assert page_wide & set(by_rule)


def test_comments_on_the_page_that_look_like_markers_change_nothing() -> None:
    page_comment = "<!--a11y-part-000000000000:0--><p>Kein Teil</p><!--a11y-part-000000000000:/0-->"
    report = check({"body[0]": FIRST}, second=page_comment)
    assert {f.field for f in report.findings} <= {"", "body[0]"}
    assert report.metrics["parts_not_found"] == []


@pytest.mark.parametrize(
    "source",
    [
        "",
        "<p>ohne Ende",
        "<!-- offen",
        "</div></main></body>",
        "<script>var a = '<p>'</script>",
        '<textarea><p>Text <a href="/x">hier</a></p>',
        "\x00<p>\ud800</p>",
    ],
)
def test_odd_markup_around_parts_never_crashes(source: str) -> None:
    report = check({"body[0]": FIRST, "odd": source}, second=source)
    assert not [f for f in report.findings if f.rule == "checker-error"]
    assert isinstance(report.metrics["parts_not_found"], list)


def test_marking_places_long_parts_first_and_never_overlaps() -> None:
    source = "<p>A</p><div><p>A</p><p>B</p></div>"
    marked, token = mark_parts(source, ["<p>A</p>", "<p>A</p><p>B</p>"])
    assert marked == (
        f"<!--{token}0--><p>A</p><!--{token}/0--><div><!--{token}1--><p>A</p><p>B</p><!--{token}/1--></div>"
    )


CONTENT_RULES = [rule for rule in RULES.of_kind("html") if rule.scope == "any"]


@pytest.mark.parametrize("rule", CONTENT_RULES, ids=lambda rule: rule.id)
def test_each_content_rules_bad_examples_are_found_in_place_in_their_part(rule: Rule) -> None:
    """A field's HTML checked in place in a page finds what it finds checked on its own."""
    for example in rule.bad:
        if not example.fragment or not isinstance(example.source, str):
            continue
        alone = check_html(example.source, lang=example.lang, fragment=True, **example.options)
        expected = sorted((f.location, f.excerpt) for f in alone.findings if f.rule == rule.id)
        markup = (
            f'<!doctype html><html lang="{example.lang or "de"}"><head><title>Seite</title></head>'
            f"<body><main><h1>Seite</h1><div>{example.source}</div></main></body></html>"
        )
        in_place = check_html(
            markup, lang=example.lang, fragment=False, parts={"field": example.source}, **example.options
        )
        assert in_place.metrics["parts_not_found"] == [], example.source
        found = sorted(
            (f.location, f.excerpt) for f in in_place.findings if f.rule == rule.id and f.field == "field"
        )
        assert found == expected, example.source
