"""Staff reports: any member of staff seals a concern to the school; only its vault opens it.

* :mod:`.keyfile` — the school's public intake key file (``school.dslintake``), no secret in it;
* :mod:`.envelope` — sealing and opening one report (libsodium sealed box, via PyNaCl);
* :mod:`.report` — the fields a member of staff fills in, checked;
* :mod:`.locate` — where the staff side finds the intake key (machine-wide, then the user's);
* :mod:`.service` — the DSL's side: key pairs in the vault, importing a drop folder.

Qt-free, like the rest of the core.
"""
