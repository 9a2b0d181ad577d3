"""No timed refresh or redirect (meta http-equiv="refresh" with a delay)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from checkreport import Text

from ..dom import Page, attr
from ..registry import Hit, Rule
from ._helpers import doc

_DELAY = re.compile(r"\s*(\d*)(\.[\d.]*)?")
TWENTY_HOURS = 72_000


def refresh_delay(content: str) -> int | None:
    """The delay of a refresh as HTML parses it, or None when the value is not a valid refresh."""
    match = _DELAY.match(content)
    if match is None or (not match.group(1) and not match.group(2)):
        return None
    rest = content[match.end() :]
    if rest and rest[0] not in ";, \t\n\f\r":
        return None
    return int(match.group(1) or "0")


def _first_refresh(page: Page) -> tuple[object, int] | None:
    for node in page.by_tag.get("meta", ()):
        if attr(node, "http-equiv").strip().lower() != "refresh" or "content" not in node.attrs:
            continue
        delay = refresh_delay(attr(node, "content"))
        if delay is not None:
            return node, delay
    return None


def _delayed(limit: int | None) -> Callable[[Page], Iterator[Hit]]:
    def check(page: Page) -> Iterator[Hit]:
        found = _first_refresh(page)
        if found and found[1] > 0 and (limit is None or found[1] <= limit):
            yield Hit(found[0], params={"seconds": found[1]})

    return check


_MESSAGE = Text(
    de="Die Seite lädt nach {seconds} Sekunden neu oder leitet weiter; wer langsamer liest, verliert den Inhalt.",
    en="The page reloads or redirects after {seconds} seconds; slower readers lose the content.",
)
_SUGGESTION = Text(
    de="Leiten Sie sofort (Verzögerung 0) oder serverseitig weiter, oder bieten Sie einen Link an.",
    en="Redirect at once (delay 0) or on the server, or offer a link instead.",
)
_REFRESH_30 = doc(
    "<p>Diese Seite zieht um.</p>",
    head='<title>Umzug</title><meta http-equiv="refresh" content="30; URL=/neu">',
)
_REFRESH_0 = doc(
    "<p>Diese Seite zieht um.</p>",
    head='<title>Umzug</title><meta http-equiv="refresh" content="0; URL=/neu">',
)

RULES = (
    Rule(
        id="meta-refresh",
        kind="html",
        severity="error",
        act=("bc659a",),
        wcag=("2.2.1",),
        title=Text(de="Keine zeitgesteuerte Weiterleitung", en="No timed refresh"),
        message=_MESSAGE,
        suggestion=_SUGGESTION,
        check=_delayed(TWENTY_HOURS),
        bad=(_REFRESH_30,),
        good=(
            _REFRESH_0,
            doc("<p>x</p>", head='<title>x</title><meta http-equiv="refresh" content="72001">'),
        ),
    ),
    Rule(
        id="meta-refresh-no-exception",
        kind="html",
        severity="warning",  # AAA (2.2.4, 3.2.5): reported, but no blocker
        act=("bisz58",),
        wcag=("2.2.4", "3.2.5"),
        title=Text(de="Keine zeitgesteuerte Weiterleitung (AAA)", en="No timed refresh at all (AAA)"),
        message=_MESSAGE,
        suggestion=_SUGGESTION,
        check=_delayed(None),
        bad=(doc("<p>x</p>", head='<title>x</title><meta http-equiv="refresh" content="72001">'),),
        good=(_REFRESH_0,),
    ),
)
