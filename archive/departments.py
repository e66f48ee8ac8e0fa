"""Departments (销售部, 售后服务部...): the table the manager maintains (migration 0026), the one
list both complaints (处理部门) and rectification items (整改部门) go to.

A department is renamed or retired, never deleted: a retired one keeps its complaints and items
but takes no new ones; a renamed one shows its new name on the old ones too (they hold its code).
"""
from __future__ import annotations

from peewee import BooleanField, CharField

from archive.texts import (
    RECTIFY_DEPARTMENT_EXISTS, RECTIFY_DEPARTMENT_NAME_REQUIRED, RECTIFY_DEPARTMENT_NAME_TOO_LONG,
    RECTIFY_DEPARTMENT_RETIRED, RECTIFY_UNKNOWN_DEPARTMENT,
)
from common import audit
from common.actor import Actor
from common.auth import require
from common.db import BaseModel, database
from common.errors import Refusal

NAME_MAX = 50


class Department(BaseModel):
    code = CharField(max_length=24, unique=True)
    name = CharField(max_length=NAME_MAX)
    active = BooleanField(default=True)

    class Meta:
        table_name = "department"


def departments(active_only: bool = True):
    query = Department.select().order_by(Department.id)
    return query.where(Department.active == True) if active_only else query  # noqa: E712


def names() -> dict[str, str]:
    """{code: name} of every department, retired ones too (old complaints and items name them)."""
    return dict(Department.select(Department.code, Department.name).tuples())


def taking_work(code: str, unknown: str) -> Department:
    """The active department ``code``; ``unknown`` is the refusal code when there is none."""
    department = Department.get_or_none(Department.code == (code or ""))
    if department is None:
        raise Refusal(unknown, department=code)
    if not department.active:
        raise Refusal(RECTIFY_DEPARTMENT_RETIRED, department=department.name)
    return department


def save_department(actor: Actor, name: str, code: str | None = None, active: bool = True) -> Department:
    """Add a department (``code`` None) or rename / retire / reinstate one."""
    require(actor, "rectify.manage")
    name = (name or "").strip()
    if not name:
        raise Refusal(RECTIFY_DEPARTMENT_NAME_REQUIRED)
    if len(name) > NAME_MAX:
        raise Refusal(RECTIFY_DEPARTMENT_NAME_TOO_LONG, length=len(name), limit=NAME_MAX)
    with database.atomic():
        same = Department.get_or_none((Department.name == name) & (Department.code != (code or "")))
        if same is not None:
            raise Refusal(RECTIFY_DEPARTMENT_EXISTS, name=name)
        if code is None:
            # A short d<serial> code: complaint.department is varchar(16) (migration 0005).
            serial = Department.select().count() + 1
            while Department.select().where(Department.code == f"d{serial}").exists():
                serial += 1
            department = Department.create(code=f"d{serial}", name=name, active=True)
        else:
            department = Department.get_or_none(Department.code == code)
            if department is None:
                raise Refusal(RECTIFY_UNKNOWN_DEPARTMENT, department=code)
            before = {"name": department.name, "active": department.active}
            department.name, department.active = name, bool(active)
            department.save()
        audit.record(actor, "rectify.department", "department", department.id,
                     {"code": department.code, "name": name, "active": department.active,
                      **({"before": before} if code is not None else {})})
    return department
