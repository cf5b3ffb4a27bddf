"""deploy/nginx.conf made runnable on loopback: the deployed file itself, with only its ports,
paths and certificate swapped (each swap must match once, so a change to the file's shape fails
here rather than in production). Used by the nginx and topology tests and by ``make bench``;
imports nothing from Django.
"""

import os
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PURGE_MODULES = Path("/etc/nginx/modules-enabled")


def _swap(text, old, new):
    assert text.count(old) == 1, f"deploy/nginx.conf no longer has exactly one {old!r}"
    return text.replace(old, new)


def nginx_config(tmp_path, app_port, ports, host="localhost"):
    """The deployed site configuration with the test's ports, paths and certificate."""
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
         "-subj", f"/CN={host}", "-keyout", tmp_path / "key.pem", "-out", tmp_path / "cert.pem"],
        check=True, capture_output=True,
    )  # fmt: skip
    site = (ROOT / "deploy" / "nginx.conf").read_text()
    for old, new in [
        ("server 127.0.0.1:8000;", f"server 127.0.0.1:{app_port};"),
        ("/var/cache/nginx/act", f"{tmp_path}/cache"),
        ("/var/log/nginx/act.log", f"{tmp_path}/access.log"),
        ("/var/log/nginx/act-error.log", f"{tmp_path}/site-error.log"),
        ("/srv/act/staticfiles/", f"{tmp_path}/static/"),
        ("/srv/act/media/images/", f"{tmp_path}/media/images/"),
        ("/etc/letsencrypt/live/act.example.org/fullchain.pem", f"{tmp_path}/cert.pem"),
        ("/etc/letsencrypt/live/act.example.org/privkey.pem", f"{tmp_path}/key.pem"),
        ("listen 80;", f"listen 127.0.0.1:{ports['http']};"),
        ("listen 443 ssl http2;", f"listen 127.0.0.1:{ports['https']} ssl http2;"),
        ("listen 127.0.0.1:8081;", f"listen 127.0.0.1:{ports['purge']};"),
    ]:
        site = _swap(site, old, new)
    (tmp_path / "site.conf").write_text(site)
    temp = tmp_path / "temp"
    # As root, nginx's workers would run as "nobody" and could not read the test's folders.
    user = "user root;" if os.geteuid() == 0 else ""
    (tmp_path / "nginx.conf").write_text(f"""
{user}
include {PURGE_MODULES}/*.conf;
daemon off;
pid {tmp_path}/nginx.pid;
error_log {tmp_path}/error.log;
events {{ worker_connections 64; }}
http {{
    include /etc/nginx/mime.types;
    client_body_temp_path {temp}/body;
    proxy_temp_path {temp}/proxy;
    fastcgi_temp_path {temp}/fastcgi;
    uwsgi_temp_path {temp}/uwsgi;
    scgi_temp_path {temp}/scgi;
    include {tmp_path}/site.conf;
}}
""")
    for folder in ("static", "media", "cache", "temp"):
        (tmp_path / folder).mkdir(exist_ok=True)
    return tmp_path / "nginx.conf"
