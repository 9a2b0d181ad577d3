"""Signed, expiring preview tokens: a headless front end may read one page's latest draft.

Stateless (django.core.signing, keyed by SECRET_KEY): nothing to store or clean up; a token
names the page, not a revision, so the front end always sees the current draft.
"""

from __future__ import annotations

from django.conf import settings
from django.core import signing

SALT = "cms.headless.preview"


class PreviewTokenError(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def issue_preview_token(page_id: int) -> str:
    return signing.TimestampSigner(salt=SALT).sign_object({"page": page_id}, compress=False)


def page_id_from_token(token: str) -> int:
    signer = signing.TimestampSigner(salt=SALT)
    try:
        return int(signer.unsign_object(token, max_age=settings.HEADLESS_PREVIEW_MAX_AGE_SECONDS)["page"])
    except signing.SignatureExpired as error:
        raise PreviewTokenError("preview token expired; ask the editor for a new link") from error
    except (signing.BadSignature, KeyError, TypeError, ValueError) as error:
        raise PreviewTokenError("invalid preview token") from error
