"""The ML backend's HTTP app (Starlette): ``/health``, ``/setup``, ``/predict``, ``/webhook``.

Protocol details and what Label Studio sends: :mod:`annotate.labelstudio.ml`. Predictions run
in Starlette's thread pool, so a slow batch never holds up ``/webhook``, which only queues.
"""

from __future__ import annotations

import threading
import time
from contextlib import asynccontextmanager
from typing import Callable, Optional

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from annotate.errors import AnnotateError, InputError
from annotate.labelstudio.ml import predict_items, predict_response, webhook_event
from annotate.serve.backend import Backend


async def _json(request: Request, where: str):
    try:
        return await request.json()
    except ValueError:
        raise InputError(f"{where}: body is not JSON") from None


def _error(err: AnnotateError) -> JSONResponse:
    return JSONResponse({"error": str(err)}, status_code=400 if isinstance(err, InputError) else 500)


def create_app(backend: Backend, on_ready: Optional[Callable[[], None]] = None) -> Starlette:
    """The app around ``backend``; ``on_ready`` runs in a thread once the server answers (e.g. registering it)."""

    async def health(request: Request) -> JSONResponse:
        return JSONResponse({"status": "UP", "model_dir": str(backend.config.model_dir), **backend.status()})

    async def setup(request: Request) -> JSONResponse:
        try:
            return JSONResponse({"model_version": await run_in_threadpool(lambda: backend.model_version)})
        except AnnotateError as err:
            return _error(err)

    async def predict(request: Request) -> JSONResponse:
        try:
            body = await _json(request, "/predict")
            items, _ = predict_items(body)
            predictions, version = await run_in_threadpool(backend.predict, items)
            return JSONResponse(predict_response(predictions, backend.schema, version, tasks=body["tasks"]))
        except AnnotateError as err:
            return _error(err)

    async def webhook(request: Request) -> JSONResponse:
        try:
            event = webhook_event(await _json(request, "/webhook"))
        except AnnotateError as err:
            return _error(err)
        queued = backend.notify(event)
        return JSONResponse({"status": "queued" if queued else "ignored", "action": event.action})

    @asynccontextmanager
    async def lifespan(app: Starlette):
        backend.start()
        if on_ready is not None:
            threading.Thread(target=_when_answering, args=(on_ready,), name="annotate-register", daemon=True).start()
        try:
            yield
        finally:
            backend.stop()

    routes = [
        Route("/health", health, methods=["GET"]),
        Route("/", health, methods=["GET"]),
        Route("/setup", setup, methods=["POST"]),
        Route("/predict", predict, methods=["POST"]),
        Route("/webhook", webhook, methods=["POST"]),
    ]
    return Starlette(routes=routes, lifespan=lifespan)


def _when_answering(callback: Callable[[], None]) -> None:
    time.sleep(0.2)  # lifespan startup finishes before the socket accepts; give uvicorn a moment
    callback()
