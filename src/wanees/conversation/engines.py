"""The engines a conversation uses, created once and shared by every session.

Sharing is safe because each engine hands out per-call streams; nothing per session is kept
on the engines themselves.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass

from wanees.engines.base import LLM, STT, TTS, VAD


@dataclass(slots=True)
class Engines:
    vad: VAD
    stt: STT
    llm: LLM
    tts: TTS

    async def warmup(self) -> None:
        for engine in (self.vad, self.stt, self.llm, self.tts):
            await engine.warmup()

    async def aclose(self) -> None:
        for engine in (self.vad, self.stt, self.llm, self.tts):
            with contextlib.suppress(Exception):
                await engine.aclose()
