"""Widgets and words that several areas of the app share (the concern flow, People, the log):
translated labels for stored codes, date fields, choices, form pieces and draft saving."""
