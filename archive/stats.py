"""Statistics for the manager's charts, and the counts of the Today page for this area.

Nothing is stored here: every figure is one grouped query over the archive, the callbacks or the
parts journal (ledger.models.Posting), returned as a ``Series`` - a title, a label per point and
one or more named value columns - that ui/charts.py draws and that saves as xlsx as it is.
Months are grouped in SQL ("YYYY-MM" text; strftime on SQLite, to_char on PostgreSQL) so a
ten-year database returns a few hundred rows, not millions.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from peewee import JOIN, Case, fn

from archive import care, complaints
from archive.callbacks import (
    DONE, KIND_LABELS, KINDS, Callback, CallbackScore, count_due, count_overdue,
)
from archive.models import RepairVisit, Vehicle
from common.dates import add_months
from common.db import is_sqlite
from common.i18n import QT_TRANSLATE_NOOP

# Chart titles and series names, in Chinese as the statistics sheet prints them; the 客服 page words
# them in the screen's language (context "ServiceLabels").
SCORES_TITLE = QT_TRANSLATE_NOOP("ServiceLabels", "回访评分走势")
CHURN_TITLE = QT_TRANSLATE_NOOP("ServiceLabels", "客户流失分析")
VALUE_TITLE = QT_TRANSLATE_NOOP("ServiceLabels", "客户价值分类")
PARTS_TITLE = QT_TRANSLATE_NOOP("ServiceLabels", "备件出入库走势")
CUSTOMERS = QT_TRANSLATE_NOOP("ServiceLabels", "客户数")
CUSTOMER_SHARE = QT_TRANSLATE_NOOP("ServiceLabels", "客户占比(%)")
REVENUE_SHARE = QT_TRANSLATE_NOOP("ServiceLabels", "产值占比(%)")
REVENUE_YUAN = QT_TRANSLATE_NOOP("ServiceLabels", "产值(元)")
PARTS_IN = QT_TRANSLATE_NOOP("ServiceLabels", "入库")
PARTS_OUT = QT_TRANSLATE_NOOP("ServiceLabels", "出库")


@dataclass
class Series:
    title: str
    labels: list[str]  # x axis: one per point
    columns: dict[str, list]  # name -> one value per label (ints, or floats for averages)
    unit: str = ""
    kind: str = "bar"  # "bar" or "line"
    notes: list[str] = field(default_factory=list)
    table_only: dict[str, list] = field(default_factory=dict)  # saved with the data, not drawn

    def rows(self) -> list[list]:
        every = list(self.columns.values()) + list(self.table_only.values())
        return [[label] + [values[i] for values in every] for i, label in enumerate(self.labels)]

    def save_xlsx(self, path, label_header: str = "") -> Path:
        from common.excel import write_rows

        headers = [label_header or "项目"] + list(self.columns) + list(self.table_only)
        write_rows(path, self.title[:31], headers, self.rows())
        return Path(path)


def _month_of(column):
    if is_sqlite():
        return fn.strftime("%Y-%m", column)
    return fn.to_char(column, "YYYY-MM")


def _months(first: date, last: date) -> list[str]:
    labels, day = [], first.replace(day=1)
    while day <= last:
        labels.append(f"{day:%Y-%m}")
        day = add_months(day, 1)
    return labels


def callback_scores(first: date, last: date) -> Series:
    """Average score (all items) of reached callbacks per month and kind."""
    month = _month_of(Callback.completed_on)
    from archive.scripts import SurveySet

    # On the 10-point scale whatever scale the form had then (archive.scripts: forms change).
    scale = fn.COALESCE(SurveySet.scale_max, 10)
    rows = (CallbackScore.select(month.alias("m"), Callback.kind, fn.SUM(CallbackScore.score * 10.0 / scale),
                                 fn.COUNT(CallbackScore.id))
            .join(Callback).join(SurveySet, JOIN.LEFT_OUTER, on=(Callback.survey_set == SurveySet.id))
            .where((Callback.state == DONE) & Callback.completed_on.between(first, last))
            .group_by(month, Callback.kind).tuples())
    found = {(m, kind): (float(total), n) for m, kind, total, n in rows}
    labels = _months(first, last)
    columns = {KIND_LABELS[kind]: [round(found[(m, kind)][0] / found[(m, kind)][1], 2) if (m, kind) in found else None
                                   for m in labels] for kind in KINDS}
    return Series(SCORES_TITLE, labels, columns, unit="分", kind="line")


CHURN_BUCKETS = (
    (0, 6, QT_TRANSLATE_NOOP("ServiceLabels", "半年内")),
    (6, 12, QT_TRANSLATE_NOOP("ServiceLabels", "6-12个月")),
    (12, 18, QT_TRANSLATE_NOOP("ServiceLabels", "12-18个月")),
    (18, 24, QT_TRANSLATE_NOOP("ServiceLabels", "18-24个月")),
    (24, 36, QT_TRANSLATE_NOOP("ServiceLabels", "2-3年")),
    (36, 10_000, QT_TRANSLATE_NOOP("ServiceLabels", "3年以上")),
)


def last_visits(as_of: date):
    """Per vehicle: its customer and the date of its last visit (or delivery, if never back)."""
    last_visit = (RepairVisit.select(RepairVisit.vehicle, fn.MAX(RepairVisit.visit_date).alias("last_day"))
                  .where(RepairVisit.visit_date <= as_of).group_by(RepairVisit.vehicle))
    return (Vehicle.select(Vehicle.id, Vehicle.customer, fn.COALESCE(last_visit.c.last_day, Vehicle.delivery_date))
            .join(last_visit, JOIN.LEFT_OUTER, on=(last_visit.c.vehicle_id == Vehicle.id))
            .where(Vehicle.delivery_date <= as_of))


def churn(as_of: date, months: int = 12) -> Series:
    """Customers by how long ago any of their vehicles was last seen (visit or delivery); those
    beyond ``months`` are counted as churned (流失)."""
    latest: dict[int, date] = {}
    for _, customer_id, day in last_visits(as_of).tuples():
        if isinstance(day, str):
            day = date.fromisoformat(day[:10])
        if customer_id not in latest or day > latest[customer_id]:
            latest[customer_id] = day
    counts = [0] * len(CHURN_BUCKETS)
    churned = 0
    for day in latest.values():
        age = (as_of.year - day.year) * 12 + as_of.month - day.month - (1 if as_of.day < day.day else 0)
        churned += age >= months
        for index, (low, high, _) in enumerate(CHURN_BUCKETS):
            if low <= age < high:
                counts[index] += 1
                break
    series = Series(CHURN_TITLE, [b[2] for b in CHURN_BUCKETS], {CUSTOMERS: counts}, unit="人")
    series.notes.append(f"{months}个月以上未回厂：{churned} 人，占 {churned * 100 // max(1, len(latest))}%")
    series.columns[CUSTOMERS] = counts
    return series


VALUE_SHARES = (("A", 70), ("B", 90), ("C", 100))  # cumulative revenue share per class (Pareto)


def value_classes(as_of: date, months: int = 12) -> Series:
    """Customers by their share of workshop revenue (RepairVisit.amount_fen) in the last ``months``:
    A brings the first 70 % of revenue, B the next 20 %, C the rest."""
    first = add_months(as_of, -months) + timedelta(days=1)
    revenue = (RepairVisit.select(Vehicle.customer, fn.SUM(RepairVisit.amount_fen).alias("fen"))
               .join(Vehicle).where(RepairVisit.visit_date.between(first, as_of))
               .group_by(Vehicle.customer).order_by(fn.SUM(RepairVisit.amount_fen).desc()).tuples())
    totals = [int(fen) for _, fen in revenue]
    grand = sum(totals)
    customers = {name: 0 for name, _ in VALUE_SHARES}
    fen_by_class = {name: 0 for name, _ in VALUE_SHARES}
    running = 0
    for fen in totals:
        share = running * 100 // grand if grand else 100
        name = next(n for n, limit in VALUE_SHARES if share < limit) if share < 100 else "C"
        customers[name] += 1
        fen_by_class[name] += fen
        running += fen
    # Shares, not absolute figures, are drawn: people and yuan on one axis would hide the people.
    people = max(1, len(totals))
    series = Series(VALUE_TITLE, [f"{n}类" for n in customers],
                    {CUSTOMER_SHARE: [n * 100 // people for n in customers.values()],
                     REVENUE_SHARE: [fen * 100 // max(1, grand) for fen in fen_by_class.values()]},
                    unit="%", table_only={CUSTOMERS: list(customers.values()),
                                          REVENUE_YUAN: [fen // 100 for fen in fen_by_class.values()]})
    series.notes.append(f"{first:%Y-%m-%d} 至 {as_of:%Y-%m-%d}，有产值客户 {len(totals)} 人")
    return series


def parts_movement(first: date, last: date) -> Series:
    """Good parts in and out per month (ledger book "good": positive postings in, negative out)."""
    from ledger.models import Posting

    month = _month_of(Posting.date)
    rows = (Posting.select(month, fn.SUM(Case(None, [(Posting.delta > 0, Posting.delta)], 0)),
                           fn.SUM(Case(None, [(Posting.delta < 0, Posting.delta * -1)], 0)))
            .where((Posting.book == "good") & Posting.date.between(first, last)).group_by(month).tuples())
    found = {m: (int(i or 0), int(o or 0)) for m, i, o in rows}
    labels = _months(first, last)
    return Series(PARTS_TITLE, labels, {PARTS_IN: [found.get(m, (0, 0))[0] for m in labels],
                                       PARTS_OUT: [found.get(m, (0, 0))[1] for m in labels]}, unit="件")


CHARTS = {
    "scores": lambda as_of: callback_scores(add_months(as_of.replace(day=1), -11), as_of),
    "churn": lambda as_of: churn(as_of),
    "value": lambda as_of: value_classes(as_of),
    "parts": lambda as_of: parts_movement(add_months(as_of.replace(day=1), -11), as_of),
}


# -- Today ----------------------------------------------------------------------------------------

def due_counts(as_of: date) -> dict[str, int]:
    """This area's due items on ``as_of``: callbacks, care greetings and reminders, complaints."""
    result = {"callbacks_due": count_due(as_of), "callbacks_overdue": count_overdue(as_of)}
    result.update({f"care_{kind}": n for kind, n in care.counts(as_of).items()})
    result.update({"complaints_to_confirm": complaints.count_to_confirm(),
                   "complaints_open": complaints.count_open(),
                   "complaints_overdue": complaints.count_overdue(as_of)})
    return result
