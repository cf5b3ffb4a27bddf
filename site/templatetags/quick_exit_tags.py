"""The quick exit control, usable by any template: it needs no request, context or database,
so the server error page (rendered with no context at all) carries it too."""

from django import template
from django.conf import settings

register = template.Library()


@register.inclusion_tag("components/quick_exit.html")
def quick_exit():
    """The "Exit this page" button, leading to settings.QUICK_EXIT_URL."""
    return {"QUICK_EXIT_URL": settings.QUICK_EXIT_URL}
