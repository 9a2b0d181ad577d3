"""HTML rules: one small module per rule or tight family, each declaring ``RULES``."""
