"""Join or prefetch what the API fields of a page model read, so serialising a list adds no queries."""

from __future__ import annotations

from django.core.exceptions import FieldDoesNotExist
from django.db.models import Model, QuerySet
from modelcluster.fields import ParentalKey


def related_lookups(model: type[Model], field_names: list[str]) -> tuple[list[str], list[str]]:
    """(select_related, prefetch_related) paths for the relations among `field_names`, one level
    into inline children (e.g. a download's document)."""
    joins, prefetches = [], []
    for name in field_names:
        try:
            field = model._meta.get_field(name)
        except FieldDoesNotExist:
            continue
        if field.many_to_one or field.one_to_one:
            joins.append(name)
        elif field.one_to_many or field.many_to_many:
            prefetches.append(name)
            if isinstance(getattr(field, "field", None), ParentalKey):
                child = field.related_model
                child_fields = [
                    f.name for f in child._meta.get_fields() if f.many_to_one and f.name != field.field.name
                ]
                prefetches.extend(f"{name}__{child_field}" for child_field in child_fields)
    return joins, prefetches


def optimise(queryset: QuerySet, field_names: list[str]) -> QuerySet:
    joins, prefetches = related_lookups(queryset.model, field_names)
    return queryset.select_related("locale", *joins).prefetch_related(*prefetches)
