"""The browser harness itself: axe finds a real violation, tabbing finds a real trap."""

import pytest

from .conftest import run_axe, tab_through

pytestmark = pytest.mark.browser

BROKEN_PAGE = """<!DOCTYPE html><html><head><title>t</title></head>
<body><main><img src="x.png"><a href="/a"></a></main></body></html>"""

TRAP_PAGE = """<!DOCTYPE html><html lang="en"><head><title>t</title></head><body><main>
<a href="#one">one</a>
<input id="trap" aria-label="trap"
  onkeydown="if (event.key === 'Tab') { event.preventDefault(); this.focus(); }">
<a href="#two">two</a></main></body></html>"""


def test_axe_reports_missing_alt_lang_and_link_name(page):
    page.set_content(BROKEN_PAGE)
    ids = {violation["id"] for violation in run_axe(page)}
    assert {"image-alt", "html-has-lang", "link-name"} <= ids


def test_tab_through_detects_a_keyboard_trap(page):
    page.set_content(TRAP_PAGE)
    with pytest.raises(AssertionError, match="keyboard trap"):
        tab_through(page)


def test_tab_through_lists_stops_in_order(page):
    page.set_content(TRAP_PAGE.replace("onkeydown", "data-x"))
    texts = [stop["text"] or stop["id"] for stop in tab_through(page)]
    assert texts == ["one", "trap", "two"]
