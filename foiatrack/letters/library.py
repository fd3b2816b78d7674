"""Finding letter templates: the built-in ones and the user's own folder.

A user's template with the same name as a built-in one replaces it (that is how a user edits a
built-in: :meth:`TemplateLibrary.copy_to_user`, then edit the copy). Listing never fails because of one
broken user file: broken files are reported in :attr:`TemplateLibrary.problems`, and asking for that
template by name raises its error, so the user learns which file and line to fix.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from foiatrack.core.errors import NotFoundError, UserError
from foiatrack.letters.render import check_template, parse_check_template
from foiatrack.letters.template import LetterKind, LetterTemplate, parse_template
from foiatrack.resources import templates_dir

_SKIPPED = {"readme.md"}


def builtin_dir() -> Path:
    return templates_dir() / "letters"


def load_template(path: Path, *, builtin: bool = False) -> LetterTemplate:
    """Read, parse and compile one template file.

    Raises:
        UserError: the file cannot be read, its header is broken, or its Jinja2 is invalid or tries to
            include other files; the message names the file and line.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise UserError(f"{path}: a letter template must be UTF-8 text") from None
    except OSError as exc:
        raise UserError(f"{path}: cannot read the template ({exc.strerror or exc})") from None
    template = parse_template(text, path, builtin=builtin)
    if builtin:
        check_template(template)
    else:
        parse_check_template(template)  # compiled only when a letter uses it
    return template


class TemplateLibrary:
    """The templates a user can choose from.

    Args:
        user_dir: The user's template folder (need not exist yet); ``None`` for built-ins only.
        builtin: Override of the built-in folder, for tests.
    """

    def __init__(self, user_dir: Path | str | None = None, *, builtin: Path | None = None) -> None:
        self.user_dir = Path(user_dir) if user_dir is not None else None
        self._builtin_dir = builtin if builtin is not None else builtin_dir()
        self._templates: dict[str, LetterTemplate] = {}
        self._broken: dict[str, UserError] = {}
        self.reload()

    def reload(self) -> None:
        """Re-read both folders (after the user edited or added a file)."""
        self._templates.clear()
        self._broken.clear()
        folders = [(self._builtin_dir, True)]
        if self.user_dir is not None and self.user_dir.is_dir():
            folders.append((self.user_dir, False))
        for folder, builtin in folders:
            for path in sorted(folder.glob("*.md")):
                if path.name.lower() in _SKIPPED or not path.is_file():
                    continue
                name = path.stem
                try:
                    self._templates[name] = load_template(path, builtin=builtin)
                    self._broken.pop(name, None)
                except UserError as exc:
                    self._broken[name] = exc
                    self._templates.pop(name, None)

    @property
    def problems(self) -> list[UserError]:
        """Templates that could not be loaded, each error naming its file and line."""
        return [self._broken[name] for name in sorted(self._broken)]

    def names(self) -> list[str]:
        return sorted(self._templates)

    def templates(self) -> list[LetterTemplate]:
        """All usable templates, sorted by kind, then name."""
        order = {kind: i for i, kind in enumerate(LetterKind)}
        return sorted(self._templates.values(), key=lambda t: (order[t.kind], t.name))

    def get(self, name: str) -> LetterTemplate:
        """The template called *name* (file name without ``.md``).

        Raises:
            UserError: the template exists but is broken (names file and line).
            NotFoundError: no such template; lists the known names.
        """
        key = name.strip().removesuffix(".md")
        if key in self._broken:
            raise self._broken[key]
        try:
            return self._templates[key]
        except KeyError:
            known = ", ".join(self.names()) or "(none)"
            message = f"template '{name}' does not exist; known templates: {known}"
            raise NotFoundError(message, field="template") from None

    def templates_for(self, jurisdiction_code: str, kind: LetterKind | str | None = None) -> list[LetterTemplate]:
        """Templates that fit requests under *jurisdiction_code*, optionally of one *kind*."""
        wanted = LetterKind(kind) if kind is not None else None
        return [t for t in self.templates() if t.fits(jurisdiction_code) and (wanted is None or t.kind is wanted)]

    def copy_to_user(self, name: str, user_dir: Path | str | None = None) -> Path:
        """Copy built-in template *name* into the user's folder so it can be edited; returns the copy.

        The copy then replaces the built-in in this library. An existing user file is never
        overwritten: the user may have edited it.

        Raises:
            UserError: no user folder, the copy exists already, or it cannot be written.
        """
        target_dir = Path(user_dir) if user_dir is not None else self.user_dir
        if target_dir is None:
            raise UserError("no folder for your own templates is set", field="user_dir")
        source = self._builtin_dir / f"{name.strip().removesuffix('.md')}.md"
        if not source.is_file():
            names = (p.stem for p in self._builtin_dir.glob("*.md") if p.name.lower() not in _SKIPPED)
            builtins = ", ".join(sorted(names))
            raise NotFoundError(f"'{name}' is not a built-in template; built-in templates: {builtins}")
        target = target_dir / source.name
        if target.exists():
            raise UserError(f"{target} exists already; edit it, or delete it to start again from the built-in")
        try:
            target_dir.mkdir(parents=True, exist_ok=True)
            temp = target.with_name(f".{target.name}.tmp")
            shutil.copyfile(source, temp)
            os.replace(temp, target)
        except OSError as exc:
            raise UserError(f"cannot copy the template to {target}: {exc.strerror or exc}") from None
        if self.user_dir is not None and target_dir.resolve() == self.user_dir.resolve():
            self.reload()
        return target
