"""Persistence for DSL Desktop: the encrypted store, key slots, schema and audit chain.

Qt-free and independent of ``dsl_desktop``.
"""
