"""PDF rules: each module declares ``RULES`` whose checks receive a ``pdf.document.PdfDocument``.

Rules that read the content are wrapped in ``usable_only``: a file that could not be opened gets
exactly one finding from ``file_problems`` instead. Examples are PDFs built by ``pdf.build``.
"""
