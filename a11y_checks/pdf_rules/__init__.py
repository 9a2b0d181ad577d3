"""PDF rules: each receives a ``PdfDocument`` and yields hits."""
