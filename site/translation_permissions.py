"""Who may start a translation of a page: wagtail-localize asks only for its global
``submit_translation`` permission, so a campaign volunteer could turn the Welsh copy of a
training module, or another organiser's event, into a draft of their own. Here the person must
also be allowed to edit the page itself (its own permission tester: an organiser's events,
a training manager's modules)."""

from django.core.exceptions import PermissionDenied

from wagtail.models import Page

SUBMIT_PAGE_TRANSLATION = "wagtail_localize:submit_page_translation"


class PageTranslationPermissionMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        if match is None or match.view_name != SUBMIT_PAGE_TRANSLATION:
            return None
        page = Page.objects.filter(pk=view_kwargs.get("page_id")).first()
        if page is not None and not page.specific.permissions_for_user(request.user).can_edit():
            raise PermissionDenied
        return None
