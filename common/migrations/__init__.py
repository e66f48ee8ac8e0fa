"""Numbered schema migrations, run by peewee's playhouse.migrations runner (common/schema.py).

Each file defines ``up(migrator, db)`` with frozen copies of the models it creates: it never
imports today's models, so an old migration keeps meaning what it meant when it was written.
"""
