"""Apply the role definitions to Django groups and Wagtail's page and collection permissions.

Idempotent and authoritative: each managed group ends up with exactly the permissions of its
definition (extras added by hand are removed), so running it again after a change of
``definitions.py`` or after new locale trees exist brings every group up to date.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Locale, Page, Site

from .definitions import ALL, ROLES, Role

COLLECTION_ACTIONS = ("add", "change", "choose", "delete")


@dataclass
class SetupResult:
    groups: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)  # permissions or trees not (yet) there


def find_permissions(names: tuple[str, ...], result: SetupResult) -> list[Permission]:
    if ALL in names:
        return list(Permission.objects.all())
    found = []
    for name in names:
        app_label, codename = name.split(".", 1)
        permission = Permission.objects.filter(content_type__app_label=app_label, codename=codename).first()
        if permission is None:
            result.missing.append(name)
        else:
            found.append(permission)
    return found


def tree_roots(locale_code: str) -> list[Page]:
    """The start page of a locale's tree: the site's root page or its translation in that locale."""
    if locale_code == ALL:
        return [Page.get_first_root_node()]
    roots = []
    for site in Site.objects.select_related("root_page"):
        locale = Locale.objects.filter(language_code=locale_code).first()
        translation = locale and site.root_page.get_translation_or_none(locale)
        if translation is not None:
            roots.append(translation)
    return roots


def page_permission(permission_type: str) -> Permission:
    return Permission.objects.get(content_type__app_label="wagtailcore", codename=f"{permission_type}_page")


def apply_role(role: Role, result: SetupResult) -> Group:
    group, _ = Group.objects.get_or_create(name=role.name)
    group.permissions.set(find_permissions(role.permissions, result))

    wanted_pages = set()
    for locale_code, permission_types in role.page_permissions.items():
        roots = tree_roots(locale_code)
        if not roots:
            result.missing.append(f"tree {locale_code}")
        for root in roots:
            for permission_type in permission_types:
                wanted_pages.add((root.pk, page_permission(permission_type).pk))
    GroupPagePermission.objects.filter(group=group).exclude(
        pk__in=[
            gpp.pk
            for gpp in GroupPagePermission.objects.filter(group=group)
            if (gpp.page_id, gpp.permission_id) in wanted_pages
        ]
    ).delete()
    for page_id, permission_id in wanted_pages:
        GroupPagePermission.objects.get_or_create(group=group, page_id=page_id, permission_id=permission_id)

    root_collection = Collection.get_first_root_node()
    names = role.collection_permissions
    if ALL in names:
        names = tuple(
            f"{app}.{action}_{model}"
            for app, model in (("wagtailimages", "image"), ("wagtaildocs", "document"))
            for action in COLLECTION_ACTIONS
        )
    collection_permissions = find_permissions(names, result)
    GroupCollectionPermission.objects.filter(group=group).exclude(
        collection=root_collection, permission__in=collection_permissions
    ).delete()
    for permission in collection_permissions:
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=root_collection, permission=permission
        )
    return group


@transaction.atomic
def setup_roles(roles: tuple[Role, ...] = ROLES) -> SetupResult:
    result = SetupResult()
    for role in roles:
        apply_role(role, result)
        result.groups.append(role.name)
    return result
