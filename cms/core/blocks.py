"""Blocks every app may use: headings, text, figures with text alternatives, downloads, FAQ."""

from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageBlock
from wagtail.rich_text import RichText, expand_db_html

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]


class RichTextBlock(blocks.RichTextBlock):
    """Wagtail's rich text block, its HTML written out directly.

    Wagtail renders every rich text through a template that writes the HTML as it is
    (``wagtailcore/shared/richtext.html``): a page of fifty paragraphs pays for fifty template
    renders, when it is served and when the compliance gate renders it. Same output; migrations
    record Wagtail's block (DECONSTRUCT_ALIASES below), so nothing is stored differently.
    """

    def render_basic(self, value: RichText | None, context: dict | None = None) -> SafeString:
        # the editor's HTML, expanded and marked safe as Wagtail's template writes it
        return mark_safe(expand_db_html(value.source)) if value else mark_safe("")


class HeadingBlock(blocks.StructBlock):
    """A section heading; the level keeps the page's outline in order (the page has the only h1)."""

    text = blocks.CharBlock(label=_("heading"))
    level = blocks.ChoiceBlock(
        choices=[("h2", _("level 2")), ("h3", _("level 3"))], default="h2", label=_("level")
    )

    class Meta:
        icon = "title"
        label = _("heading")
        template = "core/blocks/heading_block.html"


class FigureBlock(blocks.StructBlock):
    """An image with alt text, optional caption, and a full text alternative.

    Pictures that carry text (a chart, a poster of the fields of action) need more than alt text:
    the `text_alternative` is shown on the page for everyone.
    """

    image = ImageBlock(label=_("image"))
    caption = blocks.CharBlock(required=False, label=_("caption"))
    text_alternative = RichTextBlock(
        required=False,
        features=RICH_TEXT_FEATURES,
        label=_("text alternative"),
        help_text=_("Required when the picture contains text: write out everything it says."),
    )

    class Meta:
        icon = "image"
        label = _("figure")
        template = "core/blocks/figure_block.html"


def document_summary(document) -> dict:
    """What a reader needs to know before opening a file; richer when the document model says more."""
    if hasattr(document, "api_summary"):
        return document.api_summary()
    return {"id": document.pk, "title": document.title, "url": document.url}


class DownloadBlock(blocks.StructBlock):
    """A file to download, announced with its type, size, language and accessibility."""

    document = DocumentChooserBlock(label=_("document"))
    label = blocks.CharBlock(required=False, label=_("link text"), help_text=_("Defaults to the title."))
    description = blocks.TextBlock(required=False, label=_("description"))
    text_alternative = RichTextBlock(
        required=False,
        features=RICH_TEXT_FEATURES,
        label=_("text alternative"),
        help_text=_("For pictures that carry text: everything the picture says, as text."),
    )

    def get_api_representation(self, value, context=None):
        data = super().get_api_representation(value, context)
        document = value.get("document")
        data["document"] = document_summary(document) if document is not None else None
        return data

    class Meta:
        icon = "doc-full"
        label = _("download")
        template = "core/blocks/download_block.html"


class FaqBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("question"))
    answer = RichTextBlock(features=RICH_TEXT_FEATURES, label=_("answer"))

    class Meta:
        icon = "help"
        label = _("question and answer")
        template = "core/blocks/faq_block.html"


class BodyStreamBlock(blocks.StreamBlock):
    """The body of a generic content page."""

    heading = HeadingBlock()
    paragraph = RichTextBlock(features=RICH_TEXT_FEATURES, label=_("paragraph"))
    figure = FigureBlock()
    download = DownloadBlock()
    faq = FaqBlock()


# Wagtail's own way (see wagtail.blocks.field_block) to record a block under another path
DECONSTRUCT_ALIASES = {RichTextBlock: "wagtail.blocks.RichTextBlock"}
