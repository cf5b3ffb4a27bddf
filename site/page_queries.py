"""Page queries shared by listings, worked out once per request."""

from wagtail.models import Page


def per_request(request, name, compute):
    """``compute()`` once per request, shared by every listing on the page."""
    if request is None:
        return compute()
    if not hasattr(request, name):
        setattr(request, name, compute())
    return getattr(request, name)


def public_pages(queryset, request):
    """``queryset.public()``, with the private sections looked up once per request."""

    return queryset.exclude(
        per_request(request, "_private_pages_q", lambda: Page.objects.all().private_q())
    )
