"""The parsed page and the facts every rule shares, computed once per call.

One document-order pass (iterative, so 10,000 nested elements cannot overflow the stack) builds the
element index by tag and id, the hidden and aria-hidden state, and the page language. Roles and
accessible names are computed on demand and cached (``roles.py``, ``accname.py``).
"""

from __future__ import annotations

import html
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from functools import cached_property

from bs4 import Comment, NavigableString, Tag

from .encoding import decode_markup
from .parts import mark_parts
from .soup import parse_html

_DISPLAY_NONE = re.compile(r"(?:^|;)\s*display\s*:\s*none", re.I)
_VISIBILITY_HIDDEN = re.compile(r"(?:^|;)\s*visibility\s*:\s*(?:hidden|collapse)", re.I)
_NEVER_RENDERED = frozenset({"head", "script", "style", "template", "noscript", "title", "meta", "link"})
_WHITESPACE = re.compile(r"\s+")
TAG = re.compile(r"<[^>]*>")  # a tag, for quick looks at the source
# Lone surrogates (possible in a str from JSON) cannot be encoded for the parser.
_SURROGATES = re.compile("[\ud800-\udfff]")
DEFAULT_LANG = "de"


def normalise_space(text: str) -> str:
    return _WHITESPACE.sub(" ", text).strip()


def without_surrogates(text: str) -> str:
    # UTF-8 refuses exactly the surrogates: encoding is a far quicker test than searching for them
    try:
        text.encode()
    except UnicodeEncodeError:
        return _SURROGATES.sub("\ufffd", text)
    return text


def ancestor(node: Tag, *names: str) -> Tag | None:
    """The closest ancestor with one of the tag names (bs4's find_parent is slow on big pages)."""
    parent = node.parent
    while parent is not None:
        if parent.name in names:
            return parent
        parent = parent.parent
    return None


def attr(node: Tag, name: str) -> str:
    """An attribute as one string ('' when absent); bs4 gives multi-valued ones as lists."""
    value = node.attrs.get(name)
    if value is None:
        return ""
    if isinstance(value, list):
        return " ".join(value)
    return value


class Page:
    """A parsed HTML page or fragment with its shared facts."""

    def __init__(
        self,
        markup: str | bytes,
        *,
        lang: str | None = None,
        fragment: bool = True,
        parts: Mapping[str, str] | None = None,
    ) -> None:
        self.source = (
            decode_markup(markup) if isinstance(markup, bytes | bytearray) else without_surrogates(markup)
        )
        self.fragment = fragment
        # The language the page should be in (the CMS passes the page's locale); None: not known,
        # so nothing is compared with it. Text without a lang attribute is then taken as German.
        self.expected_lang = lang.strip() if lang and lang.strip() else None
        self.default_lang = self.expected_lang or DEFAULT_LANG
        # Named parts (see parts.py): which part each element lies in, and the parts found.
        self.part_names: list[str] = list(parts or {})
        self.parts_found: set[int] = set()
        self._part: dict[int, int] = {}
        self._hidden_parts: set[int] = set()
        marked, self._part_token = (
            mark_parts(self.source, [without_surrogates(part) for part in parts.values()])
            if parts
            else (self.source, "")
        )
        self.soup = parse_html(marked)
        self.elements: list[Tag] = []
        self.by_tag: dict[str, list[Tag]] = defaultdict(list)
        self.ids: dict[str, Tag] = {}
        self.with_role: list[Tag] = []
        self.with_aria: list[Tag] = []
        self.with_lang: list[Tag] = []
        self.with_style: list[Tag] = []
        self.order: dict[int, int] = {}  # id(element) -> position in document order
        self._hidden: set[int] = set()
        self._aria_hidden: set[int] = set()
        self._role_cache: dict[int, str | None] = {}
        self._name_cache: dict[int, str] = {}
        self._lang: dict[int, str] = {}
        self._nth: dict[tuple[int, int | None], tuple[dict[str, int], dict[int, int]]] = {}
        # Facts several rules derive from the page (tables, grids), computed by the first that asks.
        self.memo: dict[object, object] = {}
        self._index()

    def _index(self) -> None:
        hidden, aria_hidden, langs = self._hidden, self._aria_hidden, self._lang
        order, elements, by_tag, ids = self.order, self.elements, self.by_tag, self.ids
        with_role, with_lang, with_style, with_aria = (
            self.with_role,
            self.with_lang,
            self.with_style,
            self.with_aria,
        )
        token, part_of, open_parts = self._part_token, self._part, []
        for node in self.soup.descendants:
            if not isinstance(node, Tag):
                if token and type(node) is Comment and node.startswith(token):
                    self._enter_or_leave_part(node, open_parts)
                continue
            key = id(node)
            name = node.name
            order[key] = len(elements)
            elements.append(node)
            by_tag[name].append(node)
            if open_parts:
                part_of[key] = open_parts[-1]
            attrs = node.attrs
            parent_key = id(node.parent)
            parent_lang = langs.get(parent_key)
            if not attrs:
                # Most elements have no attributes: only the tag name and the parent decide for them.
                if parent_key in hidden or name in _NEVER_RENDERED:
                    hidden.add(key)
                if parent_key in aria_hidden:
                    aria_hidden.add(key)
                if parent_lang is not None:
                    langs[key] = parent_lang
                continue
            if parent_key in hidden or name in _NEVER_RENDERED or _hides_itself(node):
                hidden.add(key)
            if parent_key in aria_hidden or (
                "aria-hidden" in attrs and attr(node, "aria-hidden").strip().lower() == "true"
            ):
                aria_hidden.add(key)
            own_lang = attrs.get("lang")
            if isinstance(own_lang, str) and own_lang.strip():
                langs[key] = own_lang.strip()
            elif parent_lang is not None:
                langs[key] = parent_lang
            element_id = attrs.get("id")
            if isinstance(element_id, str) and element_id and element_id not in ids:
                ids[element_id] = node
            if "role" in attrs:
                with_role.append(node)
            if "lang" in attrs:
                with_lang.append(node)
            if "style" in attrs:
                with_style.append(node)
            for attribute in attrs:
                if attribute.startswith("aria-"):
                    with_aria.append(node)
                    break

    def _enter_or_leave_part(self, marker: Comment, open_parts: list[int]) -> None:
        # (str's own method: slicing a NavigableString goes through bs4's Python __getitem__)
        value = str.removeprefix(marker, self._part_token)
        closing = value.startswith("/")
        number = value[1:] if closing else value
        if not number.isdigit():
            return
        index = int(number)
        if closing:
            if open_parts and open_parts[-1] == index:
                open_parts.pop()
                # A part inside hidden content counts as not found.
                if index not in self._hidden_parts:
                    self.parts_found.add(index)
        elif index < len(self.part_names):
            open_parts.append(index)
            # hidden, or hidden from assistive technology: not judged in place (the template hides it)
            parent = id(marker.parent)
            if parent in self._hidden or parent in self._aria_hidden:
                self._hidden_parts.add(index)

    def part_of(self, node: Tag) -> str | None:
        """The name of the part (see parts.py) a node lies in, if it lies in one that was found."""
        index = self._part.get(id(node))
        return self.part_names[index] if index is not None and index in self.parts_found else None

    @property
    def parts_not_found(self) -> list[str]:
        return [name for index, name in enumerate(self.part_names) if index not in self.parts_found]

    def tagged(self, names: Iterable[str], extra: Iterable[Tag] = ()) -> list[Tag]:
        """Elements with these tag names (plus ``extra``), once each, in document order."""
        by_tag = self.by_tag
        lists = [nodes for name in names if (nodes := by_tag.get(name))]
        extra = list(extra)
        if not extra and len(lists) <= 1:
            return list(lists[0]) if lists else []  # one name's elements are in document order already
        found = {id(node): node for nodes in lists for node in nodes}
        found.update((id(node), node) for node in extra)
        return sorted(found.values(), key=lambda node: self.order[id(node)])

    # --- visibility -------------------------------------------------------------------------------

    def is_hidden(self, node: Tag) -> bool:
        """Not rendered: hidden attribute, display:none, visibility:hidden, or inside such."""
        return id(node) in self._hidden

    def is_aria_hidden(self, node: Tag) -> bool:
        return id(node) in self._aria_hidden

    @property
    def has_aria_hidden(self) -> bool:
        return bool(self._aria_hidden)

    def is_excluded(self, node: Tag) -> bool:
        """Not in the accessibility tree."""
        key = id(node)
        return key in self._hidden or key in self._aria_hidden

    # --- roles and names (cached) -------------------------------------------------------------------

    def role(self, node: Tag) -> str | None:
        key = id(node)
        try:
            return self._role_cache[key]
        except KeyError:
            role = self._role_cache[key] = compute_role(self, node)
            return role

    def name(self, node: Tag) -> str:
        key = id(node)
        try:
            return self._name_cache[key]
        except KeyError:
            name = self._name_cache[key] = accessible_name(self, node)
            return name

    # --- document facts ------------------------------------------------------------------------------

    @cached_property
    def html_element(self) -> Tag | None:
        found = self.by_tag.get("html")
        return found[0] if found else None

    @cached_property
    def body(self) -> Tag:
        found = self.by_tag.get("body")
        return found[0] if found else self.soup

    @cached_property
    def plain_text(self) -> str:
        """The source with tags blanked out and entities decoded: a cheap first look for page-wide
        pre-tests (every text node's words are in it)."""
        return html.unescape(TAG.sub(" ", self.source))

    @cached_property
    def plain_words(self) -> frozenset[str]:
        """The distinct white-space-separated words of ``plain_text``: a page of 2,000 words has a
        few hundred, so page-wide pre-tests that look at words each run over far less text."""
        return frozenset(self.plain_text.split())

    def lang_of(self, node: Tag) -> str:
        """The language of a node: the closest lang attribute, else the page language."""
        return self._lang.get(id(node), self.default_lang)

    def text(self, node: Tag) -> str:
        return normalise_space(node.get_text(" "))

    def visible_text(self, node: Tag, *, skip_lang: bool = False) -> str:
        """Rendered text of a node, without hidden parts (and parts in another lang if asked)."""
        contents = node.contents
        if len(contents) == 1 and type(contents[0]) is NavigableString and node.name != "br":
            return str(contents[0])  # a paragraph of plain text: what the walk below gives for it
        parts: list[str] = []
        stack: list = [node]
        while stack:
            current = stack.pop()
            if isinstance(current, Tag):
                if current is not node and (
                    self.is_hidden(current)
                    or current.name in _NEVER_RENDERED
                    or (skip_lang and "lang" in current.attrs)
                ):
                    continue
                if current.name == "br":
                    parts.append("\n")
                stack.extend(reversed(current.contents))
            elif isinstance(current, NavigableString) and not isinstance(current, Comment):
                parts.append(str(current))
        return "".join(parts)

    # --- where ------------------------------------------------------------------------------------------

    def location(self, node: Tag) -> str:
        """A CSS-like path, e.g. ``section > p:nth-of-type(2) > a``; relative to body in fragments."""
        steps: list[str] = []
        current: Tag | None = node
        stop = {"[document]"} | ({"body", "html"} if self.fragment else set())
        # in a part, the path starts at the part, as if its HTML had been checked on its own
        part = self._part.get(id(node)) if self.part_of(node) is not None else None
        while isinstance(current, Tag) and current.name not in stop:
            parent = current.parent
            at_root = part is not None and (parent is None or self._part.get(id(parent)) != part)
            steps.append(
                self._step(parent, current, part if at_root else None) if parent is not None else current.name
            )
            if at_root:
                break
            if len(steps) >= 16:  # very deep trees: the innermost steps are what an editor needs
                steps.append("…")
                break
            current = parent
        return " > ".join(reversed(steps)) or node.name

    def _step(self, parent: Tag, child: Tag, part: int | None = None) -> str:
        """``name`` or ``name:nth-of-type(k)``; the siblings of a parent are counted once (those of
        one part only, for a part's root)."""
        known = self._nth.get((id(parent), part))
        if known is None:
            # One pass: how many children have each name, and each child's number among them.
            counts: dict[str, int] = {}
            ordinal: dict[int, int] = {}
            for sibling in parent.contents:
                if isinstance(sibling, Tag) and (part is None or self._part.get(id(sibling)) == part):
                    counts[sibling.name] = ordinal[id(sibling)] = counts.get(sibling.name, 0) + 1
            known = self._nth[(id(parent), part)] = (counts, ordinal)
        counts, ordinal = known
        number = ordinal.get(id(child))
        name = child.name
        if number is None or counts[name] == 1:
            return name
        return f"{name}:nth-of-type({number})"


def _hides_itself(node: Tag) -> bool:
    if node.name in _NEVER_RENDERED:
        return True
    attrs = node.attrs
    if not attrs:
        return False
    if "hidden" in attrs:
        return True
    if node.name == "input" and attr(node, "type").strip().lower() == "hidden":
        return True
    style = attrs.get("style")
    if style and isinstance(style, str):
        return bool(_DISPLAY_NONE.search(style) or _VISIBILITY_HIDDEN.search(style))
    return False


def excerpt(node: Tag, limit: int = 160) -> str:
    """The opening tag with its attributes (long values shortened) and the start of its text."""
    parts = [f"<{node.name}"]
    for name, value in node.attrs.items():
        text = " ".join(value) if isinstance(value, list) else str(value)
        if len(text) > 60:
            text = text[:40] + "…"
        parts.append(f' {name}="{text}"')
    parts.append(">")
    if node.name in {"img", "input", "br", "hr", "meta", "link", "area", "source", "track"}:
        return "".join(parts)
    inner = _text_start(node, 200)
    if len(inner) > 80:
        inner = inner[:79] + "…"
    out = "".join(parts) + inner + f"</{node.name}>"
    return out if len(out) <= limit else out[: limit - 1] + "…"


def _text_start(node: Tag, budget: int) -> str:
    """The first characters of a node's text, without walking a huge subtree to its end."""
    parts: list[str] = []
    size = 0
    for text in node.strings:
        parts.append(text)
        size += len(text)
        if size >= budget:
            break
    return normalise_space(" ".join(parts))


# Imported last: both modules import helpers from this one. Imported once here rather than in
# role() and name(), which rules call about a thousand times per page.
from .accname import accessible_name  # noqa: E402
from .roles import compute_role  # noqa: E402
