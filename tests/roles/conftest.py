"""Three locale trees, the roles applied by setup_roles, and one logged-in user per role."""

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from wagtail.models import Site

from cms.roles.definitions import ROLES
from cms.roles.setup import setup_roles
from tests.security.content import build_three_trees

ROLE_NAMES = [role.name for role in ROLES]


@pytest.fixture
def trees(db, django_user_model, django_capture_on_commit_callbacks):
    author = django_user_model.objects.create_superuser("aufbau", "aufbau@example.org", "pw-Aufbau-2026")
    with django_capture_on_commit_callbacks(execute=True):
        pages = build_three_trees(author)
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "localhost", "root_page": pages["de"]}
    )
    setup_roles()
    return pages


@pytest.fixture
def users(trees, django_user_model):
    by_role = {}
    for name in ROLE_NAMES:
        user = django_user_model.objects.create_user(
            name.lower().replace(" ", "-"), f"{len(by_role)}@example.org", "pw-Rolle-2026"
        )
        user.groups.add(Group.objects.get(name=name))
        by_role[name] = user
    return by_role


@pytest.fixture
def clients(users):
    logged_in = {}
    for name, user in users.items():
        client = Client()
        client.force_login(user)
        logged_in[name] = client
    return logged_in
