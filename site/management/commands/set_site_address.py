"""Point the default Wagtail Site at the address the site is served on, so every absolute link
(emails, calendar files, certificates, the sitemap, canonical links) leads there."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from actsite.public_urls import set_site_address


class Command(BaseCommand):
    help = (
        "Set the default site's hostname and port from an address, e.g. http://127.0.0.1:8000 "
        "(SITE_URL when not given)"
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "address", nargs="?", help="where visitors reach the site: scheme, host, port"
        )

    def handle(self, address=None, **options):
        address = address or getattr(settings, "SITE_URL", "")
        if not address:
            raise CommandError("Give an address, or set SITE_URL.")
        try:
            with transaction.atomic():
                site = set_site_address(address)
        except ValueError as error:
            raise CommandError(str(error)) from error
        if site is None:
            raise CommandError("There is no site yet: run migrate and load_demo_content.")
        self.stdout.write(f"The site's links now point at {site.root_url}/")
