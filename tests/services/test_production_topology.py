"""The site as deployed, tried as an attacker and a bad day would: nginx (deploy/nginx.conf) in
front of gunicorn with production settings, a task worker, and the tests' own PostgreSQL,
Redis and SMTP servers (tests/services/deployment.py). Clients come from different loopback
addresses, as different people do.

Skips where nginx, redis-server or PostgreSQL's server are not installed, unless
REQUIRE_SERVICES=1 (CI), when it fails instead.
"""

import os
import re
import time

import pytest

from tests.services.deployment import (
    REDIS_RETRY_SECONDS,
    Deployment,
    requirements_missing,
    run_in_threads,
    wait_for,
)

pytestmark = pytest.mark.slow

EVENT = "/events/town-hall/"
BOOK = f"{EVENT}book/"


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    missing = requirements_missing()
    if missing:
        if os.environ.get("REQUIRE_SERVICES") == "1":
            pytest.fail(missing)
        pytest.skip(missing)
    deployment = Deployment(tmp_path_factory.mktemp("deployment"))
    try:
        deployment.start()
        yield deployment
    finally:
        deployment.stop()


def booking(email, **overrides):
    return {
        "name": "Anna Maria Smith",
        "email": email,
        "places": "1",
        "consent": "on",
        "website": "",
        **overrides,
    }


def bookings_for(site, email):
    return site.postgres.query("SELECT status FROM campaigns_booking WHERE email = %s", email)


def test_one_clients_bad_posts_never_block_another_clients_booking(site):
    answers = [
        site.post_form(BOOK, booking("not-an-email"), client="127.0.0.2").status for _ in range(11)
    ]
    assert answers[:10] == [400] * 10 and answers[10] == 429  # that client is limited...
    other = site.post_form(BOOK, booking("first.visit@example.org"), client="127.0.0.3")
    assert other.status == 302 and other.headers["Location"].endswith("/bookings/received/")
    assert bookings_for(site, "first.visit@example.org") == [("confirmed",)]  # ...not everyone


def test_wrong_passwords_from_one_address_never_lock_the_admin_out_from_another(site):
    for _ in range(5):
        site.sign_in("admin", "not-the-password", client="127.0.0.4")
    locked, _ = site.sign_in("admin", site.password, client="127.0.0.4")
    assert locked.status == 429 or "locked" in locked.text.lower()
    signed_in, cookies = site.sign_in("admin", site.password, client="127.0.0.5")
    assert signed_in.status == 302 and "sessionid" in cookies
    assert site.get("/admin/", client="127.0.0.5", cookies=cookies).status == 200


def test_an_address_a_visitor_writes_in_x_forwarded_for_is_not_believed(site):
    """nginx writes the header itself: a visitor cannot pass as someone else, to escape its
    own limit or to spend theirs."""
    forged = {"X-Forwarded-For": "127.0.0.12"}
    answers = [
        site.post_form(BOOK, booking("x"), client="127.0.0.6", headers=forged) for _ in range(11)
    ]
    assert answers[-1].status == 429  # counted against its own address, not the forged one
    answer = site.post_form(BOOK, booking("not.forged@example.org"), client="127.0.0.12")
    assert answer.status == 302  # the address it pretended to be was never limited


def test_the_documented_unlock_works_as_deployed(site):
    for _ in range(5):
        site.sign_in("staff", "wrong-password", client="127.0.0.8")
    assert site.postgres.query("SELECT count(*) FROM axes_accessattempt")[0][0] >= 1
    result = site.manage("axes_reset_username", "staff")
    assert "No attempts found" not in result.stdout
    assert site.postgres.query(
        "SELECT count(*) FROM axes_accessattempt WHERE username = 'staff'"
    ) == [(0,)]
    answer, cookies = site.sign_in("staff", site.password, client="127.0.0.8")
    assert answer.status == 302 and "sessionid" in cookies


def test_with_redis_stopped_pages_bookings_and_sessions_carry_on(site):
    _, cookies = site.sign_in("admin", site.password, client="127.0.0.9")
    site.redis.stop()
    try:
        page = site.get(f"{EVENT}?redis=down", client="127.0.0.9")  # not from nginx's cache
        assert page.status == 200 and "Town Hall briefing" in page.text
        answer = site.post_form(BOOK, booking("redis.down@example.org"), client="127.0.0.9")
        assert answer.status == 302
        assert bookings_for(site, "redis.down@example.org") == [("confirmed",)]
        assert site.get("/admin/", client="127.0.0.9", cookies=cookies).status == 200
    finally:
        site.redis.start()
        time.sleep(REDIS_RETRY_SECONDS + 0.5)  # every worker uses Redis again (rate limits)
    assert site.get("/admin/", client="127.0.0.9", cookies=cookies).status == 200


def test_with_the_mail_relay_down_nothing_is_lost_and_mail_goes_when_it_returns(site):
    site.smtp.stop()
    try:
        answer = site.post_form(BOOK, booking("relay.down@example.org"), client="127.0.0.10")
        assert answer.status == 302
        poster = site.postgres.query("SELECT page_ptr_id FROM campaigns_resourcepage")[0][0]
        pack = site.post_form(
            "/printed-packs/",
            {
                "form-TOTAL_FORMS": "1", "form-INITIAL_FORMS": "0", "form-MIN_NUM_FORMS": "0",
                "form-MAX_NUM_FORMS": "10", "venue_name": "Central\nstation",
                "delivery_address": "Station Approach", "postcode": "LS1 4DY",
                "contact_name": "Sam", "contact_email": "sam.venue@example.org",
                "form-0-resource": str(poster), "form-0-language": "en", "form-0-quantity": "5",
            },
            client="127.0.0.10",
        )  # fmt: skip
        assert pack.status == 302  # kept, although the coordinators cannot be emailed yet
        assert site.postgres.query(
            "SELECT count(*) FROM campaigns_packrequest WHERE venue_name = 'Central station'"
        ) == [(1,)]
        wait_for(
            lambda: (
                site.postgres.query(
                    "SELECT attempts FROM campaigns_bookingemail e JOIN campaigns_booking b "
                    "ON b.id = e.booking_id WHERE b.email = 'relay.down@example.org'"
                )[0][0]
                >= 1
            ),
            what="the worker's first attempt",
        )
    finally:
        site.smtp.start()
    for outbox in ("campaigns_bookingemail", "campaigns_packrequestemail"):  # time passes
        site.postgres.query(f"UPDATE {outbox} SET claimed_until = now() WHERE sent_at IS NULL")  # noqa: S608
    site.manage("send_emails")
    wait_for(
        lambda: any("relay.down@example.org" in m.rcpt_tos for m in site.smtp.messages),
        what="the booking email",
    )
    wait_for(
        lambda: any("coordinators@example.org" in m.rcpt_tos for m in site.smtp.messages),
        what="the coordinators' email about the pack request",
    )


def test_postgresql_restarting_under_load_loses_and_duplicates_no_booking(site):
    emails = [f"load.{n}@example.org" for n in range(24)]

    def book(n):
        # The booking form is never cached: while the database restarts it cannot be opened,
        # and a form sent without it is refused (403) before anything is booked. A person
        # reloads the form and sends it again; so does this client.
        deadline = time.monotonic() + 30
        while True:
            status = site.post_form(BOOK, booking(emails[n]), client=f"127.0.1.{n + 1}").status
            if status != 403 or time.monotonic() > deadline:
                return status
            time.sleep(0.2)

    jobs = [lambda n=n: book(n) for n in range(len(emails))]
    jobs.append(lambda: (time.sleep(0.3), site.postgres.restart())[1])
    results = run_in_threads(jobs)[:-1]
    accepted = [email for email, status in zip(emails, results, strict=True) if status == 302]
    assert accepted, results
    for email in emails:
        rows = bookings_for(site, email)
        assert len(rows) <= 1, email  # never twice
        if email in accepted:
            assert rows == [("confirmed",)], email  # never lost once acknowledged
    seats = site.postgres.query(
        "SELECT s.booked, s.capacity, (SELECT coalesce(sum(places), 0) FROM campaigns_booking "
        "WHERE event_id = s.event_id AND status = 'confirmed') FROM campaigns_eventseats s"
    )
    for booked, capacity, counted in seats:
        assert booked == counted <= capacity
    wait_for(lambda: site.get("/?after=restart").status == 200, what="the site after restart")


def test_the_logs_hold_no_address_email_or_token(site):
    answer = site.post_form(BOOK, booking("logged.person@example.org"), client="127.0.0.11")
    assert answer.status == 302
    wait_for(
        lambda: any("logged.person@example.org" in m.rcpt_tos for m in site.smtp.messages),
        what="the confirmation",
    )
    message = next(m for m in site.smtp.messages if "logged.person@example.org" in m.rcpt_tos)
    link = re.search(rb"https://act\.example\.org(/bookings/[^/\s]+/)", message.content).group(1)
    assert site.get(link.decode(), client="127.0.0.11").status == 200
    site.get(f"/cy{link.decode()}", client="127.0.0.11")
    site.sign_in("staff@example.org", "wrong", client="127.0.0.11")
    time.sleep(0.5)
    logged = site.log_text()
    assert "/bookings/[redacted]" in logged
    for secret in ("127.0.0.11", "127.0.0.2 ", "logged.person", "staff@example.org"):
        assert secret not in logged, secret
    assert link.decode().split("/")[2] not in logged
