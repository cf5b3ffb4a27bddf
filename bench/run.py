"""make bench: seed the data set, serve it with gunicorn under production settings on loopback,
drive load with wrk from a separate process, and write the table to bench/results/.

Environment: DATABASE_URL (default postgres://postgres@127.0.0.1:5432/act_bench, created if
missing), BENCH_REDIS_URL (default redis://127.0.0.1:6379/14, emptied first; the shared cache
and sessions, as in production), BENCH_SECONDS per page (default 10), BENCH_CONNECTIONS
(default 16), BENCH_WORKERS (gunicorn workers, default 4), BENCH_WARM_UP (seconds of load
thrown away before each measurement, default 2).

Pages are measured as visitors get them: public pages from the page cache (after the first
request), signed-in pages rendered every time. The single-client campaign page is measured on
a second server with the page cache off (cached fragments on), to show what rendering costs,
and on a third with both off (cold). BENCH_RESULTS names another folder for the results (CI).
"""

import json
import os
import platform
import shutil
import subprocess
import sys
import time
import urllib.request
from datetime import UTC, datetime
from pathlib import Path
from subprocess import DEVNULL

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
RESULTS = Path(os.environ.get("BENCH_RESULTS", BENCH / "results"))
PYTHON = sys.executable
PORT = 8100
BASE = f"http://127.0.0.1:{PORT}"
SECONDS = int(os.environ.get("BENCH_SECONDS", 10))
CONNECTIONS = int(os.environ.get("BENCH_CONNECTIONS", 16))
WORKERS = int(os.environ.get("BENCH_WORKERS", 4))
WARM_UP = int(os.environ.get("BENCH_WARM_UP", 2))

PAGES = [
    ("home", "/", None),
    ("setting hub", "/transport/", None),
    ("campaign page", "/campaigns/bench-campaign-7/", None),
    ("resource library, filtered", "/resources/?setting=transport&kind=poster&language=pl", None),
    ("event page", "/events/bench-event-100/", None),
    ("My training (signed in)", "/training/my/", "learner.session"),
    ("training report (admin)", "/admin/training/report/", "admin.session"),
]


def environment():
    database_url = os.environ.get("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/act_bench")
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "actsite.settings.production",
        "SECRET_KEY": os.environ.get("SECRET_KEY", "bench-only-" + "x" * 40),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DATABASE_URL": database_url,
        "SECURE_SSL_REDIRECT": "false",
        "STATIC_ROOT": str(BENCH / ".static"),
        "MEDIA_ROOT": str(BENCH / ".media"),
        "PUBLIC_CACHE_MAX_AGE": "300",
        "REDIS_URL": os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/14"),
        "GUNICORN_BIND": f"127.0.0.1:{PORT}",
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


def wrk(path, connections, session=None, seconds=SECONDS):
    command = [
        "wrk", f"-t{min(2, connections)}", f"-c{connections}", f"-d{seconds}s",
        "-s", str(BENCH / "report.lua"), BASE + path,
    ]  # fmt: skip
    if session:
        key = (RESULTS / session).read_text().strip()
        command[1:1] = ["-H", f"Cookie: sessionid={key}"]
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    return json.loads(output.strip().splitlines()[-1])


def load(path, connections, session=None):
    """wrk after a WARM_UP-second run that is thrown away, on at least as many connections as
    workers: each worker's first requests (per-process caches, first renders) are not measured."""
    if WARM_UP:
        wrk(path, max(connections, WORKERS), session, seconds=WARM_UP)
    return wrk(path, connections, session)


def start_server(env):
    """gunicorn as deployed (deploy/gunicorn.conf.py), on the bench's port and worker count."""
    server = subprocess.Popen(
        [PYTHON, "-m", "gunicorn", "-c", "deploy/gunicorn.conf.py", "actsite.wsgi:application"],
        env=env, cwd=ROOT,
    )  # fmt: skip
    for _ in range(100):
        try:
            urllib.request.urlopen(BASE + "/", timeout=2)  # noqa: S310
            return server
        except OSError:
            time.sleep(0.2)
    server.terminate()
    raise SystemExit("gunicorn did not start")


def page_bytes(path):
    with urllib.request.urlopen(BASE + path) as response:  # noqa: S310
        return len(response.read())


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
    step(f"Serving with gunicorn ({WORKERS} workers), production settings, {BASE}")
    server = start_server(env)
    try:
        similar = BENCH / ".static" / "bench" / "similar.html"
        similar.parent.mkdir(exist_ok=True)
        similar.write_bytes(b"x" * page_bytes(PAGES[2][1]))  # as big as a campaign page
    finally:
        server.terminate()
        server.wait()
    server = start_server(env)  # whitenoise indexes static files at start-up
    rows = []
    try:
        step(f"Load: wrk, {CONNECTIONS} connections, {SECONDS} s per page")
        ceiling = load("/static/bench/similar.html", CONNECTIONS)
        rows.append({"page": "static file, same size (ceiling)", "path": "/static/…", **ceiling})
        for name, path, session in PAGES:
            result = load(path, CONNECTIONS, session)
            rows.append({"page": name, "path": path, **result})
            print(f"  {name:<34} {result['rps']:8.1f} req/s", file=sys.stderr)
    finally:
        server.terminate()
        server.wait()
    single = {}
    for kind, switched_off in [
        ("rendered", {"PAGE_CACHE_SECONDS": "0"}),
        ("cold", {"PAGE_CACHE_SECONDS": "0", "FRAGMENT_CACHE_SECONDS": "0"}),
    ]:
        server = start_server({**env, **switched_off})
        try:
            step(f"Campaign page, one client, {', '.join(switched_off)} = 0")
            single[kind] = load(PAGES[2][1], 1)
        finally:
            server.terminate()
            server.wait()
    step("Booking race and training report")
    measured = json.loads(
        subprocess.run(
            [PYTHON, str(BENCH / "measure.py")], env=env, capture_output=True, text=True, check=True
        )
        .stdout.strip()
        .splitlines()[-1]
    )
    for row in rows:
        row["ratio"] = round(row["rps"] / ceiling["rps"], 3)
    write_results(env, rows, single, measured)


def write_results(env, rows, single, measured):
    now = datetime.now(UTC)
    machine = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    database = env["DATABASE_URL"].split(":")[0]
    data = {
        "date": now.isoformat(timespec="seconds"),
        "machine": machine,
        "database": database,
        "server": f"gunicorn, {WORKERS} sync workers, production settings, Redis cache",
        "load": f"wrk, {CONNECTIONS} connections, {SECONDS} s per page after {WARM_UP} s warm-up",
        "pages": rows,
        "campaign_page_one_client": single["rendered"],
        "campaign_page_one_client_cold": single["cold"],
        **measured,
    }
    lines = [
        f"# Bench {now:%Y-%m-%d}",
        "",
        f"Machine: {machine}. Database: {database}. {data['server']}; {data['load']}.",
        "",
        "| page | req/s | p50 ms | p95 ms | errors | ratio to static |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    lines += [
        f"| {r['page']} | {r['rps']:.1f} | {r['p50_ms']:.1f} | {r['p95_ms']:.1f} | "
        f"{r['errors']} | {r['ratio']:.2f} |"
        for r in rows
    ]
    race, report = measured["booking_race"], measured["training_report"]
    lines += [
        "",
        "Campaign page rendered every time (page cache off, cached fragments on), one client: "
        f"p50 {single['rendered']['p50_ms']:.1f} ms, p95 {single['rendered']['p95_ms']:.1f} ms. "
        "Cold, with the fragment cache off too: "
        f"p50 {single['cold']['p50_ms']:.1f} ms, p95 {single['cold']['p95_ms']:.1f} ms.",
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
