"""Logs never keep what people searched for or the links they followed from an email.

Query strings carry search terms (``?q=…``), booking and certificate codes; a server log is
the kind of place someone else can read. This filter cuts them from every request line.
"""

import logging
import re

QUERY_STRING = re.compile(r"\?[^\s\"]*")


class StripQueryStrings(logging.Filter):
    def filter(self, record):
        if isinstance(record.msg, str):
            record.msg = QUERY_STRING.sub("?…", record.msg)
        if isinstance(record.args, tuple):
            record.args = tuple(
                QUERY_STRING.sub("?…", arg) if isinstance(arg, str) else arg for arg in record.args
            )
        return True
