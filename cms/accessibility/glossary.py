"""Explained words (Wörterbuch) of Leichte Sprache, one list per locale.

Shown where the word is used (DIN SPEC 33429: explain difficult words at the point of use) and
handed to the plain-language checker, which then counts these words as explained.
"""

import re
from dataclasses import dataclass

from django.db import models
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Locale, TranslatableMixin
from wagtail.search import index

# Leichte Sprache joins compounds with a hyphen or a middle dot: "Stadt·rat" must not match "Stadt".
WORD_EDGE_BEFORE = r"(?<![\w·\-])"
WORD_EDGE_AFTER = r"(?![\w·\-])"


class GlossaryTerm(TranslatableMixin, index.Indexed, models.Model):
    term = models.CharField(_("word"), max_length=80)
    other_forms = models.CharField(
        _("other forms"),
        max_length=255,
        blank=True,
        help_text=_(
            "Other spellings or forms of the word, separated by commas, e.g. 'Aktions·plan, Aktionsplan'."
        ),
    )
    explanation = models.TextField(
        _("explanation"),
        max_length=600,
        help_text=_("Short sentences. Explain the word without using other difficult words."),
    )

    panels = [FieldPanel("term"), FieldPanel("other_forms"), FieldPanel("explanation")]
    search_fields = [index.SearchField("term"), index.SearchField("explanation"), index.FilterField("locale")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("explained word")
        verbose_name_plural = _("explained words (glossary)")
        ordering = ["term"]

    def __str__(self) -> str:
        return self.term

    @property
    def forms(self) -> list[str]:
        extra = [form.strip() for form in self.other_forms.split(",") if form.strip()]
        return [self.term, *extra]

    @property
    def anchor(self) -> str:
        return "wort-" + (slugify(self.term.replace("·", "")) or str(self.pk))


@dataclass(frozen=True)
class Entry:
    term: str
    explanation: str
    anchor: str


class Glossary:
    """The explained words of one locale, with one compiled pattern that finds any of them."""

    def __init__(self, terms: list[GlossaryTerm]) -> None:
        self.by_form: dict[str, Entry] = {}
        for term in terms:
            entry = Entry(term.term, term.explanation, term.anchor)
            for form in term.forms:
                self.by_form.setdefault(form.casefold(), entry)
        alternatives = sorted(
            self.by_form, key=len, reverse=True
        )  # longest first: "Stadt·rat" before "Stadt"
        self.pattern = (
            re.compile(
                WORD_EDGE_BEFORE + "(" + "|".join(map(re.escape, alternatives)) + ")" + WORD_EDGE_AFTER, re.I
            )
            if alternatives
            else None
        )

    def __bool__(self) -> bool:
        return bool(self.by_form)

    def lookup(self, word: str) -> Entry | None:
        return self.by_form.get(word.casefold())

    def as_mapping(self) -> dict[str, str]:
        """Every form of every word -> its explanation, for ``plainlanguage.analyze(glossary=...)``."""
        return {form: entry.explanation for form, entry in self.by_form.items()}

    @classmethod
    def for_locale(cls, locale: Locale | str | None) -> "Glossary":
        if locale is None:
            return cls([])
        if isinstance(locale, str):
            terms = GlossaryTerm.objects.filter(locale__language_code=locale)
        else:
            terms = GlossaryTerm.objects.filter(locale=locale)
        return cls(list(terms))


def glossary_for(locale: Locale | str | None) -> dict[str, str]:
    """The mapping the compliance gate passes to the plain-language checker."""
    return Glossary.for_locale(locale).as_mapping()
