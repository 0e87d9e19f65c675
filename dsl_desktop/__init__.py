"""DSL Desktop core: domain rules and services. Never imports Qt."""

__version__ = "0.1.0"
APP_NAME = "DSL Desktop"
APP_ID = "dsl-desktop"
