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
from bs4.builder import builder_registry
from bs4.element import nonwhitespace_re as _NONWHITESPACE
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
_SPACE = " \n\t\r\f"  # what bs4 strips to find white-space-only strings
_new_object = object.__new__  # Tag.__new__
_new_string = str.__new__  # NavigableString.__new__ without its setup
_local = threading.local()  # an lxml parser must not be shared between threads
_BUILDER = builder_registry.lookup(PARSER)
# The fields Tag.__init__ gives a tag, in its order (bs4 4.13 to 4.15). A bs4 with other fields
# makes parse_html hand the page to bs4 (see _Mirror.blank) rather than build incomplete tags.
_TAG_FIELDS = (
    "parser_class",
    "name",
    "namespace",
    "_namespaces",
    "prefix",
    "sourceline",
    "sourcepos",
    "attribute_value_list_class",
    "attrs",
    "known_xml",
    "contents",
    "parent",
    "previous_element",
    "next_element",
    "next_sibling",
    "previous_sibling",
    "hidden",
    "can_be_empty_element",
    "cdata_list_attributes",
    "preserve_whitespace_tags",
    "interesting_string_types",
)
# Those fields of a new Tag per tag name (see _Mirror.blank), and the builder settings they come
# from: bs4's defaults, the same objects for every page.
_blanks: dict[str, dict] = {}
_blanks_from: tuple = ()


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
        soup = BeautifulSoup("", builder=_BUILDER())  # what features="lxml" looks up, without the lookup
        try:
            _Mirror(soup, markup).build(root)
            return soup
        except _Unmirrored:
            pass
    return parsed_by_bs4(markup)


def parsed_by_bs4(markup: str) -> BeautifulSoup:
    """bs4's own parse, for what the loop does not mirror."""
    return BeautifulSoup(markup, PARSER)


def _shared_blanks(soup: BeautifulSoup) -> dict[str, dict]:
    """The blank Tag fields made for earlier pages, if this soup's builder has the same settings
    (always, unless bs4 stops sharing its defaults: then each page makes its own)."""
    global _blanks, _blanks_from
    builder = soup.builder
    settings = (
        type(soup),
        type(builder),
        builder.is_xml,
        builder.attribute_value_list_class,
        builder.cdata_list_attributes,
        builder.preserve_whitespace_tags,
        builder.string_containers,
        builder.empty_element_tags,
    )
    if len(settings) != len(_blanks_from) or any(
        a is not b for a, b in zip(settings, _blanks_from, strict=True)
    ):
        _blanks, _blanks_from = {}, settings
    return _blanks


class _Mirror:
    """Fills an empty soup with bs4 objects for lxml's tree, in document order.

    Nodes get the fields bs4's constructors and linking give them, set once: ``Tag.__init__``
    works out the same fields for every tag of a name (they are taken from one ``Tag`` bs4 makes
    per name, see ``blank``), and ``NavigableString.__new__`` plus linking set six fields twice;
    per node that was most of the loop's time.
    """

    def __init__(self, soup: BeautifulSoup, markup: str) -> None:
        self.soup = soup
        self.markup = markup
        builder = soup.builder
        self.builder = builder
        self.containers = builder.string_containers  # strings in script, style, template, rt, rp
        self.preserving = builder.preserve_whitespace_tags
        self.attribute_dict = builder.attribute_dict_class
        # attributes bs4 splits into lists (``class``): on all elements ("*"), on some
        self.list_attributes_of = builder.cdata_list_attributes
        self.universal_list_attributes = self.list_attributes_of.get("*", ())
        self.list_attributes = frozenset().union(*self.list_attributes_of.values())
        self.value_list = builder.attribute_value_list_class
        self.blanks = _shared_blanks(soup)  # tag name -> the fields of a new Tag of that name
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

    def append(self, node, contents: list, last, sibling) -> None:
        """The links to ``node`` from the node before it and from its previous sibling (its own
        links are set by ``string`` and ``tag``, in bs4's order of fields)."""
        if last is not None:
            last.next_element = node
        if sibling is not None:
            sibling.next_sibling = node
        contents.append(node)
        self.last = node

    def string(self, cls: type, value: str, parent: Tag) -> None:
        """``cls(value)`` linked as the last child of ``parent``: the fields bs4's constructor and
        ``link`` give it, in the order they give them."""
        node = _new_string(cls, value)
        contents = parent.contents
        sibling = contents[-1] if contents else None
        last = self.last
        node.__dict__ = {
            "hidden": False,
            "parent": parent,
            "previous_element": last,
            "next_element": None,
            "next_sibling": None,
            "previous_sibling": sibling,
        }
        self.append(node, contents, last, sibling)

    def text(self, value: str, parent: Tag, container: type, keep_space: bool) -> None:
        # (the first character tells for almost every string that it is not white space only)
        if not keep_space and value[0] in _SPACE and not value.strip(_SPACE):
            value = "\n" if "\n" in value else " "
        self.string(container, value, parent)

    def other(self, node, parent: Tag) -> None:
        """A comment or a processing instruction."""
        if node.tag is etree.Comment:
            self.string(Comment, node.text or "", parent)
        elif node.tag is etree.PI:
            self.string(ProcessingInstruction, f"{node.target} {node.text or ''}", parent)
        else:
            raise _Unmirrored(f"node {node.tag!r}")

    def attributes(self, node, name: str) -> dict:
        """The attributes as ``Tag(soup, builder, name, attrs=…)`` keeps them (``class`` as a list)."""
        attrs = self.attribute_dict(node.items())
        if not BOOLEAN_ATTRIBUTES.isdisjoint(attrs):
            for boolean in BOOLEAN_ATTRIBUTES.intersection(attrs):
                if attrs[boolean] == boolean:
                    # written "disabled" or "disabled=disabled"? Only the source tells.
                    if self._booleans_with_value is None:
                        self._booleans_with_value = {
                            found.lower() for found in _BOOLEAN_WITH_VALUE.findall(self.markup)
                        }
                    if boolean in self._booleans_with_value:
                        raise _Unmirrored(f"boolean attribute {boolean}")
                    attrs[boolean] = ""
        if not self.list_attributes.isdisjoint(attrs):
            # what builder._replace_cdata_list_attribute_values does to lxml's string values,
            # without its setup per call: class="a b" becomes an AttributeValueList ["a", "b"]
            specific = self.list_attributes_of.get(name.lower()) or ()
            universal = self.universal_list_attributes
            for key in [key for key in attrs if key in universal or key in specific]:
                # (the attribute dict's own __setitem__ leaves a list as it is)
                dict.__setitem__(attrs, key, self.value_list(_NONWHITESPACE.findall(attrs[key])))
        return attrs

    def blank(self, name: str) -> dict:
        """The fields ``Tag(soup, builder, name)`` sets, made by bs4 once per name."""
        fields = dict(Tag(self.soup, self.builder, name).__dict__)
        if tuple(fields) != _TAG_FIELDS:
            raise _Unmirrored("a bs4 whose tags have other fields")
        self.blanks[name] = fields
        return fields

    def tag(self, node, parent: Tag) -> Tag:
        """``Tag(soup, builder, name, attrs=…)`` linked as the last child of ``parent``: bs4's
        fields in bs4's order (so the tag keeps Python's compact attribute storage), taken from
        the blank tag of its name but for those Tag.__init__ makes new and those link sets."""
        name = node.tag
        blank = self.blanks.get(name) or self.blank(name)
        contents = parent.contents
        sibling = contents[-1] if contents else None
        last = self.last
        tag = _new_object(Tag)
        tag.parser_class = blank["parser_class"]
        tag.name = name
        tag.namespace = blank["namespace"]
        tag._namespaces = {}
        tag.prefix = blank["prefix"]
        tag.sourceline = blank["sourceline"]
        tag.sourcepos = blank["sourcepos"]
        tag.attribute_value_list_class = blank["attribute_value_list_class"]
        tag.attrs = self.attributes(node, name) if node.attrib else self.attribute_dict()
        tag.known_xml = blank["known_xml"]
        tag.contents = []
        tag.parent = parent
        tag.previous_element = last
        tag.next_element = blank["next_element"]
        tag.next_sibling = blank["next_sibling"]
        tag.previous_sibling = sibling
        tag.hidden = blank["hidden"]
        tag.can_be_empty_element = blank["can_be_empty_element"]
        tag.cdata_list_attributes = blank["cdata_list_attributes"]
        tag.preserve_whitespace_tags = blank["preserve_whitespace_tags"]
        types = blank["interesting_string_types"]
        tag.interesting_string_types = set(types) if name in self.containers else types
        if name == "meta":  # the charset placeholder bs4 sets up in meta tags
            self.builder.set_up_substitutions(tag)
        self.append(tag, contents, last, sibling)
        return tag

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
        containers, preserving, new_tag, text = self.containers, self.preserving, self.tag, self.text

        def open_element(node, parent: Tag, container: type, keep_space: bool) -> tuple:
            tag = new_tag(node, parent)
            name = tag.name
            container = containers.get(name, container)
            keep_space = keep_space or name in preserving
            value = node.text
            if value:
                text(value, tag, container, keep_space)
            return node, tag, iter(node), container, keep_space

        # each open element: its lxml node, its Tag, its children still to visit, how its text is kept
        open_elements = [open_element(root, self.soup, NavigableString, False)]
        while open_elements:
            _node, tag, children, container, keep_space = open_elements[-1]
            for child in children:
                if isinstance(child.tag, str):
                    if len(open_elements) >= MAX_DEPTH:
                        raise _Unmirrored("too deep")
                    open_elements.append(open_element(child, tag, container, keep_space))
                    break  # its children first; its tail when it is closed
                self.other(child, tag)
                tail = child.tail
                if tail:
                    text(tail, tag, container, keep_space)
            else:
                node = open_elements.pop()[0]
                tail = node.tail
                if tail and open_elements:
                    _parent_node, parent, _children, parent_container, parent_keep = open_elements[-1]
                    text(tail, parent, parent_container, parent_keep)
