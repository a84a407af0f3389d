"""Logging: structlog over the standard library, console or JSON lines.

Mental-health conversations are sensitive, so a processor drops every key that could carry what
a person said or what was answered, wherever it is logged from. Log session ids, states, timings
and error codes only.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import MutableMapping
from typing import Any

import structlog

from wanees.config import Settings

SENSITIVE_KEYS = frozenset(
    {
        "text",
        "transcript",
        "reply",
        "reply_text",
        "user_text",
        "message",
        "messages",
        "prompt",
        "content",
        "chunk",
        "delta",
        "history",
        "partial",
    }
)
REDACTED = "[redacted]"
# Third-party loggers whose DEBUG records contain raw WebSocket frames.
FRAME_LOGGERS = ("websockets", "uvicorn.error", "uvicorn.protocols", "wsproto")


def redact_sensitive(
    _logger: Any, _method: str, event_dict: MutableMapping[str, Any]
) -> MutableMapping[str, Any]:
    """structlog processor: replace the values of sensitive keys (nested dicts too)."""
    for key in list(event_dict):
        if key == "event":
            continue
        if key.lower() in SENSITIVE_KEYS:
            event_dict[key] = REDACTED
        elif isinstance(event_dict[key], dict):
            event_dict[key] = redact_sensitive(_logger, _method, dict(event_dict[key]))
    return event_dict


def _describe_exception(error: BaseException) -> str:
    """A traceback with every frame and exception type, but no exception message: messages can
    quote data (a KeyError on a transcript, a provider echoing the prompt)."""
    parts: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        frames = "".join(traceback.format_list(traceback.extract_tb(current.__traceback__)))
        kind = type(current)
        parts.append(
            f"Traceback (most recent call last):\n{frames}"
            f"{kind.__module__}.{kind.__qualname__}: [message withheld]"
        )
        current = current.__cause__ or current.__context__
    # Innermost cause first, as Python prints a chain.
    return "\n\nDuring handling of the above exception:\n\n".join(reversed(parts))


def redact_exception(
    _logger: Any, _method: str, event_dict: MutableMapping[str, Any]
) -> MutableMapping[str, Any]:
    """structlog processor: turn exc_info into a message-free traceback under "exception"."""
    exc_info = event_dict.pop("exc_info", None)
    error: BaseException | None = None
    if exc_info is True:
        error = sys.exc_info()[1]
    elif isinstance(exc_info, BaseException):
        error = exc_info
    elif isinstance(exc_info, tuple) and len(exc_info) == 3:
        error = exc_info[1]
    if error is not None:
        event_dict["exception"] = _describe_exception(error)
    return event_dict


def configure_logging(settings: Settings) -> None:
    level = logging.getLevelName(settings.log_level.upper())
    if not isinstance(level, int):
        level = logging.INFO
    shared: list[structlog.types.Processor] = [
        structlog.contextvars.merge_contextvars,
        structlog.stdlib.add_log_level,
        structlog.stdlib.add_logger_name,
        structlog.processors.TimeStamper(fmt="iso", utc=True),
        redact_sensitive,
    ]
    renderer: structlog.types.Processor = (
        structlog.processors.JSONRenderer(ensure_ascii=False)
        if settings.log_json
        else structlog.dev.ConsoleRenderer(colors=False)
    )
    structlog.configure(
        processors=[*shared, structlog.stdlib.ProcessorFormatter.wrap_for_formatter],
        logger_factory=structlog.stdlib.LoggerFactory(),
        wrapper_class=structlog.stdlib.BoundLogger,
        # Not cached: a logger used before configuration must still pass through redaction.
        cache_logger_on_first_use=False,
    )
    formatter = structlog.stdlib.ProcessorFormatter(
        foreign_pre_chain=shared,
        processors=[
            structlog.stdlib.ProcessorFormatter.remove_processors_meta,
            # Before anything renders a traceback: no exception message reaches the log.
            redact_exception,
            renderer,
        ],
    )
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(formatter)
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    # Access logs carry query strings (session ids are fine) but are noisy at INFO.
    logging.getLogger("uvicorn.access").setLevel(logging.WARNING)
    # At DEBUG the WebSocket libraries log every frame's payload, i.e. what people say and
    # hear: never let them go below INFO, whatever the configured level.
    for name in FRAME_LOGGERS:
        logging.getLogger(name).setLevel(max(level, logging.INFO))


def get_logger(name: str) -> structlog.stdlib.BoundLogger:
    return structlog.stdlib.get_logger(name)  # type: ignore[no-any-return]
