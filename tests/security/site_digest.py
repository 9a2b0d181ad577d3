"""A comparable description of everything a backup must keep; run in two databases and compared."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from django.apps import apps
from django.conf import settings


def sha(value: object) -> str:
    return hashlib.sha256(json.dumps(value, sort_keys=True, default=str).encode()).hexdigest()[:16]


def describe() -> dict:
    from wagtail.models import Page, PageLogEntry, Revision, Site
    from wagtail_localize.models import Translation, TranslationSource

    pages = [
        [
            p.locale.language_code,
            p.url_path,
            p.title,
            p.depth,
            p.content_type.model,
            p.live,
            str(p.translation_key),
            p.latest_revision_id,
            p.specific_class.__name__,
        ]
        for p in Page.objects.select_related("locale", "content_type").order_by("path")
    ]
    groups: dict[str, list[str]] = {}
    for key, code in Page.objects.filter(depth__gt=1).values_list("translation_key", "locale__language_code"):
        groups.setdefault(str(key), []).append(code)
    description = {
        "pages": pages,
        "translation_groups": sorted(sorted(codes) for codes in groups.values()),
        "sites": list(Site.objects.values_list("hostname", "root_page__url_path", "is_default_site")),
        "translation_sources": [
            [str(s.object_id), s.locale.language_code, s.specific_content_type.model, sha(s.content_json)]
            for s in TranslationSource.objects.order_by("pk")
        ],
        "translations": [
            [str(t.uuid), str(t.source.object_id), t.target_locale.language_code, t.enabled]
            for t in Translation.objects.order_by("pk")
        ],
        "revisions": [
            [
                r.object_str,
                r.content_type.model,
                r.user.username if r.user else None,
                r.created_at.isoformat(),
                sha(r.content),
                r.approved_go_live_at,
            ]
            for r in Revision.objects.select_related("user", "content_type").order_by("pk")
        ],
        "audit_log": [
            [e.action, e.page_id, e.label, e.user_id, e.timestamp.isoformat(), sha(e.data), e.revision_id]
            for e in PageLogEntry.objects.order_by("pk")
        ],
        "users": sorted(
            [u.username, u.is_superuser, sorted(u.groups.values_list("name", flat=True))]
            for u in apps.get_model("auth", "User").objects.all()
        ),
        "media": media_digest(Path(settings.MEDIA_ROOT)),
    }
    if apps.is_installed("cms.compliance"):
        description["compliance"] = {
            model._meta.label_lower: sha(list(model._base_manager.order_by("pk").values()))
            for model in apps.get_app_config("compliance").get_models()
        }
    return description


def media_digest(root: Path) -> dict[str, str]:
    return {
        str(path.relative_to(root)): hashlib.sha256(path.read_bytes()).hexdigest()[:16]
        for path in sorted(root.rglob("*"))
        if path.is_file() and "renditions" not in path.parts
    }


if __name__ == "__main__":
    import django

    django.setup()
    print(json.dumps(describe(), default=str))
