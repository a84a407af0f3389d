"""Microphone refused: the page explains how to allow it in this browser; typing still works."""

from __future__ import annotations

from playwright.sync_api import Browser, expect
from tests.e2e.pages import ServerProcess, new_page, send_text, wait_ready, wait_turns


def test_denied_microphone_shows_help_and_text_fallback_works(
    server: ServerProcess, denying_browser: Browser
) -> None:
    page = new_page(denying_browser)
    try:
        page.goto(server.url)
        wait_ready(page)
        page.click("#talk")

        help_panel = page.locator("#mic-help")
        expect(help_panel).to_be_visible()
        expect(page.locator("#mic-help-title")).to_have_text("الميكروفون محجوب")
        # This browser's steps are open; the others are one tap away.
        expect(page.locator("#mic-help details[data-browser='chrome']")).to_have_attribute(
            "open", ""
        )
        expect(page.locator("#mic-help details[data-browser='firefox']")).not_to_have_attribute(
            "open", ""
        )
        expect(page.locator("#mic-help details[data-browser='safari'] summary")).to_be_visible()
        expect(page.locator("#talk")).to_have_attribute("data-state", "blocked")

        # Typing instead still gets a reply.
        send_text(page, "ما أقدر أتكلم الحين")
        wait_turns(page, 1)
        expect(page.locator("#messages .msg.assistant")).to_have_count(1)

        # Esc closes the help panel.
        page.locator("body").press("Escape")
        expect(help_panel).to_be_hidden()
        assert not page.errors  # type: ignore[attr-defined]
    finally:
        page.context.close()
