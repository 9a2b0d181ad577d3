from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from cms.security.backup import RestoreError, restore_backup


class Command(BaseCommand):
    help = "Restore a backup archive from backup_site into this (empty) database and MEDIA_ROOT."

    def add_arguments(self, parser) -> None:
        parser.add_argument("archive")
        parser.add_argument(
            "--replace", action="store_true", help="delete the current content of a non-empty database first"
        )
        parser.add_argument("--no-index", action="store_true", help="do not rebuild the search index")

    def handle(self, *args, archive: str, replace: bool, no_index: bool, **options) -> None:
        try:
            result = restore_backup(Path(archive), replace=replace)
        except (RestoreError, FileNotFoundError) as error:
            raise CommandError(str(error)) from error
        if not no_index:
            from django.core.management import call_command

            call_command("update_index", verbosity=0)
        self.stdout.write(
            self.style.SUCCESS(
                f"Restored {result.rows} rows in {result.models} models and {result.media_files} media files."
            )
        )
