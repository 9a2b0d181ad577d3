"""Natural keys for the demo data: files, snippets and pages are named, never numbered."""

import re
import uuid
from dataclasses import dataclass

DEMO_NAMESPACE = uuid.UUID("6f0b7a52-3c1e-4a5e-9d0c-2a4f1e8b7c10")
# In rich text: <a linktype="document" id="{document:working-paper}"> and <a linktype="page" id="{page:faq}">
PLACEHOLDER = re.compile(r"\{(document|page):([\w-]+)\}")


@dataclass(frozen=True)
class Ref:
    kind: str  # "document", "image", "snippet" or "page"
    key: str


def document(key: str) -> Ref:
    return Ref("document", key)


def image(key: str) -> Ref:
    return Ref("image", key)


def snippet(key: str) -> Ref:
    return Ref("snippet", key)


def page(key: str) -> Ref:
    return Ref("page", key)


def translation_key(key: str) -> uuid.UUID:
    """The same natural key gives the same translation key in every run and every database."""
    return uuid.uuid5(DEMO_NAMESPACE, key)


def figure(image_key: str, alt_text: str, caption: str = "", text_alternative: str = "") -> dict:
    return {
        "image": {"image": image(image_key), "alt_text": alt_text, "decorative": False},
        "caption": caption,
        "text_alternative": text_alternative,
    }


def download(document_key: str, label: str = "", description: str = "", text_alternative: str = "") -> dict:
    return {
        "document": document(document_key),
        "label": label,
        "description": description,
        "text_alternative": text_alternative,
    }
