"""A real OpenID Connect provider for the tests: npm's oidc-provider, run by node on loopback.

``make oidc-provider`` installs it (``make test`` does too); nothing is fetched while tests run.
"""

import json
import shutil
import socket
import subprocess
import time
from pathlib import Path
from urllib.request import urlopen

import pytest

FOLDER = Path(__file__).resolve().parent
CLIENT_ID = "act-against-trafficking"
CLIENT_SECRET = "test-only-client-secret"


def _free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class OpenIDProvider:
    """The provider process, its client (this site) and the people who can sign in to it."""

    def __init__(self, config_path, redirect_uri):
        self.config_path = config_path
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.client = {
            "client_id": CLIENT_ID,
            "client_secret": CLIENT_SECRET,
            "redirect_uris": [redirect_uri],
        }
        self.accounts = {}
        self._write()
        self.process = None

    def _write(self):
        config = {"client": self.client, "accounts": self.accounts}
        self.config_path.write_text(json.dumps(config))

    def add_person(self, login, password, email, verified=True, given="Ann", family="Other"):
        """Someone with an account at the provider (read again at every sign-in)."""
        self.accounts[login] = {
            "password": password,
            "email": email,
            "email_verified": verified,
            "given_name": given,
            "family_name": family,
        }
        self._write()

    def start(self):
        if not (FOLDER / "node_modules" / "oidc-provider").exists():
            pytest.fail("The test OpenID provider is not installed: run `make oidc-provider`.")
        node = shutil.which("node")
        if node is None:
            pytest.fail("The test OpenID provider needs node: run `make os-packages`.")
        self.process = subprocess.Popen(  # noqa: S603 (fixed arguments)
            [node, str(FOLDER / "provider.mjs"), str(self.port), str(self.config_path)],
            cwd=FOLDER,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            try:
                with urlopen(f"{self.url}/.well-known/openid-configuration", timeout=1):  # noqa: S310
                    return self
            except OSError:
                time.sleep(0.1)
        self.stop()
        pytest.fail("The test OpenID provider did not start.")

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)

    def settings_for_site(self):
        """The site's OIDC_* settings for this provider (as its environment would give them)."""
        return {
            "OIDC_ENABLED": True,
            "OIDC_RP_CLIENT_ID": CLIENT_ID,
            "OIDC_RP_CLIENT_SECRET": CLIENT_SECRET,
            "OIDC_OP_AUTHORIZATION_ENDPOINT": f"{self.url}/auth",
            "OIDC_OP_TOKEN_ENDPOINT": f"{self.url}/token",
            "OIDC_OP_USER_ENDPOINT": f"{self.url}/me",
            "OIDC_OP_JWKS_ENDPOINT": f"{self.url}/jwks",
            "OIDC_PROVIDER_NAME": "Council ID",
        }


@pytest.fixture(scope="session")
def openid_provider(live_server, tmp_path_factory):
    provider = OpenIDProvider(
        tmp_path_factory.mktemp("oidc") / "config.json",
        f"{live_server.url}/accounts/sso/callback/",
    )
    provider.start()
    yield provider
    provider.stop()


@pytest.fixture
def single_sign_on(openid_provider, settings):
    """The site configured for the test provider (learners are not created unless a test
    says so)."""
    for name, value in openid_provider.settings_for_site().items():
        setattr(settings, name, value)
    settings.OIDC_CREATE_USER = False
    settings.AUTHENTICATION_BACKENDS = [
        *settings.AUTHENTICATION_BACKENDS,
        "courses.single_sign_on.CouncilSignOnBackend",
    ]
    return openid_provider
