"""Command line: ``python -m a11y_checks [--lang de] [--fragment] [--json] FILE|-``.

HTML or PDF (told apart by the file's first bytes). Exit 0 when passed, 1 when not, 2 on bad usage.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from checkreport import Report

from . import check_html, check_pdf


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m a11y_checks", description="Check HTML or PDF for accessibility."
    )
    parser.add_argument("file", help="HTML or PDF file, or - for standard input")
    parser.add_argument(
        "--lang",
        default=None,
        help="the language the page should be in, also the message language (de, en, de-x-ls);"
        " without it the page's lang is not compared and messages are German",
    )
    parser.add_argument("--fragment", action="store_true", help="content placed under the page's h1")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    return parser


def _read(path: str) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read()
    with open(path, "rb") as handle:
        return handle.read()


def _print_text(report: Report, lang: str) -> None:
    for finding in report.findings:
        where = f" [{finding.location}]" if finding.location else ""
        print(f"{finding.severity:7} {finding.rule}{where}: {finding.message.get(lang)}")
        if finding.excerpt:
            print(f"        {finding.excerpt}")
    verdict = {"de": ("bestanden", "nicht bestanden"), "en": ("passed", "failed")}[
        "en" if lang.startswith("en") else "de"
    ]
    print(
        f"{len(report.errors)} error(s), {len(report.warnings)} warning(s): {verdict[0] if report.passed else verdict[1]}"
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:  # argparse exits 2 on bad usage, 0 on --help
        return int(exit_.code or 0)
    try:
        data = _read(args.file)
    except OSError as error:
        print(f"cannot read {args.file}: {error.strerror or error}", file=sys.stderr)
        return 2
    if data.lstrip()[:5] == b"%PDF-":
        report = check_pdf(data, lang=args.lang or "de")
    else:
        report = check_html(data, lang=args.lang, fragment=args.fragment)
    if args.json:
        print(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        _print_text(report, args.lang or "de")
    return 0 if report.passed else 1


if __name__ == "__main__":
    sys.exit(main())
