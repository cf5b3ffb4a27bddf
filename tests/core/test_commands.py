"""The demo admin account command: clear results, clear failures."""

import pytest

from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command

pytestmark = pytest.mark.django_db


def test_creates_a_superuser_with_the_password_from_the_environment(monkeypatch, settings, capsys):
    settings.DEBUG = True
    monkeypatch.setenv("DEMO_ADMIN_PASSWORD", "a long demo passphrase")
    call_command("create_demo_admin")
    user = get_user_model().objects.get(username="admin")
    assert user.is_superuser and user.is_staff
    assert user.check_password("a long demo passphrase")
    assert "password: a long demo passphrase" in capsys.readouterr().out


def test_generates_and_prints_a_password_when_none_is_given(monkeypatch, settings, capsys):
    settings.DEBUG = True
    monkeypatch.delenv("DEMO_ADMIN_PASSWORD", raising=False)
    call_command("create_demo_admin")
    printed = capsys.readouterr().out.split("password: ")[1].strip()
    assert get_user_model().objects.get(username="admin").check_password(printed)


def test_running_twice_keeps_one_account(monkeypatch, settings):
    settings.DEBUG = True
    monkeypatch.setenv("DEMO_ADMIN_PASSWORD", "a long demo passphrase")
    call_command("create_demo_admin")
    call_command("create_demo_admin")
    assert get_user_model().objects.filter(username="admin").count() == 1


def test_refuses_a_weak_password_with_a_reason(monkeypatch, settings):
    settings.DEBUG = True
    monkeypatch.setenv("DEMO_ADMIN_PASSWORD", "short")
    with pytest.raises(CommandError, match="too weak"):
        call_command("create_demo_admin")
    assert not get_user_model().objects.exists()


def test_refuses_to_run_outside_a_local_demo(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="local demos only"):
        call_command("create_demo_admin")
