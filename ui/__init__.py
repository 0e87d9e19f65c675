"""The Qt front end. Every PySide6 import in DSL Desktop lives in this package."""
