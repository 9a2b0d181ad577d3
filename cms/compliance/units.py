"""Content units and the HTML-to-text step: what the checks work on, with no page machinery, so
the checker service (which runs without Wagtail) uses the same code as the gate."""

from __future__ import annotations

import hashlib
import html as html_lib
import re
from dataclasses import dataclass
from typing import Any

from lxml import etree

TEXT, HTML, IMAGE, DOCUMENT = "text", "html", "image", "document"
BLOCK_END = re.compile(
    r"</(?:p|h[1-6]|li|td|th|blockquote|div|dt|dd|pre|figcaption|caption)>|<br\s*/?>", re.I
)


@dataclass(frozen=True)
class Unit:
    """One piece of content: ``text`` for the language check, ``html`` for the accessibility check."""

    path: str
    kind: str
    text: str = ""
    html: str = ""
    obj: Any = None
    # what the unit stands for beyond its text (a document's file): a new file is new content
    source_hash: str = ""

    @property
    def hash(self) -> str:
        content = f"{self.kind}\0{self.text}\0{self.html}\0{self.source_hash}"
        return hashlib.sha256(content.encode()).hexdigest()[:32]


def html_to_text(markup: str) -> str:
    """Visible text of rich text, one paragraph per block element, so headings end a sentence."""
    if not markup or not markup.strip():
        return ""
    separated = BLOCK_END.sub(lambda m: m.group(0) + "\n\n", markup)
    try:
        # parsed as a document (lxml's default HTML parser, one per thread) and read as text in C:
        # lxml.html's fragment helpers cost twice as much
        root = etree.HTML(separated)
        text = "" if root is None else etree.tostring(root, method="text", encoding="unicode")
    except Exception:  # markup lxml cannot parse: fall back to dropping tags
        text = re.sub(r"<[^>]+>", " ", separated)
    text = html_lib.unescape(text).replace("\xa0", " ")
    return re.sub(r"\n{3,}", "\n\n", "\n".join(line.strip() for line in text.splitlines())).strip()
