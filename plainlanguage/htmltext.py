"""HTML to plain text: drop script/style, turn block elements into paragraph breaks."""

from __future__ import annotations

from html.parser import HTMLParser

# Elements whose start and end separate paragraphs (and therefore sentences).
BLOCK_ELEMENTS = frozenset(
    "address article aside blockquote caption dd details dialog div dl dt fieldset figcaption figure "
    "footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody td tfoot "
    "th thead tr ul body html title".split()
)
# Elements whose content is never read as text.
SKIPPED_ELEMENTS = frozenset("script style template noscript svg math head object iframe".split())
LINE_BREAK_ELEMENTS = frozenset({"br"})
PARAGRAPH_BREAK = "\n\n"
LINE_BREAK = "\n"


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in SKIPPED_ELEMENTS:
            self.skip_depth += 1
        elif tag in BLOCK_ELEMENTS:
            self.parts.append(PARAGRAPH_BREAK)
        elif tag in LINE_BREAK_ELEMENTS:
            self.parts.append(LINE_BREAK)
        elif tag == "img":
            # Alternative text is read out, so it is part of the text.
            alt = dict(attrs).get("alt")
            if alt and not self.skip_depth:
                self.parts.append(f" {alt} ")

    def handle_endtag(self, tag: str) -> None:
        if tag in SKIPPED_ELEMENTS:
            self.skip_depth = max(0, self.skip_depth - 1)
        elif tag in BLOCK_ELEMENTS:
            self.parts.append(PARAGRAPH_BREAK)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in SKIPPED_ELEMENTS:
            return
        self.handle_starttag(tag, attrs)

    def handle_data(self, data: str) -> None:
        if not self.skip_depth:
            # Line breaks in markup are ordinary white space; only elements break lines.
            self.parts.append(data.replace("\r", " ").replace("\n", " "))


def html_to_text(html: str) -> str:
    """Return the readable text of HTML: paragraphs split by blank lines, ``<br>`` as a line break.

    Never raises on broken markup.
    """
    collector = _TextCollector()
    try:
        collector.feed(html)
        collector.close()
    except Exception:  # html.parser is lenient; this only guards against pathological input
        return "".join(collector.parts)
    return "".join(collector.parts)
