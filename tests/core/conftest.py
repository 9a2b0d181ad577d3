from tests.demo_fixture import demo, demo_site  # noqa: F401
