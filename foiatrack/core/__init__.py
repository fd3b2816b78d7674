"""The pure core: vocabulary, calendar arithmetic, deadlines and statuses.

Nothing in this package may import Qt, SQLAlchemy or touch files or the network: it is the part of the
program that decides dates a user relies on, so it must be testable with plain values alone.
"""
