"""The local Label Studio's data is its owner's only, and its admin password is shown once and never
kept in the server's environment (the session's real server)."""

from __future__ import annotations

import os

import pytest
from typer.testing import CliRunner

from annotate.cli import app
from annotate.labelstudio import server

pytestmark = pytest.mark.labelstudio
runner = CliRunner()


def test_data_dir_is_0700_and_its_files_0600(ls_server):
    ls_server.client().whoami()  # the server has written to its database
    data_dir = ls_server.data_dir
    assert data_dir.stat().st_mode & 0o777 == 0o700
    # Django chmods the files it stores (exports, uploads) to 0644 itself; they sit under the 0700
    # dir, so no other user reaches them, and the next start makes them 0600 too.
    for name in ("label_studio.sqlite3", "server.log", "credentials.json", "server.pid", ".env"):
        assert (data_dir / name).stat().st_mode & 0o777 == 0o600, name
    for root, dirs, _ in os.walk(data_dir):
        for name in dirs:
            assert os.stat(os.path.join(root, name)).st_mode & 0o777 == 0o700, os.path.join(root, name)


def test_the_password_is_not_in_the_servers_environment(ls_server):
    pid = server.status(ls_server.data_dir).pid
    environ = open(f"/proc/{pid}/environ", "rb").read().split(b"\0")
    password = server.read_credentials(ls_server.data_dir).password.get_secret_value().encode()
    assert not any(entry.startswith((b"LABEL_STUDIO_PASSWORD=", b"PASSWORD=")) for entry in environ)
    assert not any(password in entry for entry in environ)


def test_start_of_a_running_server_points_at_the_credentials_file_instead_of_printing_the_password(ls_server):
    result = runner.invoke(app, ["labelstudio", "start", "--data-dir", str(ls_server.data_dir), "-q"])
    assert result.exit_code == 0, result.output
    password = server.read_credentials(ls_server.data_dir).password.get_secret_value()
    assert password not in result.output
    assert f"password: in {server.credentials_path(ls_server.data_dir)} (mode 0600)\n" in result.stdout
