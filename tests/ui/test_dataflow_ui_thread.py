"""Every page and dialog reads the database off the UI thread, through one Loader.

Two checks over the source of ``foiatrack/ui``:

* A call to a service (a name imported from ``foiatrack.services``) must run in background work: inside a
  lambda or nested function handed to ``loader.load``/``follow``, ``write`` or ``run_task`` (directly, or
  through a function of the module that hands its argument on), or in a module-level helper only such work
  calls. Every other call is in :data:`ON_THE_UI_THREAD` with the reason
  it may run there. The list may only shrink: a new call fails here, and so does an entry whose call is gone.
* Stale answers are dropped one way: only ``dataflow.Loader`` keeps a generation counter, and ``run_task``
  (no stale guard) is used for one-off actions only (:data:`ACTIONS`), never for a page's load.
"""

from __future__ import annotations

import ast
from pathlib import Path

import foiatrack.ui

UI = Path(foiatrack.ui.__file__).parent
BACKGROUND = {"load", "follow", "write", "run_task"}  # what runs the function it is given off the UI thread

PURE = "computes from its arguments or the shipped files read once per process: no database"
# "module.py:function:service" -> why it may run on the UI thread.
ON_THE_UI_THREAD: dict[str, str] = {
    "agency_form.py:__init__:jurisdiction_catalog": PURE,
    "dashboard_models.py:step_of:acknowledging_jurisdictions": PURE,
    "event_dialog.py:new_event:parse_money": PURE,
    "event_dialog.py:save:validate_event": PURE,
    "request_editor.py:jurisdiction_combo:jurisdiction_catalog": PURE,
    "request_editor.py:values:parse_money": PURE,
    "settings_closures.py:__init__:jurisdiction_catalog": PURE,
    "import_dialog.py:__init__:import_fields": PURE,
    "import_dialog.py:_build:import_status_names": PURE,
    "import_dialog.py:_mapping_saved:import_status_names": PURE,
    "server_dialog.py:stored_url:parse_server_url": PURE,
    "server_dialog.py:stored_url:without_password": PURE,
    "server_dialog.py:shown_url:parse_server_url": PURE,
    "server_dialog.py:shown_url:without_password": PURE,
    "server_dialog.py:short_name:parse_server_url": PURE,
    "server_dialog.py:start_connecting:parse_server_url": PURE,
    "server_dialog.py:start_connecting:without_password": PURE,
    "widgets.py:show_error:describe_error": PURE,
    "dataflow.py:error_text:describe_error": PURE,
    "help_menu.py:about_text:data_dir": "a folder's path",
    "restore_dialog.py:choose_backup:backups_dir": "a folder's path",
    "restore_dialog.py:__init__:head_revision": "the schema version this program ships (its migration files)",
    "change_watch.py:_answered:Changes.everything": "builds a value",
    "window_pages.py:refresh_all:Changes.everything": "builds a value",
    # Start-up and the sample-data offer.
    "app.py:open_database_interactively:default_database": "start-up",
    "app.py:open_database_interactively:open_workspace": "start-up",
    "app.py:run_app:install_secret_filters": "start-up",
    "app.py:run_app:default_database": "start-up",
    "app.py:run_app:sqlite_file": "start-up: is it a file",
    "app.py:run_app:first_look": "start-up: the dashboard read before the window shows (sqlite3, read-only)",
    "startup_checks.py:describe_backup:inspect_backup": "start-up (called from its background check)",
    "startup_checks.py:latest_backup_for:latest_automatic_backup": "start-up",
}

# Modules that use run_task (no stale guard) and why: each runs one action the user asked for, whose answer
# is never overtaken by a newer question of the same kind.
ACTIONS: dict[str, str] = {
    "dashboard_page.py": "printing and saving the overdue report",
    "exchange_actions.py": "exports, imports of a whole database and reports written to files",
    "restore_dialog.py": "restoring a backup",
    "server_dialog.py": "connecting to a server",
    "startup_checks.py": "the checks and the automatic backup at start-up",
    "window_database.py": "a backup copy, opening another database, the count behind the sample-data offer",
    "dataflow.py": "the Loader and the writer themselves",
}


def _service_names(tree: ast.Module) -> set[str]:
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("foiatrack.services"):
            names.update(alias.asname or alias.name for alias in node.names)
        elif isinstance(node, ast.Import):
            names.update((alias.asname or alias.name).split(".")[0] for alias in node.names
                         if alias.name.startswith("foiatrack.services"))
    return names


def _callee(call: ast.Call) -> str | None:
    function = call.func
    if isinstance(function, ast.Name):
        return function.id
    if isinstance(function, ast.Attribute) and isinstance(function.value, ast.Name):
        return f"{function.value.id}.{function.attr}"
    return None


def _runs_in_background(call: ast.Call, runners: set[str]) -> bool:
    name = call.func.attr if isinstance(call.func, ast.Attribute) else _callee(call)
    return name in BACKGROUND or name in runners


def _runners(tree: ast.Module) -> set[str]:
    """Functions of the module that hand one of their parameters to a background runner (a page's
    ``_save(group, work, ...)`` that calls ``write(self, db, work, ...)``): calling them is handing over too."""
    found: set[str] = set()
    changed = True
    while changed:
        changed = False
        for function in (n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef) and n.name not in found):
            parameters = {a.arg for a in (*function.args.args, *function.args.kwonlyargs)} - {"self"}
            for call in (n for n in ast.walk(function) if isinstance(n, ast.Call)):
                arguments = [*call.args, *(k.value for k in call.keywords)]
                if _runs_in_background(call, found) and any(
                        isinstance(a, ast.Name) and a.id in parameters for a in arguments):
                    found.add(function.name)
                    changed = True
                    break
    return found


def ui_thread_calls(path: Path) -> set[str]:
    """``module:function:service`` for each service call in *path* that is not in background work."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    services = _service_names(tree)
    parents: dict[ast.AST, ast.AST] = {}
    for node in ast.walk(tree):
        for child in ast.iter_child_nodes(node):
            parents[child] = node

    runners = _runners(tree)
    handed_over: set[ast.AST] = set()  # lambdas and nested functions given to a background runner
    for call in (n for n in ast.walk(tree) if isinstance(n, ast.Call) and _runs_in_background(n, runners)):
        arguments = [*call.args, *(k.value for k in call.keywords)]
        handed_over.update(a for a in arguments if isinstance(a, ast.Lambda))
        names = {a.id for a in arguments if isinstance(a, ast.Name)}
        scope = parents.get(call)
        while scope is not None and not isinstance(scope, (ast.FunctionDef, ast.Lambda)):
            scope = parents.get(scope)
        if scope is not None:
            handed_over.update(n for n in ast.walk(scope) if isinstance(n, ast.FunctionDef) and n.name in names)

    def enclosing(node: ast.AST) -> list[ast.AST]:
        chain = []
        while node in parents:
            node = parents[node]
            if isinstance(node, (ast.FunctionDef, ast.Lambda)):
                chain.append(node)
        return chain

    def in_background(node: ast.AST) -> bool:
        return any(scope in handed_over for scope in enclosing(node))

    # A module-level helper every one of whose uses is in background work runs there too.
    helpers = {n.name: n for n in tree.body if isinstance(n, ast.FunctionDef)}
    uses: dict[str, list[ast.AST]] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and node.id in helpers:
            uses.setdefault(node.id, []).append(node)
    changed = True
    while changed:
        changed = False
        for name, found in uses.items():
            if helpers[name] not in handed_over and found and all(
                    in_background(use) or any(s is helpers[name] for s in enclosing(use)) for use in found):
                handed_over.add(helpers[name])
                changed = True

    calls = set()
    for call in (n for n in ast.walk(tree) if isinstance(n, ast.Call)):
        name = _callee(call)
        if name is None or name.split(".")[0] not in services or in_background(call):
            continue
        if name[0].isupper() and "." not in name:  # a value type built, not a service called
            continue
        scopes = [s for s in enclosing(call) if isinstance(s, ast.FunctionDef)]
        calls.add(f"{path.name}:{scopes[-1].name if scopes else '<module>'}:{name}")
    return calls


def test_services_run_off_the_ui_thread_except_the_listed_calls() -> None:
    found = set().union(*(ui_thread_calls(path) for path in sorted(UI.glob("*.py"))))
    new = sorted(found - set(ON_THE_UI_THREAD))
    gone = sorted(set(ON_THE_UI_THREAD) - found)
    assert not new, ("services called on the UI thread (load them with the page's Loader, or write with "
                     f"dataflow.write): {new}")
    assert not gone, f"no longer called on the UI thread: strike them off ON_THE_UI_THREAD: {gone}"


def test_the_check_sees_a_read_in_a_slot_and_not_one_in_a_load(tmp_path: Path) -> None:
    module = tmp_path / "page.py"
    module.write_text(
        "from foiatrack.services.queries import list_requests, request_detail\n"
        "class Page:\n"
        "    def refresh(self):\n"
        "        db = self.db\n"
        "        self.loader.load(lambda: list_requests(db), self.show)\n"
        "        def work():\n"
        "            return _helper(db)\n"
        "        self.loader.follow(work, self.show)\n"
        "    def save(self):\n"
        "        self._run(lambda: list_requests(self.db), 'Saved.')\n"
        "    def _run(self, work, text):\n"
        "        write(self, self.db, work, self.show)\n"
        "    def clicked(self):\n"
        "        return request_detail(self.db, 1)\n"
        "def _helper(db):\n"
        "    return request_detail(db, 2)\n", encoding="utf-8")
    assert ui_thread_calls(module) == {"page.py:clicked:request_detail"}


def test_only_the_loader_drops_stale_answers() -> None:
    counters = sorted(path.name for path in UI.glob("*.py")
                      if path.name != "dataflow.py" and "_generation" in path.read_text(encoding="utf-8"))
    assert counters == [], "keep no private generation counter: load with dataflow.Loader"
    users = {path.name for path in UI.glob("*.py")
             if path.name != "tasks.py" and "run_task(" in path.read_text(encoding="utf-8")}
    assert users <= set(ACTIONS), f"run_task has no stale guard; load with a Loader: {sorted(users - set(ACTIONS))}"
    assert set(ACTIONS) <= users, f"no longer use run_task: strike them off ACTIONS: {sorted(set(ACTIONS) - users)}"
