"""The gate's benchmark: the test settings (their plain page type, media in a temp dir), but tasks
queued in the database as in production. With the test settings' immediate backend, a publish
would also index the page for search and update the reference index in the request, time a
production publish does not spend, which would make the gate look cheaper than it is."""

from cms.settings.test import *  # noqa: F403

TASKS = {"default": {"BACKEND": TASKS_BACKENDS["database"]}}  # noqa: F405
