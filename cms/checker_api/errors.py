"""Errors of the checker service, each with a status, a stable code and a readable detail."""

from __future__ import annotations

from ninja.errors import HttpError


class CheckerError(HttpError):
    code = "error"

    def __init__(self, status_code: int, detail: str, field: str | None = None) -> None:
        super().__init__(status_code, detail)
        self.field = field

    def as_dict(self) -> dict[str, str]:
        data = {"code": self.code, "detail": self.message}
        if self.field:
            data["field"] = self.field
        return data


class BadRequest(CheckerError):
    code = "bad_request"

    def __init__(self, detail: str, field: str | None = None) -> None:
        super().__init__(400, detail, field)


class PayloadTooLarge(CheckerError):
    code = "payload_too_large"

    def __init__(self, limit: int) -> None:
        super().__init__(413, f"Request body is larger than the limit of {limit} bytes.")


class CheckTimeout(CheckerError):
    code = "check_timeout"

    def __init__(self, seconds: float) -> None:
        super().__init__(503, f"The check took longer than the limit of {seconds:g} s; send a shorter text.")
