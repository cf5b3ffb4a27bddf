"""Requests no browser sends are refused before any view sees them.

A NUL character in a query string or form field cannot be stored (PostgreSQL refuses it in
text) and is never typed by a person; refusing it here (400, with the site's page) means no
filter, lookup or form anywhere has to guard against it.
"""

from django.core.exceptions import BadRequest


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
