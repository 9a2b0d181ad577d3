"""Plain data for the checks: WAI-ARIA tables, word lists and thresholds per language."""
