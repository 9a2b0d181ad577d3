"""Page models of an unrelated Wagtail site: the compliance plugin must work for them unchanged."""

from django.db import models
from modelcluster.fields import ParentalKey
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.fields import RichTextField, StreamField
from wagtail.images.blocks import ImageBlock
from wagtail.models import Orderable, Page


class FactBlock(blocks.StructBlock):
    heading = blocks.CharBlock()
    text = blocks.RichTextBlock()
    points = blocks.ListBlock(blocks.CharBlock(label="point"))


class ArticlePage(Page):
    """A news article with a plain teaser, rich text and a StreamField body."""

    teaser = models.CharField("teaser", max_length=255, blank=True)
    summary = RichTextField("summary", blank=True)
    body = StreamField(
        [
            ("paragraph", blocks.RichTextBlock(label="paragraph")),
            ("facts", FactBlock(label="facts")),
            ("image", ImageBlock(label="image")),
            ("download", DocumentChooserBlock(label="download")),
            (
                "quotes",
                blocks.ListBlock(
                    blocks.StructBlock([("quote", blocks.TextBlock()), ("who", blocks.CharBlock())])
                ),
            ),
        ],
        blank=True,
        verbose_name="body",
    )
    contact_email = models.EmailField(blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("teaser"),
        FieldPanel("summary"),
        FieldPanel("body"),
        InlinePanel("notes", label="notes"),
    ]

    template = "testapp/article_page.html"


class ArticleNote(Orderable):
    page = ParentalKey(ArticlePage, on_delete=models.CASCADE, related_name="notes")
    text = models.CharField(max_length=255)
