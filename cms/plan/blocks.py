"""Blocks of the action plan: goals, principles, indicators, the progress timeline, events."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

from cms.core.blocks import (
    RICH_TEXT_FEATURES,
    DownloadBlock,
    FaqBlock,
    FigureBlock,
    HeadingBlock,
    RichTextBlock,
)


class GoalBlock(blocks.StructBlock):
    """A goal of the plan or of a field of action."""

    title = blocks.CharBlock(label=_("goal"))
    description = RichTextBlock(required=False, features=RICH_TEXT_FEATURES, label=_("description"))

    class Meta:
        icon = "pick"
        label = _("goal")
        template = "plan/blocks/goal_block.html"


class PrincipleBlock(blocks.StructBlock):
    """One rule (principle) for integration."""

    statement = RichTextBlock(features=RICH_TEXT_FEATURES, label=_("principle"))

    class Meta:
        icon = "list-ul"
        label = _("principle")
        template = "plan/blocks/principle_block.html"


class IndicatorBlock(blocks.StructBlock):
    """How the success of a measure is measured: a name, a target and the value reached."""

    name = blocks.CharBlock(label=_("indicator"))
    target = blocks.CharBlock(required=False, label=_("target"))
    current_value = blocks.CharBlock(required=False, label=_("current value"))

    class Meta:
        icon = "doc-full"
        label = _("indicator")


class ProgressUpdateBlock(blocks.StructBlock):
    """One entry in a measure's timeline."""

    date = blocks.DateBlock(label=_("date"))
    text = RichTextBlock(features=RICH_TEXT_FEATURES, label=_("update"))

    class Meta:
        icon = "date"
        label = _("progress update")


class EventDateBlock(blocks.StructBlock):
    date = blocks.DateBlock(label=_("date"))
    start_time = blocks.TimeBlock(required=False, label=_("start"))
    end_time = blocks.TimeBlock(required=False, label=_("end"))

    def clean(self, value):
        value = super().clean(value)
        start, end = value.get("start_time"), value.get("end_time")
        if start and end and end < start:
            raise blocks.StructBlockValidationError(
                block_errors={"end_time": ValidationError(_("The end is before the start."))}
            )
        return value

    class Meta:
        icon = "date"
        label = _("event date")


class EventWorkingGroupBlock(blocks.StructBlock):
    """A discussion group at a participation event."""

    title = blocks.CharBlock(label=_("working group"))
    description = RichTextBlock(required=False, features=RICH_TEXT_FEATURES, label=_("description"))

    class Meta:
        icon = "group"
        label = _("working group at the event")


class EventResultBlock(blocks.StructBlock):
    """A proposal from a participation event, optionally tied to the field of action it belongs to."""

    text = RichTextBlock(features=RICH_TEXT_FEATURES, label=_("result"))
    field_of_action = blocks.PageChooserBlock(
        required=False, page_type="plan.FieldOfActionPage", label=_("field of action")
    )

    class Meta:
        icon = "tick"
        label = _("result")


class PlanSectionBlock(blocks.StreamBlock):
    """Free sections of the plan page (what integration means, who wrote the plan …)."""

    heading = HeadingBlock()
    paragraph = RichTextBlock(features=RICH_TEXT_FEATURES, label=_("paragraph"))
    figure = FigureBlock()
    download = DownloadBlock()
    faq = FaqBlock()


class SummarySnippetChooserBlock(SnippetChooserBlock):
    """A snippet chooser whose API representation is the snippet's summary, not only its id."""

    def get_api_representation(self, value, context=None):
        return value.api_summary() if value is not None else None


def working_group_chooser() -> SnippetChooserBlock:
    return SummarySnippetChooserBlock("plan.WorkingGroup", label=_("working group"))
