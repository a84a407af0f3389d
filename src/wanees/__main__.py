from wanees.cli import app

app()
