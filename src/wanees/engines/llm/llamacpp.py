"""Any GGUF chat model through xllamacpp's embedded llama.cpp server (no HTTP, no subprocess).

``xllamacpp.Server`` runs llama.cpp's server loop in a native thread; ``handle_chat_completions``
blocks the calling thread and invokes our callback once per OpenAI-style stream chunk, which we
forward to the event loop. Returning True from the callback cancels the server task, which is
how an abandoned reply (barge-in, timeout, closed socket) stops generating within one token.

One slot (``n_parallel=1``): on a 2-core machine two interleaved generations are each slower
than running them in turn, so the server's own queue serialises requests. ``cache_prompt`` keeps
the slot's KV cache, so the unchanging system prompt is not re-evaluated on every turn.
"""

from __future__ import annotations

import asyncio
import logging
import os
import threading
import time
from collections.abc import AsyncIterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from wanees.config import Settings
from wanees.engines.base import (
    LLM,
    ChatMessage,
    EngineError,
    GenerationOptions,
    ModelMissingError,
)
from wanees.engines.models import QWEN_CODER_1_5B, ensure

log = logging.getLogger(__name__)
WARMUP_SYSTEM_PROMPT = "You are a kind, brief companion."
_DONE = object()


@dataclass(slots=True)
class GenerationStats:
    """Figures for the last generation (for metrics and benchmarks; no text)."""

    chunks: int = 0  # stream chunks the server produced (about one per token)
    first_token_s: float | None = None
    duration_s: float = 0.0
    prompt_tokens: int = 0  # evaluated for this request
    cached_tokens: int = 0  # reused from the slot's KV cache (the shared prefix)
    cancelled: bool = False
    finished: bool = False


def default_threads(cores: int | None) -> int:
    """llama.cpp threads when not configured: leave one core for everything else."""
    return max(1, (cores or 2) - 1)


def _server_params(model_path: Path, context_size: int, threads: int) -> Any:
    import xllamacpp

    params = xllamacpp.CommonParams()
    params.model.path = str(model_path)
    params.n_ctx = context_size
    params.n_parallel = 1
    params.cpuparams.n_threads = threads
    params.cpuparams_batch.n_threads = threads
    params.cache_prompt = True
    params.warmup = False  # we warm up with a real chat request instead
    # llama.cpp's own log (load details, per-request timings) goes straight to stderr, around
    # our structured logging; failures reach us as exceptions or error chunks regardless.
    params.verbosity = 0
    return params


class ContextOverflowError(EngineError):
    """The prompt does not fit in the model's context window."""


def drop_oldest_exchange(messages: Sequence[ChatMessage]) -> list[ChatMessage] | None:
    """``messages`` without the oldest user/assistant exchange; None if only the turn is left.

    System messages stay (they lead the prompt and are what the KV cache reuses), and the
    latest message is always kept.
    """
    dialogue = [i for i, m in enumerate(messages) if m.role != "system"]
    if len(dialogue) <= 1:
        return None
    drop = {dialogue[0]}
    if len(dialogue) > 2 and messages[dialogue[1]].role == "assistant":
        drop.add(dialogue[1])
    return [m for i, m in enumerate(messages) if i not in drop]


def _error_message(chunk: dict[str, Any]) -> str | None:
    error = chunk.get("error")
    if isinstance(error, dict):
        return str(error.get("message") or error)
    if error is not None:
        return str(error)
    if "choices" not in chunk and "message" in chunk:
        return str(chunk["message"])
    return None


class LlamaCppLLM(LLM):
    name = "llamacpp"
    # The slot's KV cache keeps the longest common prompt prefix between requests, so a
    # request sent ahead of time (the conversation's priming) makes the next one faster.
    reuses_prompt_prefix = True

    def __init__(self, settings: Settings) -> None:
        self._settings = settings.llm
        self._cache_dir = settings.effective_cache_dir
        self._server: Any = None
        self._load_lock = threading.Lock()
        # Waiting requests block a thread each; keep them off the default executor, which the
        # STT and other engines rely on.
        self._executor = ThreadPoolExecutor(max_workers=16, thread_name_prefix="llamacpp")
        self.last_stats = GenerationStats()
        self._worker: asyncio.Future[None] | None = None

    def model_path(self) -> Path:
        configured = self._settings.model_path
        if configured is not None:
            if not configured.is_file():
                raise ModelMissingError(
                    f"WANEES_LLM__MODEL_PATH={configured} does not exist; point it at a GGUF "
                    "file or unset it to use the packaged model"
                )
            return configured
        return ensure(QWEN_CODER_1_5B, self._cache_dir)

    def _ensure_server(self) -> Any:
        with self._load_lock:
            if self._server is None:
                import xllamacpp

                threads = self._settings.threads or default_threads(os.cpu_count())
                params = _server_params(self.model_path(), self._settings.context_size, threads)
                try:
                    self._server = xllamacpp.Server(params)
                except RuntimeError as error:
                    raise EngineError(f"llama.cpp could not load the model: {error}") from error
            return self._server

    def _request(self, messages: Sequence[ChatMessage], options: GenerationOptions) -> Any:
        return {
            "messages": [{"role": m.role, "content": m.content} for m in messages],
            "stream": True,
            "max_tokens": options.max_tokens,
            "temperature": options.temperature,
            "stop": list(options.stop),
            "cache_prompt": True,
        }

    async def stream_chat(
        self, messages: Sequence[ChatMessage], options: GenerationOptions
    ) -> AsyncIterator[str]:
        history = list(messages)
        while True:
            produced = False
            try:
                async for delta in self._stream_once(history, options):
                    produced = True
                    yield delta
                return
            except ContextOverflowError:
                shorter = drop_oldest_exchange(history)
                if produced or shorter is None:
                    raise
                # A long session outgrew the context: forget its oldest exchange, not the turn.
                log.info("llm context full; dropped the oldest exchange (%d left)", len(shorter))
                history = shorter

    async def _stream_once(
        self, messages: Sequence[ChatMessage], options: GenerationOptions
    ) -> AsyncIterator[str]:
        loop = asyncio.get_running_loop()
        server = await loop.run_in_executor(self._executor, self._ensure_server)
        request = self._request(messages, options)
        queue: asyncio.Queue[object] = asyncio.Queue()
        stop = threading.Event()
        stats = self.last_stats = GenerationStats()
        started = time.perf_counter()

        def on_chunk(chunk: dict[str, Any]) -> bool:
            # Runs on the worker thread for every stream chunk; True cancels the server task.
            if stop.is_set():
                stats.cancelled = True
                return True
            stats.chunks += 1
            loop.call_soon_threadsafe(queue.put_nowait, chunk)
            return False

        def generate() -> None:
            try:
                server.handle_chat_completions(request, on_chunk)
            except Exception as error:  # surfaced to the consumer as an EngineError
                loop.call_soon_threadsafe(queue.put_nowait, error)
            finally:
                stats.duration_s = time.perf_counter() - started
                stats.finished = True
                loop.call_soon_threadsafe(queue.put_nowait, _DONE)

        self._worker = loop.run_in_executor(self._executor, generate)
        try:
            while (item := await queue.get()) is not _DONE:
                if isinstance(item, Exception):
                    raise EngineError(f"llama.cpp generation failed: {item}") from item
                assert isinstance(item, dict)
                message = _error_message(item)
                if message is not None:
                    if "context size" in message or "exceed_context" in str(item.get("error")):
                        raise ContextOverflowError(message)
                    raise EngineError(f"llama.cpp generation failed: {message}")
                timings = item.get("timings")
                if isinstance(timings, dict):
                    stats.prompt_tokens = int(timings.get("prompt_n", 0))
                    stats.cached_tokens = int(timings.get("cache_n", 0))
                for choice in item.get("choices") or ():
                    delta = (choice.get("delta") or {}).get("content")
                    if delta:
                        if stats.first_token_s is None:
                            stats.first_token_s = time.perf_counter() - started
                        yield delta
            # Figures only (no text): how much of the prompt the KV cache saved is what makes
            # the first token fast or slow.
            log.info(
                "llm_generation_done prompt_tokens=%d cached_tokens=%d chunks=%d "
                "first_token_s=%.3f duration_s=%.2f",
                stats.prompt_tokens,
                stats.cached_tokens,
                stats.chunks,
                stats.first_token_s or 0.0,
                stats.duration_s,
            )
        finally:
            stop.set()  # the server stops at its next token; nothing waits for it here

    async def warmup(self) -> None:
        messages = [
            ChatMessage("system", WARMUP_SYSTEM_PROMPT),
            ChatMessage("user", "Hello"),
        ]
        async for _ in self.stream_chat(messages, GenerationOptions(max_tokens=4)):
            pass

    async def wait_idle(self) -> None:
        """Wait until the server has finished (or abandoned) the last generation."""
        if self._worker is not None:
            await asyncio.shield(self._worker)

    async def aclose(self) -> None:
        if self._server is not None:
            # Dropping the last reference joins the native loop thread; do it off the loop.
            holder, self._server = [self._server], None
            await asyncio.get_running_loop().run_in_executor(self._executor, holder.clear)
        self._executor.shutdown(wait=False)


def create(settings: Settings) -> LLM:
    return LlamaCppLLM(settings)
