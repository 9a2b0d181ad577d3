"""English word lists for the plain-English rules (lower case)."""

BE_FORMS = frozenset("is are was were be been being am".split())
IRREGULAR_PARTICIPLES = frozenset(
    """done made given taken seen known shown written built paid held found told sent brought bought
    kept left led met put run set sold spent taught thought understood won chosen driven eaten
    fallen forgotten hidden spoken stolen broken begun drawn grown thrown worn born beaten cut hit
    hurt let lost meant heard felt said caught fed fought laid lent shut spread struck torn
    forbidden frozen ridden risen shaken sung sunk swum woken withdrawn undertaken overseen""".split()
)
# "-ed" words that after "be" describe a state rather than a passive action.
STATE_ADJECTIVES = frozenset(
    """interested tired excited bored pleased concerned worried married supposed scared surprised
    amazed annoyed ashamed confused delighted depressed disappointed embarrassed exhausted
    frightened satisfied shocked talented used skilled qualified experienced crowded""".split()
)
# Everyday words for formal ones (after the plain-language word lists of public administrations).
PLAIN_WORDS = {
    "utilise": "use", "utilize": "use", "utilisation": "use", "utilization": "use",
    "commence": "start", "commencement": "start", "terminate": "end", "approximately": "about",
    "facilitate": "help", "assistance": "help", "demonstrate": "show", "sufficient": "enough",
    "additional": "more", "purchase": "buy", "endeavour": "try", "endeavor": "try",
    "subsequently": "later", "prior": "before", "numerous": "many", "obtain": "get",
    "require": "need", "requirement": "need", "accordingly": "so", "therefore": "so",
    "however": "but", "nevertheless": "still", "initiate": "start", "implement": "carry out",
    "ascertain": "find out", "comply": "follow", "component": "part", "consequently": "so",
    "designate": "name", "disseminate": "share", "expenditure": "spending", "inform": "tell",
    "modification": "change", "participate": "take part", "regarding": "about",
    "remuneration": "pay", "reside": "live", "residence": "home", "whereas": "but",
}  # fmt: skip
NOMINAL_SUFFIXES = ("ation", "ition", "tion", "sion", "ment", "ance", "ence")
