"""setup_roles creates the groups from the definitions, idempotently and authoritatively."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from wagtail.models import GroupCollectionPermission, GroupPagePermission

from cms.roles.definitions import ROLES


def snapshot() -> dict:
    return {
        group.name: (
            sorted(group.permissions.values_list("codename", flat=True)),
            sorted(
                GroupPagePermission.objects.filter(group=group).values_list(
                    "page__locale__language_code", "page__depth", "permission__codename"
                )
            ),
            sorted(
                GroupCollectionPermission.objects.filter(group=group).values_list(
                    "permission__codename", flat=True
                )
            ),
        )
        for group in Group.objects.filter(name__in=[role.name for role in ROLES])
    }


def test_every_role_becomes_a_group_and_running_twice_changes_nothing(trees):
    call_command("setup_roles", stdout=open("/dev/null", "w"))
    first = snapshot()
    call_command("setup_roles", stdout=open("/dev/null", "w"))
    assert snapshot() == first
    assert set(first) == {role.name for role in ROLES}
    assert GroupPagePermission.objects.filter(group__name="Redaktion").count() == 5


def test_page_permissions_sit_on_the_locale_tree_of_the_role(trees):
    def trees_of(name: str) -> set[str]:
        return set(
            GroupPagePermission.objects.filter(group__name=name).values_list(
                "page__locale__language_code", flat=True
            )
        )

    assert trees_of("Redaktion") == {"de"}
    assert trees_of("Übersetzung Englisch") == {"en"}
    assert trees_of("Übersetzung Leichte Sprache") == {"de-x-ls"}
    assert trees_of("Prüflesende") == set()
    assert trees_of("Compliance-Prüfung") == {"de", "en", "de-x-ls"}


def test_hand_made_extras_are_removed_again(trees):
    editors = Group.objects.get(name="Redaktion")
    editors.permissions.add(Permission.objects.get(codename="publish_despite_findings"))
    GroupPagePermission.objects.create(
        group=editors, page=trees["en"], permission=Permission.objects.get(codename="change_page")
    )
    call_command("setup_roles", stdout=open("/dev/null", "w"))
    assert not editors.permissions.filter(codename="publish_despite_findings").exists()
    assert not GroupPagePermission.objects.filter(group=editors, page=trees["en"]).exists()


@pytest.mark.django_db
def test_missing_trees_are_reported_not_fatal(capsys):
    call_command("setup_roles")
    assert "tree en" in capsys.readouterr().err
