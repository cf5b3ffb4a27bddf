"""Security headers: a strict Content Security Policy for the public site, a looser one only
where the Wagtail admin needs it, and a Permissions-Policy that turns off powerful features.

The policies themselves live in settings (CONTENT_SECURITY_POLICY, ADMIN_CONTENT_SECURITY_POLICY,
PERMISSIONS_POLICY) so a deployment can read them in one place.
"""

from csp.middleware import CSPMiddleware, PolicyParts

from django.conf import settings


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, choosing the admin policy under the admin's URL prefix.

    Public pages get CONTENT_SECURITY_POLICY: scripts and styles only from the site's own files
    (nothing inline, so no per-response nonce and a page can be cached for everyone), no
    plugins, no framing. Served documents keep the ``default-src 'none'`` that Wagtail's serve
    view sets (an existing header is never replaced).
    """

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and request.path_info.startswith(settings.ADMIN_URL_PREFIX):
            return PolicyParts(
                config=settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"],
                update=parts.update,
                replace=parts.replace,
                nonce=None,  # a nonce would make browsers ignore the admin's 'unsafe-inline'
            )
        return parts


class PermissionsPolicyMiddleware:
    """Tell browsers this site never uses the camera, microphone, location and the like."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response
