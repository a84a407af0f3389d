"""Right-to-left by default, no horizontal scrolling at 360 px, and screenshots of the page in
mobile and desktop sizes, light and dark (saved to artifacts/screenshots/ for review)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from playwright.sync_api import Page, expect
from tests.e2e.pages import SCREENSHOTS, ServerProcess, send_text, wait_ready, wait_turns

SIZES = {"mobile": (360, 780), "desktop": (1280, 800)}


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("size", ["mobile", "desktop"])
def test_rtl_layout_fits_and_screenshots(
    server: ServerProcess, page_factory: Callable[..., Page], size: str, scheme: str
) -> None:
    width, height = SIZES[size]
    page = page_factory(width=width, height=height, color_scheme=scheme)
    page.goto(server.url)
    wait_ready(page)
    assert page.evaluate("document.documentElement.dir") == "rtl"
    assert page.evaluate("document.documentElement.lang") == "ar"

    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SCREENSHOTS / f"{size}-{scheme}-welcome.png")

    send_text(page, "أحس بضيق وما أعرف ليش")
    wait_turns(page, 1)
    send_text(page, "شكرًا، هذا يساعد شوي")
    wait_turns(page, 2)
    expect(page.locator("#messages .msg")).to_have_count(4)

    # Nothing wider than the viewport: no sideways scrolling on a small phone.
    assert page.evaluate(
        "document.documentElement.scrollWidth <= document.documentElement.clientWidth"
    )
    # The person's own messages sit at the end side (left in Arabic), Wanees's at the start.
    user_box = page.locator("#messages .msg.user .avatar").first.bounding_box()
    bot_box = page.locator("#messages .msg.assistant .avatar").first.bounding_box()
    assert user_box and bot_box
    assert user_box["x"] < bot_box["x"]
    # The theme follows the device: dark pages have dark backgrounds.
    luminance = page.evaluate(
        "(() => { const [r, g, b] = getComputedStyle(document.body).backgroundColor"
        ".match(/\\d+/g).map(Number); return (0.2126*r + 0.7152*g + 0.0722*b) / 255; })()"
    )
    assert (luminance < 0.3) if scheme == "dark" else (luminance > 0.8)

    page.screenshot(path=SCREENSHOTS / f"{size}-{scheme}-conversation.png")
    if size == "mobile" and scheme == "light":
        page.click("#open-settings")
        page.screenshot(path=SCREENSHOTS / "mobile-light-settings.png")
        page.keyboard.press("Escape")
        send_text(page, "ما أبا أعيش، أبا أموت")
        expect(page.locator("#crisis")).to_be_visible(timeout=15_000)
        wait_turns(page, 3)
        page.evaluate("window.scrollTo(0, 0)")
        page.screenshot(path=SCREENSHOTS / "mobile-light-crisis.png")
