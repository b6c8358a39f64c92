"""A bare Typer app: the floor `zhifa --help` and zhifa's commands are measured against (bench_startup).

`hello` runs a command and does nothing; `table` does what the smallest zhifa command does with the libraries
the design card names: validate a record with pydantic and print it as a rich table."""

import typer

app = typer.Typer(add_completion=False, rich_markup_mode="rich")


@app.command()
def hello(name: str = "world") -> None:
    """Say hello."""


@app.command()
def table(rows: int = 20) -> None:
    """Validate a small pydantic record and print its rows as a rich table."""
    from pydantic import BaseModel
    from rich.console import Console
    from rich.table import Table

    class Task(BaseModel):
        id: str
        text: str
        units: list[str]

    class Record(BaseModel):
        title: str
        tasks: list[Task]

    record = Record.model_validate({"title": "工作方案", "tasks": [
        {"id": str(i), "text": "推进行政执法规范化建设", "units": ["市司法局", "各县（市、区）人民政府"]}
        for i in range(1, rows + 1)]})
    grid = Table("id", "task 任务", "units 责任单位", title=record.title)
    for task in record.tasks:
        grid.add_row(task.id, task.text, "、".join(task.units))
    Console().print(grid)


if __name__ == "__main__":
    app()
