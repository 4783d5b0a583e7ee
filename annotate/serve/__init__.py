"""``annotate serve``: a Label Studio ML backend that pre-annotates live and retrains as annotators submit.

- :mod:`annotate.serve.backend`: the predictor in use and the retraining worker.
- :mod:`annotate.serve.app`: the Starlette app (``/health``, ``/setup``, ``/predict``, ``/webhook``).
- :mod:`annotate.serve.process`: foreground/detached runs, pid file, stop/status, registering with a project.
"""
