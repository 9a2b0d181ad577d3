"""Cost of the compliance gate: publish with and without it, the live check, audit_content.

    python benchmarks/bench_compliance.py            # or: make bench

In a scratch SQLite database (BENCH_DIR, default a temp dir; or PostgreSQL, see BENCH_DATABASE_URL
below): migrate, load the demo, then
1. publish a 2,000-word page (one rich-text field) in code, ``save_revision().publish()``, with the
   gate and without it ("without" calls Wagtail's original check()); each publish is a new revision
   with new text, so the gate really checks; and publishing right after the side panel checked the
   same text (the editor's usual way),
2. the editor panel's live check of the same unsaved page,
   and the same through the page editor: an HTTP POST of the edit form with "Publish", through the
   whole Django stack and the admin's own hooks, as an editor publishes (the title and the rich
   text get a new sentence each round, so the gate checks text it has never seen),
   and the same for the site's own content page with the 2,000 words in 50 paragraph blocks of its
   StreamField body: in the page editor (every block new), and in code: every block new (a page
   never checked), and one block changed (an edit),
3. the live-check view as the side panel calls it (HTTP POST of the editor's form through the whole
   Django stack) for a typical demo page: the live demo page with the median word count, its title
   changed each round so nothing is cached (the target: under 300 ms),
4. ``audit_content --force`` over the demo site: pages per second.
Settings: benchmarks/compliance_settings.py, the test settings with tasks queued in the database as
in production (the test settings run them in the request: a publish would index the page for
search in the request too, and the gate would look cheaper than it is).
Rounds with and without the gate alternate, so a machine that gets slower or faster during the run
favours neither side. Prints medians, their ratio, and the ratio pair by pair (round i with the gate
over round i without it: its median and middle half), which a machine whose speed drifts within
seconds disturbs less; BENCH_ROUNDS sets N (default 25).
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
WORKDIR = Path(os.environ.get("BENCH_DIR") or tempfile.mkdtemp(prefix="bench-compliance-"))
# BENCH_DATABASE_URL=postgres://…/bench_compliance measures on PostgreSQL, the production database
# (that database is dropped and created anew); the default is a fresh SQLite file.
DATABASE_URL = os.environ.get("BENCH_DATABASE_URL") or f"sqlite:///{WORKDIR / 'db.sqlite3'}"
os.environ["DATABASE_URL"] = DATABASE_URL
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "benchmarks.compliance_settings")
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "25"))

SENTENCES = [
    "Die Stadt hilft neuen Menschen beim Ankommen.",
    "Viele Menschen lernen in der Volkshochschule Deutsch.",
    "Die Beratung ist kostenlos und offen für alle.",
    "Kinder gehen in die Kita und später in die Schule.",
    "Eltern bekommen Hilfe bei Fragen zur Schule.",
    "Das Amt für Wohnen sucht mit ihnen eine Wohnung.",
    "Im Sportverein finden viele neue Freunde.",
    "Ärztinnen und Ärzte erklären die Behandlung in einfacher Sprache.",
    "Der Stadtrat prüft jedes Jahr, was schon erreicht ist.",
    "Alle Termine stehen im Kalender auf dieser Seite.",
]


def words_of_text(target: int) -> str:
    """About ``target`` words of plain German, in paragraphs of five sentences."""
    paragraphs, sentences, words = [], [], 0
    index = 0
    while words < target:
        sentence = SENTENCES[index % len(SENTENCES)]
        sentences.append(sentence)
        words += len(sentence.split())
        index += 1
        if len(sentences) == 5:
            paragraphs.append(f"<p>{' '.join(sentences)}</p>")
            sentences = []
    if sentences:
        paragraphs.append(f"<p>{' '.join(sentences)}</p>")
    return "".join(paragraphs)


def timed(call, rounds: int) -> list[float]:
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        call()
        times.append(time.perf_counter() - started)
    return times


@contextmanager
def gate_off(editor_hook: bool = False) -> Iterator[None]:
    """Publish as Wagtail does without the gate: the publish action's original check() and, for the
    page editor, without the gate's ``before_publish_page`` hook; everything else stays the same."""
    from wagtail import hooks
    from wagtail.actions.publish_page_revision import PublishPageRevisionAction

    from cms.compliance import hooks as compliance_hooks

    gated_check = PublishPageRevisionAction.check
    registered = hooks._hooks["before_publish_page"]
    PublishPageRevisionAction.check = gated_check.__wrapped__
    if editor_hook:
        hooks._hooks["before_publish_page"] = [
            item for item in registered if item[0] is not compliance_hooks.before_publish_page
        ]
    try:
        yield
    finally:
        PublishPageRevisionAction.check = gated_check
        hooks._hooks["before_publish_page"] = registered


@dataclass
class Pairs:
    """Seconds with and without the gate, measured in turn (round i of each side is one pair)."""

    with_gate: list[float] = field(default_factory=list)
    without_gate: list[float] = field(default_factory=list)

    def describe(self) -> str:
        """The medians and their ratio; and the ratio pair by pair, which a machine whose speed
        drifts within seconds (a shared virtual machine) disturbs less than the two medians."""
        with_median, without_median = statistics.median(self.with_gate), statistics.median(self.without_gate)
        ratios = [a / b for a, b in zip(self.with_gate, self.without_gate, strict=True)]
        low, middle, high = statistics.quantiles(ratios, n=4)
        return (
            f"without gate {without_median * 1000:6.1f} ms, with gate {with_median * 1000:6.1f} ms"
            f" ({with_median / without_median:.2f}x; pair by pair {middle:.2f}x, middle half {low:.2f}-{high:.2f}x)"
        )


def with_and_without(call, rounds: int, editor_hook: bool = False) -> Pairs:
    """``call`` with the gate and without it, in alternating rounds, so a machine that gets slower
    or faster during the run (or a database that grows) favours neither side."""
    pairs = Pairs()
    for _ in range(rounds):
        pairs.with_gate += timed(call, 1)
        with gate_off(editor_hook):
            pairs.without_gate += timed(call, 1)
    return pairs


def time_live_check_view(rounds: int):
    """POST the editor's form of a typical demo page to the side panel's live-check view."""
    from django.contrib.auth import get_user_model
    from django.test import Client
    from django.urls import reverse
    from wagtail.models import Page

    from cms.compliance.extract import extract
    from tests.compliance.editor_form import editor_post_data

    def words(page) -> int:
        return sum(len(unit.text.split()) for unit in extract(page))

    # live content pages (not the demo's deliberately bad draft), their latest text
    pages = [
        p.get_latest_revision_as_object() for p in Page.objects.filter(depth__gt=2, live=True).specific()
    ]
    counted = sorted(((words(p), p.pk, p) for p in pages), key=lambda item: item[:2])
    page_words, _pk, page = counted[len(counted) // 2]
    user = get_user_model().objects.filter(
        is_superuser=True
    ).first() or get_user_model().objects.create_superuser("bench", "bench@example.org", "bench-pw")
    client = Client()
    client.force_login(user)
    url = reverse("compliance:check_edit", args=[page.pk])
    data = editor_post_data(page, user)
    title = data["title"]
    client.post(url, data)  # warm up: the form class, templates

    def post() -> None:
        data["title"] = f"{title} {time.perf_counter_ns()}"  # changed text: checked, not read from cache
        response = client.post(url, data)
        if response.status_code != 200 or not response.json()["is_valid"]:
            raise RuntimeError(f"live check failed: {response.status_code} {response.content[:200]!r}")

    return page, page_words, timed(post, rounds)


def stamp_rich_texts(data, stamp: str) -> None:
    """Append a new sentence to every rich text in an editor POST (Draftail's JSON content state),
    so every field and block is text never checked before (and no two blocks alike)."""
    for index, (name, value) in enumerate(list(data.items())):
        if value.lstrip().startswith("{") and '"blocks"' in value:
            state = json.loads(value)
            if state.get("blocks"):
                state["blocks"][-1]["text"] += f" Fassung {stamp}-{index}."
                data[name] = json.dumps(state)


def time_editor_publish(page, rounds: int) -> Pairs:
    """Publish through the page editor (POST of its form with "Publish"), with and without the gate:
    the title and every rich text (field or block) get a new sentence each round."""
    from django.contrib.auth import get_user_model
    from django.test import Client
    from django.urls import reverse

    from tests.compliance.editor_form import editor_post_data

    user = get_user_model().objects.filter(is_superuser=True).first()
    client = Client()
    client.force_login(user)
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    original = editor_post_data(page, user)
    original["action-publish"] = "action-publish"

    def post() -> None:
        data = original.copy()
        stamp = str(time.perf_counter_ns())
        data["title"] = f"{original['title']} {stamp}"
        stamp_rich_texts(data, stamp)
        response = client.post(url, data)
        if response.status_code != 302:
            raise RuntimeError(f"editor publish failed: {response.status_code}")

    post()  # warm up: form classes, templates
    with gate_off(editor_hook=True):
        post()
    return with_and_without(post, rounds, editor_hook=True)


def time_block_page(home, body: str, rounds: int) -> dict[str, Pairs]:
    """Publish a ContentPage whose body is 50 paragraph blocks: all new, or one block changed."""
    from wagtail.rich_text import RichText

    from cms.core.models import ContentPage

    # every block different from the others (a block's HTML is checked once per process)
    paragraphs = [
        f"<p>{part} Abschnitt {index}.</p>"
        for index, part in enumerate(body.removeprefix("<p>").removesuffix("</p>").split("</p><p>"))
    ]
    page = ContentPage.objects.filter(slug="bench-blocks").first() or home.add_child(
        instance=ContentPage(title="Fünfzig Absätze", slug="bench-blocks", live=False)
    )

    def all_new() -> None:
        stamp = time.perf_counter_ns()
        page.body = [("paragraph", RichText(p.replace("</p>", f" Fassung {stamp}.</p>"))) for p in paragraphs]
        page.save_revision().publish()

    def one_changed() -> None:
        page.body = [("paragraph", RichText(p)) for p in paragraphs[:-1]] + [
            ("paragraph", RichText(f"<p>Fassung {time.perf_counter_ns()}.</p>"))
        ]
        page.save_revision().publish()

    all_new()  # live, with its 50 blocks, before the page editor publishes it
    results = {"in the page editor, every block new": time_editor_publish(page, rounds)}
    for name, call in (("in code, every block new", all_new), ("in code, one block changed", one_changed)):
        call()  # warm up
        with gate_off():
            call()
        results[name] = with_and_without(call, rounds)
    return results


def fresh_postgres_database(url: str) -> None:
    """Drop and create the benchmark's own PostgreSQL database, so every run starts empty."""
    import dj_database_url
    import psycopg
    from psycopg import sql

    config = dj_database_url.parse(url)
    with psycopg.connect(
        host=config["HOST"],
        port=config["PORT"] or 5432,
        user=config["USER"],
        password=config["PASSWORD"],
        dbname="postgres",
        autocommit=True,
    ) as connection:
        name = sql.Identifier(config["NAME"])
        connection.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(name))
        connection.execute(sql.SQL("CREATE DATABASE {}").format(name))


def main() -> None:
    import django

    if DATABASE_URL.startswith("postgres"):
        fresh_postgres_database(DATABASE_URL)

    django.setup()
    from django.conf import settings

    settings.MEDIA_ROOT = str(WORKDIR / "media")  # test settings use a fresh temp dir per process
    from django.core.management import call_command
    from wagtail.models import Page

    from cms.compliance.checks import run_checks
    from cms.compliance.gate import ComplianceError
    from cms.compliance.profiles import rules_for
    from tests.testapp.models import ArticlePage  # cms.settings.test installs this plain page type

    call_command("migrate", "--noinput", verbosity=0)
    try:
        call_command("load_demo", verbosity=0)
        demo_note = "demo loaded through the gate"
    except ComplianceError as error:
        # The demo must pass the gate; when it does not, load it ungated so the audit still runs.
        with gate_off():
            call_command("load_demo", verbosity=0)
        demo_note = f"demo refused by the gate ({str(error)[:100]}…), loaded without it"

    home = Page.objects.get(depth=2, locale__language_code="de", slug="start").specific
    body = words_of_text(2000)
    page = ArticlePage.objects.filter(slug="bench-2000").first() or home.add_child(
        instance=ArticlePage(title="Zweitausend Wörter", slug="bench-2000", summary=body, live=False)
    )
    words = len(" ".join(s for s in body.replace("<p>", " ").replace("</p>", " ").split()).split())

    def publish() -> None:
        page.summary = body + f"<p>Fassung {time.perf_counter_ns()}.</p>"  # a new revision: no stored report
        page.save_revision().publish()

    def publish_after_live_check() -> float:
        """The editor's way: the side panel checked this text while it was typed; then Publish."""
        page.summary = body + f"<p>Fassung {time.perf_counter_ns()}.</p>"
        run_checks(page, rules_for(page))
        started = time.perf_counter()
        page.save_revision().publish()
        return time.perf_counter() - started

    publish()  # warm up: templates, dictionaries, the PDF cache
    with gate_off():
        publish()
    one_field, after_live_check = Pairs(), Pairs()
    for _ in range(ROUNDS):  # the three ways in turn, so drift favours none of them
        one_field.with_gate += timed(publish, 1)
        after_live_check.with_gate.append(publish_after_live_check())
        with gate_off():
            one_field.without_gate += timed(publish, 1)
    after_live_check.without_gate = one_field.without_gate

    def live_check() -> None:
        page.summary = body + f"<p>Fassung {time.perf_counter_ns()}.</p>"  # new text: nothing cached
        run_checks(page, rules_for(page))

    live = timed(live_check, ROUNDS)
    page.refresh_from_db()
    editor = time_editor_publish(page, ROUNDS)
    block_page = time_block_page(home, body, ROUNDS)
    view_page, view_words, view_times = time_live_check_view(max(ROUNDS, 10))

    started = time.perf_counter()
    call_command(
        "audit_content", "--force", "--json", stdout=open(os.devnull, "w"), stderr=open(os.devnull, "w")
    )
    audit_seconds = time.perf_counter() - started
    pages = Page.objects.filter(depth__gt=1).count()

    database = "PostgreSQL" if DATABASE_URL.startswith("postgres") else "SQLite"
    print(f"bench_compliance ({database}, {demo_note}; {ROUNDS} rounds, medians)")
    print(
        f"  publish a {words}-word page (one rich-text field) in code, text not checked before: {one_field.describe()}"
    )
    print(f"  the same after the side panel checked the text: {after_live_check.describe()}")
    print(f"  publish it in the page editor (HTTP POST of the form, new text): {editor.describe()}")
    for name, pairs in block_page.items():
        print(f"  publish a {words}-word content page of 50 paragraph blocks, {name}: {pairs.describe()}")
    print(
        f"  live check of the page (side panel, new text each time): {statistics.median(live) * 1000:7.1f} ms"
    )
    print(
        f"  live-check view, typical demo page ({type(view_page).__name__} '{view_page.title}', "
        f"{view_page.locale.language_code}, {view_words} words), new text each time: "
        f"median {statistics.median(view_times) * 1000:.1f} ms, slowest {max(view_times) * 1000:.1f} ms "
        f"(target < 300 ms)"
    )
    print(
        f"  audit_content --force: {pages} pages in {audit_seconds:.1f} s = {pages / audit_seconds:.1f} pages/s"
    )


if __name__ == "__main__":
    main()
