"""Point the default Wagtail Site at the address the site is served on, so every absolute link
(emails, calendar files, certificates, the sitemap, canonical links) leads there."""

from urllib.parse import urlsplit

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from actsite.public_urls import default_site


class Command(BaseCommand):
    help = "Set the default site's hostname and port from an address, e.g. http://127.0.0.1:8000"

    def add_arguments(self, parser):
        parser.add_argument("address", help="where visitors reach the site: scheme, host, port")

    def handle(self, address, **options):
        parts = urlsplit(address)
        try:
            port = parts.port or (443 if parts.scheme == "https" else 80)
        except ValueError as error:
            raise CommandError(f"{address!r} has no valid port.") from error
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise CommandError(f"{address!r} is not an address like http://127.0.0.1:8000.")
        with transaction.atomic():
            site = default_site()
            if site is None:
                raise CommandError("There is no site yet: run migrate and load_demo_content.")
            site.hostname, site.port = parts.hostname, port
            site.save()
        self.stdout.write(f"The site's links now point at {site.root_url}/")
