"""URLs of a checker-only instance (cms.settings.checker); the full site mounts the same API."""

from django.urls import path

from .api import api

urlpatterns = [path("api/", api.urls)]
