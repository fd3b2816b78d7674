"""A keychain in memory, so tests never touch the user's real one (see the ``memory_keyring`` fixture)."""

from __future__ import annotations

from keyring.backend import KeyringBackend
from keyring.errors import KeyringError


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self, fail: bool = False) -> None:
        super().__init__()
        # True: storing a password fails as a locked keychain does.
        self.fail = fail
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        if self.fail:
            raise KeyringError("the keyring is locked")
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        del self.secrets[(service, username)]
