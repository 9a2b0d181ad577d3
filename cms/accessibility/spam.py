"""Spam protection that every person can pass: no CAPTCHA, nothing to see, solve or hear.

Two quiet checks instead:
- a honeypot field inside a ``hidden`` container: browsers, screen readers and the keyboard skip
  it, naive bots fill it in;
- a signed start time: a form sent within a few seconds of being shown was not filled in by a
  person. The time is signed, so a bot cannot forge an older one.
A person who trips either check gets a clear message and keeps everything they typed.
"""

import time

from django import forms
from django.core import signing
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.forms.forms import BaseForm, FormBuilder

HONEYPOT_FIELD = "website"
STARTED_FIELD = "form_started"
TOKEN_SALT = "cms.accessibility.feedback"
MIN_FILL_SECONDS = 3
MAX_TOKEN_AGE_SECONDS = 24 * 60 * 60
SINGLE_LINE_MAX = 255
MULTI_LINE_MAX = 5000


def issue_token(now: float | None = None) -> str:
    return signing.dumps({"t": time.time() if now is None else now}, salt=TOKEN_SALT)


def token_age(token: str, now: float | None = None) -> float | None:
    """Seconds since the token was issued; None when it is forged, broken or too old."""
    try:
        issued = signing.loads(token, salt=TOKEN_SALT, max_age=MAX_TOKEN_AGE_SECONDS)["t"]
    except (signing.BadSignature, KeyError, TypeError):
        return None
    age = (time.time() if now is None else now) - float(issued)
    return age if 0 <= age <= MAX_TOKEN_AGE_SECONDS else None


class FreshTokenInput(forms.HiddenInput):
    """Always renders a new start time, so a re-shown form (after an error) can be sent again."""

    def format_value(self, value: object) -> str:
        return issue_token()


class SpamGuardForm(BaseForm):
    """Base of the public form: the two checks, and neither field reaches storage or e-mail."""

    error_messages = {
        "honeypot": _(
            "Your message could not be sent because a field meant to stay empty was filled in. "
            "Please send the form again."
        ),
        "too_fast": _(
            "The form was sent very quickly after it was opened. Please check your entries and send it again."
        ),
        "expired": _("The form has expired. Please send it again; your entries are kept."),
    }

    def clean(self) -> dict:
        cleaned = super().clean()
        if cleaned.pop(HONEYPOT_FIELD, ""):
            raise forms.ValidationError(self.error_messages["honeypot"], code="honeypot")
        age = token_age(cleaned.pop(STARTED_FIELD, "") or "")
        if age is None:
            raise forms.ValidationError(self.error_messages["expired"], code="expired")
        if age < MIN_FILL_SECONDS:
            raise forms.ValidationError(self.error_messages["too_fast"], code="too_fast")
        return cleaned

    def visible_fields(self) -> list:
        return [field for field in super().visible_fields() if field.name != HONEYPOT_FIELD]

    @property
    def honeypot(self) -> forms.BoundField:
        return self[HONEYPOT_FIELD]


class SpamProtectedFormBuilder(FormBuilder):
    """Wagtail's form builder with size limits on every text field and the two guard fields."""

    def create_singleline_field(self, field, options: dict) -> forms.Field:
        options["max_length"] = SINGLE_LINE_MAX
        return forms.CharField(**options)

    def create_multiline_field(self, field, options: dict) -> forms.Field:
        options["max_length"] = MULTI_LINE_MAX
        options.setdefault("widget", forms.Textarea(attrs={"rows": 8}))
        return forms.CharField(**options)

    def create_email_field(self, field, options: dict) -> forms.Field:
        options["max_length"] = SINGLE_LINE_MAX
        return forms.EmailField(**options)

    @property
    def formfields(self) -> dict:
        fields = super().formfields
        fields[HONEYPOT_FIELD] = forms.CharField(
            label=_("Website (leave this field empty)"),
            required=False,
            max_length=SINGLE_LINE_MAX,
            widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
        )
        fields[STARTED_FIELD] = forms.CharField(required=False, widget=FreshTokenInput)
        return fields

    def get_form_class(self) -> type[SpamGuardForm]:
        return type("FeedbackForm", (SpamGuardForm,), self.formfields)
