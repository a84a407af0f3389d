"""The server drops mid-turn (killed, then restarted on the same port and data): the page
reconnects on its own, resumes the same session and rebuilds the conversation from the stored
history, with nothing duplicated; the unanswered message is offered back; a reload keeps it all."""

from __future__ import annotations

from collections.abc import Callable

from playwright.sync_api import Page, expect
from tests.e2e.pages import (
    FAKE_REPLY,
    ServerProcess,
    bubbles,
    send_text,
    snapshot,
    wait_ready,
    wait_turns,
)

FIRST = "أحس إني وحيد هالأيام"
SECOND = "وما أعرف أكلم منو"
THIRD = "شكرًا إنك تسمعني"


def test_reconnects_after_server_restart_mid_turn_without_duplicates(
    server_factory: Callable[..., ServerProcess], page_factory: Callable[..., Page]
) -> None:
    # Slow token generation keeps the second turn in progress long enough to cut it.
    server = server_factory(WANEES_FAKE__LLM_TOKEN_DELAY_S="0.25")
    page = page_factory()
    page.goto(server.url)
    wait_ready(page)
    session_id = snapshot(page)["sessionId"]

    send_text(page, FIRST)
    wait_turns(page, 1)
    expect(page.locator("#messages .msg")).to_have_count(2)

    send_text(page, SECOND)
    page.wait_for_function(
        "() => ['thinking', 'speaking'].includes(window.wanees.snapshot().serverState)"
    )
    server.kill()
    expect(page.locator("#conn")).to_have_attribute("data-conn", "reconnecting")
    # The socket is gone: the page says so and the microphone is not "listening".
    assert snapshot(page)["ready"] is False

    server.start()
    page.wait_for_function(
        "() => window.wanees.snapshot().ready"
        " && (window.wanees.snapshot().events['session.history'] || 0) >= 1",
        timeout=30_000,
    )
    assert snapshot(page)["sessionId"] == session_id
    expect(page.locator("#conn")).to_have_attribute("data-conn", "online")

    # Exactly the stored turn, once; the cut-short one is not shown as if it had been answered.
    assert bubbles(page, "user") == [FIRST]
    assert len(bubbles(page, "assistant")) == 1
    assert FAKE_REPLY in bubbles(page, "assistant")[0]
    # ...and its text is back in the message box, ready to send again.
    expect(page.locator("#composer-input")).to_have_value(SECOND)
    expect(page.locator("#notice")).to_be_visible()

    page.fill("#composer-input", THIRD)
    page.press("#composer-input", "Enter")
    page.wait_for_function(
        "() => document.querySelectorAll('#messages .msg.assistant').length === 2"
        " && window.wanees.snapshot().serverState === 'listening'"
        " && !document.querySelector('#messages .msg.streaming')",
        timeout=30_000,
    )

    page.reload()
    wait_ready(page)
    page.wait_for_function("() => document.querySelectorAll('#messages .msg').length === 4")
    assert bubbles(page, "user") == [FIRST, THIRD]
    assert snapshot(page)["sessionId"] == session_id


def test_new_messages_pill_does_not_fight_a_reader_who_scrolled_up(
    server: ServerProcess, page_factory: Callable[..., Page]
) -> None:
    page = page_factory(height=560)
    page.goto(server.url)
    wait_ready(page)
    for i in range(3):
        send_text(page, f"{FIRST} {i}")
        wait_turns(page, i + 1)
    # Following the conversation: the newest message is in view, no pill.
    expect(page.locator("#new-messages")).to_be_hidden()
    page.evaluate("window.scrollTo(0, 0)")
    page.wait_for_timeout(100)
    send_text(page, THIRD)
    wait_turns(page, 4)
    # The reader stays where they were; a pill offers the new messages instead.
    assert page.evaluate("window.scrollY") == 0
    expect(page.locator("#new-messages")).to_be_visible()
    page.click("#new-messages")
    expect(page.locator("#new-messages")).to_be_hidden()
    page.wait_for_function(
        "() => window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 4"
    )


def test_offline_indicator_follows_the_browser(
    server: ServerProcess, page_factory: Callable[..., Page]
) -> None:
    page = page_factory()
    page.goto(server.url)
    wait_ready(page)
    conn = page.locator("#conn")
    expect(conn).to_have_attribute("data-conn", "online")
    page.context.set_offline(True)
    expect(conn).to_have_attribute("data-conn", "offline")
    expect(page.locator("#conn-label")).to_have_text("لا يوجد اتصال بالإنترنت")
    page.context.set_offline(False)
    expect(conn).to_have_attribute("data-conn", "online", timeout=15_000)
