"""Whisper base (multilingual, CTranslate2 int8) through faster-whisper, fully offline.

One model per process, shared by all sessions; CTranslate2 already uses every core for one
decode, so calls are serialised with a lock and run in a worker thread. Partials are
best-effort: a quick greedy decode of the audio so far, started only when no decode is running,
never queued, so they cannot delay the final transcript by more than one partial decode.
"""

from __future__ import annotations

import asyncio
import math
import os
import threading
from collections.abc import AsyncIterable, AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from wanees.config import Settings
from wanees.engines.base import INPUT_SAMPLE_RATE, STT, Transcript
from wanees.engines.models import WHISPER_BASE, ensure

if TYPE_CHECKING:
    from faster_whisper import WhisperModel

# Shorter than this is a click or a cough; decoding it only invites a hallucination.
MIN_AUDIO_S = 0.2
# Whisper's encoder window: 30 s of 10 ms mel frames.
FULL_WINDOW_FRAMES = 3000
# Whisper, trained on subtitles, "hears" these credits in noise; alone they are never speech.
HALLUCINATIONS = frozenset(
    {
        "ترجمة نانسي قنقر",
        "اشتركوا في القناة",
        "شكرا للمشاهدة",
        "شكرا على المشاهدة",
        "المترجم للقناة",
    }
)


@dataclass(frozen=True, slots=True)
class DecodeOptions:
    beam_size: int
    without_timestamps: bool


_LOADED: dict[tuple[Path, int], tuple[WhisperModel, threading.Lock]] = {}
_LOADING = threading.Lock()


def shared_model(model_dir: Path, cpu_threads: int) -> tuple[WhisperModel, threading.Lock]:
    """The process-wide model for ``model_dir`` and the lock serialising its decodes."""
    key = (model_dir.resolve(), cpu_threads)
    with _LOADING:
        if key not in _LOADED:
            _LOADED[key] = (load_model(model_dir, cpu_threads), threading.Lock())
        return _LOADED[key]


def load_model(model_dir: Path, cpu_threads: int) -> WhisperModel:
    """Import faster-whisper offline (it would otherwise consult the Hugging Face hub)."""
    os.environ["HF_HUB_OFFLINE"] = "1"
    from faster_whisper import WhisperModel

    class WindowedWhisperModel(WhisperModel):  # type: ignore[misc]
        """Encodes only the first ``window_frames`` mel frames of faster-whisper's 30 s window.

        Whisper pads every input to 30 s, so a 5 s utterance pays for 30 s of encoder time,
        which dominates a decode on CPU. CTranslate2 encodes shorter inputs; with a second of
        padding kept after the speech, accuracy on the evaluation clips is unchanged while a
        decode is several times faster. Set per decode, under the decode lock.
        """

        window_frames: int | None = None

        def encode(self, features: Any) -> Any:
            if self.window_frames is not None and features.shape[-1] > self.window_frames:
                features = features[..., : self.window_frames]
            return super().encode(features)

    return WindowedWhisperModel(
        str(model_dir),
        device="cpu",
        compute_type="int8",
        cpu_threads=cpu_threads,
        num_workers=1,
        local_files_only=True,
    )


def clean_text(text: str) -> str:
    text = " ".join(text.split())
    return "" if text.strip(" .،!؟?") in HALLUCINATIONS else text


class WhisperSTT(STT):
    name = "whisper"

    def __init__(self, settings: Settings) -> None:
        self._settings = settings.stt
        self._cache_dir = settings.effective_cache_dir
        self._model: WhisperModel | None = None
        # One decode at a time per model: CTranslate2 already uses every core for one decode.
        # Replaced by the shared model's lock once loaded.
        self._decode_lock = threading.Lock()

    # ----------------------------------------------------------------------------- model

    def _ensure_model(self) -> WhisperModel:
        if self._model is None:
            model_dir = self._settings.model_dir
            if model_dir is None:
                model_dir = ensure(WHISPER_BASE, self._cache_dir).parent
            threads = min(4, os.cpu_count() or 2)
            self._model, self._decode_lock = shared_model(model_dir, threads)
        return self._model

    def _language(self, language: str | None) -> str | None:
        """Whisper's language code; None lets it detect (``mixed`` Arabic/English)."""
        chosen = language or self._settings.language
        return None if chosen in ("mixed", "auto", "") else chosen

    def decode(self, pcm: bytes, language: str | None, options: DecodeOptions) -> str:
        """Blocking decode of PCM16 audio to text; callers hold the decode lock."""
        return self.decode_detailed(pcm, language, options)[0]

    def decode_detailed(
        self, pcm: bytes, language: str | None, options: DecodeOptions
    ) -> tuple[str, str]:
        """Text and language (detected when ``language`` is None) of PCM16 audio."""
        model = self._ensure_model()
        audio = np.frombuffer(pcm, dtype=np.int16).astype(np.float32) / 32768.0
        model.window_frames = self._window_frames(len(audio))
        segments, info = model.transcribe(
            audio,
            language=language,
            beam_size=options.beam_size,
            temperature=0.0,  # the fallback ladder makes short clips take seconds
            vad_filter=False,  # our VAD has already cut the utterance
            condition_on_previous_text=False,
            without_timestamps=options.without_timestamps,
            initial_prompt=self._settings.initial_prompt or None,
            # Without the temperature ladder a beam can loop ("يبنى يبنى يبنى ..." on a Najdi
            # clip); forbidding repeated trigrams breaks the loop at no measurable cost, and
            # the token cap bounds the time any remaining loop can take (~15 tokens/s speech).
            no_repeat_ngram_size=3,
            max_new_tokens=min(220, 24 + int(len(audio) / INPUT_SAMPLE_RATE * 15)),
        )
        text = clean_text(" ".join(segment.text for segment in segments))
        return text, info.language

    def _window_frames(self, samples: int) -> int | None:
        """Mel frames to encode for ``samples`` of audio (None: Whisper's full 30 s)."""
        if self._settings.full_window:
            return None
        seconds = samples / INPUT_SAMPLE_RATE + self._settings.window_pad_s
        frames = math.ceil(seconds * 100 / 2) * 2  # 10 ms frames, even for the stride-2 conv
        return frames if frames < FULL_WINDOW_FRAMES else None

    def _decode_final(self, pcm: bytes, language: str | None) -> tuple[str, str]:
        self._ensure_model()  # binds the shared lock before we take it
        with self._decode_lock:
            # No timestamps: they are never used, and cost decoding steps.
            options = DecodeOptions(self._settings.beam_size, True)
            return self.decode_detailed(pcm, language, options)

    def _decode_partial(self, pcm: bytes, language: str | None) -> str | None:
        self._ensure_model()
        if not self._decode_lock.acquire(blocking=False):
            return None  # a final (another session's) has priority; skip this partial
        try:
            return self.decode(pcm, language, DecodeOptions(1, True))
        finally:
            self._decode_lock.release()

    # ----------------------------------------------------------------------------- API

    async def warmup(self) -> None:
        noise = np.random.default_rng(0).normal(0, 200, INPUT_SAMPLE_RATE).astype(np.int16)
        await asyncio.to_thread(self._decode_final, noise.tobytes(), self._language(None))

    async def transcribe(
        self, audio: AsyncIterable[bytes], *, language: str | None = None
    ) -> AsyncIterator[Transcript]:
        await asyncio.to_thread(self._ensure_model)
        language = self._language(language)
        buffer = bytearray()
        interval_bytes = int(self._settings.partial_interval_s * INPUT_SAMPLE_RATE) * 2
        next_partial_at = interval_bytes
        partial: asyncio.Future[str | None] | None = None
        partial_duration = 0.0
        last_partial = ""
        chunks = aiter(audio)
        next_chunk: asyncio.Future[bytes] = asyncio.ensure_future(anext(chunks))
        try:
            while True:
                # Wait for audio or a finished partial, whichever comes first, so a partial is
                # delivered as soon as it is ready rather than with the next audio frame.
                waiting: set[asyncio.Future[Any]] = {next_chunk}
                if partial is not None:
                    waiting.add(partial)
                done, _ = await asyncio.wait(waiting, return_when=asyncio.FIRST_COMPLETED)
                if partial is not None and partial in done:
                    text = partial.result()
                    partial = None
                    if text and text != last_partial:
                        last_partial = text
                        yield Transcript(text, False, language, partial_duration)
                if next_chunk not in done:
                    continue
                try:
                    chunk = next_chunk.result()
                except StopAsyncIteration:
                    break
                if not buffer:
                    # Audio already in hand when the stream opens (an utterance resumed after
                    # a pause) gets no partial at once: a decode started now would likely
                    # still hold the model when the speaker next pauses and the final starts.
                    next_partial_at = len(chunk) + interval_bytes
                buffer += chunk
                next_chunk = asyncio.ensure_future(anext(chunks))
                if (
                    self._settings.partials
                    and partial is None
                    and len(buffer) >= next_partial_at
                    and not self._decode_lock.locked()
                ):
                    next_partial_at = len(buffer) + interval_bytes
                    partial_duration = len(buffer) / 2 / INPUT_SAMPLE_RATE
                    partial = asyncio.ensure_future(
                        asyncio.to_thread(self._decode_partial, bytes(buffer), language)
                    )
        finally:
            next_chunk.cancel()
            if partial is not None and not partial.done():
                # A decode thread cannot be interrupted; let it finish in the background.
                partial.add_done_callback(_ignore_result)
        duration = len(buffer) / 2 / INPUT_SAMPLE_RATE
        final_text, detected = "", language
        if duration >= MIN_AUDIO_S:
            final_text, detected = await asyncio.to_thread(
                self._decode_final, bytes(buffer), language
            )
        yield Transcript(final_text, True, detected, duration)


def _ignore_result(task: asyncio.Future[str | None]) -> None:
    if not task.cancelled():
        task.exception()  # retrieve it so asyncio does not log "exception never retrieved"


def create(settings: Settings) -> STT:
    return WhisperSTT(settings)
