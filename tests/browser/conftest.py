"""Real-browser fixtures: Debian's Chromium driven by Playwright, checked with axe-core.

Every test here is marked ``browser`` and skips with a reason where Chromium, Playwright or
axe-core (``npm ci``) is missing, so ``make test`` stays green on a machine without them.
"""

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Playwright's sync API runs an event loop in the test thread; Django's ORM refuses to run
# there unless told that this (single-threaded test) use is safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

REPO_ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
AXE_SCRIPT = REPO_ROOT / "node_modules" / "axe-core" / "axe.min.js"
SCREENSHOT_DIR = REPO_ROOT / "test-output" / "screenshots"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]
DESKTOP = {"width": 1280, "height": 900}


def missing_browser_requirement() -> str | None:
    if not CHROMIUM.exists():
        return f"Chromium not installed at {CHROMIUM} (apt-get install chromium)"
    if not AXE_SCRIPT.exists():
        return f"axe-core missing at {AXE_SCRIPT.relative_to(REPO_ROOT)} (run npm ci)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "Playwright for Python is not installed (pip install playwright)"
    return None


@pytest.fixture(scope="session")
def browser() -> Iterator:
    reason = missing_browser_requirement()
    if reason:
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser) -> Iterator:
    # bypass_csp: the site's Content Security Policy would block the injected axe-core script.
    context = browser.new_context(viewport=DESKTOP, java_script_enabled=True, bypass_csp=True)
    tab = context.new_page()
    yield tab
    context.close()


@pytest.fixture
def page_without_js(browser) -> Iterator:
    """A tab with scripting off: everything must still be readable."""
    context = browser.new_context(viewport=DESKTOP, java_script_enabled=False)
    tab = context.new_page()
    yield tab
    context.close()


def run_axe(page, tags: list[str] | None = None) -> list[dict]:
    """Inject axe-core into the loaded page and return its violations (empty when clean)."""
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        page.add_script_tag(path=str(AXE_SCRIPT))
    result = page.evaluate(
        """async (tags) => {
            const r = await axe.run(document, {runOnly: {type: 'tag', values: tags}});
            return r.violations.map(v => ({
                id: v.id, impact: v.impact, help: v.help,
                nodes: v.nodes.map(n => ({target: n.target.join(' '), summary: n.failureSummary}))
            }));
        }""",
        tags or AXE_TAGS,
    )
    return result


def describe_violations(url: str, violations: list[dict]) -> str:
    lines = [f"{url}:"]
    for violation in violations:
        lines.append(f"  {violation['id']} ({violation['impact']}): {violation['help']}")
        lines.extend(f"    {node['target']}: {node['summary']}" for node in violation["nodes"][:5])
    return "\n".join(lines)


FOCUS_PROBE = """() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    const rect = el.getBoundingClientRect();
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const shadow = style.boxShadow && style.boxShadow !== 'none';
    return {
        tag: el.tagName.toLowerCase(),
        id: el.id,
        text: (el.innerText || el.value || el.getAttribute('aria-label') || '').trim().slice(0, 60),
        href: el.getAttribute('href'),
        visible_focus: outline || shadow,
        on_screen: rect.width > 0 && rect.height > 0,
        top: rect.top + window.scrollY,
        bottom: rect.bottom + window.scrollY,
        key: el.tagName + '|' + (el.id || '') + '|' + (el.getAttribute('href') || '') + '|'
             + (el.getAttribute('name') || '') + '|' + Math.round(rect.top + window.scrollY)
             + '|' + Math.round(rect.left),
    };
}"""


def tab_through(page, max_steps: int = 200) -> list[dict]:
    """Press Tab from the top of the page until focus leaves the page or comes back round.

    Returns the focus stops in order. Raises AssertionError on a keyboard trap: the same element
    keeping focus over several presses while it is not the last stop.
    """
    page.evaluate("() => { document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0); }")
    stops: list[dict] = []
    seen: set[str] = set()
    repeats = 0
    for _ in range(max_steps):
        page.keyboard.press("Tab")
        stop = page.evaluate(FOCUS_PROBE)
        if stop is None:
            break  # focus left the document: the end of the tab order
        if stops and stop["key"] == stops[-1]["key"]:
            repeats += 1
            if repeats >= 3:
                raise AssertionError(f"keyboard trap at {stop}")
            continue
        repeats = 0
        if stop["key"] in seen:
            break  # wrapped round to the start
        seen.add(stop["key"])
        stops.append(stop)
    return stops


def screenshot(page, name: str, full_page: bool = True) -> Path:
    SCREENSHOT_DIR.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOT_DIR / f"{name}.png"
    page.screenshot(path=str(path), full_page=full_page)
    return path
