"""The site's URLs plus Wagtail's unmodified pages endpoint at /api/plain/pages/ (benchmark baseline)."""

from django.urls import path
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet

from cms.urls import urlpatterns as site_urlpatterns

plain_router = WagtailAPIRouter("plainapi")
plain_router.register_endpoint("pages", PagesAPIViewSet)

urlpatterns = [path("api/plain/", plain_router.urls), *site_urlpatterns]
