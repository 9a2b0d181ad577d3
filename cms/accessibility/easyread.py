"""HTML passes for Leichte Sprache: explained words at the point of use, one sentence per line.

Pure functions from HTML to HTML, so templates, previews and tests share them. Nothing needs
JavaScript: the explanation is ordinary text right after the paragraph that uses the word.
"""

import re
from collections import deque

from bs4 import BeautifulSoup, NavigableString, Tag

from .glossary import Entry, Glossary

# Never touch text inside these: links and headings keep their exact wording, code stays code.
SKIP_INSIDE = {
    "a",
    "dfn",
    "abbr",
    "code",
    "pre",
    "script",
    "style",
    "button",
    "label",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
}
# Explanations go after a paragraph, inside a list item or cell (a div may not sit between items).
INSERT_AFTER = {"p"}
BLOCKS = {"p", "li", "dd", "dt", "td", "th", "blockquote", "figcaption", "div"}
EXPLANATION_LABEL = {"de-x-ls": "Wort-Erklärung", "de": "Erklärung", "en": "Explanation"}
# A sentence ends at . ! ? followed by space and a capital letter, digit or opening quote, but not
# in a date such as "23. Juni 2022" (a day's number, then the month).
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÄÖÜ0-9„\"'])")
DAY_NUMBER = re.compile(r"\b\d{1,2}\.$")
MONTH = re.compile(
    r"(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\b"
)


def _skipped(node: NavigableString, skip_explanations: bool = True) -> bool:
    return any(
        parent.name in SKIP_INSIDE or (skip_explanations and "explanation" in (parent.get("class") or []))
        for parent in node.parents
    )


def _block_of(node: NavigableString) -> Tag | None:
    return next((parent for parent in node.parents if parent.name in BLOCKS), None)


def _explanation_box(soup: BeautifulSoup, entry: Entry, language: str) -> Tag:
    box = soup.new_tag("p", attrs={"class": "explanation", "id": entry.anchor})
    label = soup.new_tag("span", attrs={"class": "explanation-label"})
    label.string = EXPLANATION_LABEL.get(language, EXPLANATION_LABEL["de"]) + ": "
    term = soup.new_tag("dfn")
    term.string = entry.term
    box.extend([label, term, NavigableString(" – " + entry.explanation)])
    return box


def _place(box: Tag, block: Tag | None, soup: BeautifulSoup, pending: dict) -> None:
    if block is None:
        soup.append(box)
    elif block.name in INSERT_AFTER:
        pending.setdefault(id(block), (block, []))[1].append(box)
    else:
        span = soup.new_tag("span", attrs={"class": "explanation", "id": box["id"]})
        span.extend(list(box.contents))
        block.append(span)


def explain_terms(
    html: str, glossary: Glossary, explained: set[str] | None = None, language: str = "de"
) -> str:
    """Mark the first use of each glossary word and put its explanation right after the paragraph.

    ``explained`` carries the words already explained on this page, so each is explained once.
    """
    if not glossary or not html:
        return html
    explained = set() if explained is None else explained
    soup = BeautifulSoup(html, "html.parser")
    pending: dict[int, tuple[Tag, list[Tag]]] = {}
    queue = deque(soup.find_all(string=True))
    while queue and glossary.pattern:
        node = queue.popleft()
        if _skipped(node):
            continue
        text = str(node)
        match = next(
            (
                m
                for m in glossary.pattern.finditer(text)
                if glossary.lookup(m.group(1)).anchor not in explained
            ),
            None,
        )
        if match is None:
            continue
        entry = glossary.lookup(match.group(1))
        explained.add(entry.anchor)
        mark = soup.new_tag("strong", attrs={"class": "explained-term"})
        mark.string = match.group(1)
        block = _block_of(node)
        rest = NavigableString(text[match.end(1) :])
        node.replace_with(NavigableString(text[: match.start(1)]), mark, rest)
        queue.appendleft(rest)  # the same text may hold a second explained word
        _place(_explanation_box(soup, entry, language), block, soup, pending)
    for block, boxes in pending.values():
        block.insert_after(*boxes)
    return str(soup)


def split_sentences(text: str) -> list[str]:
    parts: list[str] = []
    for part in SENTENCE_END.split(text):
        if parts and DAY_NUMBER.search(parts[-1]) and MONTH.match(part):
            parts[-1] += " " + part
        else:
            parts.append(part)
    return parts


def break_sentences(html: str) -> str:
    """Start each sentence on its own line: a <br> between sentences inside a paragraph or item."""
    if not html:
        return html
    soup = BeautifulSoup(html, "html.parser")
    for node in list(soup.find_all(string=SENTENCE_END)):
        if _skipped(node, skip_explanations=False) or _block_of(node) is None:
            continue
        parts = split_sentences(str(node))
        if len(parts) < 2:
            continue
        pieces: list = []
        for index, part in enumerate(parts):
            if index:
                pieces.append(soup.new_tag("br", attrs={"class": "sentence-break"}))
            pieces.append(NavigableString(part))
        node.replace_with(*pieces)
    return str(soup)
