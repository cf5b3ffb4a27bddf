"""The real backing services: Redis on the machine and moto's S3 server.

Where Redis is not running the tests skip with the reason, unless REQUIRE_SERVICES=1 (CI sets
it), when they fail instead: CI must never pass without having talked to the services.
"""

import os
import socket
import uuid

import boto3
import pytest
import redis as redis_client
from moto.server import ThreadedMotoServer

from actsite.settings import services

# One Redis database per pytest-xdist worker (15, 14, ...; the bench uses 13 and 14 itself,
# never during the suite): workers empty their own, never each other's.
_WORKER = int(os.environ.get("PYTEST_XDIST_WORKER", "gw0").removeprefix("gw") or 0)
REDIS_URL = os.environ.get("TEST_REDIS_URL", f"redis://127.0.0.1:6379/{15 - _WORKER}")


_GIVEN = set()  # ports handed out in this process: never the same one twice


def _free_port():
    """A free port on loopback that this process has not been given before (two servers set
    up one after the other would otherwise sometimes get the same one)."""
    while True:
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        if port not in _GIVEN:
            _GIVEN.add(port)
            return port


def _free_ports(count):
    """``count`` different free ports: each stays bound until all are chosen."""
    probes = [socket.socket() for _ in range(count)]
    try:
        for probe in probes:
            probe.bind(("127.0.0.1", 0))
        ports = [probe.getsockname()[1] for probe in probes]
        if _GIVEN.intersection(ports):
            return _free_ports(count)
        _GIVEN.update(ports)
        return ports
    finally:
        for probe in probes:
            probe.close()


@pytest.fixture(scope="session")
def redis_url():
    try:
        redis_client.Redis.from_url(REDIS_URL, socket_connect_timeout=1).ping()
    except redis_client.exceptions.ConnectionError:
        if os.environ.get("REQUIRE_SERVICES") == "1":
            pytest.fail(f"Redis is not answering at {REDIS_URL}")
        pytest.skip(f"Redis is not answering at {REDIS_URL}")
    return REDIS_URL


@pytest.fixture
def redis(redis_url, settings):
    """The site's cache on Redis, emptied before and after."""

    connection = redis_client.Redis.from_url(redis_url)
    connection.flushdb()
    settings.CACHES = services.redis_caches(redis_url)
    yield connection
    connection.flushdb()


@pytest.fixture(scope="session")
def s3_server():
    """moto's S3 server on a loopback port, for the whole run."""

    port = _free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    yield f"http://127.0.0.1:{port}"
    server.stop()


@pytest.fixture
def s3_environment(s3_server, monkeypatch):
    """The environment a deployment on object storage sets, with a fresh bucket."""

    environ = {
        "AWS_STORAGE_BUCKET_NAME": f"act-{uuid.uuid4().hex[:12]}",
        "AWS_S3_ENDPOINT_URL": s3_server,
        "AWS_S3_REGION_NAME": "eu-west-2",
        "AWS_ACCESS_KEY_ID": "testing",
        "AWS_SECRET_ACCESS_KEY": "testing",
    }
    for name, value in environ.items():
        monkeypatch.setenv(name, value)
    boto3.client("s3", endpoint_url=s3_server, region_name="eu-west-2").create_bucket(
        Bucket=environ["AWS_STORAGE_BUCKET_NAME"],
        CreateBucketConfiguration={"LocationConstraint": "eu-west-2"},
    )
    return environ


@pytest.fixture
def s3_bucket(s3_environment, settings):
    """Uploads go to the bucket, as in production; returns a boto3 Bucket to look inside."""

    settings.STORAGES = {**settings.STORAGES, "default": services.s3_storage(s3_environment)}
    return boto3.resource(
        "s3", endpoint_url=s3_environment["AWS_S3_ENDPOINT_URL"], region_name="eu-west-2"
    ).Bucket(s3_environment["AWS_STORAGE_BUCKET_NAME"])
