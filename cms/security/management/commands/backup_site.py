from pathlib import Path

from django.core.management.base import BaseCommand

from cms.security.backup import create_backup


class Command(BaseCommand):
    help = "Write the database content and the media files into one .tar.gz archive."

    def add_arguments(self, parser) -> None:
        parser.add_argument("target", nargs="?", default=".", help="archive file name or directory")

    def handle(self, *args, target: str, **options) -> None:
        archive = create_backup(Path(target))
        self.stdout.write(str(archive))
