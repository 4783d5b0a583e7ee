"""``python -m annotate.serve ARGS`` = ``annotate serve ARGS`` (how ``--detach`` starts the backend)."""

from annotate.cli import app

if __name__ == "__main__":
    app(["serve", *__import__("sys").argv[1:]], prog_name="annotate")
