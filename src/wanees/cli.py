"""The `wanees` command line. Each command lives beside the code it drives; this file only
assembles them, so heavy libraries load only for the command that needs them."""

from __future__ import annotations

import json

import typer

from wanees.bench.cli import bench
from wanees.care.cli import risk
from wanees.engines.doctor import doctor, models
from wanees.transport.schema_doc import protocol_schema

app = typer.Typer(
    name="wanees",
    help="Wanees: a real-time voice companion for mental-health support in Omani Arabic.",
    no_args_is_help=True,
    add_completion=False,
)


@app.command()
def serve(
    host: str | None = typer.Option(None, help="Interface to bind (default 127.0.0.1)"),
    port: int | None = typer.Option(None, help="Port (default 8000)"),
) -> None:
    """Serve the web page and the voice WebSocket."""
    import uvicorn

    from wanees.app import create_app
    from wanees.config import Settings
    from wanees.logs import configure_logging

    overrides: dict[str, object] = {}
    if host is not None:
        overrides["host"] = host
    if port is not None:
        overrides["port"] = port
    settings = Settings(**overrides)  # type: ignore[arg-type]
    configure_logging(settings)
    uvicorn.run(
        create_app(settings),
        host=settings.host,
        port=settings.port,
        log_config=None,
        # Far above our own limit, so an oversized frame reaches the app and gets a
        # `message_too_large` error instead of a protocol-level close.
        ws_max_size=max(16 * 1024 * 1024, settings.limits.max_message_bytes * 4),
    )


@app.command()
def config() -> None:
    """Print the effective configuration, secrets masked."""
    from wanees.config import Settings

    typer.echo(json.dumps(Settings().masked(), indent=2, ensure_ascii=False))


app.command()(doctor)
app.command()(models)
app.command()(risk)
app.command()(bench)
app.command("protocol-schema")(protocol_schema)


if __name__ == "__main__":
    app()
