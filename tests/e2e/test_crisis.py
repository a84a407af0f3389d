"""A risky typed message: the care layer answers with its fixed crisis reply and the page shows
a persistent banner whose tap-to-call links come from the server's verified resources only."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from playwright.sync_api import Page, expect
from tests.e2e.pages import ServerProcess, send_text, wait_ready, wait_turns

from wanees.care.resources import load_resources

STATIC = Path(__file__).resolve().parents[2] / "src" / "wanees" / "web" / "static"
HIGH_RISK = "ما أبا أعيش، أبا أموت"


def test_high_risk_message_shows_persistent_banner_with_verified_numbers(
    server: ServerProcess, page_factory: Callable[..., Page]
) -> None:
    page = page_factory()
    page.goto(server.url)
    wait_ready(page)
    banner = page.locator("#crisis")
    expect(banner).to_be_hidden()

    send_text(page, HIGH_RISK)
    expect(banner).to_be_visible(timeout=15_000)
    expect(banner).to_have_attribute("role", "alert")

    verified = {resource.number for resource in load_resources()}
    links = page.locator("#crisis-links a")
    hrefs = [links.nth(i).get_attribute("href") for i in range(links.count())]
    assert "tel:9999" in hrefs
    assert {href.removeprefix("tel:") for href in hrefs if href} <= verified
    # Each link is labelled for screen readers with the line's name and number.
    assert "9999" in (
        page.locator("#crisis-links a[href='tel:9999']").get_attribute("aria-label") or ""
    )

    # A shortcut to the first emergency line stays in the top bar whatever is scrolled.
    expect(page.locator("#crisis-quick")).to_have_attribute("href", "tel:9999")

    # Persistent: still there after the turn ends, after switching language, and after a reload
    # (rebuilt from the stored turn's risk level).
    wait_turns(page, 1)
    expect(banner).to_be_visible()
    page.click("#lang-toggle")
    expect(page.locator("#crisis h2")).to_have_text("Your safety comes first")
    expect(page.locator("#crisis-links a[href='tel:9999']")).to_be_visible()
    page.reload()
    wait_ready(page)
    expect(banner).to_be_visible()
    expect(page.locator("#crisis-links a[href='tel:9999']")).to_be_visible()


def test_page_hard_codes_no_phone_numbers() -> None:
    """Numbers reach the person only from the server's verified resources."""
    for path in STATIC.rglob("*"):
        if path.suffix not in {".html", ".js", ".css"}:
            continue
        text = path.read_text(encoding="utf-8")
        # Any run of 4+ digits outside colour codes, SVG paths or numeric literals in code.
        for match in re.finditer(r"(?<![#\w.\-])\d{4,}(?![\w.])", text):
            context = text[max(0, match.start() - 30) : match.end() + 10]
            assert match.group() not in {r.number for r in load_resources()}, (path, context)
            assert not re.search(r"tel:|call|اتصل", context, re.I), (path, context)
