"""Requests no browser sends are refused before any view sees them.

Public forms (bookings, printed packs, sign-in) fit in a few kilobytes; a bigger body outside
the admin is refused from its Content-Length before a byte of it is read or parsed (413, with
a page saying what to do), so a forged flood of form fields costs nothing
(``PUBLIC_POST_MAX_BYTES``).

A NUL character in a query string or form field cannot be stored (PostgreSQL refuses it in
text) and is never typed by a person; refusing it here (400, with the site's page) means no
filter, lookup or form anywhere has to guard against it.
"""

from django.conf import settings
from django.core.exceptions import BadRequest
from django.template.response import TemplateResponse


class RejectNullCharactersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if "\x00" in request.path or any(
            "\x00" in key or any("\x00" in value for value in values)
            for data in (request.GET, request.POST)
            for key, values in data.lists()
        ):
            raise BadRequest("A NUL character in the request.")
        return self.get_response(request)


class RefuseOversizePublicPostsMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method == "POST" and not request.path.startswith(settings.ADMIN_URL_PREFIX):
            try:
                length = int(request.META.get("CONTENT_LENGTH") or 0)
            except ValueError:
                raise BadRequest("An unreadable Content-Length.") from None
            if length > settings.PUBLIC_POST_MAX_BYTES:
                return too_long(request)
        return self.get_response(request)


def too_long(request):
    response = TemplateResponse(request, "too_long.html", status=413)
    response["Cache-Control"] = "private, no-store"
    return response.render()


def plausible_id(value):
    """Whether ``value`` (text from a request) could be a database id: ASCII digits only and
    short enough for a 64-bit integer (SQLite raises OverflowError beyond that)."""
    text = str(value)
    return text.isascii() and text.isdigit() and len(text) <= 18
