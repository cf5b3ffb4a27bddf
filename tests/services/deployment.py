"""The production topology, run by the tests: nginx (deploy/nginx.conf) in front of gunicorn
(deploy/gunicorn.conf.py) under production settings, a task worker, and their own PostgreSQL
cluster, Redis server and SMTP server, each on a free loopback port and each started and
stopped by the tests (never the machine's shared services).

Clients are told apart as nginx sees them: a request can leave from any loopback address
(127.0.0.2, 127.0.0.3, ...), as two people on two connections would.
"""

import http.client
import os
import re
import secrets
import shutil
import socket
import ssl
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from contextlib import suppress
from http.cookies import SimpleCookie
from pathlib import Path

import psycopg
from aiosmtpd.controller import Controller

from tests.services.conftest import _free_port
from tests.services.nginx_config import PURGE_MODULES, nginx_config

ROOT = Path(__file__).resolve().parents[2]
SITE_HOST = "act.example.org"  # deploy/nginx.conf's server_name and the site's ALLOWED_HOSTS
REDIS_RETRY_SECONDS = 1
PG_BIN = next(iter(sorted(Path("/usr/lib/postgresql").glob("*/bin"))), Path("/usr/bin"))


def wait_for(check, timeout=30, every=0.1, what="a service"):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with suppress(Exception):
            if check():
                return
        time.sleep(every)
    raise TimeoutError(f"{what} did not come up within {timeout} s")


def _port_open(port):
    with socket.socket() as probe:
        probe.settimeout(0.2)
        return probe.connect_ex(("127.0.0.1", port)) == 0


class RedisServer:
    """Our own redis-server on a free port; nothing kept on disk."""

    def __init__(self, folder):
        self.port, self.folder, self.process = _free_port(), folder, None
        self.url = f"redis://127.0.0.1:{self.port}/0"

    def start(self):
        self.process = subprocess.Popen(
            ["redis-server", "--bind", "127.0.0.1", "--port", str(self.port), "--save", "",
             "--appendonly", "no", "--dir", str(self.folder)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        wait_for(lambda: _port_open(self.port), what="redis-server")

    def stop(self):
        if self.process:
            self.process.terminate()
            self.process.wait(timeout=10)
            self.process = None


class PostgresCluster:
    """Our own PostgreSQL cluster in a temporary folder, on a free port (run as the postgres
    user when the tests run as root, as initdb requires)."""

    def __init__(self):
        # Its own folder outside pytest's (which the postgres user cannot enter).
        self.port, self.folder = _free_port(), Path(tempfile.mkdtemp(prefix="act-pg-"))
        self.data = self.folder / "data"
        self.url = f"postgres://postgres@127.0.0.1:{self.port}/act"
        self._as_postgres = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []

    def _run(self, *command):
        subprocess.run([*self._as_postgres, *command], check=True, capture_output=True)

    def create(self):
        if self._as_postgres:
            shutil.chown(self.folder, "postgres")
        self._run(f"{PG_BIN}/initdb", "-D", str(self.data), "-U", "postgres", "-A", "trust")
        self.start()
        self._run(f"{PG_BIN}/createdb", "-h", "127.0.0.1", "-p", str(self.port), "-U",
                  "postgres", "act")  # fmt: skip

    def _ctl(self, action, *extra):
        options = f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1"
        self._run(f"{PG_BIN}/pg_ctl", "-D", str(self.data), "-o", options, "-l",
                  str(self.folder / "postgres.log"), "-w", action, *extra)  # fmt: skip

    def start(self):
        self._ctl("start")

    def restart(self):
        self._ctl("restart", "-m", "fast")

    def stop(self):
        with suppress(subprocess.CalledProcessError):
            self._ctl("stop", "-m", "fast")

    def remove(self):
        self.stop()
        shutil.rmtree(self.folder, ignore_errors=True)

    def query(self, sql, *params):
        with psycopg.connect(
            self.url.replace("postgres://", "postgresql://"), autocommit=True
        ) as db:
            cursor = db.execute(sql, params)
            return cursor.fetchall() if cursor.description else None


class SmtpServer:
    """A real SMTP server (aiosmtpd) on a free port that keeps what it receives; it can be
    stopped (the relay is down: connections are refused) and started again."""

    def __init__(self):
        self.port, self.messages, self.controller = _free_port(), [], None

    def start(self):
        outer = self

        class Keep:
            async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's name
                outer.messages.append(envelope)
                return "250 OK"

        for attempt in range(40):  # the port can take a moment to be free again
            self.controller = Controller(Keep(), hostname="127.0.0.1", port=self.port)
            try:
                self.controller.start()
                return
            except OSError:
                if attempt == 39:
                    raise
                time.sleep(0.25)

    def stop(self):
        if self.controller:
            self.controller.stop()
            self.controller = None


class Deployment:
    """The site as deploy/ describes it, answering on nginx's HTTPS port."""

    def __init__(self, folder):
        self.folder = Path(folder)
        self.password = secrets.token_urlsafe(16)
        self.redis = RedisServer(self.folder)
        self.postgres = PostgresCluster()
        self.smtp = SmtpServer()
        self.app_port = _free_port()
        self.ports = {name: _free_port() for name in ("http", "https", "purge")}
        self.processes, self.commands, self.logs = {}, {}, {}
        self.stopping = threading.Event()

    # --- Life cycle -------------------------------------------------------------------------

    def environment(self):
        return {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "actsite.settings.production",
            "SECRET_KEY": "topology-" + "k" * 50,
            "ALLOWED_HOSTS": SITE_HOST,
            "SITE_URL": f"https://{SITE_HOST}",
            "DATABASE_URL": self.postgres.url,
            "REDIS_URL": self.redis.url,
            "TRUSTED_PROXIES": "127.0.0.1",
            # Workers ask Redis again this soon after an outage (tests that stop it wait this).
            "REDIS_RETRY_SECONDS": str(REDIS_RETRY_SECONDS),
            "EMAIL_HOST": "127.0.0.1",
            "EMAIL_PORT": str(self.smtp.port),
            "EMAIL_TIMEOUT": "5",
            "STATIC_ROOT": str(self.folder / "nginx" / "static"),
            "MEDIA_ROOT": str(self.folder / "nginx" / "media"),
            "FRONTEND_CACHE_PURGE_URL": f"http://127.0.0.1:{self.ports['purge']}/",
            "GUNICORN_BIND": f"127.0.0.1:{self.app_port}",
            "GUNICORN_WORKERS": "3",
            "PACK_REQUEST_RECIPIENTS": "coordinators@example.org",
            "SEED_PASSWORD": self.password,
            "PYTHONPATH": str(ROOT),
        }

    def manage(self, *arguments, timeout=120):
        return subprocess.run(
            [sys.executable, "manage.py", *arguments], cwd=ROOT, env=self.environment(),
            capture_output=True, text=True, timeout=timeout, check=True,
        )  # fmt: skip

    def _spawn(self, name, command):
        log = self.logs.get(name) or open(self.folder / f"{name}.log", "a")  # noqa: SIM115
        self.logs[name] = log
        self.commands[name] = command
        self.processes[name] = subprocess.Popen(
            command, cwd=ROOT, env=self.environment(), stdout=log, stderr=subprocess.STDOUT
        )

    def _supervise(self):
        """Start the task worker again when it exits, as systemd does (Restart=always in
        deploy/systemd/act-worker.service): a worker whose database went away exits."""
        while not self.stopping.wait(0.5):
            worker = self.processes.get("worker")
            if worker and worker.poll() is not None:
                self._spawn("worker", self.commands["worker"])

    def start(self):
        (self.folder / "nginx").mkdir(parents=True)
        self.postgres.create()
        self.redis.start()
        self.smtp.start()
        self.manage("migrate", "--no-input", "-v0", timeout=300)
        self.manage("collectstatic", "--no-input", "-v0")
        subprocess.run(
            [sys.executable, "-m", "tests.services.seed_deployment"], cwd=ROOT,
            env=self.environment(), check=True, capture_output=True, timeout=120,
        )  # fmt: skip
        gunicorn = ["-m", "gunicorn", "-c", "deploy/gunicorn.conf.py", "actsite.wsgi:application"]
        self._spawn("gunicorn", [sys.executable, *gunicorn])
        self._spawn("worker", [sys.executable, "manage.py", "db_worker", "--interval", "0.2",
                               "--no-startup-delay", "--no-reload"])  # fmt: skip
        threading.Thread(target=self._supervise, daemon=True).start()
        config = nginx_config(self.folder / "nginx", self.app_port, self.ports)
        self._spawn("nginx", [shutil.which("nginx") or "/usr/sbin/nginx", "-c", str(config)])
        wait_for(lambda: _port_open(self.app_port), timeout=60, what="gunicorn")
        wait_for(lambda: self.get("/").status == 200, timeout=60, what="the site through nginx")

    def stop(self):
        self.stopping.set()
        for name in ("nginx", "worker", "gunicorn"):
            process = self.processes.get(name)
            if process:
                process.terminate()
                with suppress(subprocess.TimeoutExpired):
                    process.wait(timeout=15)
                process.kill()
        for log in self.logs.values():
            log.close()
        self.smtp.stop()
        self.redis.stop()
        self.postgres.remove()

    # --- Visiting -----------------------------------------------------------------------------

    def request(self, path, *, client="127.0.0.2", method="GET", form=None, cookies=None,
                headers=None):  # fmt: skip
        """One HTTPS request to nginx from the loopback address ``client``. Returns a Response
        (status, headers, text, cookies set)."""
        tls = ssl.create_default_context(cafile=self.folder / "nginx" / "cert.pem")
        tls.check_hostname = False
        connection = http.client.HTTPSConnection(
            "127.0.0.1", self.ports["https"], source_address=(client, 0), context=tls, timeout=30
        )
        sent = {"Host": SITE_HOST, **(headers or {})}
        if cookies:
            sent["Cookie"] = "; ".join(f"{k}={v}" for k, v in cookies.items())
        body = None
        if form is not None:
            body = urllib.parse.urlencode(form)
            sent["Content-Type"] = "application/x-www-form-urlencoded"
            sent["Referer"] = f"https://{SITE_HOST}{path}"
            sent["Origin"] = f"https://{SITE_HOST}"
        try:
            connection.request(method, path, body=body, headers=sent)
            response = connection.getresponse()
            return Response(response.status, response.headers, response.read().decode())
        finally:
            connection.close()

    def get(self, path, **kwargs):
        return self.request(path, **kwargs)

    def post_form(self, path, fields, *, client="127.0.0.2", cookies=None, headers=None):
        """Open the form at ``path`` as a browser would (its CSRF cookie and token), then send
        ``fields`` with them. Returns the POST's Response."""
        cookies = dict(cookies or {})
        page = self.get(path, client=client, cookies=cookies, headers=headers)
        cookies.update(page.cookies)
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text)
        form = {"csrfmiddlewaretoken": token.group(1) if token else "", **fields}
        return self.request(
            path, client=client, method="POST", form=form, cookies=cookies, headers=headers
        )

    def sign_in(self, username, password, *, client="127.0.0.2", path="/admin/login/"):
        response = self.post_form(path, {"username": username, "password": password},
                                  client=client)  # fmt: skip
        return response, response.cookies

    def log_text(self):
        """Everything the deployment logged: nginx's access log, gunicorn and the worker."""
        for log in self.logs.values():
            log.flush()
        parts = [(self.folder / "nginx" / "access.log")]
        parts += [self.folder / f"{name}.log" for name in ("gunicorn", "worker")]
        return "\n".join(part.read_text(errors="replace") for part in parts if part.exists())


class Response:
    def __init__(self, status, headers, text):
        self.status, self.headers, self.text = status, headers, text
        jar = SimpleCookie()
        for value in headers.get_all("Set-Cookie") or []:
            jar.load(value)
        self.cookies = {name: morsel.value for name, morsel in jar.items()}

    def __repr__(self):
        return f"<Response {self.status}>"


def requirements_missing():
    """Why the topology cannot run on this machine, or None."""
    if (
        not list(PURGE_MODULES.glob("*cache-purge*"))
        or not shutil.which("nginx")
        and not Path("/usr/sbin/nginx").exists()
    ):
        return "nginx with the cache-purge module is not installed (make os-packages)"
    if not shutil.which("redis-server"):
        return "redis-server is not installed"
    if not (PG_BIN / "initdb").exists():
        return "PostgreSQL's initdb is not installed"
    return None


def run_in_threads(jobs):
    """Run the callables in ``jobs`` at once; returns their results in order."""
    results = [None] * len(jobs)

    def run(index, job):
        try:
            results[index] = job()
        except Exception as error:  # noqa: BLE001 - a failed request is a result too
            results[index] = error

    threads = [threading.Thread(target=run, args=pair) for pair in enumerate(jobs)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    return results
