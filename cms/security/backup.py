"""Backup and restore of the whole site: database content as JSON plus the media files.

An archive (``.tar.gz``) holds ``data.json`` (Django's fixture format, see ``serializer.py``),
``media/`` and ``manifest.json`` (row count per model, versions). It works on any database Django
supports, so a SQLite demo can move to PostgreSQL. Restore loads into an empty (flushed) database
and then compares every model's row count with the manifest, so a restore that lost anything
fails loudly.
"""

from __future__ import annotations

import io
import json
import tarfile
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import django
import wagtail
from django.apps import apps
from django.conf import settings
from django.core.management import call_command
from django.db import connection, transaction

from .serializer import Serializer, all_rows

FORMAT_VERSION = 1
# Rows the target database may already have more of (created by migrate, merged by natural key).
MERGED_MODELS = {"contenttypes.contenttype", "auth.permission"}
# Rebuilt by `update_index` or per session; everything else is content.
EXCLUDED_MODELS = (
    "sessions",
    "wagtailsearch",  # the search index (and its SQLite FTS table) is rebuilt by update_index
    "wagtailadmin.editingsession",
)


class RestoreError(Exception):
    """The archive is unusable or the restored database does not match the manifest."""


@dataclass(frozen=True)
class RestoreResult:
    models: int
    rows: int
    media_files: int


def included_models() -> list[type]:
    return [model for model in apps.get_models() if is_content(model)]


def is_content(model: type) -> bool:
    label = model._meta.label_lower
    if model._meta.proxy or not model._meta.managed:
        return False
    return not any(label == item or model._meta.app_label == item for item in EXCLUDED_MODELS)


def row_counts() -> dict[str, int]:
    return {model._meta.label_lower: model._base_manager.count() for model in included_models()}


def create_backup(target: Path, media_root: Path | None = None) -> Path:
    """Write a backup archive to ``target`` (a file name or a directory) and return its path."""
    media_root = Path(media_root or settings.MEDIA_ROOT)
    if target.is_dir():
        target = target / time.strftime("aktionsplan-backup-%Y%m%d-%H%M%S.tar.gz")
    with tempfile.TemporaryDirectory() as workdir:
        data_file = Path(workdir) / "data.json"
        # One transaction: the rows and the counts describe the same moment.
        with transaction.atomic():
            with data_file.open("w", encoding="utf-8") as stream:
                Serializer().serialize(all_rows(included_models()), stream=stream, indent=None)
            manifest = {
                "format": FORMAT_VERSION,
                "created": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
                "django": django.get_version(),
                "wagtail": wagtail.__version__,
                "database": connection.vendor,
                "counts": row_counts(),
            }
        with tarfile.open(target, "w:gz") as archive:
            archive.add(data_file, arcname="data.json")
            if media_root.exists():
                archive.add(media_root, arcname="media")
            add_bytes(archive, "manifest.json", json.dumps(manifest, indent=2).encode())
    return target


def add_bytes(archive: tarfile.TarFile, name: str, content: bytes) -> None:
    info = tarfile.TarInfo(name)
    info.size = len(content)
    info.mtime = int(time.time())
    archive.addfile(info, io.BytesIO(content))


def database_has_content() -> bool:
    """Anything beyond what migrate creates (Wagtail's root, its welcome page, a site, a locale)."""
    from wagtail.models import Page, Revision

    return (
        Revision.objects.exists()
        or Page.objects.filter(depth__gt=2).exists()
        or apps.get_model("auth", "User").objects.exists()
    )


def restore_backup(
    archive_path: Path, media_root: Path | None = None, replace: bool = False
) -> RestoreResult:
    """Load an archive into this database (schema migrated first) and its media into MEDIA_ROOT."""
    media_root = Path(media_root or settings.MEDIA_ROOT)
    with tempfile.TemporaryDirectory() as workdir, tarfile.open(archive_path, "r:gz") as archive:
        names = set(archive.getnames())
        if not {"data.json", "manifest.json"} <= names:
            raise RestoreError(f"{archive_path} is not a site backup (data.json or manifest.json missing).")
        # filter="data" refuses absolute paths, "..", links out of the target and device files.
        archive.extractall(workdir, filter="data")
        manifest = json.loads((Path(workdir) / "manifest.json").read_text())
        if manifest.get("format") != FORMAT_VERSION:
            raise RestoreError(f"Unknown backup format {manifest.get('format')!r}.")

        call_command("migrate", interactive=False, verbosity=0)
        if database_has_content() and not replace:
            raise RestoreError("The database is not empty; restore with --replace to overwrite it.")
        # Empty every table (migrations leave Wagtail's welcome page, a site and a locale behind).
        call_command("flush", interactive=False, verbosity=0)
        with transaction.atomic():
            call_command("loaddata", str(Path(workdir) / "data.json"), verbosity=0)
            check_counts(manifest["counts"])
        media_files = copy_media(Path(workdir) / "media", media_root)
    return RestoreResult(len(manifest["counts"]), sum(manifest["counts"].values()), media_files)


def check_counts(expected: dict[str, int]) -> None:
    actual = row_counts()
    differences = {
        label: (count, actual.get(label, 0))
        for label, count in expected.items()
        # The target may know more content types and permissions (merged by natural key).
        if actual.get(label, 0) < count or (actual.get(label, 0) != count and label not in MERGED_MODELS)
    }
    if differences:
        details = ", ".join(
            f"{label}: {want} in backup, {got} restored" for label, (want, got) in differences.items()
        )
        raise RestoreError(f"The restored database differs from the backup: {details}")


def copy_media(source: Path, media_root: Path) -> int:
    if not source.exists():
        return 0
    copied = 0
    for path in source.rglob("*"):
        if path.is_file():
            destination = media_root / path.relative_to(source)
            destination.parent.mkdir(parents=True, exist_ok=True)
            destination.write_bytes(path.read_bytes())
            copied += 1
    return copied
