"""The editing roles: which Django groups exist and exactly what each may do.

The groups, admin access and the campaign materials collection's permissions are created by
``site/migrations/0004_roles.py``. Each app grants its own models' permissions to the groups
in its own migrations (``grant_model_permissions``). Page permissions and the approval
workflow need the pages themselves: ``grant_index_page_roles`` attaches them when an index
page an app names (the ``register_role_pages`` hook) is created (see ``signal_handlers``).

- Campaign volunteers draft campaign pages and posters/flyers and submit them for approval;
  they also translate them (wagtail-localize), and translations go through the same approval.
- Campaign coordinators also approve and publish them, and manage printed-pack requests.
- Event organisers publish events and manage bookings for the events they organise; on
  another organiser's event they have no page permissions (``campaigns.events.permissions``).
  Whoever creates an event organises it; only coordinators (and superusers) hand an event to
  another organiser, so coordinators may also edit and publish events.
- Training managers write and publish modules, assign training and see reports for the
  departments they manage.
"""

from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group, Permission

from wagtail import hooks
from wagtail.models import (
    GroupApprovalTask,
    GroupPagePermission,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

VOLUNTEERS = "Campaign volunteers"
COORDINATORS = "Campaign coordinators"
ORGANISERS = "Event organisers"
TRAINING_MANAGERS = "Training managers"
ROLES = [VOLUNTEERS, COORDINATORS, ORGANISERS, TRAINING_MANAGERS]

ADMIN = ("wagtailadmin", "access_admin")
TRANSLATE = ("wagtail_localize", "submit_translation")  # start a translation of a page

# Images and documents in this collection are the campaigns' posters, flyers and pictures.
CAMPAIGN_COLLECTION = "Campaign materials"
# (Wagtail checks these on its own Image and Document models, whatever models are in use.)
_MEDIA = [
    (app_label, f"{action}_{model}")
    for app_label, model in (("wagtailimages", "image"), ("wagtaildocs", "document"))
    for action in ("add", "change", "choose")
]
COLLECTION_PERMISSIONS = {
    VOLUNTEERS: _MEDIA,
    COORDINATORS: [*_MEDIA, ("wagtailimages", "delete_image"), ("wagtaildocs", "delete_document")],
    ORGANISERS: [("wagtailimages", "choose_image"), ("wagtaildocs", "choose_document")],
}

# Page permissions on each index page's subtree, by the index page's model, come from the apps:
# each names its index pages with the ``register_role_pages`` hook, returning
# ``{"app.model": {"permissions": {group: [codename, ...]}, "approval": bool}}``. "approval"
# puts the index's pages under the coordinators' approval workflow.
ROLE_PAGES_HOOK = "register_role_pages"
APPROVAL_WORKFLOW = "Campaign approval"
APPROVAL_TASK = "Coordinator approval"
# What every role may do whatever apps are installed (the apps grant the rest in their own
# migrations, with ``grant_model_permissions``).
MODEL_PERMISSIONS = {name: [ADMIN] for name in ROLES}


def role_pages():
    """Every index page model the apps give roles on, with its permissions and approval."""

    pages = {}
    for hook in hooks.get_hooks(ROLE_PAGES_HOOK):
        pages.update(hook())
    return pages


# --- For data migrations: historical models only (``apps`` is the migration's registry), and
# every permission named by the calling migration, as it was when that migration was written.


def _permission(apps, app_label, codename):
    """The permission, created first if its app's models are migrated but its permissions not
    yet (they are normally made after every migration has run)."""

    Permission = apps.get_model("auth", "Permission")
    found = Permission.objects.filter(content_type__app_label=app_label, codename=codename)
    if not found.exists():
        app_config = apps.get_app_config(app_label)
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    return found.get()


def create_groups(apps):
    """Create the role groups, with admin access and the campaign materials collection's image
    and document permissions. Idempotent."""
    Group = apps.get_model("auth", "Group")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    root = Collection.objects.filter(depth=1).first()
    collection = Collection.objects.filter(name=CAMPAIGN_COLLECTION, depth=2).first()
    if collection is None and root is not None:
        collection = _add_child_collection(Collection, root, CAMPAIGN_COLLECTION)
    for name in ROLES:
        Group.objects.get_or_create(name=name)
    grant_model_permissions(apps, MODEL_PERMISSIONS)
    for name, permissions in COLLECTION_PERMISSIONS.items():
        group = Group.objects.get(name=name)
        for perm in permissions:
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=collection, permission=_permission(apps, *perm)
            )


def grant_model_permissions(apps, permissions):
    """Give groups model permissions: ``{group name: [(app label, codename), ...]}``."""
    Group = apps.get_model("auth", "Group")
    for name, perms in permissions.items():
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(*(_permission(apps, *perm) for perm in perms))


def grant_page_permissions(apps, label, permissions):
    """Give groups page permissions on every existing index page of model ``label``:
    ``{group name: [codename, ...]}`` (Wagtail's page permission codenames)."""
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    pages = apps.get_model(label).objects.all()
    for group_name, codenames in permissions.items():
        group = Group.objects.filter(name=group_name).first()
        if group is None:
            continue
        for codename in codenames:
            permission = Permission.objects.get(
                content_type__app_label="wagtailcore", codename=codename
            )
            for page in pages:
                GroupPagePermission.objects.get_or_create(
                    group=group, page_id=page.pk, permission=permission
                )


def _add_child_collection(Collection, root, name):
    """Add a collection under the root with historical models (no treebeard methods)."""
    last = Collection.objects.filter(depth=2).order_by("-path").first()
    number = int(last.path[4:8], 36) + 1 if last else 1
    path = root.path + _base36(number).rjust(4, "0")
    collection = Collection.objects.create(name=name, path=path, depth=2, numchild=0)
    Collection.objects.filter(pk=root.pk).update(numchild=root.numchild + 1)
    return collection


def _base36(number):
    digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    text = ""
    while number:
        number, remainder = divmod(number, 36)
        text = digits[remainder] + text
    return text or "0"


# --- At run time, when an index page is created (``actsite.signal_handlers``).


def grant_index_page_roles(page):
    """Give the roles their permissions on a new index page's subtree and, where its app asks,
    put it under the coordinators' approval workflow. Idempotent."""

    roles = role_pages().get(page._meta.label_lower)
    if roles is None:
        return
    for group_name, codenames in roles["permissions"].items():
        group = Group.objects.filter(name=group_name).first()
        if group is None:
            continue
        for codename in codenames:
            GroupPagePermission.objects.get_or_create(
                group=group,
                page=page,
                permission=Permission.objects.get(
                    content_type__app_label="wagtailcore", codename=codename
                ),
            )
    if roles.get("approval"):
        workflow = approval_workflow()
        WorkflowPage.objects.update_or_create(page=page, defaults={"workflow": workflow})


def approval_workflow():
    """The coordinators' approval workflow, created on first use."""

    workflow, created = Workflow.objects.get_or_create(name=APPROVAL_WORKFLOW)
    if created or not workflow.workflow_tasks.exists():
        task = GroupApprovalTask.objects.filter(name=APPROVAL_TASK).first()
        if task is None:
            task = GroupApprovalTask.objects.create(name=APPROVAL_TASK)
            task.groups.set(Group.objects.filter(name=COORDINATORS))
        WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    return workflow
