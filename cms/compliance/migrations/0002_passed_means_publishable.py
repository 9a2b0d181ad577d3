"""``passed`` now includes a required test reading: bring reports stored before that in line."""

from django.db import migrations


def require_test_reading(apps, schema_editor) -> None:
    reports = apps.get_model("compliance", "ComplianceReport").objects
    reports.filter(test_reading_required=True, test_reading_done=False).update(passed=False)


class Migration(migrations.Migration):
    dependencies = [("compliance", "0001_initial")]

    operations = [migrations.RunPython(require_test_reading, migrations.RunPython.noop)]
