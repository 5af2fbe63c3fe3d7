"""Alembic migrations for the local store (a package so env.py ships in the wheel).

Run them through ``clinicdesk.store.migrate``, never with the alembic command line: the
store is encrypted and only the app holds its key.
"""
