"""The POST body Wagtail's page editor sends for a page as it stands, for any page model.

Built from the editor's own form and blocks (``get_form_state`` is what the editor's scripts put
into their hidden inputs), so the live check can be driven with a real page's form without a
browser: the benchmark of the side panel and the live-check tests use it.
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.http import QueryDict
from wagtail import blocks
from wagtail.admin.widgets.chooser import BaseChooser
from wagtail.models import Page


def editor_post_data(page: Page, user) -> QueryDict:
    page = page.specific
    form_class = page.get_edit_handler().get_form_class()
    form = form_class(instance=page, for_user=user, parent_page=page.get_parent())
    data = QueryDict(mutable=True)
    add_form(data, form)
    return data


def add_form(data: QueryDict, form: forms.BaseForm) -> None:
    for bound in form:
        field = bound.field
        if isinstance(getattr(field, "block", None), blocks.Block):
            add_block(data, field.block, bound.value(), bound.html_name)
        else:
            add_field(data, bound)
    for formset in getattr(form, "formsets", {}).values():
        for management_field in formset.management_form:
            data[management_field.html_name] = str(management_field.value())
        for child in formset.forms:
            add_form(data, child)


def add_field(data: QueryDict, bound: forms.BoundField) -> None:
    widget = bound.field.widget
    if isinstance(widget, BaseChooser):  # a hidden input with the chosen item's id
        if bound.value():
            data[bound.html_name] = str(bound.value())
        return
    context = widget.get_context(bound.html_name, bound.value(), {})["widget"]
    for sub in context.get("subwidgets") or [context]:
        if isinstance(widget, forms.CheckboxInput):
            if sub["attrs"].get("checked"):
                data[sub["name"]] = "on"
        elif isinstance(sub["value"], list):
            data.setlist(sub["name"], [str(v) for v in sub["value"]])
        elif sub["value"] is not None:
            data[sub["name"]] = str(sub["value"])


def add_block(data: QueryDict, block: blocks.Block, value: Any, prefix: str) -> None:
    add_state(data, block, block.get_form_state(value), prefix)


def add_state(data: QueryDict, block: blocks.Block, state: Any, prefix: str) -> None:
    """Walk a block's form state (what the editor's scripts hold) into the names the form posts."""
    if isinstance(block, (blocks.StreamBlock, blocks.ListBlock)):
        children = list(state or [])
        data[f"{prefix}-count"] = str(len(children))
        for index, child in enumerate(children):
            item = f"{prefix}-{index}"
            data.update(
                {f"{item}-id": child.get("id") or "", f"{item}-deleted": "", f"{item}-order": str(index)}
            )
            if isinstance(block, blocks.StreamBlock):
                data[f"{item}-type"] = child["type"]
                child_block = block.child_blocks[child["type"]]
            else:
                child_block = block.child_block
            add_state(data, child_block, child["value"], f"{item}-value")
    elif isinstance(block, blocks.StructBlock):
        for name, child in block.child_blocks.items():
            add_state(data, child, (state or {}).get(name), f"{prefix}-{name}")
    else:
        if isinstance(state, dict):  # choosers describe their item; the form posts its id
            state = state.get("id")
        if state is True:
            data[prefix] = "on"
        elif isinstance(state, list):
            data.setlist(prefix, [str(v) for v in state])
        elif state not in (None, False):
            data[prefix] = str(state)
