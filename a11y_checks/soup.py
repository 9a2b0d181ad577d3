"""BeautifulSoup's tree of an HTML page, built from lxml's parsed tree in one loop.

``BeautifulSoup(markup, "lxml")`` lets libxml2 parse the page and receives every start tag, end
tag, text and comment as a Python call, each going through bs4's general machinery (string
containers, whitespace stacks, linkage fixes): on a rendered page that is most of a check's time.
Here libxml2 builds its own tree in C, with the parser and options bs4 uses, and one loop turns it
into the same bs4 objects, linked as bs4 links them: same nodes, names, attributes (``class`` as a
list), string classes (``Script``, ``Comment``, …), whitespace-only strings collapsed as bs4
collapses them (kept inside ``pre`` and ``textarea``).

libxml2's tree differs from its parse events in a few places; where the loop cannot tell what the
events were, bs4 parses the page itself (the result is the same, only slower): a doctype that is
not the first thing on the page, content after ``</html>`` other than white space, elements nested
deeper than libxml2's tree allows, and a boolean attribute written both with and without a value
(the tree gives ``disabled`` the value "disabled" where the events give "").
"""

from __future__ import annotations

import re
import threading

from bs4 import BeautifulSoup, Comment, Doctype, NavigableString, ProcessingInstruction, Tag
from lxml import etree

PARSER = "lxml"
# libxml2's tree stops at 256 levels (without its huge-tree option); the events do not
MAX_DEPTH = 250
# HTML attributes libxml2's tree gives their own name as value when written without one
BOOLEAN_ATTRIBUTES = frozenset(
    "checked compact declare defer disabled ismap multiple nohref noresize noshade nowrap readonly selected".split()
)
_DOCTYPE = re.compile(r"<!doctype", re.I)
_HTML_END = re.compile(r"</html\s*>", re.I)
_BOOLEAN_WITH_VALUE = re.compile(r"\b(" + "|".join(sorted(BOOLEAN_ATTRIBUTES)) + r")\s*=", re.I)
_local = threading.local()  # an lxml parser must not be shared between threads


class _Unmirrored(Exception):
    """The tree cannot be mirrored exactly: bs4 parses the page itself."""


def _parser() -> etree.HTMLParser:
    parser = getattr(_local, "parser", None)
    if parser is None:
        # bs4's options for its lxml parser; no doctype made up where the page has none
        parser = _local.parser = etree.HTMLParser(recover=True, huge_tree=False, default_doctype=False)
    return parser


def parse_html(markup: str) -> BeautifulSoup:
    """The page as ``BeautifulSoup(markup, "lxml")`` parses it, in about half the time."""
    if markup.startswith("\ufeff"):  # as bs4 does: lxml would keep the byte order mark as text
        markup = markup[1:]
    try:
        parser = _parser()
        parser.feed(markup)
        root = parser.close()  # also makes the parser ready for the next page
    except (etree.ParserError, etree.XMLSyntaxError, UnicodeError, ValueError):
        _local.parser = None  # a failed feed may leave its document open: the next page gets a new one
        root = None
    if root is not None:
        soup = BeautifulSoup("", PARSER)
        try:
            _Mirror(soup, markup).build(root)
            return soup
        except _Unmirrored:
            pass
    return parsed_by_bs4(markup)


def parsed_by_bs4(markup: str) -> BeautifulSoup:
    """bs4's own parse, for what the loop does not mirror."""
    return BeautifulSoup(markup, PARSER)


class _Mirror:
    """Fills an empty soup with bs4 objects for lxml's tree, in document order."""

    def __init__(self, soup: BeautifulSoup, markup: str) -> None:
        self.soup = soup
        self.markup = markup
        builder = soup.builder
        self.builder = builder
        self.containers = builder.string_containers  # strings in script, style, template, rt, rp
        self.preserving = builder.preserve_whitespace_tags
        self.attribute_dict = builder.attribute_dict_class
        self.last = None  # the node linked last
        self._booleans_with_value: set[str] | None = None

    def link(self, node, parent: Tag) -> None:
        node.parent = parent
        last = self.last
        node.previous_element = last
        if last is not None:
            last.next_element = node
        contents = parent.contents
        if contents:
            sibling = contents[-1]
            node.previous_sibling = sibling
            sibling.next_sibling = node
        contents.append(node)
        self.last = node

    def text(self, value: str, parent: Tag, container: type, keep_space: bool) -> None:
        if not keep_space and not value.strip(" \n\t\r\f"):
            value = "\n" if "\n" in value else " "
        self.link(container(value), parent)

    def other(self, node, parent: Tag) -> None:
        """A comment or a processing instruction."""
        if node.tag is etree.Comment:
            self.link(Comment(node.text or ""), parent)
        elif node.tag is etree.PI:
            self.link(ProcessingInstruction(f"{node.target} {node.text or ''}"), parent)
        else:
            raise _Unmirrored(f"node {node.tag!r}")

    def attributes(self, node) -> dict:
        attrs = self.attribute_dict(node.items())
        for name in BOOLEAN_ATTRIBUTES.intersection(attrs):
            if attrs[name] == name:
                # written "disabled" or "disabled=disabled"? Only the source tells.
                if self._booleans_with_value is None:
                    self._booleans_with_value = {
                        found.lower() for found in _BOOLEAN_WITH_VALUE.findall(self.markup)
                    }
                if name in self._booleans_with_value:
                    raise _Unmirrored(f"boolean attribute {name}")
                attrs[name] = ""
        return attrs

    def build(self, root) -> None:
        soup, markup = self.soup, self.markup
        doctypes = len(_DOCTYPE.findall(markup))
        dtd = root.getroottree().docinfo.internalDTD
        if dtd is not None:
            if doctypes != 1 or not _DOCTYPE.match(markup.lstrip()):
                raise _Unmirrored("doctype not first")
            self.link(
                Doctype(Doctype._string_for_name_and_ids(dtd.name, dtd.external_id, dtd.system_url)), soup
            )
        elif doctypes:
            raise _Unmirrored("doctype not in the tree")
        before = list(root.itersiblings(preceding=True))
        for node in reversed(before):
            self.other(node, soup)
        self.element(root)
        for node in root.itersiblings():
            self.other(node, soup)
        ends = list(_HTML_END.finditer(markup))
        if ends:
            rest = markup[ends[-1].end() :]
            if rest.strip(" \n\t\r\f"):
                raise _Unmirrored("content after </html>")
            if rest and not (isinstance(self.last, NavigableString) and "</" in self.last):
                # the events give white space after </html> to the document; the tree drops it
                self.text(rest, soup, NavigableString, False)

    def element(self, root) -> None:
        """The root element and everything in it, depth first without recursion."""
        soup, containers, preserving = self.soup, self.containers, self.preserving
        builder, link, text, attributes = self.builder, self.link, self.text, self.attributes

        def open_element(node, parent: Tag, container: type, keep_space: bool) -> tuple:
            name = node.tag
            tag = Tag(soup, builder, name, None, None, attributes(node) if node.attrib else None)
            link(tag, parent)
            container = containers.get(name, container)
            keep_space = keep_space or name in preserving
            if node.text:
                text(node.text, tag, container, keep_space)
            return node, tag, iter(node), container, keep_space

        # each open element: its lxml node, its Tag, its children still to visit, how its text is kept
        open_elements = [open_element(root, soup, NavigableString, False)]
        while open_elements:
            _node, tag, children, container, keep_space = open_elements[-1]
            for child in children:
                if isinstance(child.tag, str):
                    if len(open_elements) >= MAX_DEPTH:
                        raise _Unmirrored("too deep")
                    open_elements.append(open_element(child, tag, container, keep_space))
                    break  # its children first; its tail when it is closed
                self.other(child, tag)
                if child.tail:
                    text(child.tail, tag, container, keep_space)
            else:
                node = open_elements.pop()[0]
                if node.tail and open_elements:
                    _parent_node, parent, _children, parent_container, parent_keep = open_elements[-1]
                    text(node.tail, parent, parent_container, parent_keep)
