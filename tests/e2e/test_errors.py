"""Engine failures reach the person as a gentle message, never as a dead end."""

from __future__ import annotations

from collections.abc import Callable

from playwright.sync_api import Page, expect
from tests.e2e.pages import ServerProcess, send_text, wait_ready


def test_speech_synthesis_failure_shows_gentle_notice_and_keeps_the_text(
    server_factory: Callable[..., ServerProcess], page_factory: Callable[..., Page]
) -> None:
    server = server_factory(WANEES_FAKE__FAIL="tts")
    page = page_factory()
    page.goto(server.url)
    wait_ready(page)
    send_text(page, "تعبت من كل شي")

    notice = page.locator("#notice")
    expect(notice).to_be_visible(timeout=15_000)
    expect(page.locator("#notice-text")).to_have_text("ما قدرت أنطق الرد، لكنه مكتوب قدامك.")
    # The reply that could not be spoken is still there to read, and the page listens again.
    expect(page.locator("#messages .msg.assistant .msg-text")).not_to_be_empty()
    page.wait_for_function("() => window.wanees.snapshot().serverState === 'listening'")
    page.click("#notice-dismiss")
    expect(notice).to_be_hidden()


def test_diagnostics_drawer_shows_each_turns_timings(
    server: ServerProcess, page_factory: Callable[..., Page]
) -> None:
    page = page_factory()
    page.goto(server.url)
    wait_ready(page)
    drawer = page.locator("#diagnostics")
    expect(drawer).to_be_hidden()  # hidden by default

    send_text(page, "مرحبا")
    page.wait_for_function("() => window.wanees.snapshot().metrics.length === 1")
    page.click("#open-settings")
    page.check("#set-diagnostics")
    page.keyboard.press("Escape")
    expect(drawer).to_be_visible()
    rows = page.locator("#diag-rows tr")
    expect(rows).to_have_count(1)
    turn_id = page.evaluate("window.wanees.snapshot().metrics[0].turn_id")
    expect(rows.first).to_have_attribute("data-turn-id", turn_id)
    # Typed turn: no speech recognition, so that column says "not measured".
    expect(rows.first.locator("td").nth(2)).to_have_text("—")
    page.keyboard.press("Escape")
    expect(drawer).to_be_hidden()
