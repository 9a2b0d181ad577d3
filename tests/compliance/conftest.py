import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from wagtail.models import GroupPagePermission, Locale, Page, Site

from tests.testapp.models import ArticlePage

GOOD_TEXT = "Die Stadt hilft neuen Menschen. Sie lernen Deutsch. Sie finden Arbeit."
LONG_SENTENCE = (
    "Die Stadtverwaltung hat im Rahmen der Umsetzung des Aktionsplans beschlossen, dass alle neu "
    "zugewanderten Menschen, die sich in der Stadt niederlassen und eine Wohnung suchen, zusätzlich zu "
    "den bereits bestehenden Angeboten eine umfassende Beratung durch die zuständigen Stellen der "
    "Verwaltung erhalten sollen, sofern sie dies wünschen."
)


@pytest.fixture
def locales(db):
    return {code: Locale.objects.get_or_create(language_code=code)[0] for code in ("de", "en", "de-x-ls")}


def tree_root(locales) -> Page:
    """The tree root; transactional tests flush the one the migrations created."""
    return Page.get_first_root_node() or Page.add_root(
        instance=Page(title="Root", slug="root", locale=locales["de"])
    )


@pytest.fixture
def home(locales):
    root = tree_root(locales)
    home = root.add_child(instance=Page(title="Start", slug="start-test", locale=locales["de"]))
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "testserver", "root_page": home}
    )
    return home


@pytest.fixture
def ls_home(locales, home):
    root = tree_root(locales)
    # a draft: a live Leichte Sprache page needs a test reading (the save guard checks it)
    return root.add_child(
        instance=Page(title="Leichte Sprache", slug="ls-start", locale=locales["de-x-ls"], live=False)
    )


def make_article(parent, title="Neue Angebote", summary=f"<p>{GOOD_TEXT}</p>", **fields):
    page = ArticlePage(
        title=title,
        slug=fields.pop("slug", None) or title.lower().replace(" ", "-"),
        summary=summary,
        locale=parent.locale,
        live=False,
        **fields,
    )
    parent.add_child(instance=page)
    page.refresh_from_db()
    return page


def mark_fine(stored, findings, user, reason: str = "Gesetzestext") -> None:
    """Mark findings of a stored report "checked, fine", as the side panel's mark view records them."""
    from cms.compliance.models import FindingMark
    from cms.compliance.store import text_hash_for

    for finding in findings:
        FindingMark.objects.create(
            page_id=stored.page_id,
            rule=finding.rule,
            excerpt=finding.excerpt,
            text_hash=text_hash_for(stored, finding),
            reason=reason,
            user=user,
        )


@pytest.fixture
def editor(db, home):
    """An editor who may publish but has no override permission."""
    user = get_user_model().objects.create_user("editor", password="pw", is_staff=True)
    group = Group.objects.create(name="Redaktion")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    for permission in ("add_page", "change_page", "publish_page"):
        GroupPagePermission.objects.create(
            group=group,
            page=Page.get_first_root_node(),
            permission=Permission.objects.get(codename=permission),
        )
    user.groups.add(group)
    return user


@pytest.fixture
def admin_user(db, home):
    return get_user_model().objects.create_superuser("chef", "chef@example.org", "pw")


@pytest.fixture
def worker_requests(monkeypatch):
    """The requests sent to the check worker, recorded (the worker still answers them)."""
    from cms.compliance import worker_client

    sent = []
    start = worker_client.start

    def recording(request):
        sent.append(request)
        return start(request)

    monkeypatch.setattr(worker_client, "start", recording)
    return sent
