"""Build the demo site: the action plan in German, English and Leichte Sprache, and a local admin."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.db import transaction

from cms.accessibility.demo import load_accessibility_demo
from cms.plan.demo.loader import DemoLoader
from cms.roles.setup import setup_roles

DEMO_USER = "admin"
DEMO_PASSWORD = "aktionsplan"


class Command(BaseCommand):
    help = "Load the demo content (idempotent: safe to run twice)."

    def handle(self, *args, **options) -> None:
        with transaction.atomic():
            home = DemoLoader().run()
            accessibility_summary = load_accessibility_demo()
            roles = setup_roles()  # the editorial groups, with permissions on the three trees
        self.stdout.write(accessibility_summary)
        self.stdout.write(f"Roles: {', '.join(roles.groups)}")
        self.stdout.write(self.style.SUCCESS(f"Demo site ready: {home.url or '/de/'}"))
        self.ensure_admin()

    def ensure_admin(self) -> None:
        User = get_user_model()
        user, created = User.objects.get_or_create(
            username=DEMO_USER,
            defaults={"is_superuser": True, "is_staff": True, "email": "admin@example.org"},
        )
        if created:
            user.set_password(DEMO_PASSWORD)
            user.save()
        self.stdout.write(
            f"Admin: http://127.0.0.1:8000/admin/  user: {DEMO_USER}  password: {DEMO_PASSWORD}"
        )
