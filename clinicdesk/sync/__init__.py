"""Sync with a shared PostgreSQL database: outbox capture, push/pull, conflicts (docs/sync.md)."""
