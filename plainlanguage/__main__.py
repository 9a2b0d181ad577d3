"""Command line: ``python -m plainlanguage --profile de-x-ls [--json] [--html] FILE|-``.

Exit code 0 when the text passed, 1 when it did not, 2 on bad usage.
"""

from __future__ import annotations

import argparse
import json
import sys

from plainlanguage.analysis import analyze
from plainlanguage.profiles import PROFILES
from plainlanguage.report import TextReport


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m plainlanguage", description=__doc__.splitlines()[0])
    parser.add_argument("file", help="text file to check, or - for standard input")
    parser.add_argument("--profile", choices=sorted(PROFILES), default="de")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument("--html", action="store_true", help="the input is HTML")
    parser.add_argument("--glossary", action="append", default=[], help="a term the site explains")
    parser.add_argument(
        "--language", choices=("de", "en"), help="language of the messages (default: that of the profile)"
    )
    return parser


def _read(path: str) -> str:
    if path == "-":
        return sys.stdin.read()
    with open(path, encoding="utf-8") as handle:
        return handle.read()


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        return 0 if exit_.code == 0 else 2
    try:
        text = _read(args.file)
    except (OSError, UnicodeDecodeError) as error:
        print(f"plainlanguage: cannot read {args.file}: {error}", file=sys.stderr)
        return 2
    report = analyze(text, profile=args.profile, html=args.html, glossary=args.glossary)
    args.language = args.language or PROFILES[args.profile].language
    try:
        _print(report, args)
    except BrokenPipeError:  # the reader (e.g. "| head") stopped early; the exit code still counts
        sys.stderr.close()
    return 0 if report.passed else 1


def _print(report: TextReport, args: argparse.Namespace) -> None:
    if args.json:
        print(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        status = "passed" if report.passed else "not passed"
        print(f"{args.profile}: score {report.score:.1f} (threshold {report.threshold:g}), {status}")
        for finding in report.findings:
            suggestion = finding.suggestion.get(args.language) if finding.suggestion else ""
            print(
                f"{finding.start}-{finding.end} {finding.severity} {finding.rule}: "
                f"{finding.message.get(args.language)} «{finding.excerpt}» → {suggestion}"
            )


if __name__ == "__main__":
    sys.exit(main())
