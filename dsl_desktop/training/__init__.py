"""Staff training: importing staff lists, suggesting role types, and compliance rules.

Pure functions over dataclasses; the database and the UI call into this package, never the
other way round. Never imports Qt.
"""
