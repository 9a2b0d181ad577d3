"""The editorial roles of the action plan, as plain data. ``manage.py setup_roles`` applies them.

Page permissions are given on the start page of a locale's tree (``"de"``, ``"en"``,
``"de-x-ls"``) or on Wagtail's root (``"*"``); Wagtail inherits them down the tree. The gate
decides what may go live: editors publish only content that passes it; only the permission
``compliance.publish_despite_findings`` publishes past findings (with a written reason).
"""

from __future__ import annotations

from dataclasses import dataclass, field

ALL = "*"
PAGE_TYPES_FULL = ("add", "change", "publish", "lock", "unlock", "bulk_delete")
EDIT_AND_PUBLISH = ("change", "publish", "lock", "unlock")
SNIPPET_MODELS = ("plan.responsibleoffice", "plan.workinggroup", "plan.coordinationgroup")
ADMIN_ACCESS = "wagtailadmin.access_admin"


def model_permissions(models: tuple[str, ...], actions: tuple[str, ...]) -> tuple[str, ...]:
    """("plan.workinggroup",), ("change",) -> ("plan.change_workinggroup",)"""
    return tuple(f"{m.split('.')[0]}.{a}_{m.split('.')[1]}" for m in models for a in actions)


@dataclass(frozen=True)
class Role:
    name: str
    summary: str
    permissions: tuple[str, ...] = ()
    page_permissions: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # On the root collection: images and documents (Wagtail's auth models wagtailimages.image
    # and wagtaildocs.document, also for a custom document model).
    collection_permissions: tuple[str, ...] = ()
    # Locales whose translatable snippets the role may edit; ALL for every locale.
    snippet_locales: tuple[str, ...] = ()


def translator(name: str, locale: str, summary: str) -> Role:
    return Role(
        name=name,
        summary=summary,
        permissions=(ADMIN_ACCESS, *model_permissions(SNIPPET_MODELS, ("view", "change"))),
        page_permissions={locale: EDIT_AND_PUBLISH},
        collection_permissions=(
            "wagtailimages.choose_image",
            "wagtailimages.add_image",
            "wagtaildocs.choose_document",
            "wagtaildocs.add_document",
        ),
        snippet_locales=(locale,),
    )


ROLES: tuple[Role, ...] = (
    Role(
        name="Redaktion",
        summary="Edits the German original and publishes it when the gate passes; sends pages to translation.",
        permissions=(
            ADMIN_ACCESS,
            "wagtail_localize.submit_translation",
            *model_permissions(SNIPPET_MODELS, ("view", "add", "change", "delete")),
            "compliance.view_compliancereport",
            "compliance.view_testreading",
        ),
        page_permissions={"de": ("add", "change", "publish", "lock", "unlock")},
        collection_permissions=(
            "wagtailimages.add_image",
            "wagtailimages.change_image",
            "wagtailimages.choose_image",
            "wagtaildocs.add_document",
            "wagtaildocs.change_document",
            "wagtaildocs.choose_document",
        ),
        snippet_locales=("de",),
    ),
    translator(
        "Übersetzung Englisch",
        "en",
        "Translates into English in the en tree with wagtail-localize and publishes.",
    ),
    translator(
        "Übersetzung Leichte Sprache",
        "de-x-ls",
        "Writes the Leichte Sprache variant in the de-x-ls tree and publishes it after the test reading.",
    ),
    Role(
        name="Prüflesende",
        summary="Test readers and their assistants: record test readings of Leichte Sprache pages, nothing else.",
        permissions=(ADMIN_ACCESS, "compliance.add_testreading", "compliance.view_testreading"),
    ),
    Role(
        name="Compliance-Prüfung",
        summary="Publishes despite findings with a written reason and marks findings as checked and fine.",
        permissions=(
            ADMIN_ACCESS,
            "compliance.publish_despite_findings",
            "compliance.mark_findings_fine",
            "compliance.view_compliancereport",
            "compliance.view_testreading",
        ),
        page_permissions={locale: ("change", "publish") for locale in ("de", "en", "de-x-ls")},
        collection_permissions=("wagtailimages.choose_image", "wagtaildocs.choose_document"),
    ),
    Role(
        name="Administration",
        summary="Everything: users, groups, settings, every tree, every collection.",
        permissions=(ALL,),
        page_permissions={ALL: PAGE_TYPES_FULL},
        collection_permissions=(ALL,),
        snippet_locales=(ALL,),
    ),
)

ROLES_BY_NAME = {role.name: role for role in ROLES}
