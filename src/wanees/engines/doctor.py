"""`wanees doctor` and `wanees models` (placeholder: the engines helper replaces this module)."""

import typer


def doctor() -> None:
    """Check each engine, its model files, load time and a smoke inference."""
    raise typer.Exit(2)


def models(install: bool = typer.Option(False, "--install")) -> None:
    """Verify (and with --install, assemble) the packaged models."""
    raise typer.Exit(0)
