"""`manage.py checker_token create NAME | revoke NAME | list`."""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import IntegrityError

from cms.checker_api.models import CheckerToken


class Command(BaseCommand):
    help = "Create, revoke or list bearer tokens for the checker service (/api/check/)."

    def add_arguments(self, parser: CommandParser) -> None:
        actions = parser.add_subparsers(dest="action", required=True)
        actions.add_parser(
            "create", help="Create a token; it is printed once, on the last line."
        ).add_argument("name")
        actions.add_parser("revoke", help="Revoke the token with this name.").add_argument("name")
        actions.add_parser("list", help="List tokens (never their values).")

    def handle(self, *args, action: str, name: str = "", **options) -> None:
        {"create": self.create, "revoke": self.revoke, "list": self.list}[action](name)

    def create(self, name: str) -> None:
        try:
            _, plaintext = CheckerToken.issue(name)
        except IntegrityError as error:
            raise CommandError(
                f"A token named {name!r} is active already; revoke it first or pick another name."
            ) from error
        self.stderr.write(f"Token {name!r} created. Store it now: it is not shown again.")
        self.stdout.write(plaintext)

    def revoke(self, name: str) -> None:
        token = CheckerToken.objects.active().filter(name=name).first()
        if token is None:
            raise CommandError(f"No active token named {name!r}.")
        token.revoke()
        self.stdout.write(f"Token {name!r} revoked.")

    def list(self, name: str) -> None:
        for token in CheckerToken.objects.all():
            state = "active" if token.is_active else f"revoked {token.revoked_at:%Y-%m-%d}"
            used = f"{token.last_used_at:%Y-%m-%d %H:%M}" if token.last_used_at else "never"
            self.stdout.write(f"{token.name}\t{token.prefix}…\t{state}\tlast used {used}")
