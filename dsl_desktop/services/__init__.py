"""Services: the only way the UI and the CLI reach the store. Roles are enforced here."""
