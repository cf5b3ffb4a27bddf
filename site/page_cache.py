"""Whole public pages served from the shared cache to anonymous visitors.

A cached page costs one cache round trip and no database query. Correctness rests on two
*generations*, counters kept in the cache:

- ``content``: bumped whenever anything that public pages show is saved or deleted (pages
  published, moved or unpublished, snippets, settings, documents, images: see
  ``actsite.signal_handlers``). A page stored under an older generation is never served.
- ``availability``: bumped when places are booked or given back (``campaigns.bookings``). Only
  pages that showed "places left" depend on it (the places-left component marks the request),
  so a booking refreshes event listings without emptying the rest of the cache.

The generations are read *before* the page is rendered and stored with it, so a page rendered
while an editor published is stored under the old generation and thrown away at once.

Per-visitor parts are punched out: the CSP nonce and CSRF tokens are stored as placeholders
and filled in fresh for every visitor, so a cached booking form still posts and the strict
Content Security Policy keeps a new nonce per response.

Never cached: anyone with a cookie other than the CSRF cookie (signed-in people, a pending
message), anything but GET, query strings outside PAGE_CACHE_QUERY_PARAMS, non-200 responses,
responses that set cookies or write the session, and the private paths of
``actsite.middleware.PRIVATE_PREFIXES``. Pages that change with the clock alone (an event
passing, booking closing) are at most PAGE_CACHE_SECONDS old (PAGE_CACHE_AVAILABILITY_SECONDS
for pages showing places left); the server re-checks everything when a form is posted.
"""

import re
import time
from urllib.parse import parse_qsl

from django.conf import settings
from django.core.cache import caches
from django.http import HttpResponse
from django.middleware.csrf import get_token

from actsite.middleware import PRIVATE_PREFIXES

CONTENT = "page-cache:generation:content"
AVAILABILITY = "page-cache:generation:availability"
NONCE_PLACEHOLDER = b"__PAGE_CACHE_NONCE__"
CSRF_PLACEHOLDER = b"__PAGE_CACHE_CSRF__"
CSRF_INPUT = re.compile(rb'(name="csrfmiddlewaretoken" value=")[^"]+(")')
STORED_HEADERS = ("Content-Type", "Cache-Control", "X-Frame-Options", "Vary", "Content-Language")


def _cache():
    return caches[settings.PAGE_CACHE_ALIAS]


def _bump(key):
    store = _cache()
    try:
        store.incr(key)
    except ValueError:  # never set, or evicted: start from a value no stored page can carry
        store.set(key, time.time_ns(), None)


def content_changed():
    """Something public pages show has changed: no cached page may be served again."""
    _bump(CONTENT)


def availability_changed():
    """Places were booked or given back: pages showing "places left" must be rendered again."""
    _bump(AVAILABILITY)


def content_generation():
    """A value that changes whenever public content does: a key for things derived from it."""
    return _generations(_cache().get_many([CONTENT, AVAILABILITY]))[0]


def mark_shows_availability(request):
    """Record that this response shows places left (called by the places-left component)."""
    if request is not None:
        request.page_cache_shows_availability = True


def _generations(found):
    """The current generations, starting them if the cache has lost them."""
    store = _cache()
    generations = []
    for key in (CONTENT, AVAILABILITY):
        value = found.get(key)
        if value is None:
            store.add(key, time.time_ns(), None)
            value = store.get(key)
        generations.append(value)
    return tuple(generations)


def _cacheable_request(request):
    if request.method != "GET" or request.path.startswith(PRIVATE_PREFIXES):
        return False
    if set(request.COOKIES) - {settings.CSRF_COOKIE_NAME}:
        return False
    allowed = settings.PAGE_CACHE_QUERY_PARAMS
    return all(name in allowed for name, _ in parse_qsl(request.META.get("QUERY_STRING", "")))


def _storable(request, response):
    session = getattr(request, "session", None)
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not (session is not None and session.modified)
        and response.get("Content-Type", "").startswith("text/html")
        and "no-store" not in response.get("Cache-Control", "")
    )


def _key(request):
    scheme = "https" if request.is_secure() else "http"
    return f"page-cache:page:{scheme}://{request.get_host()}{request.get_full_path()}"


class PageCacheMiddleware:
    """Serve anonymous GETs of public pages from the cache; store what may be shared.

    Sits after CsrfViewMiddleware (a cached form gets a working token and cookie) and inside
    the CSP middleware (a cached page gets a fresh nonce in body and header alike).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not settings.PAGE_CACHE_SECONDS or not _cacheable_request(request):
            return self.get_response(request)
        key = _key(request)
        found = _cache().get_many([key, CONTENT, AVAILABILITY])
        content_generation, availability_generation = _generations(found)
        entry = found.get(key)
        if entry is not None:
            stored_content, stored_availability, headers, body = entry
            if stored_content == content_generation and stored_availability in (
                None,
                availability_generation,
            ):
                return self._from_cache(request, headers, body)
        response = self.get_response(request)
        if _storable(request, response):
            self._store(request, response, key, content_generation, availability_generation)
        response["X-Page-Cache"] = "miss"
        return response

    def _store(self, request, response, key, content_generation, availability_generation):
        body = response.content
        nonce = getattr(request, "_csp_nonce", None)
        if nonce:
            body = body.replace(nonce.encode(), NONCE_PLACEHOLDER)
        body = CSRF_INPUT.sub(rb"\1" + CSRF_PLACEHOLDER + rb"\2", body)
        shows_availability = getattr(request, "page_cache_shows_availability", False)
        headers = [(name, response[name]) for name in STORED_HEADERS if response.has_header(name)]
        entry = (
            content_generation,
            availability_generation if shows_availability else None,
            headers,
            body,
        )
        seconds = settings.PAGE_CACHE_SECONDS
        if shows_availability:
            seconds = min(seconds, settings.PAGE_CACHE_AVAILABILITY_SECONDS)
        _cache().set(key, entry, seconds)

    def _from_cache(self, request, headers, body):
        if NONCE_PLACEHOLDER in body:
            body = body.replace(NONCE_PLACEHOLDER, str(request.csp_nonce).encode())
        if CSRF_PLACEHOLDER in body:
            body = body.replace(CSRF_PLACEHOLDER, get_token(request).encode())
        response = HttpResponse(body)
        for name, value in headers:
            response[name] = value
        response["X-Page-Cache"] = "hit"
        return response
