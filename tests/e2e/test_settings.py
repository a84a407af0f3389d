"""Settings: chosen in the panel, remembered in the browser, sent to the server, and applied by
it from the next turn (the fake TTS makes audio whose length is inversely proportional to the
speaking rate, so the effect is measurable in turn.metrics)."""

from __future__ import annotations

from collections.abc import Callable

from playwright.sync_api import Page, expect
from tests.e2e.pages import ServerProcess, bubbles, send_text, snapshot, wait_ready, wait_turns

CALM_TEXT = "اليوم كان طويل شوي"


def _set_rate(page: Page, value: str) -> None:
    page.eval_on_selector(
        "#set-rate",
        "(el, v) => { el.value = v; el.dispatchEvent(new Event('input', {bubbles: true}));"
        " el.dispatchEvent(new Event('change', {bubbles: true})); }",
        value,
    )


def test_speaking_rate_applies_from_the_next_turn_and_is_remembered(
    server: ServerProcess, page_factory: Callable[..., Page]
) -> None:
    page = page_factory()
    updates: list[str] = []
    page.on(
        "websocket",
        lambda ws: ws.on(
            "framesent",
            lambda payload: (
                updates.append(payload)
                if isinstance(payload, str) and "session.update" in payload
                else None
            ),
        ),
    )
    page.goto(server.url)
    wait_ready(page)

    # Two turns at the normal rate (the first carries the disclosure, so compare with the 2nd).
    send_text(page, CALM_TEXT)
    wait_turns(page, 1)
    send_text(page, CALM_TEXT)
    wait_turns(page, 2)

    page.click("#open-settings")
    expect(page.locator("#settings-dialog")).to_be_visible()
    _set_rate(page, "2")
    # The server's session.updated echo is shown as "saved".
    expect(page.locator("#settings-saved")).not_to_be_empty()
    page.check("#settings-dialog input[name='theme'][value='dark']", force=True)
    page.keyboard.press("Escape")
    expect(page.locator("#settings-dialog")).to_be_hidden()

    assert any('"rate":2' in update for update in updates), updates
    assert page.evaluate("document.documentElement.dataset.theme") == "dark"

    send_text(page, CALM_TEXT)
    wait_turns(page, 3)
    metrics = snapshot(page)["metrics"]
    replies = bubbles(page, "assistant")
    # Seconds of speech per character: the replies may differ (the care layer's guard swaps a
    # repeated model reply for a line of its bank), the speaking rate must show regardless.
    normal = metrics[1]["reply_audio_s"] / len(replies[1])
    faster = metrics[2]["reply_audio_s"] / len(replies[2])
    assert faster < normal * 0.7, (normal, faster, replies[1:])

    # Remembered in this browser: after a reload the panel shows the chosen values.
    page.reload()
    wait_ready(page)
    page.click("#open-settings")
    assert page.input_value("#set-rate") == "2"
    expect(page.locator("#rate-value")).to_have_text("2.0×")
    assert page.evaluate("document.documentElement.dataset.theme") == "dark"


def test_interface_language_toggle_switches_direction_and_strings(
    server: ServerProcess, page_factory: Callable[..., Page]
) -> None:
    page = page_factory()
    page.goto(server.url)
    wait_ready(page)
    assert page.evaluate("document.documentElement.dir") == "rtl"
    assert page.evaluate("document.documentElement.lang") == "ar"

    page.click("#lang-toggle")
    assert page.evaluate("document.documentElement.dir") == "ltr"
    expect(page.locator("#state-label")).to_have_text("Tap to start talking")
    expect(page.locator("#lang-toggle")).to_have_text("العربية")

    page.reload()
    wait_ready(page)
    assert page.evaluate("document.documentElement.lang") == "en"
    page.click("#lang-toggle")
    assert page.evaluate("document.documentElement.dir") == "rtl"
    expect(page.locator("#state-label")).to_have_text("اضغط لنبدأ الحديث")
