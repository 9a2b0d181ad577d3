"""A list request costs the same number of SQL queries for 10 and for 100 results."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from .conftest import add_page

pytestmark = pytest.mark.django_db


def count_queries(client, **params) -> tuple[int, int]:
    with CaptureQueriesContext(connection) as captured:
        response = client.get("/api/v2/pages/", params)
    assert response.status_code == 200
    return len(captured), len(response.json()["items"])


def test_list_queries_do_not_grow_with_results(client, homes):
    for number in range(100):
        page = add_page(homes["de"], f"Maßnahme {number}", f"massnahme-{number}")
        if number % 2:
            page.copy_for_translation(homes["en"].locale).save_revision().publish()
    params = {"child_of": homes["de"].pk, "fields": "*"}
    count_queries(client, limit=1, **params)  # fills the per-process caches (site root paths)
    few, few_items = count_queries(client, limit=10, **params)
    many, many_items = count_queries(client, limit=100, **params)
    assert (few_items, many_items) == (10, 100)
    assert few == many
