from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.conf.urls.static import static
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from cms.api import api_router
from cms.checker_api.api import api as checker_api

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v2/", api_router.urls),
    path("api/", checker_api.urls),
]

if settings.DEBUG:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Every public page lives under its language prefix: /de/…, /en/…, /de-x-ls/…
# Pages never start with api/: otherwise LocaleMiddleware turns every API 404 into a redirect
# to /de/api/…, and clients get an HTML page instead of a JSON 404.
urlpatterns += i18n_patterns(
    re_path(r"^(?!api/)", include(wagtail_urls)),
    prefix_default_language=True,
)
