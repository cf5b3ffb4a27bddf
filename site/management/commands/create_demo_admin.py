"""manage.py create_demo_admin: a superuser for trying out /admin/ on a local demo."""

import os
import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = (
        "Create or update the demo superuser and print its credentials. The password comes from "
        "DEMO_ADMIN_PASSWORD when set, otherwise a new one is generated."
    )

    def add_arguments(self, parser):
        parser.add_argument("--username", default="admin")

    def handle(self, *args, username, **options):
        if not settings.DEBUG:
            raise CommandError("The demo admin is for local demos only (DEBUG is off).")
        password = os.environ.get("DEMO_ADMIN_PASSWORD") or secrets.token_urlsafe(12)
        user_model = get_user_model()
        user = user_model.objects.filter(username=username).first() or user_model(username=username)
        try:
            validate_password(password, user)
        except ValidationError as error:
            raise CommandError(
                "DEMO_ADMIN_PASSWORD is too weak: " + " ".join(error.messages)
            ) from None
        user.email = user.email or f"{username}@example.org"
        user.is_staff = user.is_superuser = user.is_active = True
        user.set_password(password)
        user.save()
        admin_url = f"{settings.WAGTAILADMIN_BASE_URL}/admin/"
        self.stdout.write(f"Admin: {admin_url}  username: {username}  password: {password}")
