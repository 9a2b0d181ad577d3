"""Backup and restore end to end: restore into an empty database reproduces everything."""

import json
import os
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest
from django.test import override_settings

from cms.security.backup import RestoreError, create_backup, restore_backup

from .content import add_media, build_three_trees
from .site_digest import describe

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def site_content(db, django_user_model, django_capture_on_commit_callbacks, tmp_path):
    media = tmp_path / "media"
    media.mkdir()
    editor = django_user_model.objects.create_superuser("redakteurin", "r@example.org", "pw-Redaktion-2026")
    with override_settings(MEDIA_ROOT=str(media)):
        with django_capture_on_commit_callbacks(execute=True):
            pages = build_three_trees(editor)
        add_media(editor)
        yield pages, media


def run_in(database: Path, media: Path, *args: str) -> subprocess.CompletedProcess:
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cms.settings.dev",
        "DATABASE_URL": f"sqlite:///{database}",
        "MEDIA_ROOT": str(media),
        "DEBUG": "0",
    }
    return subprocess.run(args, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)


def test_restore_into_an_empty_database_reproduces_trees_translations_revisions_and_log(
    site_content, tmp_path
):
    _pages, media = site_content
    with override_settings(MEDIA_ROOT=str(media)):
        original = describe()
        archive = create_backup(tmp_path / "backup.tar.gz", media_root=media)

    # What we are about to compare must be there in the first place.
    assert original["translation_groups"].count(["de", "de-x-ls", "en"]) == 2
    assert len(original["translation_sources"]) == 2 and len(original["translations"]) == 4
    assert len(original["revisions"]) >= 7
    assert {entry[0] for entry in original["audit_log"]} >= {
        "wagtail.create",
        "wagtail.publish",
        "wagtail.edit",
    }
    assert len(original["media"]) == 2

    empty_db, new_media = tmp_path / "restored.sqlite3", tmp_path / "restored-media"
    restored = run_in(empty_db, new_media, sys.executable, "manage.py", "restore_site", str(archive))
    assert restored.returncode == 0, restored.stderr[-3000:]
    assert "Restored" in restored.stdout

    digest = run_in(empty_db, new_media, sys.executable, "-m", "tests.security.site_digest")
    assert digest.returncode == 0, digest.stderr[-3000:]
    assert json.loads(digest.stdout) == json.loads(json.dumps(original, default=str))


def test_the_restored_site_serves_its_pages(site_content, tmp_path):
    _pages, media = site_content
    archive = create_backup(tmp_path / "backup.tar.gz", media_root=media)
    empty_db, new_media = tmp_path / "restored.sqlite3", tmp_path / "restored-media"
    assert (
        run_in(empty_db, new_media, sys.executable, "manage.py", "restore_site", str(archive)).returncode == 0
    )
    code = (
        "import django;django.setup();from django.test import Client;"
        "print(*[Client().get(u).status_code for u in ('/api/v2/pages/?locale=en', '/admin/login/')])"
    )
    served = run_in(empty_db, new_media, sys.executable, "-c", code)
    assert served.stdout.split() == ["200", "200"], served.stderr[-2000:]


def test_restore_refuses_a_database_with_content(site_content, tmp_path):
    _pages, media = site_content
    archive = create_backup(tmp_path / "backup.tar.gz", media_root=media)
    with pytest.raises(RestoreError, match="not empty"):
        restore_backup(archive, media_root=tmp_path / "other-media")


def test_restore_fails_loudly_when_rows_are_missing(site_content, tmp_path):
    _pages, media = site_content
    archive = create_backup(tmp_path / "backup.tar.gz", media_root=media)
    unpacked = tmp_path / "unpacked"
    with tarfile.open(archive) as tar:
        tar.extractall(unpacked, filter="data")
    rows = json.loads((unpacked / "data.json").read_text())
    rows = [row for row in rows if row["model"] != "wagtailcore.pagelogentry"]
    (unpacked / "data.json").write_text(json.dumps(rows))
    damaged = tmp_path / "damaged.tar.gz"
    with tarfile.open(damaged, "w:gz") as tar:
        for name in ("data.json", "manifest.json", "media"):
            tar.add(unpacked / name, arcname=name)
    result = run_in(
        tmp_path / "x.sqlite3",
        tmp_path / "x-media",
        sys.executable,
        "manage.py",
        "restore_site",
        str(damaged),
    )
    assert result.returncode != 0
    assert "wagtailcore.pagelogentry" in result.stderr


def test_restore_refuses_archive_members_outside_media(tmp_path):
    evil = tmp_path / "evil.tar.gz"
    with tarfile.open(evil, "w:gz") as tar:
        for name, content in {"data.json": b"[]", "manifest.json": b'{"format": 1, "counts": {}}'}.items():
            path = tmp_path / name
            path.write_bytes(content)
            tar.add(path, arcname=name)
        tar.add(tmp_path / "data.json", arcname="../../escaped.json")
    with pytest.raises(tarfile.OutsideDestinationError):
        restore_backup(evil, media_root=tmp_path / "media")
    assert not (tmp_path.parent / "escaped.json").exists()
