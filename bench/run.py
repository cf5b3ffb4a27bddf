"""make bench: seed the data set, serve it as deployed (deploy/nginx.conf in front of gunicorn
under production settings, on loopback), drive load with wrk from a separate process, and write
the table to bench/results/.

Run from the project folder as ``python -m bench.run`` (make bench does).

Environment: DATABASE_URL (default postgres://postgres@127.0.0.1:5432/act_bench, created if
missing), BENCH_REDIS_URL (default redis://127.0.0.1:6379/14, emptied first: rate limits and
Wagtail's small caches, as in production), BENCH_SECONDS per page (default 10),
BENCH_CONNECTIONS (default 16), BENCH_WORKERS (gunicorn workers, default 4), BENCH_WARM_UP
(seconds of load thrown away before each measurement, default 2), BENCH_ROUNDS (turns a public
page and its static file take, default 3), BENCH_RESULTS (another folder
for the results; CI).

Each ratio compares a page with a static file of the same size served the same way in the same
run: public pages through nginx (as visitors get them, from its cache) against nginx's own
static file; pages rendered with no cache at all (gunicorn direct) against gunicorn's static
file (whitenoise).
"""

import json
import os
import platform
import shutil
import ssl
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from datetime import UTC, datetime
from pathlib import Path
from subprocess import DEVNULL

from tests.services.nginx_config import PURGE_MODULES, nginx_config

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
RESULTS = Path(os.environ.get("BENCH_RESULTS", BENCH / "results"))
PYTHON = sys.executable
APP_PORT, HTTP_PORT, HTTPS_PORT, PURGE_PORT = 8100, 8180, 8143, 8181
DIRECT = f"http://127.0.0.1:{APP_PORT}"
NGINX = f"https://127.0.0.1:{HTTPS_PORT}"
SECONDS = int(os.environ.get("BENCH_SECONDS", 10))
CONNECTIONS = int(os.environ.get("BENCH_CONNECTIONS", 16))
WORKERS = int(os.environ.get("BENCH_WORKERS", 4))
WARM_UP = int(os.environ.get("BENCH_WARM_UP", 2))
# Public pages and their static files take turns, this many each (BENCH_SECONDS shared out).
ROUNDS = int(os.environ.get("BENCH_ROUNDS", 3))
# The code that decides what HTTP caches keep and purges them (site/redis_client.py, which
# leaves a failed Redis alone for a few seconds, is about outages, not caching).
CACHING_CODE = ["site/cache_headers.py", "site/purging.py"]

PUBLIC_PAGES = [
    ("home", "/"),
    ("setting hub", "/transport/"),
    ("campaign page", "/campaigns/bench-campaign-7/"),
    ("resource library, filtered", "/resources/?setting=transport&kind=poster&language=pl"),
    ("a resource", "/resources/bench-resource-7/"),
    ("event page", "/events/bench-event-100/"),
    ("training catalogue", "/training/"),
]
SIGNED_IN = [
    ("My training (signed in)", "/training/my/", "learner.session"),
    (
        "training report, 16 training managers at once",
        "/admin/training/report/",
        "managers.session",
    ),
    ("training report, a superuser over all staff", "/admin/training/report/", "admin.session"),
]


def environment():
    database_url = os.environ.get("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/act_bench")
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "actsite.settings.production",
        "SECRET_KEY": os.environ.get("SECRET_KEY", "bench-only-" + "x" * 40),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SITE_URL": f"http://127.0.0.1:{APP_PORT}",
        "TRUSTED_PROXIES": "127.0.0.1",
        "DATABASE_URL": database_url,
        "SECURE_SSL_REDIRECT": "false",
        "STATIC_ROOT": str(BENCH / ".static"),
        "MEDIA_ROOT": str(BENCH / ".media"),
        "REDIS_URL": os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/14"),
        "FRONTEND_CACHE_PURGE_URL": f"http://127.0.0.1:{PURGE_PORT}/",
        "GUNICORN_BIND": f"127.0.0.1:{APP_PORT}",
        "GUNICORN_WORKERS": str(WORKERS),
        "LOG_LEVEL": "WARNING",
    }


def ensure_database(url):
    if not url.startswith("postgres"):
        print(f"Note: DATABASE_URL is not PostgreSQL ({url.split(':')[0]}).", file=sys.stderr)
        return
    name = url.rsplit("/", 1)[1]
    server = url.rsplit("/", 1)[0] + "/postgres"
    exists = subprocess.run(
        ["psql", server, "-tAc", f"SELECT 1 FROM pg_database WHERE datname = '{name}'"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    if not exists:
        subprocess.run(["psql", server, "-qc", f'CREATE DATABASE "{name}"'], check=True)


def step(message):
    print(f"\n==> {message}", file=sys.stderr, flush=True)


def wrk(url, connections, session=None, seconds=SECONDS):
    """wrk's one-line JSON summary (report.lua). ``session`` names a file of session ids in
    RESULTS: one id signs every request in; several sign requests in as each person in turn."""
    script, extra = BENCH / "report.lua", []
    if session:
        keys = (RESULTS / session).read_text().split()
        if len(keys) == 1:
            extra = ["-H", f"Cookie: sessionid={keys[0]}"]
        else:
            script = BENCH / "sessions.lua"
    command = [
        "wrk", f"-t{min(2, connections)}", f"-c{connections}", f"-d{seconds}s", *extra,
        "-s", str(script), url,
    ]  # fmt: skip
    if script.name == "sessions.lua":
        command += ["--", str(RESULTS / session)]
    output = subprocess.run(command, capture_output=True, text=True, check=True, cwd=ROOT).stdout
    settle(url)
    return json.loads(output.strip().splitlines()[-1])


def load(url, connections, session=None):
    """wrk after a WARM_UP-second run that is thrown away (first renders, nginx filling its
    cache, each worker's first requests), on at least as many connections as workers."""
    if WARM_UP:
        wrk(url, max(connections, WORKERS), session, seconds=WARM_UP)
    return wrk(url, connections, session)


def wait_until_up(url, what, server):
    for _ in range(150):
        try:
            urllib.request.urlopen(url, timeout=2, context=_unverified())  # noqa: S310
            return
        except OSError:
            time.sleep(0.2)
    server.terminate()
    raise SystemExit(f"{what} did not start")


def _unverified():
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE  # the bench's own self-signed certificate
    return context


def start_gunicorn(env):
    """gunicorn as deployed (deploy/gunicorn.conf.py), on the bench's port and worker count."""
    server = subprocess.Popen(
        [PYTHON, "-m", "gunicorn", "-c", "deploy/gunicorn.conf.py", "actsite.wsgi:application"],
        env=env, cwd=ROOT,
    )  # fmt: skip
    wait_until_up(DIRECT + "/", "gunicorn", server)
    return server


def start_nginx(folder):
    """deploy/nginx.conf on the bench's ports, its static files from the bench's STATIC_ROOT."""
    binary = shutil.which("nginx") or "/usr/sbin/nginx"
    if not Path(binary).exists() or not list(PURGE_MODULES.glob("*cache-purge*")):
        raise SystemExit("make bench needs nginx and its cache-purge module (make os-packages).")
    ports = {"http": HTTP_PORT, "https": HTTPS_PORT, "purge": PURGE_PORT}
    config = nginx_config(folder, APP_PORT, ports, host="127.0.0.1")
    (folder / "static").rmdir()
    (folder / "static").symlink_to(BENCH / ".static")
    server = subprocess.Popen([binary, "-c", str(config)], stdout=DEVNULL)
    wait_until_up(NGINX + "/static/bench/similar.html", "nginx", server)
    return server


def page_bytes(url):
    with urllib.request.urlopen(url, context=_unverified()) as response:  # noqa: S310
        return len(response.read())


def same_size_file(number):
    return f"/static/bench/same-size-{number}.html"


def measure(rows, base, pages, ceiling):
    """Each page's rate and its ratio: a public page against a static file of its own size,
    served the same way in turns with it (a 18 KB hub is not compared with a 15 KB file); a
    signed-in page against the campaign-sized ``ceiling``."""
    for number, (name, path, *session) in enumerate(pages):
        if session:
            static, result = ceiling, load(base + path, CONNECTIONS, *session)
        else:
            static, result = alternating(base + same_size_file(number), base + path)
        rows.append({"page": name, "path": path, **result, "static_rps": static["rps"]})
        rows[-1]["ratio"] = round(result["rps"] / static["rps"], 3) if static["rps"] else None
        print(f"  {name:<34} {result['rps']:8.1f} req/s  {_ratio(rows[-1])}", file=sys.stderr)


def _ratio(row):
    """The ratio, or why there is none (not one static request was answered in its turn)."""
    return "no static requests answered" if row["ratio"] is None else f"{row['ratio']:.3f}"


def settle(url):
    """Wait until the server has answered what the last turn left queued: wrk stops sending
    when its time is up, but a slow page's queued requests still hold the workers, and the
    next turn would wait behind them. One request, answered after that queue (a signed-in
    page answers it with its sign-in form, and any error status is an answer too)."""
    try:
        with urllib.request.urlopen(url, timeout=120, context=_unverified()) as response:  # noqa: S310
            response.read()
    except urllib.error.HTTPError:
        pass


def alternating(static_url, page_url):
    """The static file and the page in ROUNDS short turns each, one after the other, and the
    median turn of each: a few seconds of drift on a shared machine (another process, the CPU's
    clock) then weighs on both alike instead of on one."""
    seconds = max(1, SECONDS // ROUNDS)
    turns = {static_url: [], page_url: []}
    for url in turns:
        if WARM_UP:
            wrk(url, max(CONNECTIONS, WORKERS), seconds=WARM_UP)
    for _ in range(ROUNDS):
        for url, results in turns.items():
            results.append(wrk(url, CONNECTIONS, seconds=seconds))
    return [_median(results) for results in turns.values()]


def _median(results):
    return sorted(results, key=lambda result: result["rps"])[len(results) // 2]


def stop(*servers):
    for server in servers:
        server.terminate()
        server.wait()


def caching_lines():
    return sum(len((ROOT / path).read_text().splitlines()) for path in CACHING_CODE)


def main():
    if not shutil.which("wrk"):
        raise SystemExit("make bench needs wrk: apt-get install wrk (make bench installs it).")
    env = environment()
    ensure_database(env["DATABASE_URL"])
    subprocess.run(["redis-cli", "-u", env["REDIS_URL"], "FLUSHDB"], check=True, stdout=DEVNULL)
    step("Seeding (reused when already there)")
    subprocess.run([PYTHON, str(BENCH / "seed.py")], env=env, check=True)
    subprocess.run(
        [PYTHON, "manage.py", "collectstatic", "--no-input", "-v0"], env=env, cwd=ROOT, check=True
    )
    server = start_gunicorn(env)
    try:
        similar = BENCH / ".static" / "bench" / "similar.html"
        similar.parent.mkdir(exist_ok=True)
        similar.write_bytes(b"x" * page_bytes(DIRECT + PUBLIC_PAGES[2][1]))  # a campaign page
        for number, (_name, path) in enumerate(PUBLIC_PAGES):
            same_size = BENCH / ".static" / same_size_file(number).removeprefix("/static/")
            same_size.write_bytes(b"x" * page_bytes(DIRECT + path))
    finally:
        stop(server)
    through_nginx, direct = [], []
    with tempfile.TemporaryDirectory() as folder:
        server = start_gunicorn(env)  # whitenoise indexes static files at start-up
        proxy = start_nginx(Path(folder))
        try:
            step(f"Through deploy/nginx.conf: wrk, {CONNECTIONS} connections, {SECONDS} s a page")
            ceiling = load(NGINX + "/static/bench/similar.html", CONNECTIONS)
            through_nginx.append({"page": "nginx static file (ceiling)", **ceiling, "ratio": 1})
            measure(through_nginx, NGINX, PUBLIC_PAGES + SIGNED_IN[:1], ceiling)

            step(f"gunicorn direct, no cache at all ({WORKERS} workers)")
            ceiling = load(DIRECT + "/static/bench/similar.html", CONNECTIONS)
            direct.append({"page": "gunicorn static file (ceiling)", **ceiling, "ratio": 1})
            measure(direct, DIRECT, PUBLIC_PAGES + SIGNED_IN, ceiling)
        finally:
            stop(proxy, server)
    step("Booking race and training report")
    measured = json.loads(
        subprocess.run(
            [PYTHON, str(BENCH / "measure.py")], env=env, capture_output=True, text=True, check=True
        )
        .stdout.strip()
        .splitlines()[-1]
    )
    write_results(env, through_nginx, direct, measured)


def _table(rows):
    lines = [
        "| page | req/s | p50 ms | p95 ms | errors | static file req/s | ratio to static |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    return lines + [
        f"| {r['page']} | {r['rps']:.1f} | {_latency(r, 'p50_ms')} | {_latency(r, 'p95_ms')} | "
        f"{r['errors']} | {r.get('static_rps', r['rps']):.1f} | {_ratio(r)} |"
        for r in rows
    ]


def _latency(row, percentile):
    """wrk's percentile, or what it means when every request timed out (wrk's 2 s): wrk then
    has no latency to report and says 0."""
    if row["errors"] and row["errors"] >= row.get("requests", 0):
        return "> 2000 (all timed out)"
    return f"{row[percentile]:.1f}"


def write_results(env, through_nginx, direct, measured):
    now = datetime.now(UTC)
    machine = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    database = env["DATABASE_URL"].split(":")[0]
    data = {
        "date": now.isoformat(timespec="seconds"),
        "machine": machine,
        "database": database,
        "server": f"nginx (deploy/nginx.conf) and gunicorn, {WORKERS} sync workers, production "
        "settings, Redis",
        "load": f"wrk, {CONNECTIONS} connections, {SECONDS} s per page after {WARM_UP} s warm-up",
        "caching_code_lines": caching_lines(),
        "through_nginx": through_nginx,
        "direct_no_cache": direct,
        **measured,
    }
    race, report = measured["booking_race"], measured["training_report"]
    lines = [
        f"# Bench {now:%Y-%m-%d}",
        "",
        f"Machine: {machine}. Database: {database}. {data['server']}; {data['load']}.",
        "",
        f"Caching code: {data['caching_code_lines']} lines ({', '.join(CACHING_CODE)}).",
        "",
        "Each public page is compared with a static file of its own size, served the same way: "
        f"{ROUNDS} turns each, one after the other, and the median turn of each. Signed-in pages"
        " are compared with the campaign page's size (the ceiling row).",
        "",
        "## Through deploy/nginx.conf, as visitors get pages (ratio to nginx's static file)",
        "",
        *_table(through_nginx),
        "",
        "## gunicorn direct, no cache at all (ratio to gunicorn's static file)",
        "",
        *_table(direct),
        "",
        f"Booking race: {race['clients']} clients for {race['capacity']} places: "
        f"{race['confirmed']} confirmed (never over capacity: {race['never_overbooked']}), "
        f"{race['attempts_per_second']} bookings/s.",
        "",
        f"Training report over {report['learners']} staff: "
        + "; ".join(
            f"{k.replace('_', ' ')} {v['seconds']} s in {v['queries']} queries"
            for k, v in report.items()
            if isinstance(v, dict)
        )
        + ".",
    ]
    RESULTS.mkdir(exist_ok=True)
    stem = RESULTS / f"{now:%Y-%m-%d}"
    stem.with_suffix(".json").write_text(json.dumps(data, indent=2) + "\n")
    stem.with_suffix(".md").write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
