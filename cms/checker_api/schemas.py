"""Request and response shapes of the checker service, as they appear in the OpenAPI schema.

The response reuses the shared `checkreport.Finding` dataclass, so the documented finding is the
libraries' finding, field for field.
"""

from __future__ import annotations

import json
from typing import Any, Literal, get_args

from ninja import Schema
from pydantic import Field, ValidationError, model_validator

from checkreport import Finding

from .errors import BadRequest

Profile = Literal["de", "en", "de-x-ls"]
PROFILES: tuple[str, ...] = get_args(Profile)


class CheckRequest(Schema):
    """Content to check: `html` (plain language and accessibility) or `text` (plain language)."""

    profile: Profile = Field(description="Language profile: de, en or de-x-ls (Leichte Sprache).")
    html: str | None = Field(None, description="An HTML fragment or document.", examples=["<p>Hallo.</p>"])
    text: str | None = Field(None, description="Plain text; only the plain-language checks run.")

    @model_validator(mode="after")
    def exactly_one_content_field(self) -> CheckRequest:
        if (self.html is None) == (self.text is None):
            raise ValueError("send the content in exactly one of 'html' or 'text'")
        return self

    @classmethod
    def from_body(cls, body: bytes) -> CheckRequest:
        try:
            data = json.loads(body)
        except (UnicodeDecodeError, json.JSONDecodeError) as error:
            raise BadRequest(f"Body is not valid JSON: {error}.") from error
        if not isinstance(data, dict):
            raise BadRequest("Body must be a JSON object with 'profile' and 'html' or 'text'.")
        try:
            return cls.model_validate(data)
        except ValidationError as error:
            raise describe(error) from error


def describe(error: ValidationError) -> BadRequest:
    """The first validation problem as one sentence naming the field."""
    problem = error.errors(include_url=False)[0]
    field = ".".join(str(part) for part in problem["loc"])
    if problem["type"] == "missing":
        return BadRequest(f"Missing field '{field}'.", field=field)
    if problem["type"] == "literal_error" and field == "profile":
        return BadRequest(
            f"Unknown profile {problem['input']!r}; use one of: {', '.join(PROFILES)}.", field=field
        )
    if not field:
        message = problem["msg"].removeprefix("Value error, ")
        return BadRequest(f"{message[:1].upper()}{message[1:]}.")
    return BadRequest(f"Field '{field}': {problem['msg']}.", field=field)


class ReportOut(Schema):
    """`checkreport.Report.to_dict()`: pass/fail and counts first, then every finding."""

    checker: str
    profile: str
    passed: bool
    score: float | None
    threshold: float | None
    errors: int
    warnings: int
    metrics: dict[str, Any]
    findings: list[Finding]
    text: str | None = Field(
        None, description="The analysed plain text; plain-language findings' start/end index into it."
    )


class ErrorOut(Schema):
    code: str
    detail: str
    field: str | None = None
