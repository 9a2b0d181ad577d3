"""Special characters, brackets, Roman numerals and ranges with a dash."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator

from checkreport import Text
from plainlanguage.profiles import Profile
from plainlanguage.registry import Hit, Rule, bad, good, register
from plainlanguage.text import Document, positions_of

# Character -> what to write instead.
SPECIAL = {"§": "Paragraf", "&": "und", ";": "einen Punkt und einen neuen Satz", "#": "Nummer", "*": "eine Erklärung im Text",
           "¹": "eine Erklärung im Text", "²": "eine Erklärung im Text", "³": "eine Erklärung im Text", "†": "gestorben",
           "/": "„oder“ oder „und“", "%": "Prozent oder besser „viele“ oder „wenige“", "~": "ungefähr", "≈": "ungefähr", "+": "plus"}  # fmt: skip
# The characters are found with positions_of (str.find), much faster than a regex scan of the text.
_SPECIAL = "§&;#*¹²³†~≈+/%"
_QUOTES = '"„“”»«'
_BRACKETS = re.compile(r"\([^()\n]*\)|\[[^\[\]\n]*\]")
_RANGE = re.compile(r"(\d{1,4}\.?|[A-ZÄÖÜ])\s?[-–—]\s?(\d{1,4}\.?|[A-ZÄÖÜ]\b)(?![\d-])")
_DASHES = "-–—"
_FROM = ("von ", "vom ", "Von ", "Vom ")
ROMAN_VALUES = {"I": 1, "V": 5, "X": 10}
_ROMAN_DIGITS = ("", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX")
# II ... XXXIX; a single "I" or "V" is too often a letter or a word.
ROMAN_NUMERALS = frozenset(tens + ones for tens in ("", "X", "XX", "XXX") for ones in _ROMAN_DIGITS) - {
    "",
    "I",
    "V",
    "X",
}
NUMBERED_PARTS = frozenset("teil stufe kapitel band phase abschnitt artikel buch klasse".split())


def _roman_value(numeral: str) -> int:
    values = [ROMAN_VALUES[c] for c in numeral.upper()]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def _is_special(text: str, at: int) -> bool:
    char = text[at]
    if char == "/":  # only between words: "Bürger/innen", "und/oder"; not in dates or addresses
        return 0 < at < len(text) - 1 and text[at - 1].isalpha() and text[at + 1].isalpha()
    if char == "%":  # "5 %" belongs to the percentage rule
        return not text[max(0, at - 2) : at].strip()[-1:].isdigit()
    return True


def check_special(document: Document, profile: Profile) -> Iterator[Hit]:
    text = document.text
    for at in positions_of(text, _SPECIAL):
        if not _is_special(text, at):
            continue
        character = text[at]
        written = SPECIAL[character]
        advice = Text(
            de=f"Schreiben Sie statt „{character}“ {written}.",
            en=f"Write {written} instead of „{character}“.",
        )
        yield Hit(at, at + 1, advice, {"character": character})


def check_quotes(document: Document, profile: Profile) -> Iterator[Hit]:
    advice = Text(
        de="Schreiben Sie ohne Anführungs·zeichen: „Er sagt: Ich komme.“ wird zu Er sagt: Ich komme.",
        en="Write without quotation marks, e.g. Er sagt: Ich komme.",
    )
    for at in positions_of(document.text, _QUOTES):
        yield Hit(at, at + 1, advice, {"character": document.text[at]})


def check_brackets(document: Document, profile: Profile) -> Iterator[Hit]:
    # A bracket pair starts at an opening bracket: trying each in turn, from the end of the last
    # pair on, finds what _BRACKETS.finditer finds.
    after = 0
    for at in positions_of(document.text, "(["):
        match = _BRACKETS.match(document.text, at) if at >= after else None
        if match is None:
            continue
        after = match.end()
        advice = Text(
            de="Schreiben Sie den Inhalt der Klammer als eigenen Satz.",
            en="Put what is in brackets into a sentence of its own.",
        )
        yield Hit(match.start(), match.end(), advice, {"character": match.group()[0] + match.group()[-1]})


def check_roman(document: Document, profile: Profile) -> Iterator[Hit]:
    spans = [
        (token.start, token.end)
        for word, tokens in document.occurrences().items()
        if word in ROMAN_NUMERALS  # "III", "XIV"
        for token in tokens
    ]
    for sentence in document.sentences:
        if NUMBERED_PARTS.isdisjoint(sentence.lower):
            continue
        for i, token in enumerate(sentence.tokens):
            if i and token.text not in ROMAN_NUMERALS and sentence.lower[i - 1] in NUMBERED_PARTS:
                if token.text.upper() in ROMAN_NUMERALS:
                    spans.append((token.start, token.end))  # "Kapitel iv"
    for start, end in spans:
        value = _roman_value(document.text[start:end])
        advice = Text(de=f"Schreiben Sie die Ziffer „{value}“.", en=f"Write the figure „{value}“.")
        yield Hit(start, end, advice, {"character": document.text[start:end]})


def check_range(document: Document, profile: Profile) -> Iterator[Hit]:
    text = document.text
    dashes = positions_of(text, _DASHES)
    for sentence in document.sentences:
        # No range without a dash; it stands at most two characters after a number.
        first_dash = bisect_left(dashes, sentence.start)
        if first_dash == len(dashes) or dashes[first_dash] >= sentence.end + 3:
            continue
        for token in sentence.tokens:
            # Ranges start with a number ("9–12", "7.-10.") or a capital letter ("A-Z", "A – Z").
            if not (token.text[0].isdigit() or (token.text[0].isupper() and len(token.text) in (1, 3))):
                continue
            match = _RANGE.match(text, token.start)
            if match is None or match.group(1).endswith(".") != match.group(2).endswith("."):
                continue  # "2022-06" and similar are no range of two alike things
            before = text[max(0, match.start() - 4) : match.start()]
            after_from = before in _FROM
            if not after_from and not match.group(1)[0].isdigit():
                # A letter range on its own ("Lexikon A–Z") names a span of the alphabet like a title;
                # only "von A–Z" mixes the word "von" with the sign for "bis".
                continue
            start = match.start() - 4 if after_from else match.start()
            written = (
                f"{before.strip().lower() if after_from else 'von'} {match.group(1)} bis {match.group(2)}"
            )
            advice = Text(de=f"Schreiben Sie „{written}“.", en=f"Write „{written}“.")
            yield Hit(start, match.end(), advice, {"character": "–"})


REFERENCES = {
    "din_spec_33429": ("Wortebene: Sonderzeichen",),
    "netzwerk_leichte_sprache": ("Zahlen und Zeichen: Sonderzeichen",),
}
MESSAGE = Text("Sonderzeichen „{character}“.", "Special character „{character}“.")
RULES = (
    ("special-character", "Sonderzeichen", "Special character", check_special, "SONDERZEICHEN", (
        bad("de-x-ls", "Das steht in [[§]] 5."), bad("de-x-ls", "Alle Bürger[[/]]innen sind eingeladen."),
        bad("de-x-ls", "Die Preise steigen um einige [[%]]."),
        good("de-x-ls", "Das steht in Paragraf 5.\nAlle sind eingeladen."))),
    ("brackets", "Klammern", "Brackets", check_brackets, "SONDERZEICHEN", (
        bad("de-x-ls", "Der Beirat [[(ein Gremium)]] trifft sich."),
        good("de-x-ls", "Der Beirat trifft sich.\nDer Beirat ist eine Gruppe von Menschen.")),
    ),
    ("quotation-marks", "Anführungszeichen", "Quotation marks", check_quotes, "SONDERZEICHEN", (
        bad("de-x-ls", "Das Fest heißt [[„]]Dresden für alle[[“]]."),
        good("de-x-ls", "Das Fest heißt: Dresden für alle."))),
    ("roman-numeral", "Römische Zahl", "Roman numeral", check_roman, "ROEMISCHE_ZAHL", (
        bad("de-x-ls", "Das steht in Teil [[III]]."), bad("de-x-ls", "Lesen Sie Kapitel [[iv]]."),
        good("de-x-ls", "Das steht in Teil 3.\nIch bin hier."))),
    ("range-dash", "Bereich mit Strich", "Range with a dash", check_range, "VON_BIS", (
        bad("de-x-ls", "Die Beratung ist [[von 9–12]] Uhr."), bad("de-x-ls", "Das Wörter·buch erklärt Wörter [[von A-Z]]."),
        good("de-x-ls", "Die Beratung ist von 9 bis 12 Uhr.\nDas E-Mail-Postfach ist voll.\nIm Lexikon A–Z stehen Wörter."))),
)  # fmt: skip

# Brackets and signs like "§", "&", "*" are named outright by the rules: a clear breach.
SEVERITY = {
    "special-character": "error",
    "brackets": "error",
    "roman-numeral": "error",
    "range-dash": "warning",
    # Leichte Sprache uses them for speech and names often enough to be a matter of degree.
    "quotation-marks": "warning",
}

for rule_id, title_de, title_en, check, lt, examples in RULES:
    register(
        Rule(
            id=rule_id,
            title=Text(title_de, title_en),
            message=MESSAGE,
            severities={"de-x-ls": SEVERITY[rule_id]},
            references={**REFERENCES, "languagetool": (lt,)},
            check=check,
            examples=examples,
        )
    )
