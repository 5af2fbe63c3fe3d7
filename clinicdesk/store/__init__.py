"""The local encrypted database (SQLCipher through SQLAlchemy 2)."""
