"""Author rules for media: videos need captions, audio needs a transcript."""

from __future__ import annotations

import re
from collections.abc import Iterator

from checkreport import Text

from ..dom import Page, attr
from ..registry import Hit, Rule
from ._helpers import ex

_VIDEO_HOSTS = re.compile(r"(youtube\.com|youtube-nocookie\.com|youtu\.be|vimeo\.com|dailymotion\.com)", re.I)


def _video_without_captions(page: Page) -> Iterator[Hit]:
    for node in page.by_tag.get("video", ()):
        if page.is_excluded(node):
            continue
        kinds = {attr(track, "kind").strip().lower() for track in node.find_all("track")}
        if not kinds & {"captions", "subtitles"}:
            yield Hit(node)


def _embedded_video(page: Page) -> Iterator[Hit]:
    for node in page.by_tag.get("iframe", ()):
        if _VIDEO_HOSTS.search(attr(node, "src")) and not page.is_excluded(node):
            yield Hit(node)


def _audio(page: Page) -> Iterator[Hit]:
    for node in page.by_tag.get("audio", ()):
        if not page.is_excluded(node):
            yield Hit(node)


RULES = (
    Rule(
        id="video-captions",
        kind="html",
        severity="warning",
        wcag=("1.2.2",),
        title=Text(de="Videos haben Untertitel", en="Videos have captions"),
        message=Text(
            de='Das Video hat keine Untertitel-Spur (<track kind="captions">).',
            en='The video has no caption track (<track kind="captions">).',
        ),
        suggestion=Text(
            de="Fügen Sie Untertitel als WebVTT-Datei hinzu; für Gebärdensprache ein eigenes Video.",
            en="Add captions as a WebVTT file; for sign language a separate video.",
        ),
        check=_video_without_captions,
        bad=(ex('<video src="/media/gruss.mp4" controls></video>'),),
        good=(
            ex(
                '<video src="/media/gruss.mp4" controls><track kind="captions" src="gruss.vtt" srclang="de"></video>'
            ),
        ),
    ),
    Rule(
        id="video-embed-review",
        kind="html",
        severity="info",
        wcag=("1.2.2", "1.2.5"),
        title=Text(de="Eingebettete Videos prüfen", en="Review embedded videos"),
        message=Text(
            de="Ein Video einer Plattform ist eingebettet; ob es Untertitel hat, lässt sich hier nicht prüfen.",
            en="A video from a platform is embedded; whether it has captions cannot be checked here.",
        ),
        suggestion=Text(
            de="Prüfen Sie Untertitel und Audiodeskription auf der Plattform.",
            en="Check captions and audio description on the platform.",
        ),
        check=_embedded_video,
        bad=(ex('<iframe title="Grußwort" src="https://www.youtube-nocookie.com/embed/abc"></iframe>'),),
        good=(ex('<iframe title="Stadtplan" src="/karte"></iframe>'),),
    ),
    Rule(
        id="audio-transcript",
        kind="html",
        severity="info",
        wcag=("1.2.1",),
        title=Text(de="Audio hat eine Abschrift", en="Audio has a transcript"),
        message=Text(
            de="Eine Audiodatei ist eingebunden; gehörlose Menschen brauchen eine Abschrift.",
            en="An audio file is included; deaf people need a transcript.",
        ),
        suggestion=Text(
            de="Stellen Sie die Abschrift direkt unter die Audiodatei.",
            en="Put the transcript right below the audio.",
        ),
        check=_audio,
        bad=(ex('<audio src="/media/podcast.mp3" controls></audio>'),),
        good=(ex("<p>Podcast (Abschrift unten)</p>"),),
    ),
)
