"""Mackay 66 profile: a filled profile to PDF, and opening a profile with 50 revisions.

Works on the private copy of the demo database bench/run.py hands over: it adds one customer with
a consent, a fully filled profile and 50 revisions, with a throwaway key file (never the user's).
"""
from __future__ import annotations

import os
import tempfile
from datetime import date, timedelta
from pathlib import Path

from bench.common import median_ms, open_as, p95_ms, timed


def measure(db_path: Path) -> list[list[str]]:
    workdir = Path(tempfile.mkdtemp(prefix="bench-profile-"))
    os.environ["BRANCHDESK_PROFILE_KEY_FILE"] = str(workdir / "profile.key")
    manager = open_as(db_path, "manager")
    from archive import files, profile as P
    from archive.profile_print import render_profile_pdf
    from common.models import Setting

    # A bench copy of an existing database may already name a key; start this run's key afresh.
    Setting.delete().where(Setting.key == "profile.key_id").execute()
    customer = files.create_customer(manager, kind="person", name="基准测试客户")
    P.record_consent(manager, customer.id, given_on=manager.today, scope=list(P.CATEGORIES))
    filled = {key: (f"{date(1975, 3, 8).isoformat()}" if field.kind == "date"
                    else f"第{field.item}项 {field.label} 的内容，写得长一些以便换行" * (2 if field.kind == "long" else 1))
              for key, field in P.FIELDS.items()}
    P.save_profile(manager, customer.id, filled)
    for revision in range(2, 51):
        actor = manager.at(manager.now + timedelta(minutes=revision))
        P.save_profile(actor, customer.id, {"45_dishes": f"菜式 {revision}", "40_health": f"复查 {revision}"})

    pdf_path = workdir / "profile.pdf"
    pdf_times = timed(lambda: render_profile_pdf(manager, pdf_path, customer.id, include_sensitive=True), runs=10)
    open_times = timed(lambda: (P.load_profile(manager, customer.id, reveal=True), P.history(manager, customer.id)),
                       runs=20)
    compare_times = timed(lambda: P.compare_revisions(manager, customer.id, 1, 50, reveal=True), runs=10)
    return [
        ["filled Mackay 66 profile to PDF (median / p95)", f"{median_ms(pdf_times)} / {p95_ms(pdf_times)}", "<= 300 ms"],
        ["open a profile with 50 revisions, revealed + history (median / p95)",
         f"{median_ms(open_times)} / {p95_ms(open_times)}", "<= 150 ms"],
        ["compare revisions 1 and 50 (median)", median_ms(compare_times), "-"],
    ]
