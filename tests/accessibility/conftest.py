import io

import pytest
from django.core.management import call_command

from cms.accessibility.demo import home_pages


@pytest.fixture
def homes(db) -> dict:
    """The start pages of all three language trees, as the demo loader leaves them."""
    call_command("load_demo", stdout=io.StringIO())
    return home_pages()


@pytest.fixture
def demo(homes) -> dict:
    """load_demo also loads the accessibility pages and the glossary."""
    return homes
