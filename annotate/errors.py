"""Exceptions the library raises. Only the CLI layer turns them into exit codes."""

from __future__ import annotations


class AnnotateError(Exception):
    """A user-facing error: its message is one line naming the file or field and the fix."""

    exit_code = 1


class InputError(AnnotateError):
    """Bad input (a file, a field, a line). Exit code 1."""

    exit_code = 1


class UsageError(AnnotateError):
    """Nothing usable was given (no articles at all, conflicting options). Exit code 2."""

    exit_code = 2


class ServerError(AnnotateError):
    """Label Studio unreachable, wrong key, missing project, config mismatch. Exit code 3."""

    exit_code = 3


class ModelError(AnnotateError):
    """A model that cannot be trained, loaded or trusted. Exit code 4."""

    exit_code = 4
