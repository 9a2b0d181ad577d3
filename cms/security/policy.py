"""Content Security Policy and browser feature policy as plain data.

Two policies: the public site gets the strict one; the Wagtail admin needs a little more (inline
style attributes, blob: previews). Both allow scripts only from our own origin or with the
per-response nonce, so markup injected into content can never run.
Deployments extend a directive with the setting ``CSP_EXTRA_SOURCES`` (for example a media CDN
in ``img-src``), never by loosening ``script-src``.
"""

from __future__ import annotations

from collections.abc import Mapping

NONCE = "'nonce-{nonce}'"

PUBLIC_POLICY: dict[str, list[str]] = {
    "default-src": ["'self'"],
    "script-src": ["'self'", NONCE],
    "style-src": ["'self'"],
    "img-src": ["'self'", "data:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "media-src": ["'self'"],
    "frame-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    # Nobody frames our pages; responses marked X-Frame-Options: SAMEORIGIN (Wagtail's preview
    # panel) get 'self' instead, see the middleware.
    "frame-ancestors": ["'none'"],
}

ADMIN_POLICY: dict[str, list[str]] = {
    **PUBLIC_POLICY,
    # Wagtail's admin templates and its bundled widgets (Draftail, Tippy, the minimap, the
    # userbar's axe-core run) write style="" attributes and <style> elements into the markup.
    # Styles cannot run code, so 'unsafe-inline' is allowed for styles only; scripts stay strict.
    "style-src": ["'self'", "'unsafe-inline'"],
    # Image and document previews before upload are blob: URLs.
    "img-src": ["'self'", "data:", "blob:"],
    "media-src": ["'self'", "blob:"],
    "worker-src": ["'self'", "blob:"],
}

# Features a page about an action plan never needs; denied for every origin.
PERMISSIONS_POLICY: dict[str, str] = {
    "accelerometer": "()",
    "autoplay": "()",
    "camera": "()",
    "display-capture": "()",
    "geolocation": "()",
    "gyroscope": "()",
    "magnetometer": "()",
    "microphone": "()",
    "midi": "()",
    "payment": "()",
    "usb": "()",
    "interest-cohort": "()",
    "browsing-topics": "()",
    "fullscreen": "(self)",
}


def build_policy(
    directives: Mapping[str, list[str]],
    nonce: str,
    extra: Mapping[str, list[str]] | None = None,
    overrides: Mapping[str, list[str]] | None = None,
    upgrade_insecure: bool = False,
) -> str:
    """Render directives into a header value: the nonce filled in, overrides replacing a
    directive, extra sources appended."""
    extra = extra or {}
    parts = []
    for name, sources in {**directives, **(overrides or {})}.items():
        values = [source.format(nonce=nonce) if source == NONCE else source for source in sources]
        values += [source for source in extra.get(name, []) if source not in values]
        parts.append(" ".join([name, *values]))
    if upgrade_insecure:
        parts.append("upgrade-insecure-requests")
    return "; ".join(parts)


def build_permissions_policy(features: Mapping[str, str]) -> str:
    return ", ".join(f"{feature}={allow}" for feature, allow in features.items())
