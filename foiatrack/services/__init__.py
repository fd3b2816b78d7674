"""Use cases: one function per thing a user does. The CLI and the GUI call these and nothing below."""
