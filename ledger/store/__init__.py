"""The generic signed replicated store: changes, persons, membership, history, ingest, storage.

Kept free of imports, so that importing one module of the store loads only what it needs.
"""
