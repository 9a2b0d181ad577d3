"""One opened PDF and the facts the PDF rules share. Problems opening it become a state
(``problem``), never an exception: encrypted, broken and oversized files are findings."""

from __future__ import annotations

import io
import os
from functools import cached_property
from pathlib import Path
from typing import Any

import pikepdf

MAX_PDF_BYTES = 200 * 1024 * 1024
MAX_PAGES_SCANNED = 60  # enough to tell a scanned document; bounds the time on huge files
MAX_STRUCT_ELEMENTS = 100_000
_TEXT_OPERATORS = frozenset({"Tj", "TJ", "'", '"'})


def safe_str(value: Any) -> str:
    """str() of a PDF object; names and strings with broken encodings must not raise."""
    try:
        return str(value)
    except (UnicodeDecodeError, ValueError, TypeError):
        try:
            return bytes(value).decode("latin-1")
        except (TypeError, ValueError):
            return ""


class PdfDocument:
    def __init__(self, source: str | Path | bytes, *, max_bytes: int | None = None) -> None:
        self.problem: str | None = None  # "too-large", "encrypted", "broken"
        self.detail = ""
        self.pdf: pikepdf.Pdf | None = None
        limit = MAX_PDF_BYTES if max_bytes is None else max_bytes
        if isinstance(source, bytes | bytearray):
            self.size = len(source)
            data: Any = io.BytesIO(bytes(source))
        else:
            self.size = os.path.getsize(source)  # a missing path is the caller's error: it raises
            data = source
        if self.size > limit:
            self.problem, self.detail = "too-large", f"{self.size / 1_048_576:.1f} MB"
            return
        try:
            self.pdf = pikepdf.open(data)
        except pikepdf.PasswordError:
            self.problem = "encrypted"
        except (pikepdf.PdfError, ValueError, OSError, RuntimeError) as error:
            self.problem, self.detail = "broken", str(error)[:200]

    @property
    def usable(self) -> bool:
        return self.pdf is not None

    @property
    def root(self) -> pikepdf.Dictionary:
        assert self.pdf is not None
        return self.pdf.Root

    @cached_property
    def page_count(self) -> int:
        return len(self.pdf.pages) if self.pdf is not None else 0

    @cached_property
    def xmp(self) -> dict[str, str]:
        if self.pdf is None:
            return {}
        try:
            meta = self.pdf.open_metadata()
            return {key: str(meta.get(key) or "") for key in ("dc:title", "pdfuaid:part")}
        except (pikepdf.PdfError, ValueError, KeyError, AttributeError):
            return {}

    @cached_property
    def title(self) -> str:
        """The title from the XMP metadata (dc:title), else from the document information."""
        title = self.xmp.get("dc:title", "").strip()
        if not title and self.pdf is not None:
            try:
                title = safe_str(self.pdf.docinfo.get("/Title", "")).strip()
            except (pikepdf.PdfError, ValueError, KeyError):
                title = ""
        return title

    @cached_property
    def struct_elements(self) -> list[pikepdf.Dictionary]:
        """Structure elements in document order (bounded, cycle-safe, iterative)."""
        tree = self.root.get("/StructTreeRoot") if self.pdf is not None else None
        if not isinstance(tree, pikepdf.Dictionary):
            return []
        found: list[pikepdf.Dictionary] = []
        seen: set[tuple[int, int]] = set()
        stack: list[Any] = [tree.get("/K")]
        while stack and len(found) < MAX_STRUCT_ELEMENTS:
            item = stack.pop()
            if isinstance(item, pikepdf.Array):
                stack.extend(reversed(list(item)))
            elif isinstance(item, pikepdf.Dictionary):
                key = item.objgen
                if key != (0, 0):
                    if key in seen:
                        continue
                    seen.add(key)
                if "/S" in item:
                    found.append(item)
                    stack.append(item.get("/K"))
        return found

    def role_of(self, element: pikepdf.Dictionary) -> str:
        """The structure type, mapped through the document's RoleMap to a standard one."""
        role = safe_str(element.get("/S", ""))
        role_map = self.root.get("/StructTreeRoot", {}).get("/RoleMap") if self.pdf is not None else None
        for _ in range(8):  # role maps can chain; a loop must end
            if not isinstance(role_map, pikepdf.Dictionary) or role not in role_map:
                break
            role = safe_str(role_map[role])
        return role

    @cached_property
    def pages_text_and_images(self) -> list[tuple[bool, bool]]:
        """(has text, has image) for the first pages."""
        return [_page_content(page) for page in list(self.pdf.pages)[:MAX_PAGES_SCANNED]] if self.pdf else []

    @cached_property
    def outline_count(self) -> int:
        if self.pdf is None:
            return 0
        try:
            with self.pdf.open_outline() as outline:
                return len(outline.root)
        except (pikepdf.PdfError, ValueError, RecursionError):
            return 0

    def metrics(self) -> dict[str, Any]:
        return {"bytes": self.size, "pages": self.page_count, "problem": self.problem}


def _page_content(page: pikepdf.Page) -> tuple[bool, bool]:
    """(has text, has image); a page whose content cannot be read counts as having text, so a
    damaged stream is never called a scan."""
    try:
        return _read_page_content(page)
    except (pikepdf.PdfError, ValueError, TypeError, KeyError, AttributeError, RecursionError):
        return True, False


def _read_page_content(page: pikepdf.Page) -> tuple[bool, bool]:
    has_text = has_image = False
    stack: list[tuple[Any, Any]] = [(page.obj, page.obj.get("/Resources"))]
    seen: set[tuple[int, int]] = set()
    while stack and not (has_text and has_image):
        holder, resources = stack.pop()
        try:
            instructions = pikepdf.parse_content_stream(holder)
        except (pikepdf.PdfError, ValueError, TypeError):
            continue
        xobjects = resources.get("/XObject", {}) if isinstance(resources, pikepdf.Dictionary) else {}
        for instruction in instructions:
            operator = str(instruction.operator)
            if operator in _TEXT_OPERATORS:
                has_text = True
            elif operator == "Do" and instruction.operands:
                xobject = xobjects.get(str(instruction.operands[0])) if xobjects else None
                if not isinstance(xobject, pikepdf.Stream) or xobject.objgen in seen:
                    continue
                seen.add(xobject.objgen)
                subtype = xobject.get("/Subtype")
                if subtype == "/Image":
                    has_image = True
                elif subtype == "/Form":
                    stack.append((xobject, xobject.get("/Resources", resources)))
            elif operator == "BI":
                has_image = True
    return has_text, has_image
