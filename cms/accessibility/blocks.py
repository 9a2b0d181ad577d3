"""Blocks for the accessibility pages: barriers in the statement, Leichte Sprache guides, DGS video."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

from cms.core.blocks import RichTextBlock

SIMPLE_TEXT_FEATURES = ["bold", "link", "ul", "ol"]


class BarrierReason(blocks.ChoiceBlock):
    """The three grounds the EU model statement (2018/1523) allows for an inaccessible part."""

    choices = [
        ("non_compliance", _("not yet accessible (non-compliance)")),
        ("disproportionate_burden", _("disproportionate burden")),
        ("out_of_scope", _("outside the scope of the law")),
    ]


class KnownBarrierBlock(blocks.StructBlock):
    """One part of the site that is not (yet) accessible, why, and what to use instead."""

    barrier = blocks.CharBlock(label=_("what is not accessible"), max_length=300)
    reason = BarrierReason(label=_("reason"), default="non_compliance")
    details = RichTextBlock(label=_("details"), features=SIMPLE_TEXT_FEATURES, required=False)
    alternative = RichTextBlock(
        label=_("accessible alternative"), features=SIMPLE_TEXT_FEATURES, required=False
    )

    def get_context(self, value, parent_context=None) -> dict:
        context = super().get_context(value, parent_context)
        context["reason_label"] = dict(self.child_blocks["reason"].field.choices).get(value["reason"], "")
        return context

    class Meta:
        icon = "warning"
        label = _("known barrier")
        template = "accessibility/blocks/known_barrier.html"


class GuideSectionBlock(blocks.StructBlock):
    """A short part of an explanation: heading, a few sentences, a picture beside the text."""

    heading = blocks.CharBlock(label=_("heading"), max_length=120)
    text = RichTextBlock(label=_("text"), features=SIMPLE_TEXT_FEATURES)
    image = ImageChooserBlock(label=_("picture beside the text"), required=False)
    image_alt = blocks.CharBlock(
        label=_("alternative text of the picture"),
        required=False,
        max_length=250,
        help_text=_("Leave empty only if the picture is pure decoration."),
    )
    link = blocks.PageChooserBlock(label=_("link to a page"), required=False)
    link_text = blocks.CharBlock(label=_("link text"), required=False, max_length=120)

    class Meta:
        icon = "doc-full"
        label = _("section")
        template = "accessibility/blocks/guide_section.html"


class SignLanguageVideoBlock(blocks.StructBlock):
    """A German Sign Language (DGS) video, always with a text alternative of what it says."""

    title = blocks.CharBlock(label=_("title"), max_length=120)
    video = EmbedBlock(label=_("video (embed URL)"), required=False)
    video_file = DocumentChooserBlock(label=_("video file (MP4)"), required=False)
    captions = DocumentChooserBlock(label=_("captions (WebVTT)"), required=False)
    text_alternative = RichTextBlock(
        label=_("text alternative"),
        features=SIMPLE_TEXT_FEATURES,
        help_text=_("What the video says, as text. Shown under the video for everyone."),
    )

    class Meta:
        icon = "media"
        label = _("sign language video")
        template = "accessibility/blocks/sign_language_video.html"


class SiteGuideStreamBlock(blocks.StreamBlock):
    section = GuideSectionBlock()
    sign_language_video = SignLanguageVideoBlock()
