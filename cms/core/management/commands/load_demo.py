"""Build the demo site: three locales and their start pages, and a local admin user."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.db import transaction
from wagtail.models import Locale, Page, Site

from cms.core.models import HomePage

DEMO_USER = "admin"
DEMO_PASSWORD = "aktionsplan"
LANGUAGE_CODES = ("de", "en", "de-x-ls")


class Command(BaseCommand):
    help = "Load the demo content (idempotent: safe to run twice)."

    @transaction.atomic
    def handle(self, *args, **options) -> None:
        locales = {code: Locale.objects.get_or_create(language_code=code)[0] for code in LANGUAGE_CODES}
        root = Page.get_first_root_node()
        home = HomePage.objects.filter(locale=locales["de"], depth=2).first()
        if home is None:
            home = root.add_child(
                instance=HomePage(title="Aktionsplan Integration", slug="start", locale=locales["de"])
            )
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
        elif site.root_page_id != home.pk:
            old_root = site.root_page
            site.root_page = home
            site.save()
            if old_root.depth == 2 and not old_root.get_children().exists() and old_root.pk != home.pk:
                old_root.delete()
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
