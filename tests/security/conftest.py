# Fixtures the security tests share with the areas whose data they protect.
from tests.campaigns.conftest import (  # noqa: F401
    campaign_index,
    event_index,
    media_in_tmp,
    resource_index,
)
from tests.courses.conftest import module, training_index  # noqa: F401
