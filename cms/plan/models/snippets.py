"""Site-wide records the plan refers to: offices and the groups that steer the plan."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import TranslatableMixin
from wagtail.search import index

from cms.core.blocks import RICH_TEXT_FEATURES


class ResponsibleOffice(TranslatableMixin, index.Indexed, models.Model):
    """An office of the city administration that is responsible for measures."""

    name = models.CharField(_("name"), max_length=200)
    email = models.EmailField(_("e-mail address"), blank=True)
    phone = models.CharField(_("telephone"), max_length=50, blank=True)
    website = models.URLField(_("website"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("email"), FieldPanel("phone"), FieldPanel("website")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("responsible office")
        verbose_name_plural = _("responsible offices")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def api_summary(self) -> dict:
        return {
            "id": self.pk,
            "name": self.name,
            "email": self.email,
            "phone": self.phone,
            "website": self.website,
        }


class GroupBase(TranslatableMixin, index.Indexed, models.Model):
    """A body that steers the plan: its tasks and the organisations that sit in it."""

    name = models.CharField(_("name"), max_length=200)
    tasks = RichTextField(_("tasks"), features=RICH_TEXT_FEATURES)
    members = StreamField(
        [("organisation", blocks.CharBlock(label=_("organisation")))],
        blank=True,
        verbose_name=_("member organisations"),
    )
    is_example = models.BooleanField(
        _("example"), default=False, help_text=_("Demo content that is not taken from the plan itself.")
    )

    panels = [FieldPanel("name"), FieldPanel("tasks"), FieldPanel("members"), FieldPanel("is_example")]
    search_fields = [index.SearchField("name"), index.SearchField("tasks")]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def api_summary(self) -> dict:
        return {
            "id": self.pk,
            "name": self.name,
            "tasks": self.tasks,
            "members": [block.value for block in self.members],
            "is_example": self.is_example,
        }


class CoordinationGroup(GroupBase):
    """The city administration's group that coordinates the plan's implementation."""

    class Meta(GroupBase.Meta):
        verbose_name = _("coordination group")
        verbose_name_plural = _("coordination groups")


class WorkingGroup(GroupBase):
    """A topic-based group that accompanies the implementation of the plan."""

    topic = models.CharField(_("topic"), max_length=200, blank=True)

    panels = [FieldPanel("name"), FieldPanel("topic"), *GroupBase.panels[1:]]

    class Meta(GroupBase.Meta):
        verbose_name = _("working group")
        verbose_name_plural = _("working groups")

    def api_summary(self) -> dict:
        return {**super().api_summary(), "topic": self.topic}
