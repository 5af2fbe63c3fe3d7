"""Every service call and the permission it checks, found by reading the services' code.

A service is a public function in ``clinicdesk.services.*`` whose first parameter is the
``ServiceContext``. Its permission is the one it passes to ``authorize(ctx,
Permission.X, ...)``. Nothing has to be registered by hand, so a new service joins the
role x service test (tests/integration/security) as soon as it is written; the UI can use
the same list to grey out what a role may not do.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
import sys
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from types import ModuleType
from typing import Any

import clinicdesk.services
from clinicdesk.domain.permissions import Permission
from clinicdesk.services.context import Transactions, declared_transactions

# Services any signed-in user may call: they act only on the caller's own account.
SELF_SERVICE = frozenset(
    {
        "clinicdesk.services.accounts.sign_out",
        "clinicdesk.services.accounts.change_own_password",
    }
)

# Take a context and reach the store, but are the gate itself, not services.
_PLUMBING = frozenset(
    {
        "clinicdesk.services.context.authorize",
        "clinicdesk.services.context.refuse",
        "clinicdesk.services.context.record_read",
        "clinicdesk.services.booking_scope.visible_provider",
        "clinicdesk.services.booking_scope.refuse_whole_clinic",
    }
)


@dataclass(frozen=True)
class ServiceCall:
    name: str  # "clinicdesk.services.accounts.add_user"
    function: Callable[..., Any]
    permissions: tuple[Permission, ...]  # every Permission.X it authorizes; () = none
    transactions: Transactions | None  # as declared by @reads / @writes; None = undeclared
    # How it opens units of work, read from its code and the code it calls: "read"
    # (ctx.read()), "write" (ctx.write()), "uow_factory" (raw, which services never use).
    opens: frozenset[str]
    # Whether it applies the own-bookings row rule (services/booking_scope.py).
    scoped: bool = False

    @property
    def permission(self) -> Permission | None:
        """The permission checked first (the gate); None for self-service calls."""
        return self.permissions[0] if self.permissions else None


@dataclass(frozen=True)
class _Facts:
    node: ast.FunctionDef
    module: ModuleType


@cache
def service_calls() -> tuple[ServiceCall, ...]:
    """Public functions taking a ServiceContext that reach the store (``ctx.read()``,
    ``ctx.write()`` or ``uow_factory``),
    directly or through functions they call; pure helpers that only read the context
    (building an entity, say) are not service calls."""
    calls: list[ServiceCall] = []
    for module in _service_modules():
        for node in _functions(module).values():
            if node.name.startswith("_") or not _takes_context(node):
                continue
            if f"{module.__name__}.{node.name}" in _PLUMBING:
                continue
            facts = _Facts(node, module)
            if not _reaches(facts, _uses_store, set()):
                continue
            calls.append(
                ServiceCall(
                    name=f"{module.__name__}.{node.name}",
                    function=getattr(module, node.name),
                    permissions=_permissions(facts, set()),
                    transactions=declared_transactions(getattr(module, node.name)),
                    opens=_opens(facts, set()),
                    scoped=_reaches(facts, _applies_row_rule, set()),
                )
            )
    return tuple(sorted(calls, key=lambda call: call.name))


def _service_modules() -> list[ModuleType]:
    return [
        importlib.import_module(f"clinicdesk.services.{info.name}")
        for info in pkgutil.iter_modules(clinicdesk.services.__path__)
    ]


@cache
def _functions(module: ModuleType) -> dict[str, ast.FunctionDef]:
    tree = ast.parse(inspect.getsource(module))
    return {node.name: node for node in tree.body if isinstance(node, ast.FunctionDef)}


def _takes_context(node: ast.FunctionDef) -> bool:
    arguments = node.args.posonlyargs + node.args.args
    if not arguments or arguments[0].annotation is None:
        return False
    return ast.unparse(arguments[0].annotation).strip("'\"") == "ServiceContext"


def _callees(facts: _Facts) -> list[_Facts]:
    """Functions of clinicdesk.services called from ``facts`` (same module or imported)."""
    found: list[tuple[int, int, _Facts]] = []
    for call in ast.walk(facts.node):
        if not isinstance(call, ast.Call) or not isinstance(call.func, ast.Name):
            continue
        target = getattr(facts.module, call.func.id, None)
        target_module = sys.modules.get(getattr(target, "__module__", "") or "")
        if target_module is None or not target_module.__name__.startswith("clinicdesk.services"):
            continue
        node = _functions(target_module).get(getattr(target, "__name__", ""))
        if node is not None and node.name != "authorize":
            found.append((call.lineno, call.col_offset, _Facts(node, target_module)))
    return [facts for _, _, facts in sorted(found, key=lambda item: item[:2])]


_STORE_DOORS = frozenset({"uow_factory", "read", "write"})


def _uses_store(facts: _Facts) -> bool:
    """Opens a unit of work on its context: ``ctx.read()``, ``ctx.write()`` or the raw
    ``ctx.uow_factory``."""
    context = _context_name(facts.node)
    return any(
        isinstance(node, ast.Attribute)
        and node.attr in _STORE_DOORS
        and (node.attr == "uow_factory" or _names(node.value, context))
        for node in ast.walk(facts.node)
    )


def _opens(facts: _Facts, seen: set[str]) -> frozenset[str]:
    """The doors to the store ``facts`` and its callees use; the plumbing (``refuse``,
    ``record_read``: one audit row each) is left out."""
    key = f"{facts.module.__name__}.{facts.node.name}"
    if key in seen or key in _PLUMBING:
        return frozenset()
    seen.add(key)
    context = _context_name(facts.node)
    found = {
        node.attr
        for node in ast.walk(facts.node)
        if isinstance(node, ast.Attribute)
        and node.attr in _STORE_DOORS
        and (node.attr == "uow_factory" or _names(node.value, context))
    }
    for callee in _callees(facts):
        found |= _opens(callee, seen)
    return frozenset(found)


def _context_name(node: ast.FunctionDef) -> str | None:
    arguments = node.args.posonlyargs + node.args.args
    return arguments[0].arg if arguments else None


def _names(node: ast.expr, name: str | None) -> bool:
    return isinstance(node, ast.Name) and node.id == name


_ROW_RULES = frozenset({"visible_provider", "refuse_whole_clinic", "keep_visible"})


def _applies_row_rule(facts: _Facts) -> bool:
    return any(
        isinstance(node, ast.Call) and _called_name(node.func) in _ROW_RULES
        for node in ast.walk(facts.node)
    )


def _reaches(facts: _Facts, test: Callable[[_Facts], bool], seen: set[str]) -> bool:
    key = f"{facts.module.__name__}.{facts.node.name}"
    if key in seen:
        return False
    seen.add(key)
    return test(facts) or any(_reaches(callee, test, seen) for callee in _callees(facts))


def _permissions(facts: _Facts, seen: set[str]) -> tuple[Permission, ...]:
    """The permissions ``facts`` authorizes itself, else those of the functions it calls."""
    key = f"{facts.module.__name__}.{facts.node.name}"
    if key in seen:
        return ()
    seen.add(key)
    direct = _authorized_permissions(facts.node)
    if direct:
        return direct
    for callee in _callees(facts):
        inherited = _permissions(callee, seen)
        if inherited:
            return inherited
    return ()


def _authorized_permissions(node: ast.FunctionDef) -> tuple[Permission, ...]:
    found: list[tuple[int, int, Permission]] = []
    for call in ast.walk(node):
        if not (isinstance(call, ast.Call) and _called_name(call.func) == "authorize"):
            continue
        for argument in call.args[1:2]:
            if (
                isinstance(argument, ast.Attribute)
                and isinstance(argument.value, ast.Name)
                and argument.value.id == "Permission"
            ):
                found.append((call.lineno, call.col_offset, Permission[argument.attr]))
    # ast.walk is breadth-first; order by position so the first check comes first.
    return tuple(dict.fromkeys(permission for _, _, permission in sorted(found)))


def _called_name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""
