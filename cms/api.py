"""The content API (Wagtail API v2): pages with translations and compliance, images, documents,
and the signed preview of drafts for a headless front end."""

from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.images.api.v2.views import ImagesAPIViewSet

from cms.headless.documents import PlanDocumentsAPIViewSet
from cms.headless.preview_views import PagePreviewAPIViewSet
from cms.headless.views import ContentPagesAPIViewSet

api_router = WagtailAPIRouter("wagtailapi")
# "pages" first: the router links every page to the first endpoint that serves its model.
api_router.register_endpoint("pages", ContentPagesAPIViewSet)
api_router.register_endpoint("images", ImagesAPIViewSet)
api_router.register_endpoint("documents", PlanDocumentsAPIViewSet)
api_router.register_endpoint("preview", PagePreviewAPIViewSet)
