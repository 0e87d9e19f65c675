"""Developer tools that are not part of the app (not installed, not in the bundle)."""
