"""Bearer tokens for the checker service; only a digest of each token is stored."""

from __future__ import annotations

import hashlib
import secrets

from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

TOKEN_PREFIX = "chk_"
PREFIX_SHOWN = 8
# How often "last used" is written: once a minute per token is enough to see what is in use
# and keeps the hot path free of writes.
LAST_USED_RESOLUTION_SECONDS = 60


def token_digest(plaintext: str) -> str:
    # The token is 256 random bits, so a plain SHA-256 is safe (no salt or stretching needed) and
    # independent of SECRET_KEY: every checker instance behind a load balancer accepts it.
    return hashlib.sha256(plaintext.encode()).hexdigest()


class CheckerTokenQuerySet(models.QuerySet):
    def active(self) -> CheckerTokenQuerySet:
        return self.filter(revoked_at__isnull=True)


class CheckerToken(models.Model):
    """A named client of the checker service (another CMS, a CI job, an editor's script)."""

    name = models.CharField(
        _("name"), max_length=100, help_text=_('Who uses the token, e.g. "CI Stadtportal".')
    )
    digest = models.CharField(max_length=64, unique=True, editable=False)
    prefix = models.CharField(_("token starts with"), max_length=16, editable=False)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    last_used_at = models.DateTimeField(_("last used"), null=True, blank=True, editable=False)
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True, editable=False)

    objects = CheckerTokenQuerySet.as_manager()

    class Meta:
        verbose_name = _("checker token")
        verbose_name_plural = _("checker tokens")
        ordering = [models.F("revoked_at").asc(nulls_first=True), "name"]
        constraints = [
            # A name may come back after its token was revoked: "rotate" = revoke, then create.
            models.UniqueConstraint(
                fields=["name"], condition=models.Q(revoked_at__isnull=True), name="checker_token_active_name"
            )
        ]

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        duplicate = type(self).objects.active().filter(name=self.name).exclude(pk=self.pk)
        if self.revoked_at is None and duplicate.exists():
            raise ValidationError({"name": _("An active token with this name exists; revoke it first.")})

    @property
    def is_active(self) -> bool:
        return self.revoked_at is None

    @classmethod
    def issue(cls, name: str) -> tuple[CheckerToken, str]:
        """Create a token; the plaintext exists only in the return value."""
        plaintext = TOKEN_PREFIX + secrets.token_urlsafe(32)
        with transaction.atomic():  # a duplicate name must not spoil the caller's transaction
            token = cls.objects.create(
                name=name, digest=token_digest(plaintext), prefix=plaintext[:PREFIX_SHOWN]
            )
        return token, plaintext

    @classmethod
    def authenticate(cls, plaintext: str) -> CheckerToken | None:
        if not plaintext.startswith(TOKEN_PREFIX):
            return None
        token = cls.objects.active().filter(digest=token_digest(plaintext)).first()
        if token is not None:
            token.touch()
        return token

    def touch(self) -> None:
        now = timezone.now()
        if self.last_used_at and (now - self.last_used_at).total_seconds() < LAST_USED_RESOLUTION_SECONDS:
            return
        type(self).objects.filter(pk=self.pk).update(last_used_at=now)
        self.last_used_at = now

    def revoke(self) -> None:
        if self.revoked_at is None:
            self.revoked_at = timezone.now()
            self.save(update_fields=["revoked_at"])
