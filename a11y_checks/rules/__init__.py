"""HTML rules: one small module per rule (or tight family), each declaring ``RULES``.

To add a rule:

1. Create ``rules/<rule_name>.py`` with a check ``(page: Page) -> Iterator[Hit]`` and
   ``RULES = (Rule(...),)``: a stable lower-case id, the default severity (``error`` only where the
   markup makes the failure certain, ``warning`` where an author should judge, ``info`` for advice),
   the WCAG success criteria (or ``practice`` for author advice no criterion requires), the W3C
   ACT rule ids it implements, title, message and suggestion in German and English, and at least
   one bad and one good example.
2. Use the shared facts of ``Page`` (``dom.py``): ``role()``, ``name()``, ``is_excluded()``,
   ``by_tag``, ``with_role``, ``tagged()``; never parse again and never recurse over the tree.
3. Word lists and thresholds go to ``data/`` as plain data.
4. Run ``pytest tests/a11y_checks`` (every rule's examples run there), ``make eval`` for rules that
   claim ACT ids (no finding on any passed or inapplicable ACT example), and regenerate
   ``docs/rules/a11y_checks.md`` with ``python -m a11y_checks.docs``.

Modules whose names start with an underscore hold shared helpers and declare no rules.
"""
