"""manage.py load_demo_content: realistic demo content for every part of the site."""

from importlib import import_module

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand

from actsite.demo.users import ensure_demo_users

# Each part of the site has a demo loader; later ones may build on earlier ones.
DEMO_LOADERS = [
    "actsite.demo.loaders",
    "campaigns.demo.loaders",
    "courses.demo.loaders",
    "actsite.demo.translations",  # Welsh and Polish versions of some of the above
    "courses.demo.translations",  # the awareness module in Welsh
]
TRANSLATIONS = ["actsite.demo.translations", "courses.demo.translations"]


class Command(BaseCommand):
    help = (
        "Create demo content (settings, helplines, pages, events, bookings). Safe to run twice. "
        "In development (DEBUG) it also creates one demo user per editing role and prints their "
        "passwords."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--users",
            action="store_true",
            help="Create the demo users even when DEBUG is off (never do this in production).",
        )
        parser.add_argument(
            "--no-translations",
            action="store_true",
            help="Leave out the Welsh and Polish versions (quicker, for tests not about them).",
        )

    def handle(self, *args, users=False, no_translations=False, **options):
        if settings.DEBUG or users:
            for username, password in ensure_demo_users().items():
                self.stdout.write(f"Demo user: {username}  password: {password}")
        for module_path in DEMO_LOADERS:
            if module_path == TRANSLATIONS[0]:
                # Pages made here are not made in the admin (whose hook gives each new page its
                # aliases): put every language's tree in step before translating some of it.
                call_command("sync_page_trees", stdout=self.stdout)
            if module_path in TRANSLATIONS and no_translations:
                continue
            import_module(module_path).load()
            self.stdout.write(f"Loaded demo content: {module_path}")
        self.stdout.write(self.style.SUCCESS("Demo content is ready."))
