"""The local server keeps its API token valid across restarts (its own real server, no mocks)."""

from __future__ import annotations

import os
import stat

import pytest

from annotate.labelstudio import server
from annotate.labelstudio.client import Client, Connection

# Label Studio generates SECRET_KEY from a charset with "$"; django-environ then reads such a
# value as a reference to another variable, so the key is lost on every restart.
DOLLAR_KEY = "$k(#p5)yza_!$iho!w6hkuc=()yn%wlg5hx1-#5d&vqoh*-&"


def test_a_fresh_data_dir_gets_a_readable_signing_key(tmp_path):
    assert server.ensure_signing_key(tmp_path) is False
    keys = server.env_secret_keys(tmp_path / ".env")
    assert len(keys) == 1 and len(keys[0]) >= 60 and not keys[0].startswith("$")
    assert stat.S_IMODE(os.stat(tmp_path / ".env").st_mode) == 0o600
    assert server.ensure_signing_key(tmp_path) is False
    assert server.env_secret_keys(tmp_path / ".env") == keys


def test_an_unreadable_dollar_key_is_replaced(tmp_path):
    (tmp_path / ".env").write_text(f"\nSECRET_KEY={DOLLAR_KEY}\n\nSECRET_KEY=second\n", encoding="utf-8")
    assert server.ensure_signing_key(tmp_path) is True
    keys = server.env_secret_keys(tmp_path / ".env")
    assert len(keys) == 1 and not keys[0].startswith("$")


@pytest.mark.labelstudio
@pytest.mark.slow  # starts and restarts its own server
@pytest.mark.filterwarnings("ignore:The `parse_obj` method is deprecated:DeprecationWarning")  # the SDK's own call
def test_restart_after_a_lost_signing_key_renews_the_token(tmp_path):
    data_dir = tmp_path / "ls"
    server.copy_template(data_dir)
    (data_dir / ".env").write_text(f"\nSECRET_KEY={DOLLAR_KEY}\n", encoding="utf-8")
    old_key = server.read_credentials(data_dir).api_key.get_secret_value()
    messages: list[str] = []
    try:
        state = server.start(data_dir, port=server.free_port(), timeout=180, on_status=messages.append)
        credentials = server.read_credentials(data_dir)
        new_key = credentials.api_key.get_secret_value()
        assert new_key != old_key
        assert "the stored API token was rejected (the server's signing key changed); creating a new one" in messages
        assert server.token_accepted(state.url, new_key)
        assert not server.token_accepted(state.url, old_key)
        Client(Connection(state.url, new_key, "test")).whoami()
    finally:
        pid = server.stop(data_dir)
    assert pid is not None and not server.pid_alive(pid)
