"""Run a local Label Studio (``label-studio==1.23.2`` from ``.venv-labelstudio``) on 127.0.0.1.

Layout of a data dir (default ``data/labelstudio/``, gitignored)::

    label_studio.sqlite3  .env (SECRET_KEY, signs the API tokens)  media/ export/
    credentials.json      0600: url, admin email + password, personal access token
    server.pid            pid of the running server (stopped with SIGTERM by that pid)
    server.log            the server's stdout/stderr

First start of an empty dir migrates the SQLite database (about a minute), creates the
admin user from ``LABEL_STUDIO_USERNAME``/``LABEL_STUDIO_PASSWORD`` set explicitly in the
child's environment (Label Studio also reads plain ``USERNAME``/``PASSWORD``, so those are
removed), logs in once and creates a personal access token (JWT refresh token; SDK 2.x
refreshes access tokens itself). A restart of a migrated dir takes seconds, so tests and
the benchmark copy a migrated template dir (:func:`template_dir`) instead of migrating.

PostgreSQL instead of SQLite (``start(..., db="postgres")``, ``labelstudio start --db
postgres``): the connection comes from Label Studio's own variables ``POSTGRE_NAME``,
``POSTGRE_USER``, ``POSTGRE_PASSWORD``, ``POSTGRE_HOST``, ``POSTGRE_PORT`` and is recorded in
``database.json`` (0600) in the data dir, so restarts, ``status`` and token renewal use the
same database without the variables. The data dir still holds the signing key, media and
credentials; the database holds projects, tasks and annotations. Checked with a connection
(Label Studio's psycopg, connect timeout 10 s) before the server starts.

Limits: one server per data dir; Linux/macOS only (SIGTERM, ``os.kill(pid, 0)``); a data dir
stays on the database it was first started with.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Optional

import httpx
from pydantic import BaseModel, SecretStr

from annotate.errors import ServerError, UsageError
from annotate.output import atomic_writer
from annotate.paths import DATA_DIR, ROOT

LABEL_STUDIO_VERSION = "1.23.2"
DEFAULT_DATA_DIR = DATA_DIR / "labelstudio"
DEFAULT_PORT = 8080
DEFAULT_HOST = "127.0.0.1"
ADMIN_EMAIL = "admin@annotate.local"
LABEL_STUDIO_BIN_ENV = "ANNOTATE_LABEL_STUDIO_BIN"
DEFAULT_LABEL_STUDIO_BIN = ROOT / ".venv-labelstudio" / "bin" / "label-studio"
CREDENTIALS_NAME = "credentials.json"
DATABASE_FILE = "database.json"
SQLITE_NAME = "label_studio.sqlite3"
DATABASES = ("sqlite", "postgres")
#: Label Studio's own PostgreSQL settings (core/settings/base.py), read from our environment.
POSTGRES_VARIABLES = ("POSTGRE_NAME", "POSTGRE_USER", "POSTGRE_PASSWORD", "POSTGRE_HOST", "POSTGRE_PORT")
POSTGRES_REQUIRED = ("POSTGRE_NAME", "POSTGRE_USER", "POSTGRE_HOST")
POSTGRES_CONNECT_TIMEOUT_S = 10
PID_NAME = "server.pid"
LOG_NAME = "server.log"
#: Fresh dirs migrate for about a minute on a 2-core machine; restarts take seconds.
START_TIMEOUT_S = 300.0
STOP_TIMEOUT_S = 30.0
#: Plain names Label Studio also reads as settings (``LABEL_STUDIO_X``, ``HEARTEX_X``, ``X``):
#: removed from the child's environment so a stray shell variable cannot leak in.
LEAKY_SETTINGS = (
    "USERNAME", "PASSWORD", "USER_TOKEN", "HOST", "PORT", "DEBUG", "SECRET_KEY", "DATABASE_NAME",
    "BASE_DATA_DIR", "DISABLE_SIGNUP_WITHOUT_LINK", "LOG_LEVEL", "ENABLE_LEGACY_API_TOKEN",
)
#: What we set explicitly: no version check, analytics or Sentry; SQLite in the data dir.
QUIET_SETTINGS = {
    "LATEST_VERSION_CHECK": "false",
    "COLLECT_ANALYTICS": "false",
    "SENTRY_DSN": "",
    "FRONTEND_SENTRY_DSN": "",
    "LABEL_STUDIO_DISABLE_SIGNUP_WITHOUT_LINK": "true",
    "DJANGO_DB": "sqlite",
}
#: An ML backend on this machine (``annotate serve``) must be reachable from the server: local
#: ML URLs allowed, and of Label Studio's SSRF block list every default subnet but loopback.
LOOPBACK_SUBNETS = ("127.0.0.0/8", "::1/128")
ML_SETTINGS = {"ML_BLOCK_LOCAL_IP": "false", "USE_DEFAULT_BANNED_SUBNETS": "false"}
LISTEN_LINE = re.compile(r"Starting development server at https?://[^:/]+:(\d+)/")


class Credentials(BaseModel):
    """What ``credentials.json`` (mode 0600) holds. ``api_key`` never shows in a repr or log."""

    url: str
    email: str
    password: SecretStr
    api_key: SecretStr
    label_studio_version: str = LABEL_STUDIO_VERSION

    def dump(self) -> str:
        data = self.model_dump()
        data["password"] = self.password.get_secret_value()
        data["api_key"] = self.api_key.get_secret_value()
        return json.dumps(data, indent=2) + "\n"


class PostgresSettings(BaseModel):
    """Where a data dir's database lives when it is PostgreSQL (``database.json``, mode 0600)."""

    engine: str = "postgresql"
    name: str
    user: str
    password: SecretStr = SecretStr("")
    host: str
    port: int = 5432

    def describe(self) -> str:
        return f"PostgreSQL database {self.name!r} as {self.user!r} at {self.host}:{self.port}"

    def env(self) -> dict[str, str]:
        """What Label Studio reads: ``DJANGO_DB=postgresql`` and its ``POSTGRE_*`` settings."""
        return {
            "DJANGO_DB": "postgresql", "POSTGRE_NAME": self.name, "POSTGRE_USER": self.user,
            "POSTGRE_PASSWORD": self.password.get_secret_value(), "POSTGRE_HOST": self.host, "POSTGRE_PORT": str(self.port),
        }

    def dump(self) -> str:
        data = self.model_dump()
        data["password"] = self.password.get_secret_value()
        return json.dumps(data, indent=2) + "\n"


def postgres_from_env(environ: Optional[dict[str, str]] = None) -> PostgresSettings:
    """The PostgreSQL connection given by ``POSTGRE_NAME/USER/PASSWORD/HOST/PORT``."""
    environ = os.environ if environ is None else environ
    values = {name: environ.get(name, "").strip() for name in POSTGRES_VARIABLES}
    values["POSTGRE_PASSWORD"] = environ.get("POSTGRE_PASSWORD", "")  # a password may have edge spaces
    missing = [name for name in POSTGRES_REQUIRED if not values[name]]
    if missing:
        raise UsageError(f"--db postgres needs {', '.join(missing)} in the environment (and POSTGRE_PASSWORD, POSTGRE_PORT if not 5432); set them to the database you provide")
    port = values["POSTGRE_PORT"] or "5432"
    if not port.isdigit() or not 0 < int(port) < 65536:
        raise UsageError(f"POSTGRE_PORT={port!r} is not a port number; set it to the PostgreSQL port, e.g. 5432")
    return PostgresSettings(
        name=values["POSTGRE_NAME"], user=values["POSTGRE_USER"], password=SecretStr(values["POSTGRE_PASSWORD"]),
        host=values["POSTGRE_HOST"], port=int(port),
    )


def write_private(path: Path, text: str) -> Path:
    """Write ``path`` atomically with mode 0600 (never world-readable, not even briefly)."""
    with atomic_writer(path) as handle:
        os.chmod(handle.name, 0o600)
        handle.write(text)
    os.chmod(path, 0o600)
    return path


def database_path(data_dir: Path) -> Path:
    return Path(data_dir) / DATABASE_FILE


def read_database(data_dir: Path) -> Optional[PostgresSettings]:
    """The data dir's PostgreSQL settings; None when it runs on SQLite."""
    path = database_path(data_dir)
    if not path.is_file():
        return None
    try:
        return PostgresSettings.model_validate_json(path.read_text(encoding="utf-8"))
    except ValueError:
        raise ServerError(f"{path}: unreadable database settings; fix it or start again with `annotate labelstudio start --db postgres`") from None


def write_database(data_dir: Path, settings: PostgresSettings) -> Path:
    return write_private(database_path(data_dir), settings.dump())


def check_postgres(settings: PostgresSettings) -> None:
    """Connect once with Label Studio's own psycopg; one line naming the database when that fails."""
    script = (
        "import sys, psycopg\n"
        "try:\n"
        "    psycopg.connect(dbname=sys.argv[1], user=sys.argv[2], host=sys.argv[3], port=int(sys.argv[4]),\n"
        "                    password=sys.stdin.read(), connect_timeout=int(sys.argv[5])).close()\n"
        "except Exception as err:\n"
        "    print(' '.join(str(err).split()) or type(err).__name__)\n"
        "    sys.exit(1)\n"
    )
    python = label_studio_bin().parent / "python"
    args = [str(python), "-c", script, settings.name, settings.user, settings.host, str(settings.port), str(POSTGRES_CONNECT_TIMEOUT_S)]
    done = subprocess.run(args, input=settings.password.get_secret_value(), capture_output=True, text=True, timeout=POSTGRES_CONNECT_TIMEOUT_S + 60)
    if done.returncode != 0:
        reason = done.stdout.strip() or (done.stderr.strip().splitlines() or ["no reason given"])[-1]
        raise ServerError(f"cannot connect to the {settings.describe()} ({reason[:300]}); check the POSTGRE_* variables and that the server runs")


def choose_database(data_dir: Path, db: Optional[str]) -> Optional[PostgresSettings]:
    """The database for a start of ``data_dir``: what it was set up with, or ``db`` for a new dir."""
    recorded = read_database(data_dir)
    if db is None:
        return recorded
    if db not in DATABASES:
        raise UsageError(f"--db {db}: unknown database; use one of {', '.join(DATABASES)}")
    if db == "sqlite":
        if recorded is not None:
            raise UsageError(f"{data_dir} runs on the {recorded.describe()} ({DATABASE_FILE}); drop --db sqlite or use another --data-dir")
        return None
    settings = postgres_from_env()
    if recorded is None and (read_credentials(data_dir) is not None or (Path(data_dir) / SQLITE_NAME).exists()):
        raise UsageError(f"{data_dir} already runs on SQLite; give a new --data-dir for PostgreSQL (projects are not moved between databases)")
    if recorded is not None and (recorded.name, recorded.user, recorded.host, recorded.port) != (settings.name, settings.user, settings.host, settings.port):
        raise UsageError(
            f"{data_dir} runs on the {recorded.describe()}, not the {settings.describe()} the POSTGRE_* variables give; "
            "fix the variables or use another --data-dir"
        )
    return settings


@dataclass(frozen=True)
class ServerStatus:
    data_dir: Path
    running: bool
    pid: Optional[int]
    url: Optional[str]
    answering: bool
    created: bool = False  # this start made the admin user (its password is shown once)

    def describe(self) -> str:
        if self.running and self.answering:
            return f"Label Studio running at {self.url} (pid {self.pid}, data {self.data_dir})"
        if self.running:
            return f"Label Studio process {self.pid} is alive but {self.url} does not answer (data {self.data_dir}); see {self.data_dir / LOG_NAME}"
        return f"Label Studio not running (data {self.data_dir}); start it with `annotate labelstudio start`"


def credentials_path(data_dir: Path = DEFAULT_DATA_DIR) -> Path:
    return Path(data_dir) / CREDENTIALS_NAME


def read_credentials(data_dir: Path = DEFAULT_DATA_DIR) -> Optional[Credentials]:
    path = credentials_path(data_dir)
    if not path.is_file():
        return None
    try:
        return Credentials.model_validate_json(path.read_text(encoding="utf-8"))
    except ValueError:
        raise ServerError(f"{path}: unreadable credentials file; delete it and the data dir, then run `annotate labelstudio start`") from None


def write_credentials(data_dir: Path, credentials: Credentials) -> Path:
    """Write the credentials file (see :func:`write_private`)."""
    return write_private(credentials_path(data_dir), credentials.dump())


def label_studio_bin() -> Path:
    path = Path(os.environ.get(LABEL_STUDIO_BIN_ENV) or DEFAULT_LABEL_STUDIO_BIN)
    if not path.is_file():
        raise ServerError(f"Label Studio is not installed at {path}; run `make labelstudio-venv` (or set {LABEL_STUDIO_BIN_ENV})")
    return path


def server_env(data_dir: Path, email: Optional[str] = None, password: Optional[str] = None) -> dict[str, str]:
    """The child's environment: ours minus leaky plain/prefixed settings, plus what we set explicitly."""
    env = dict(os.environ)
    for name in LEAKY_SETTINGS:
        for key in (name, f"LABEL_STUDIO_{name}", f"HEARTEX_{name}"):
            env.pop(key, None)
    env.pop("LABEL_STUDIO_URL", None)
    env.pop("LABEL_STUDIO_API_KEY", None)
    for name in POSTGRES_VARIABLES + ("DJANGO_DB",):  # Label Studio prefers the prefixed names: only ours count
        for key in (name, f"LABEL_STUDIO_{name}", f"HEARTEX_{name}"):
            env.pop(key, None)
    env.update(QUIET_SETTINGS)
    database = read_database(data_dir)
    if database is not None:
        env.update(database.env())
    env.update(ML_SETTINGS)
    env["USER_ADDITIONAL_BANNED_SUBNETS"] = ",".join(s for s in ssrf_default_subnets() if s not in LOOPBACK_SUBNETS)
    env["LABEL_STUDIO_BASE_DATA_DIR"] = str(Path(data_dir).resolve())
    if email and password:
        env["LABEL_STUDIO_USERNAME"] = email
        env["LABEL_STUDIO_PASSWORD"] = password
    return env


def ssrf_default_subnets() -> list[str]:
    """Label Studio's own default SSRF block list (read from its source, so it stays in step)."""
    path = label_studio_bin().parent.parent / "lib"
    sources = sorted(path.glob("python3*/site-packages/label_studio/core/utils/io.py"))
    if not sources:
        raise ServerError(f"Label Studio's core/utils/io.py not found under {path}; reinstall with `make labelstudio-venv`")
    text = sources[0].read_text(encoding="utf-8")
    block = text[text.index("default_banned_subnets = [") :]
    return re.findall(r"'([0-9a-f:.]+/\d+)'", block[: block.index("]")])


def pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    # A zombie child (ours, not yet reaped) counts as dead.
    with contextlib.suppress(ChildProcessError):
        done, _ = os.waitpid(pid, os.WNOHANG)
        if done == pid:
            return False
    return True


def _is_label_studio(pid: int) -> bool:
    """True when ``pid`` is a label-studio process (guards against a recycled pid)."""
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return pid_alive(pid)  # no /proc (macOS): trust the pid file
    return b"label-studio" in cmdline or b"label_studio" in cmdline


def read_pid(data_dir: Path) -> Optional[int]:
    path = Path(data_dir) / PID_NAME
    try:
        pid = int(path.read_text().strip())
    except (OSError, ValueError):
        return None
    return pid if pid_alive(pid) and _is_label_studio(pid) else None


def port_free(port: int, host: str = DEFAULT_HOST) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((host, port))
        except OSError:
            return False
    return True


def free_port(host: str = DEFAULT_HOST) -> int:
    """A port the OS says is free now, with port+1 free too (Label Studio's silent fallback)."""
    for _ in range(50):
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
            sock.bind((host, 0))
            port = sock.getsockname()[1]
        if port < 65535 and port_free(port + 1, host):
            return port
    raise ServerError("no free TCP port pair found on 127.0.0.1; free some ports and retry")


def answers(url: str, timeout: float = 2.0) -> bool:
    """True when a Label Studio answers ``/health`` at ``url``."""
    try:
        response = httpx.get(f"{url.rstrip('/')}/health", timeout=timeout)
    except httpx.HTTPError:
        return False
    return response.status_code == 200


def status(data_dir: Path = DEFAULT_DATA_DIR) -> ServerStatus:
    data_dir = Path(data_dir)
    pid = read_pid(data_dir)
    credentials = read_credentials(data_dir)
    url = credentials.url if credentials else None
    return ServerStatus(data_dir, pid is not None, pid, url, bool(pid and url and answers(url)))


def _listening_port(log_path: Path) -> Optional[int]:
    try:
        match = LISTEN_LINE.search(log_path.read_text(encoding="utf-8", errors="replace"))
    except OSError:
        return None
    return int(match.group(1)) if match else None


def _log_tail(log_path: Path) -> str:
    try:
        lines = [line for line in log_path.read_text(encoding="utf-8", errors="replace").splitlines() if line.strip()]
    except OSError:
        return ""
    return lines[-1][:200] if lines else ""


def _wait_until_answering(process: subprocess.Popen, url: str, port: int, log_path: Path, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise ServerError(f"Label Studio exited with code {process.returncode} while starting ({_log_tail(log_path)}); see {log_path}")
        listening = _listening_port(log_path)
        if listening is not None and listening != port:
            _terminate(process.pid)
            raise ServerError(f"Label Studio moved to port {listening} because {port} was busy; stopped it, pass a free --port")
        if answers(url, timeout=1.0):
            return
        time.sleep(0.5)
    _terminate(process.pid)
    raise ServerError(f"Label Studio did not answer at {url} within {timeout:.0f} s; stopped it, see {log_path}")


def create_access_token(url: str, email: str, password: str, timeout: float = 30.0) -> str:
    """Log in through the web form once and create a personal access token (JWT refresh token)."""
    base = url.rstrip("/")
    with httpx.Client(base_url=base, follow_redirects=True, timeout=timeout) as web:
        web.get("/user/login/")
        response = web.post(
            "/user/login/",
            data={"email": email, "password": password, "csrfmiddlewaretoken": web.cookies.get("csrftoken", "")},
            headers={"Referer": f"{base}/user/login/"},
        )
        if "sessionid" not in web.cookies or response.url.path.startswith("/user/login"):
            raise ServerError(f"could not log in to {base} as {email}; delete the data dir and run `annotate labelstudio start` again")
        response = web.post("/api/token/", headers={"X-CSRFToken": web.cookies.get("csrftoken", ""), "Referer": f"{base}/"})
        if response.status_code != 201 or "token" not in response.json():
            raise ServerError(f"{base} refused to create an access token (HTTP {response.status_code}); see the server log")
        return response.json()["token"]


def token_accepted(url: str, api_key: str, timeout: float = 30.0) -> bool:
    """True when the server accepts ``api_key`` (a personal access token) for a refresh."""
    response = httpx.post(f"{url.rstrip('/')}/api/token/refresh/", json={"refresh": api_key}, timeout=timeout)
    return response.status_code == 200


def renew_token_if_rejected(data_dir: Path, credentials: Credentials, on_status: Callable[[str], None] = lambda message: None) -> Credentials:
    """Keep the local server's stored token working.

    Label Studio signs tokens with the ``SECRET_KEY`` in the data dir's ``.env``; if that key
    ever changes (a regenerated ``.env``), every stored token is rejected. The local admin's
    login is in the credentials file, so log in again and store a fresh token.
    """
    if token_accepted(credentials.url, credentials.api_key.get_secret_value()):
        return credentials
    on_status("the stored API token was rejected (the server's signing key changed); creating a new one")
    revoke_stored_tokens(data_dir, credentials.email)
    api_key = create_access_token(credentials.url, credentials.email, credentials.password.get_secret_value())
    credentials = credentials.model_copy(update={"api_key": SecretStr(api_key)})
    write_credentials(data_dir, credentials)
    return credentials


def env_secret_keys(path: Path) -> list[str]:
    """Every ``SECRET_KEY`` value in the ``.env`` file at ``path``, in file order."""
    keys = []
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        name, sep, value = line.partition("=")
        if sep and name.strip() == "SECRET_KEY":
            keys.append(value.strip())
    return keys


def ensure_signing_key(data_dir: Path) -> bool:
    """Give the data dir a ``.env`` with a ``SECRET_KEY`` Label Studio can read back.

    Label Studio 1.23.2 generates the key on first start from a charset that includes ``$``,
    and django-environ reads a value starting with ``$`` as a reference to another variable:
    such a key is "not found" on every restart, a new one is appended, and every stored token
    dies (about 1 data dir in 50). So the key is written here, from ``[A-Za-z0-9_-]``, before
    Label Studio ever starts. Returns True when an unreadable key was replaced (stored tokens
    are then void and must be renewed).
    """
    path = Path(data_dir) / ".env"
    keys = env_secret_keys(path) if path.is_file() else []
    if keys and keys[0] and not keys[0].startswith("$"):
        return False
    write_private(path, f"SECRET_KEY={secrets.token_urlsafe(48)}\n")
    return bool(keys)


def revoke_stored_tokens(data_dir: Path, email: str) -> None:
    """Blacklist the admin's outstanding API tokens directly in the local SQLite database.

    Needed only after :func:`ensure_signing_key` replaced an unreadable key: tokens signed
    with the lost key can no longer be revoked through the API, and Label Studio refuses to
    create a new personal access token (HTTP 409) while one is outstanding.
    """
    script = (
        "import os, sys, label_studio\n"
        "sys.path.insert(0, os.path.dirname(label_studio.__file__))\n"
        "import django; django.setup()\n"
        "from rest_framework_simplejwt.token_blacklist.models import BlacklistedToken, OutstandingToken\n"
        "for token in OutstandingToken.objects.filter(user__email=sys.argv[1]):\n"
        "    BlacklistedToken.objects.get_or_create(token=token)\n"
    )
    env = server_env(data_dir)
    env["DJANGO_SETTINGS_MODULE"] = "label_studio.core.settings.label_studio"
    python = label_studio_bin().parent / "python"
    done = subprocess.run([str(python), "-c", script, email], env=env, capture_output=True, text=True, timeout=120)
    if done.returncode != 0:
        raise ServerError(f"could not revoke the stale API tokens in {data_dir}; see `{python} -c ...` output: {done.stderr.strip().splitlines()[-1:]}")


def _terminate(pid: int, timeout: float = STOP_TIMEOUT_S) -> bool:
    """SIGTERM ``pid`` (only that pid) and wait; SIGKILL the same pid if it ignores SIGTERM."""
    try:
        os.kill(pid, signal.SIGTERM)
    except ProcessLookupError:
        return True
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not pid_alive(pid):
            return True
        time.sleep(0.1)
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGKILL)
    return False


#: Files the server creates are its owner's only (annotations, e-mails, password hashes).
PRIVATE_UMASK = 0o077


def restrict_permissions(data_dir: Path) -> None:
    """0700 on the data dir and every folder in it, 0600 on every file (a copied template or an
    older dir may be world-readable)."""
    os.chmod(data_dir, 0o700)
    for root, dirs, files in os.walk(data_dir):
        for name in dirs:
            with contextlib.suppress(OSError):
                os.chmod(os.path.join(root, name), 0o700)
        for name in files:
            with contextlib.suppress(OSError):
                os.chmod(os.path.join(root, name), 0o600)


terminate = _terminate  # for other local processes (the ML backend) stopped the same way


def start(
    data_dir: Path = DEFAULT_DATA_DIR,
    port: int = DEFAULT_PORT,
    host: str = DEFAULT_HOST,
    timeout: float = START_TIMEOUT_S,
    on_status: Callable[[str], None] = lambda message: None,
    db: Optional[str] = None,
) -> ServerStatus:
    """Start Label Studio on ``host:port`` with its data in ``data_dir`` (no-op if already running).

    ``db``: ``"sqlite"`` (a new dir's default) or ``"postgres"`` (connection from the
    ``POSTGRE_*`` variables, recorded in the data dir); None: what the data dir was set up with.

    Raises :class:`ServerError` when the port is busy (Label Studio would silently move to
    port+1), when the database cannot be reached, when the server exits or does not answer
    in time; :class:`UsageError` when ``db`` is not the data dir's database.
    """
    data_dir = Path(data_dir).resolve()
    database = choose_database(data_dir, db)
    current = status(data_dir)
    if current.running and current.answering:
        credentials = read_credentials(data_dir)
        if credentials is not None:
            renew_token_if_rejected(data_dir, credentials, on_status)
        return current
    if current.running:
        raise ServerError(f"Label Studio pid {current.pid} is alive but not answering at {current.url}; run `annotate labelstudio stop` first")
    if not port_free(port, host):
        raise ServerError(f"port {port} on {host} is busy (Label Studio would silently move to {port + 1}); pass a free --port")
    if database is not None:
        check_postgres(database)
    data_dir.mkdir(parents=True, exist_ok=True)
    restrict_permissions(data_dir)
    if database is not None:
        write_database(data_dir, database)  # a changed POSTGRE_PASSWORD is kept for the next restart
    ensure_signing_key(data_dir)
    credentials = read_credentials(data_dir)
    first_start = credentials is None
    email = credentials.email if credentials else ADMIN_EMAIL
    password = credentials.password.get_secret_value() if credentials else secrets.token_urlsafe(12)
    url = f"http://{host}:{port}"
    log_path = data_dir / LOG_NAME
    on_status(
        f"starting Label Studio {LABEL_STUDIO_VERSION} at {url} "
        + ("(first start: migrating the database, about a minute)" if first_start else "(restart)")
        + (f" on the {database.describe()}" if database is not None else "")
    )
    command = [
        str(label_studio_bin()), "start", "--data-dir", str(data_dir), "--no-browser",
        "--port", str(port), "--internal-host", host,
    ]
    # The admin password is in the environment of the first start only (Label Studio makes the user
    # from it); that process is replaced by a restart without it once the token exists.
    with open(os.open(log_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "w", encoding="utf-8") as log:
        process = subprocess.Popen(
            command, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
            env=server_env(data_dir, email, password) if first_start else server_env(data_dir),
            start_new_session=True, umask=PRIVATE_UMASK,
        )
    (data_dir / PID_NAME).write_text(f"{process.pid}\n")
    os.chmod(data_dir / PID_NAME, 0o600)
    try:
        _wait_until_answering(process, url, port, log_path, timeout)
        if first_start:
            api_key = create_access_token(url, email, password)
            credentials = Credentials(url=url, email=email, password=password, api_key=api_key)
            write_credentials(data_dir, credentials)
        else:
            credentials = credentials.model_copy(update={"url": url})
            write_credentials(data_dir, credentials)
            renew_token_if_rejected(data_dir, credentials, on_status)
    except BaseException:
        _terminate(process.pid)
        with contextlib.suppress(FileNotFoundError):
            (data_dir / PID_NAME).unlink()
        raise
    if first_start:
        stop(data_dir)
        restarted = start(data_dir, port=port, host=host, timeout=timeout, on_status=on_status)
        return ServerStatus(data_dir, True, restarted.pid, restarted.url, True, created=True)
    return ServerStatus(data_dir, True, process.pid, url, True)


def stop(data_dir: Path = DEFAULT_DATA_DIR, timeout: float = STOP_TIMEOUT_S) -> Optional[int]:
    """SIGTERM the server recorded in ``data_dir/server.pid``; returns its pid, None if none ran."""
    data_dir = Path(data_dir)
    pid = read_pid(data_dir)
    if pid is not None:
        _terminate(pid, timeout)
    with contextlib.suppress(FileNotFoundError):
        (data_dir / PID_NAME).unlink()
    return pid


# --- migrated template dirs for tests and benchmarks -----------------------------------


#: The template's first start migrates the database: about a minute on a quiet machine, but over
#: five on a loaded 2-core one (a fresh clone's first `make test`). Only tests and the benchmark
#: build it, and a longer wait costs nothing when the start is fast.
TEMPLATE_TIMEOUT_S = 900.0


def template_dir(cache: Optional[Path] = None) -> Path:
    """A migrated data dir with the admin user and token, made once (about a minute) and cached.

    Cached under ``data/labelstudio-template-<version>/`` (gitignored); a fresh clone makes it
    on first use. Copy it with :func:`copy_template` rather than starting it in place.
    """
    cache = Path(cache or DATA_DIR / f"labelstudio-template-{LABEL_STUDIO_VERSION}")
    if read_credentials(cache) is not None and (cache / "label_studio.sqlite3").is_file():
        return cache
    building = cache.with_name(cache.name + f".building-{os.getpid()}")
    shutil.rmtree(building, ignore_errors=True)
    try:
        start(building, port=free_port(), timeout=TEMPLATE_TIMEOUT_S, on_status=lambda message: print(message, file=sys.stderr, flush=True))
    finally:
        stop(building)
    for name in (PID_NAME, LOG_NAME):
        with contextlib.suppress(FileNotFoundError):
            (building / name).unlink()
    try:
        os.replace(building, cache)
    except OSError:  # another process built it first
        shutil.rmtree(building, ignore_errors=True)
    return cache


def copy_template(target: Path, cache: Optional[Path] = None) -> Path:
    """Copy the migrated template into ``target`` (which must not exist); returns ``target``."""
    shutil.copytree(template_dir(cache), target)
    return Path(target)
