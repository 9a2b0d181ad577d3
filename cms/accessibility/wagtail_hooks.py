from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .glossary import GlossaryTerm


class GlossaryTermViewSet(SnippetViewSet):
    model = GlossaryTerm
    icon = "help"
    menu_label = _("Explained words")
    list_display = ["term", "explanation", "locale"]
    list_filter = ["locale"]


register_snippet(GlossaryTermViewSet)
