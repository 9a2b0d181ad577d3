"""Numbers in Leichte Sprache: no big numbers, percentages or decimals; digits, not number words."""

from __future__ import annotations

import re
from collections.abc import Iterator

from checkreport import Text
from plainlanguage.data.german import NUMBER_WORDS
from plainlanguage.profiles import Profile
from plainlanguage.registry import Hit, Rule, bad, good, register
from plainlanguage.text import Document, number_tokens

_BIG = re.compile(r"\d{1,3}(?:\.\d{3})+|\d{4,}")
_PERCENT = re.compile(r"(\d+(?:,\d+)?) ?(?:%|Prozent\b|v\. ?H\.)")
_DECIMAL = re.compile(r"\d+,\d+")
_NUMBER_WORD = re.compile(
    r"\b(?:(?:ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)und)?"
    r"(?:zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|dreizehn|vierzehn|fünfzehn|sechzehn|siebzehn"
    r"|achtzehn|neunzehn|zwanzig|dreißig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig|hundert|tausend)"
    r"(?:hundert|tausend)?\b"
)
NUMERAL_ENDINGS = ("zig", "ßig", "hundert", "tausend", "zehn", "elf", "zwölf")
FRACTIONS = {50: "die Hälfte", 25: "ein Viertel", 75: "drei Viertel", 33: "ein Drittel", 10: "jeder Zehnte"}


def _is_year(text: str, value: int) -> bool:
    return text.isdigit() and len(text) == 4 and 1800 <= value <= 2100


def _rounded(value: int) -> str:
    if value >= 1_000_000:
        return f"mehr als {value // 1_000_000} Millionen"
    return f"mehr als {value // 1000} Tausend" if value >= 10_000 else f"mehr als {value // 1000 * 1000}"


def check_big(document: Document, profile: Profile) -> Iterator[Hit]:
    for token in number_tokens(document):
        match = _BIG.fullmatch(token.text)
        if match is None:
            continue
        value = int(match.group().replace(".", ""))
        if value >= profile.params["big_number"] and not _is_year(match.group(), value):
            written = _rounded(value)
            yield Hit(
                token.start, token.end, _write(f"„{written}“ oder „sehr viele“"), {"number": token.text}
            )


def check_percent(document: Document, profile: Profile) -> Iterator[Hit]:
    for token in number_tokens(document):
        match = _PERCENT.match(document.text, token.start)
        if match is None:
            continue
        value = round(float(match[1].replace(",", ".")))
        written = FRACTIONS.get(value) or ("viele" if value > 50 else "wenige")
        yield Hit(
            match.start(),
            match.end(),
            _write(f"„{written}“ (von 100 Menschen {value})"),
            {"number": match.group()},
        )


def check_decimal(document: Document, profile: Profile) -> Iterator[Hit]:
    for token in number_tokens(document):
        if not _DECIMAL.fullmatch(token.text) or _PERCENT.match(document.text, token.start):
            continue
        value = round(float(token.text.replace(",", ".")))
        yield Hit(token.start, token.end, _write(f"„ungefähr {value}“"), {"number": token.text})


def number_value(word: str) -> int | None:
    """Value of a German number word up to 999999 ("dreiundzwanzig" -> 23)."""
    word = word.lower()
    if "tausend" in word and word != "tausend":
        head, _, tail = word.partition("tausend")
        return (number_value(head) or 1) * 1000 + (number_value(tail) or 0 if tail else 0)
    if "hundert" in word and word != "hundert":
        head, _, tail = word.partition("hundert")
        return (number_value(head) or 1) * 100 + (number_value(tail) or 0 if tail else 0)
    if "und" in word:
        ones, _, tens = word.partition("und")
        return (NUMBER_WORDS.get(ones) or (1 if ones == "ein" else 0)) + NUMBER_WORDS.get(tens, 0)
    return NUMBER_WORDS.get(word)


def check_number_words(document: Document, profile: Profile) -> Iterator[Hit]:
    for text, tokens in document.occurrences().items():
        word = text.lower()
        if text[0].isupper() or not (word in NUMBER_WORDS or word.endswith(NUMERAL_ENDINGS)):
            continue
        value = number_value(word) if _NUMBER_WORD.fullmatch(word) else None
        if value:
            for token in tokens:
                yield Hit(token.start, token.end, _write(f"die Ziffer „{value}“"), {"number": text})


def _write(written: str) -> Text:
    return Text(de=f"Schreiben Sie {written}.", en=f"Write {written}.")


REFERENCES = {"din_spec_33429": ("Wortebene: Zahlen",), "netzwerk_leichte_sprache": ("Zahlen und Zeichen",)}
MESSAGE = Text("Schwer verständliche Zahl „{number}“.", "Hard number „{number}“.")


def _rule(rule_id: str, title: Text, check, examples, lt: str) -> None:  # type: ignore[no-untyped-def]
    register(
        Rule(
            id=rule_id,
            title=title,
            message=MESSAGE,
            severities={"de-x-ls": "warning"},
            references={**REFERENCES, "languagetool": (lt,)},
            check=check,
            examples=examples,
        )
    )


_rule("big-number", Text("Große Zahl", "Big number"), check_big, (
    bad("de-x-ls", "In Dresden leben [[560.000]] Menschen."),
    bad("de-x-ls", "Der Plan kostet [[25000]] Euro."),
    good("de-x-ls", "In Dresden leben sehr viele Menschen.\nDer Plan gilt ab 2022."),
), "ZAHLEN")  # fmt: skip
_rule("percentage", Text("Prozent", "Percentage"), check_percent, (
    bad("de-x-ls", "[[50 %]] der Kinder sprechen 2 Sprachen."),
    bad("de-x-ls", "Das sind [[12 Prozent]]."),
    good("de-x-ls", "Die Hälfte von den Kindern spricht 2 Sprachen."),
), "SONDERZEICHEN")  # fmt: skip
_rule("decimal-number", Text("Kommazahl", "Decimal number"), check_decimal, (
    bad("de-x-ls", "Die Fahrt dauert [[2,5]] Stunden."),
    good("de-x-ls", "Die Fahrt dauert ungefähr 3 Stunden."),
), "ZAHLEN")  # fmt: skip
_rule("number-word", Text("Zahl als Wort", "Number as a word"), check_number_words, (
    bad("de-x-ls", "Zum Treffen kamen [[sieben]] Frauen."),
    bad("de-x-ls", "Es kamen [[zweihundert]] Gäste."),
    good("de-x-ls", "Zum Treffen kamen 7 Frauen.\nEin Mann und eine Frau kommen."),
), "ZAHLWOERTER")  # fmt: skip
