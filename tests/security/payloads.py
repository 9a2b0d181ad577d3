"""Hostile markup, and a check that a rendered document carries none of it in executable form."""

from __future__ import annotations

import json

from bs4 import BeautifulSoup

MARK = "__xss"
PAYLOAD = (
    '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>'
    '<svg onload="window.__xss=3"></svg>" onmouseover="window.__xss=4" x="'
)
JS_URL = "javascript:window.__xss=5"


def contentstate(text: str = PAYLOAD, url: str = JS_URL) -> str:
    """Draftail's JSON as a hostile client could send it: markup as text, a javascript: link."""
    return json.dumps(
        {
            "blocks": [
                {
                    "key": "x1",
                    "type": "unstyled",
                    "depth": 0,
                    "text": f"{text} Mehr lesen",
                    "inlineStyleRanges": [],
                    "entityRanges": [{"offset": len(text) + 1, "length": 10, "key": 0}],
                    "data": {},
                }
            ],
            "entityMap": {"0": {"type": "LINK", "mutability": "MUTABLE", "data": {"url": url}}},
        }
    )


def executable_injections(html: str) -> list[str]:
    """Everything of the payload that a browser would run: handlers, scripts, javascript: URLs."""
    soup = BeautifulSoup(html, "html.parser")
    found = []
    for element in soup.find_all(True):
        for name, value in element.attrs.items():
            text = " ".join(value) if isinstance(value, list) else str(value)
            if name.lower().startswith("on") and MARK in text:
                found.append(f"<{element.name} {name}={text!r}>")
            if name.lower() in {
                "href",
                "src",
                "action",
                "formaction",
                "xlink:href",
            } and text.strip().lower().startswith("javascript:"):
                found.append(f"<{element.name} {name}={text!r}>")
        if element.name == "script" and MARK in element.get_text():
            found.append(f"<script>{element.get_text()[:60]}")
    return found


def assert_inert(html: str, *, must_show: bool = True) -> None:
    assert executable_injections(html) == []
    if must_show:
        # The text reached the page, as text: the test would prove nothing if it had been dropped.
        assert MARK in BeautifulSoup(html, "html.parser").get_text()
