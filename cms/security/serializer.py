"""JSON for backups: natural keys only where ids differ between databases.

Content types and permissions are created by ``migrate`` (and some permissions by data
migrations) with ids that depend on the order of apps; they are written, and referred to, by
natural key (``["wagtailcore", "page"]``), so they merge with the target's rows. Every other reference stays
a primary key: Wagtail's audit log keeps the ids of deleted pages on purpose, and a page's natural
key (its URL path) is neither stable nor cheap. The output is plain Django JSON: ``loaddata``
reads it without this module.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Iterator

from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.core.serializers.json import DjangoJSONEncoder
from django.core.serializers.json import Serializer as JSONSerializer
from django.db import models

NATURAL_KEY_MODELS: tuple[type[models.Model], ...] = (ContentType, Permission)


class PreciseJSONEncoder(DjangoJSONEncoder):
    """Full microseconds: Django's encoder cuts times to milliseconds (ECMA-262), and revision
    times are compared exactly by Wagtail's edit-conflict check."""

    def default(self, o: object) -> object:
        if isinstance(o, datetime.datetime | datetime.time):
            return o.isoformat()
        return super().default(o)


class Serializer(JSONSerializer):
    def _init_options(self) -> None:
        super()._init_options()
        self.json_kwargs["cls"] = PreciseJSONEncoder

    def get_dump_object(self, obj: models.Model) -> dict:
        self.use_natural_primary_keys = isinstance(obj, NATURAL_KEY_MODELS)
        return super().get_dump_object(obj)

    def handle_fk_field(self, obj: models.Model, field: models.Field) -> None:
        self.use_natural_foreign_keys = issubclass(field.remote_field.model, NATURAL_KEY_MODELS)
        super().handle_fk_field(obj, field)

    def handle_m2m_field(self, obj: models.Model, field: models.Field) -> None:
        self.use_natural_foreign_keys = issubclass(field.remote_field.model, NATURAL_KEY_MODELS)
        super().handle_m2m_field(obj, field)


def all_rows(model_classes: Iterable[type[models.Model]]) -> Iterator[models.Model]:
    """Every row of every model; content types and permissions first, as the rest refers to them."""
    order = {model: index for index, model in enumerate(NATURAL_KEY_MODELS)}
    ordered = sorted(model_classes, key=lambda model: order.get(model, len(order)))
    for model in ordered:
        yield from model._base_manager.order_by("pk").iterator(chunk_size=2000)
