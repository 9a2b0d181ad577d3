"""Word lists and thresholds as plain data, one module per language; they import nothing."""
