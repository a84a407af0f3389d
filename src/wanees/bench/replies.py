"""How often people would hear the model, not the bank (``wanees bench --replies``).

Everyday messages in Omani and Gulf dialect, none of them at risk, go one by one (each the first
exchange of a fresh session after the greeting) through the care layer's plan and the
conversation's own reply producer: the configured LLM, the clause splitter, the reply guard and
the fallbacks, with a silent synthesizer. For each message it prints where the spoken reply came
from (``model``, ``fallback_model``, ``bank``), why the model's reply was not spoken (the guard's
reason code) and the reply itself; at the end, the share the model got through.

Use it to compare models (``--set WANEES_LLM__MODEL_PATH=/models/x.gguf``) or prompt changes:
the share says how often the guard let the model speak, not whether its words were good, so read
the replies too. Generation is sampled, so two runs differ: compare shares over a few runs.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from dataclasses import dataclass

from wanees.config import Settings

# Written for this probe: what people tell a companion on an ordinary day, spoken-style, in the
# dialects the product is for. None is a crisis (the care layer would answer those itself).
MESSAGES = (
    "والله تعبان شوي اليوم وما قدرت أنام زين البارحة",
    "الشغل وايد ضغط علي هالأسبوع وما عندي وقت لأهلي",
    "أحس إني وحيد من بعد ما سافر أخوي",
    "ما أعرف شو أسوي، أمي مريضة وأنا خايف عليها",
    "تو رجعت من الدوام وحاس بضيقة",
    "كل ما أفكر في الامتحانات يزيد قلقي وقلبي يدق بسرعة",
    "زعلان من ربيعي لأنه ما عزمني على عرسه",
    "أبا أتكلم مع حد بس ما أعرف مع من",
    "جدتي توفت الشهر اللي طاف وللحين ما مصدق",
    "المدير صرخ علي قدام الكل وأنا وايد معصب",
    "خطيبتي فسخت الخطوبة وما أعرف ليش",
    "ما عاجبني شكلي وأحس الكل يطالعني",
    "الحمد لله اليوم حصلت الوظيفة اللي كنت أبغاها",
    "الديون وايد علي وما أعرف كيف أسددها",
    "مشتاق لبلادي وأهلي، الغربة صعبة",
    "ولدي الصغير ما يسمع الكلام وتعبت منه",
)


@dataclass(frozen=True, slots=True)
class ReplyOutcome:
    message: str
    source: str  # "model", "fallback_model", "bank", "fixed" (the care layer answered itself)
    reason: str | None  # why the model's reply was not spoken (a code), if it was not
    reply: str


async def probe(settings: Settings, messages: tuple[str, ...] = MESSAGES) -> list[ReplyOutcome]:
    from wanees.app import create_care, prime_llm_cache
    from wanees.conversation.clock import TurnClock
    from wanees.conversation.engines import Engines
    from wanees.conversation.outbox import Outbox
    from wanees.conversation.reply import ReplyProducer
    from wanees.engines import fallback
    from wanees.engines.fake import create_energy_vad, create_stt, create_tts
    from wanees.transport.protocol import SessionSettings

    async def discard(*_: object) -> None:
        return None

    # Only the model is real: the probe is about what it says, not how it sounds.
    engines = Engines(
        vad=create_energy_vad(settings),
        stt=create_stt(settings),
        llm=fallback.create_llm(settings),
        tts=create_tts(settings),
    )
    care = create_care(settings, engines)
    producer = ReplyProducer(
        session_id="bench-replies",
        settings=settings,
        engines=engines,
        session_settings=SessionSettings,
        send_event=discard,
        send_audio=discard,
    )
    outcomes: list[ReplyOutcome] = []
    try:
        # As the server does at start-up: load the model and read the companion's system
        # prompt once, so every message after it reads only its own words.
        await engines.llm.warmup()
        await prime_llm_cache(engines, care)
        for message in messages:
            plan = await care.plan_turn(
                message, [], care.new_session_state(), language=None, first_turn=False
            )
            clock = TurnClock(input_mode="text")
            reply = await producer.speak(plan, clock, plan.assessment.language, Outbox(held=False))
            outcomes.append(
                ReplyOutcome(message, clock.reply_source, clock.fallback_reason, reply.text)
            )
    finally:
        await engines.aclose()
    return outcomes


def report(settings: Settings) -> str:
    outcomes = asyncio.run(probe(settings))
    lines: list[str] = []
    for outcome in outcomes:
        why = f" ({outcome.reason})" if outcome.reason else ""
        lines.append(f"[{outcome.source}{why}] {outcome.message}\n    -> {outcome.reply}")
    sources = Counter(outcome.source for outcome in outcomes)
    reasons = Counter(outcome.reason for outcome in outcomes if outcome.reason)
    spoken = sources["model"] + sources["fallback_model"]
    lines.append(
        f"\nmodel replies spoken: {spoken}/{len(outcomes)}  "
        + "  ".join(f"{name} {count}" for name, count in sorted(sources.items()))
    )
    if reasons:
        lines.append(
            "not spoken because: " + ", ".join(f"{r} {n}" for r, n in reasons.most_common())
        )
    return "\n".join(lines)
