"""Wagtail permission policies narrowed to what a user may see: the model permissions, and for
each instance, whether it is among ``visible(user)`` (assignments a training manager manages,
the departments they manage). Every list, chooser and action of the admin asks the policy."""

from wagtail.permission_policies import ModelPermissionPolicy


class ScopedPermissionPolicy(ModelPermissionPolicy):
    def __init__(self, model, visible):
        super().__init__(model)
        self.visible = visible

    def user_has_permission_for_instance(self, user, action, instance):
        return (
            self.user_has_permission(user, action)
            and self.visible(user).filter(pk=instance.pk).exists()
        )

    def instances_user_has_any_permission_for(self, user, actions):
        if not self.user_has_any_permission(user, actions):
            return self.model.objects.none()
        return self.visible(user)
