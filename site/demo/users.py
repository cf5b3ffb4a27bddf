"""One demo user per editing role, for trying the admin locally. Never in production."""

import os
import secrets

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from actsite import roles

# username, first name, last name, role
DEMO_USERS = [
    ("vera", "Vera", "Volunteer", roles.VOLUNTEERS),
    ("colin", "Colin", "Coordinator", roles.COORDINATORS),
    ("olu", "Olu", "Organiser", roles.ORGANISERS),
    ("tara", "Tara", "Trainer", roles.TRAINING_MANAGERS),
    ("sam", "Sam", "Learner", None),  # council staff taking training (no admin)
]


def ensure_demo_users():
    """Create or update the demo users. Returns {username: password}; the password comes from
    DEMO_USER_PASSWORD when set, otherwise each user gets a new one."""
    credentials = {}
    user_model = get_user_model()
    for username, first_name, last_name, role in DEMO_USERS:
        password = os.environ.get("DEMO_USER_PASSWORD") or secrets.token_urlsafe(12)
        user = user_model.objects.filter(username=username).first() or user_model(username=username)
        user.first_name, user.last_name = first_name, last_name
        user.email = f"{username}@example.org"
        user.is_active = True
        user.set_password(password)
        user.save()
        user.groups.set(Group.objects.filter(name=role) if role else [])
        credentials[username] = password
    return credentials


def demo_user(username):
    """The demo user called ``username``, or None when demo users were not created."""
    return get_user_model().objects.filter(username=username).first()
