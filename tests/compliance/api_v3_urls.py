"""URLs for the API v3 test: Wagtail 8's write API (a preview) mounted beside the project's own."""

from django.urls import path
from wagtail.api.v3.api import api

from cms.urls import urlpatterns as project_urlpatterns

urlpatterns = [path("api/v3/", api.urls), *project_urlpatterns]
