"""Help inside the app: the topics (text in ``resources/help``), the Help window, which topic
fits the screen in use, and the launcher that opens Help (F1) and Urgent help (F12)."""

from __future__ import annotations

from ui.help.context import HELP_TOPIC_PROPERTY, topic_for
from ui.help.topics import DEFAULT_TOPIC, TOPICS, Topic

__all__ = ["DEFAULT_TOPIC", "HELP_TOPIC_PROPERTY", "TOPICS", "Topic", "topic_for"]
