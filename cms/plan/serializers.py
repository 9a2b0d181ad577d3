"""API representations of the plan's related records (offices, groups, documents)."""

from rest_framework import serializers


class SummaryField(serializers.Field):
    """Serialises a related object through its `api_summary()`; lists for related managers."""

    def __init__(self, **kwargs) -> None:
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, value):
        if value is None:
            return None
        if isinstance(value, list | tuple):
            return [item.api_summary() for item in value]
        return value.api_summary()
