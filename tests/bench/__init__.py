"""The benchmark behind ``make bench`` (issue 9). Not collected by pytest: run ``make bench``.

``run`` builds (or reuses) the "large" and "small" demo vaults under ``.bench/`` and measures
the figures of design.md's "Performance targets"; ``launch`` and ``session`` are the child
processes it starts (start-up to the unlock window; unlock to the concerns log, with memory).
"""
