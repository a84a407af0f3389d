"""`wanees bench --replies`: the real reply path (care plan, guard, fallbacks) per message."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import fake_settings

from wanees.bench.replies import MESSAGES, probe, report

GOOD = "الله يعينك، هذا وايد عليك. شو أكثر شي متعبك الحين؟"


async def test_a_reply_the_guard_accepts_is_the_models(tmp_path: Path) -> None:
    outcomes = await probe(fake_settings(tmp_path, fake={"reply": GOOD}), MESSAGES[:4])
    assert [o.message for o in outcomes] == list(MESSAGES[:4])
    generated = [o for o in outcomes if o.source != "fixed"]
    assert generated
    assert all(o.source == "model" and o.reason is None for o in generated)
    assert all(o.reply == GOOD for o in generated)


async def test_an_echo_of_the_message_gives_way_to_the_bank(tmp_path: Path) -> None:
    message = MESSAGES[2]  # "أحس إني وحيد من بعد ما سافر أخوي"
    # The guard is under test, not the risk check: with the check on, this line's "من بعد ما"
    # raises it to screening questions (a known false alarm of the n-gram learner, safety.md).
    settings = fake_settings(tmp_path, fake={"reply": message}, care={"semantic": False})
    outcomes = await probe(settings, (message,))
    assert outcomes[0].source == "bank"
    assert outcomes[0].reason == "guard:parroting"
    assert outcomes[0].reply and outcomes[0].reply != message


def test_the_report_counts_what_people_would_hear(tmp_path: Path) -> None:
    settings = fake_settings(tmp_path, fake={"reply": "أعتذر، ولكنني لا أستطيع مساعدتك في هذا."})
    text = report(settings)
    assert "model replies spoken: 0/16" in text
    assert "guard:refusal" in text
    assert text.count("\n    -> ") == len(MESSAGES)
