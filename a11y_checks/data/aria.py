"""WAI-ARIA 1.2 (with DPUB-ARIA and Graphics-ARIA roles) as plain tables. Imports nothing."""

ABSTRACT_ROLES = frozenset(
    "command composite input landmark range roletype section sectionhead select structure widget window".split()
)

ROLES = frozenset(
    """alert alertdialog application article banner blockquote button caption cell checkbox code
    columnheader combobox comment complementary contentinfo definition deletion dialog directory
    document emphasis feed figure form generic grid gridcell group heading img image insertion link
    list listbox listitem log main mark marquee math menu menubar menuitem menuitemcheckbox
    menuitemradio meter navigation none note option paragraph presentation progressbar radio
    radiogroup region row rowgroup rowheader scrollbar search searchbox separator slider spinbutton
    status strong subscript suggestion superscript switch tab table tablist tabpanel term textbox
    time timer toolbar tooltip tree treegrid treeitem
    doc-abstract doc-acknowledgments doc-afterword doc-appendix doc-backlink doc-biblioentry
    doc-bibliography doc-biblioref doc-chapter doc-colophon doc-conclusion doc-cover doc-credit
    doc-credits doc-dedication doc-endnote doc-endnotes doc-epigraph doc-epilogue doc-errata
    doc-example doc-footnote doc-foreword doc-glossary doc-glossref doc-index doc-introduction
    doc-noteref doc-notice doc-pagebreak doc-pagefooter doc-pageheader doc-pagelist doc-part
    doc-preface doc-prologue doc-pullquote doc-qna doc-subtitle doc-tip doc-toc
    graphics-document graphics-object graphics-symbol""".split()
)

PRESENTATIONAL = frozenset({"none", "presentation"})

# States and properties every role supports (deprecated globals of ARIA 1.2 included: still valid).
GLOBAL_ATTRIBUTES = frozenset(
    """aria-atomic aria-braillelabel aria-brailleroledescription aria-busy aria-controls
    aria-current aria-describedby aria-description aria-details aria-disabled aria-dropeffect
    aria-errormessage aria-flowto aria-grabbed aria-haspopup aria-hidden aria-invalid
    aria-keyshortcuts aria-label aria-labelledby aria-live aria-owns aria-relevant
    aria-roledescription""".split()
)

_RANGE = "meter progressbar scrollbar separator slider spinbutton"
_CELLS = "cell columnheader gridcell rowheader"
_SET_ITEMS = "article comment listitem menuitem menuitemcheckbox menuitemradio option radio row tab treeitem"

# Role-specific attributes and the roles (own or inherited) that support them.
SUPPORTED_BY = {
    name: frozenset(roles.split())
    for name, roles in {
        "aria-activedescendant": "application combobox grid group listbox menu menubar radiogroup row "
        "searchbox spinbutton tablist textbox toolbar tree treegrid",
        "aria-autocomplete": "combobox searchbox textbox",
        "aria-checked": "checkbox menuitemcheckbox menuitemradio option radio switch treeitem",
        "aria-colcount": "grid table treegrid",
        "aria-colindex": _CELLS + " row",
        "aria-colindextext": _CELLS + " row",
        "aria-colspan": _CELLS,
        "aria-expanded": "application button checkbox columnheader combobox gridcell link listbox "
        "menuitem menuitemcheckbox menuitemradio row rowheader switch tab treeitem",
        "aria-level": "comment heading listitem row treeitem",
        "aria-modal": "alertdialog dialog",
        "aria-multiline": "searchbox textbox",
        "aria-multiselectable": "grid listbox tablist tree treegrid",
        "aria-orientation": "listbox menu menubar radiogroup scrollbar select separator slider tablist "
        "toolbar tree treegrid",
        "aria-placeholder": "searchbox textbox",
        "aria-posinset": _SET_ITEMS,
        "aria-pressed": "button",
        "aria-readonly": "checkbox columnheader combobox grid gridcell listbox menuitemcheckbox "
        "menuitemradio radio radiogroup rowheader searchbox slider spinbutton switch textbox treegrid",
        "aria-required": "checkbox columnheader combobox gridcell listbox radio radiogroup rowheader "
        "searchbox spinbutton switch textbox tree treegrid",
        "aria-rowcount": "grid table treegrid",
        "aria-rowindex": _CELLS + " row",
        "aria-rowindextext": _CELLS + " row",
        "aria-rowspan": _CELLS,
        "aria-selected": "columnheader gridcell option row rowheader tab treeitem",
        "aria-setsize": _SET_ITEMS,
        "aria-sort": "columnheader rowheader",
        "aria-valuemax": _RANGE,
        "aria-valuemin": _RANGE,
        "aria-valuenow": _RANGE,
        "aria-valuetext": _RANGE,
    }.items()
}

KNOWN_ATTRIBUTES = GLOBAL_ATTRIBUTES | frozenset(SUPPORTED_BY)

# Value types: the allowed tokens, or a type name.
TRUE_FALSE = ("true", "false")
VALUE_TYPES: dict[str, tuple[str, ...] | str] = {
    **dict.fromkeys(
        "aria-atomic aria-busy aria-disabled aria-modal aria-multiline aria-multiselectable "
        "aria-readonly aria-required".split(),
        TRUE_FALSE,
    ),
    **dict.fromkeys(
        "aria-expanded aria-hidden aria-grabbed aria-selected".split(), (*TRUE_FALSE, "undefined")
    ),
    **dict.fromkeys("aria-checked aria-pressed".split(), (*TRUE_FALSE, "mixed", "undefined")),
    **dict.fromkeys(
        "aria-colcount aria-colindex aria-colspan aria-level aria-posinset aria-rowcount aria-rowindex "
        "aria-rowspan aria-setsize".split(),
        "integer",
    ),
    **dict.fromkeys("aria-valuemax aria-valuemin aria-valuenow".split(), "number"),
    "aria-autocomplete": ("inline", "list", "both", "none"),
    "aria-current": ("page", "step", "location", "date", "time", *TRUE_FALSE),
    "aria-haspopup": (*TRUE_FALSE, "menu", "listbox", "tree", "grid", "dialog"),
    "aria-invalid": ("grammar", "spelling", *TRUE_FALSE),
    "aria-live": ("assertive", "off", "polite"),
    "aria-orientation": ("horizontal", "vertical", "undefined"),
    "aria-sort": ("ascending", "descending", "none", "other"),
    "aria-dropeffect": "tokens:copy execute link move none popup",
    "aria-relevant": "tokens:additions removals text all",
}

# Required states and properties (ARIA 1.2).
REQUIRED_ATTRIBUTES = {
    "checkbox": ("aria-checked",),
    "combobox": ("aria-controls", "aria-expanded"),
    "heading": ("aria-level",),
    "menuitemcheckbox": ("aria-checked",),
    "menuitemradio": ("aria-checked",),
    "meter": ("aria-valuenow",),
    "radio": ("aria-checked",),
    "scrollbar": ("aria-controls", "aria-valuenow"),
    "slider": ("aria-valuenow",),
    "switch": ("aria-checked",),
}

# Required context: the roles a role must be owned by.
REQUIRED_CONTEXT = {
    "cell": {"row"},
    "columnheader": {"row"},
    "gridcell": {"row"},
    "rowheader": {"row"},
    "row": {"grid", "rowgroup", "table", "treegrid"},
    "rowgroup": {"grid", "table", "treegrid"},
    "listitem": {"list", "directory"},
    "menuitem": {"menu", "menubar", "group"},
    "menuitemcheckbox": {"menu", "menubar", "group"},
    "menuitemradio": {"menu", "menubar", "group"},
    "option": {"listbox", "group"},
    "tab": {"tablist"},
    "treeitem": {"tree", "group"},
}

_MENU_ITEMS = {"menuitem", "menuitemcheckbox", "menuitemradio", "group", "separator"}
# Required owned elements: the roles a role's children may have.
REQUIRED_OWNED = {
    "feed": {"article"},
    "grid": {"row", "rowgroup"},
    "list": {"listitem"},
    "listbox": {"option", "group"},
    "menu": _MENU_ITEMS,
    "menubar": _MENU_ITEMS,
    "row": {"cell", "columnheader", "gridcell", "rowheader"},
    "rowgroup": {"row"},
    "table": {"row", "rowgroup"},
    "tablist": {"tab"},
    "tree": {"treeitem", "group"},
    "treegrid": {"row", "rowgroup"},
}

# Roles whose children are presentational: focusable content inside them is lost.
PRESENTATIONAL_CHILDREN = frozenset(
    """button checkbox img math meter menuitemcheckbox menuitemradio option progressbar radio
    scrollbar separator slider switch tab graphics-symbol""".split()
)

# Roles that take their name from content (accname 1.2, step 2F).
NAME_FROM_CONTENT = frozenset(
    """button cell checkbox columnheader comment gridcell heading link menuitem menuitemcheckbox
    menuitemradio option radio row rowheader sectionhead switch tab tooltip treeitem
    doc-backlink doc-biblioref doc-glossref doc-noteref""".split()
)

# Roles on which aria-label and aria-labelledby are prohibited.
NAMING_PROHIBITED = frozenset(
    """caption code deletion emphasis generic insertion mark none paragraph presentation strong
    subscript suggestion superscript term time""".split()
)

FORM_FIELD_ROLES = frozenset(
    """checkbox combobox listbox menuitemcheckbox menuitemradio radio searchbox slider spinbutton
    switch textbox""".split()
)
