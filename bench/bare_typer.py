"""A bare Typer app with two commands: the floor `zhifa --help` is measured against (bench_startup)."""

import typer

app = typer.Typer(add_completion=False, rich_markup_mode="rich")


@app.command()
def hello(name: str = "world") -> None:
    """Say hello."""


@app.command()
def bye() -> None:
    """Say goodbye."""


if __name__ == "__main__":
    app()
