"""Public forms (the feedback form and any other Wagtail form page) are rate-limited per client."""

from django.conf import settings
from django.http import HttpRequest
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.contrib.forms.models import FormMixin

from .ratelimit import Rate, client_address, hit


@hooks.register("before_serve_page")
def limit_form_submissions(page, request: HttpRequest, serve_args, serve_kwargs):
    if request.method != "POST" or not isinstance(page, FormMixin):
        return None
    allowed, retry_after = hit(f"form:{client_address(request)}", Rate.parse(settings.FORM_RATE_LIMIT))
    if allowed:
        return None
    # Shown with the form and everything the person typed, so nothing is lost.
    form = page.get_form(request.POST, request.FILES, page=page, user=request.user)
    form.is_valid()
    form.add_error(
        None,
        _(
            "Too many messages were sent from your connection. Please wait %(minutes)d minutes and send the form again."
        )
        % {"minutes": max(1, round(retry_after / 60))},
    )
    context = page.get_context(request)
    context["form"] = form
    response = TemplateResponse(request, page.get_template(request), context, status=429)
    response["Retry-After"] = str(retry_after)
    return response
