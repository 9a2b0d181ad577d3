from django.core.management.base import BaseCommand

from cms.roles.definitions import ROLES_BY_NAME
from cms.roles.setup import setup_roles


class Command(BaseCommand):
    help = "Create or update the editorial groups and their permissions (idempotent)."

    def handle(self, *args, **options) -> None:
        result = setup_roles()
        for name in result.groups:
            self.stdout.write(f"{name}: {ROLES_BY_NAME[name].summary}")
        for missing in sorted(set(result.missing)):
            self.stderr.write(self.style.WARNING(f"missing (run again when it exists): {missing}"))
