"""Server logs never record search terms or the codes in links."""

import logging

from actsite.log_filters import StripQueryStrings


def formatted(msg, *args):
    record = logging.LogRecord("django.server", logging.INFO, __file__, 1, msg, args, None)
    StripQueryStrings().filter(record)
    return record.getMessage()


def test_request_lines_lose_their_query_strings():
    line = formatted('"%s" %s %s', "GET /search/?q=my+bosss+name HTTP/1.1", "200", "5120")
    assert line == '"GET /search/?… HTTP/1.1" 200 5120'
    assert "boss" not in formatted("Not Found: /bookings/manage/?t=secret-token")


def test_every_request_logger_uses_the_filter():
    for name in ("django.server", "django.request"):
        handlers = logging.getLogger(name).handlers
        assert any(isinstance(f, StripQueryStrings) for h in handlers for f in h.filters)
