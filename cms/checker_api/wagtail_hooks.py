from wagtail import hooks

from .views import CheckerTokenViewSet


@hooks.register("register_admin_viewset")
def register_checker_token_viewset() -> CheckerTokenViewSet:
    return CheckerTokenViewSet("checker_tokens")
