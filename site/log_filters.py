"""Logs never keep what people searched for, the secret links they followed, or who they are.

Query strings carry search terms (``?q=…``) and certificate codes; some paths carry a secret
token (a booking's manage link in any language, a password-reset link, a certificate's code);
a server log is the kind of place someone else can read. :class:`RedactRequestLines` cuts
both from every log line of the request loggers, and django-axes writes no username or
address (``axes_client_str``). nginx's access log does the same for the paths it logs
(``deploy/nginx.conf``) and keeps no client addresses.
"""

import logging
import re

QUERY_STRING = re.compile(r"\?[^\s\"']*")
# Paths whose last parts are a secret: replaced by "[redacted]" from that point on.
SECRET_PATHS = re.compile(
    r"(?P<keep>(?:/[a-z]{2,3}(?:-[a-z]+)?)?/bookings/|/accounts/reset/|/training/certificates/)"
    r"[^\s\"'?]+"
)


def redact(text):
    """``text`` with query strings and the secret parts of secret paths removed."""
    text = SECRET_PATHS.sub(r"\g<keep>[redacted]", text)
    return QUERY_STRING.sub("?…", text)


class RedactRequestLines(logging.Filter):
    def filter(self, record):
        if isinstance(record.msg, str):
            record.msg = redact(record.msg)
        if isinstance(record.args, tuple):
            record.args = tuple(redact(arg) if isinstance(arg, str) else arg for arg in record.args)
        return True


def axes_client_str(username, ip_address, user_agent, path_info, request):
    """What django-axes writes in its log lines about a failed sign-in: only the form."""
    if isinstance(path_info, tuple | list):
        path_info = path_info[0] if path_info else ""
    return f'path_info: "{path_info}"'
