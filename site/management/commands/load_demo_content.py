"""manage.py load_demo_content: realistic demo content for every part of the site."""

from importlib import import_module

from django.core.management.base import BaseCommand

# Each part of the site has a demo loader; later ones may build on earlier ones.
DEMO_LOADERS = ["actsite.demo.loaders", "campaigns.demo.loaders"]


class Command(BaseCommand):
    help = "Create demo content (settings, helplines, home and hub pages). Safe to run twice."

    def handle(self, *args, **options):
        for module_path in DEMO_LOADERS:
            import_module(module_path).load()
            self.stdout.write(f"Loaded demo content: {module_path}")
        self.stdout.write(self.style.SUCCESS("Demo content is ready."))
