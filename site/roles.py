"""The editing roles: which Django groups exist and exactly what each may do.

The groups and their model and collection permissions are created by a data migration
(``site/migrations/0004_roles.py``, run again by ``courses/migrations/0002_roles.py`` once
the courses models exist), so every install has them. Page permissions and the
approval workflow need the pages themselves: ``grant_index_page_roles`` attaches them when a
campaigns, resources or events index page is created (see ``signal_handlers``).

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

VOLUNTEERS = "Campaign volunteers"
COORDINATORS = "Campaign coordinators"
ORGANISERS = "Event organisers"
TRAINING_MANAGERS = "Training managers"
ROLES = [VOLUNTEERS, COORDINATORS, ORGANISERS, TRAINING_MANAGERS]

ADMIN = ("wagtailadmin", "access_admin")
TRANSLATE = ("wagtail_localize", "submit_translation")  # start a translation of a page

# Model permissions, as (app label, codename).
MODEL_PERMISSIONS = {
    VOLUNTEERS: [ADMIN, TRANSLATE],
    COORDINATORS: [
        ADMIN,
        TRANSLATE,
        ("campaigns", "view_packrequest"),
        ("campaigns", "change_packrequest"),
        ("campaigns", "view_downloadcount"),
        ("campaigns", "choose_event_organiser"),
    ],
    ORGANISERS: [ADMIN, ("campaigns", "view_booking"), ("campaigns", "change_booking")],
    TRAINING_MANAGERS: [
        ADMIN,
        ("courses", "view_training_report"),
        ("courses", "add_assignment"),
        ("courses", "change_assignment"),
        ("courses", "delete_assignment"),
        ("courses", "view_assignment"),
    ],
}

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

# Page permissions on each index page's subtree, by the index page's model.
_DRAFT = ["add_page", "change_page"]
_PUBLISH = ["add_page", "change_page", "publish_page", "unlock_page"]
PAGE_PERMISSIONS = {
    "campaigns.campaignindexpage": {VOLUNTEERS: _DRAFT, COORDINATORS: _PUBLISH},
    "campaigns.resourceindexpage": {VOLUNTEERS: _DRAFT, COORDINATORS: _PUBLISH},
    "campaigns.eventindexpage": {
        ORGANISERS: _PUBLISH,
        COORDINATORS: ["change_page", "publish_page"],  # to hand an event to its organiser
    },
    "courses.trainingindexpage": {TRAINING_MANAGERS: _PUBLISH},
}
# Index pages whose pages go through coordinators' approval.
APPROVAL_WORKFLOW = "Campaign approval"
APPROVAL_TASK = "Coordinator approval"
NEEDS_APPROVAL = {"campaigns.campaignindexpage", "campaigns.resourceindexpage"}


def create_groups(apps):
    """Create the groups with their model and collection permissions. Idempotent; takes the
    app registry so a migration can call it with historical models."""
    from django.contrib.auth.management import create_permissions

    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")

    def permission(app_label, codename):
        """None for an app not migrated yet: its own migration runs this again."""
        return Permission.objects.filter(
            content_type__app_label=app_label, codename=codename
        ).first()

    root = Collection.objects.filter(depth=1).first()
    collection = Collection.objects.filter(name=CAMPAIGN_COLLECTION, depth=2).first()
    if collection is None and root is not None:
        collection = _add_child_collection(Collection, root, CAMPAIGN_COLLECTION)
    for name in ROLES:
        group, _ = Group.objects.get_or_create(name=name)
        granted = [permission(*perm) for perm in MODEL_PERMISSIONS[name]]
        group.permissions.add(*filter(None, granted))
        for perm in COLLECTION_PERMISSIONS.get(name, []):
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=collection, permission=permission(*perm)
            )


def grant_page_permissions(apps, label):
    """Give the roles their page permissions on every existing index page of model ``label``,
    with historical models (for a migration that adds permissions to PAGE_PERMISSIONS)."""
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    pages = apps.get_model(label).objects.all()
    for group_name, codenames in PAGE_PERMISSIONS[label].items():
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


def grant_index_page_roles(page):
    """Give the roles their permissions on a new index page's subtree and, for campaigns and
    resources, put it under the coordinators' approval workflow. Idempotent."""
    from django.contrib.auth.models import Group, Permission

    from wagtail.models import GroupPagePermission, WorkflowPage

    label = page._meta.label_lower
    for group_name, codenames in PAGE_PERMISSIONS.get(label, {}).items():
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
    if label in NEEDS_APPROVAL:
        workflow = approval_workflow()
        WorkflowPage.objects.update_or_create(page=page, defaults={"workflow": workflow})


def approval_workflow():
    """The coordinators' approval workflow, created on first use."""
    from django.contrib.auth.models import Group

    from wagtail.models import GroupApprovalTask, Workflow, WorkflowTask

    workflow, created = Workflow.objects.get_or_create(name=APPROVAL_WORKFLOW)
    if created or not workflow.workflow_tasks.exists():
        task = GroupApprovalTask.objects.filter(name=APPROVAL_TASK).first()
        if task is None:
            task = GroupApprovalTask.objects.create(name=APPROVAL_TASK)
            task.groups.set(Group.objects.filter(name=COORDINATORS))
        WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    return workflow
