"""Build the demo site: the action plan in German, English and Leichte Sprache, and a local admin."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.db import transaction
from wagtail.models import Collection, Locale, Page, Site

from cms.accessibility.demo import load_accessibility_demo
from cms.plan.demo.loader import DemoLoader
from cms.roles.setup import setup_roles

DEMO_USER = "admin"
DEMO_PASSWORD = "aktionsplan"


class Command(BaseCommand):
    help = "Load the demo content (idempotent: safe to run twice)."

    def handle(self, *args, **options) -> None:
        loader = DemoLoader()
        with transaction.atomic():
            ensure_tree_roots()
            home = loader.run()
            accessibility_summary = load_accessibility_demo()
            roles = setup_roles()  # the editorial groups, with permissions on the three trees
        if loader.unmatched_strings:
            self.stderr.write(
                f"{loader.unmatched_strings} German strings have no aligned English string; "
                "the translation editor shows them as untranslated."
            )
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
        # Never print a password that is not (or no longer) the account's password.
        password = DEMO_PASSWORD if user.check_password(DEMO_PASSWORD) else "(unchanged, not shown)"
        self.stdout.write(f"Admin: http://127.0.0.1:8000/admin/  user: {DEMO_USER}  password: {password}")


def ensure_tree_roots() -> None:
    """Wagtail's migrations create the root page and root collection; a flushed database lacks them."""
    Site.clear_site_root_paths_cache()  # may still name sites of a database that was emptied
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    if Page.get_first_root_node() is None:
        locale, _created = Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
        Page.add_root(instance=Page(title="Root", slug="root", locale=locale, live=True))
