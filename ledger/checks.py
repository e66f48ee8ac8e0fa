"""Checks of the parts books against their own journal (``python main.py check``).

- ``rebuild_balances``: recompute the balance cache from the journal (the cache is only a speed-up;
  the journal is the truth).
- ``check_invariants``: a list of problems, empty when all is well:
  a book negative at the end of some day; the cache differing from a rebuild; numbers with gaps or
  duplicates, a counter behind its documents or ahead of them (the newest documents missing, or the
  counter pushed on); a document line whose postings are not what its type means (LEDGERS.md's
  table, ``ledger.doctypes.line_effects``); a document reversed twice; a signed day whose report,
  rebuilt from the journal, is not what was signed (``check_signed_days``).

Each problem is a common.messages.Message (a code of ledger/texts.py and its facts), worded by
common.messages.text in the user's language. Each check runs on its own: one that fails on a damaged
database (a row deleted by hand) is reported as a problem of its own, with what the other checks
found, instead of ending the run.
"""
from __future__ import annotations

import hashlib
import json
from collections import defaultdict

from peewee import Case, fn

from common.dates import as_date
from common.db import database
from common.messages import Message
from ledger.daylock import DailyDay, locked_through
from ledger.doctypes import DOC_TYPES, line_effects
from ledger.models import PARTY_BOOKS, Balance, Document, DocumentCounter, DocumentLine, OpeningLine, Party, Part, Posting
from ledger.opening import shipment_type
from ledger.texts import (
    LEDGER_CHECK_CACHE_MISMATCH, LEDGER_CHECK_COUNTER_AHEAD, LEDGER_CHECK_COUNTER_BEHIND, LEDGER_CHECK_LINE_MISMATCH,
    LEDGER_CHECK_MONTH_MISMATCH, LEDGER_CHECK_NEGATIVE, LEDGER_CHECK_NUMBER_DUPLICATE, LEDGER_CHECK_NUMBER_GAP,
    LEDGER_CHECK_REVERSED_TWICE, LEDGER_CHECK_SAME_SIGNER, LEDGER_CHECK_SIGNATURE_UNAUDITED,
    LEDGER_CHECK_SIGNED_CONTENT_ALTERED, LEDGER_CHECK_SIGNED_DAY_CHANGED, LEDGER_CHECK_TRANSIT_CANDIDATE_MISSING,
)

# A check that could not finish, worded as common.audit's are (defined in ui/messages_trust.py until
# common/texts.py has it).
CHECK_FAILED = "check.check_failed"


def _party(party_key: int, parties: dict) -> dict:
    # A book kept per party (owed_to, owed_by) names it; the texts without a party fact leave it out.
    return {"party": parties[party_key]} if parties.get(party_key) else {}


def _journal_totals() -> dict[tuple, int]:
    party_key = Case(None, [(Posting.book.in_(PARTY_BOOKS), Posting.party)], 0)
    return {
        (part, book, key or 0): qty
        for part, book, key, qty in Posting.select(Posting.part, Posting.book, party_key, fn.SUM(Posting.delta))
        .group_by(Posting.part, Posting.book, party_key)
        .tuples()
    }


def rebuild_balances() -> int:
    """Replace the cache by totals recomputed from the journal. Returns the number of cache rows."""
    with database.atomic():
        totals = _journal_totals()
        Balance.delete().execute()
        rows = [{"part": p, "book": b, "party_key": k, "qty": q} for (p, b, k), q in sorted(totals.items())]
        for start in range(0, len(rows), 500):
            Balance.insert_many(rows[start:start + 500]).execute()
    return len(rows)


def _names():
    return dict(Part.select(Part.id, Part.number).tuples()), dict(Party.select(Party.id, Party.code).tuples())


def check_negative() -> list[Message]:
    """Every book of every part at the end of every day it moved, by the database in one pass (a
    running sum over the journal's days): two million postings read row by row in Python took
    twice as long."""
    parts, parties = _names()
    rows = database.execute_sql(
        "SELECT part_id, book, party_key, date, running FROM ("
        " SELECT part_id, book, party_key, date, SUM(moved) OVER (PARTITION BY part_id, book, party_key ORDER BY date"
        "  ROWS UNBOUNDED PRECEDING) AS running FROM ("
        "  SELECT part_id, book, CASE WHEN book IN ('owed_to', 'owed_by') THEN party_id ELSE 0 END AS party_key, date,"
        "   SUM(delta) AS moved FROM ledger_posting GROUP BY part_id, book, 3, date) AS days) AS balances"
        " WHERE running < 0 ORDER BY part_id, book, party_key, date").fetchall()
    return [Message(LEDGER_CHECK_NEGATIVE, {"part": parts.get(part, part), "book": book, **_party(key, parties),
                                            "date": str(day), "qty": int(running)})
            for part, book, key, day, running in rows]


def check_cache() -> list[Message]:
    parts, parties = _names()
    rebuilt = {k: v for k, v in _journal_totals().items() if v}
    cached = {(p, b, k): q for p, b, k, q in Balance.select(Balance.part, Balance.book, Balance.party_key,
                                                             Balance.qty).tuples() if q}
    return [
        Message(LEDGER_CHECK_CACHE_MISMATCH, {"part": parts.get(key[0], key[0]), "book": key[1],
                                              **_party(key[2], parties), "cached": cached.get(key, 0),
                                              "rebuilt": rebuilt.get(key, 0)})
        for key in sorted(set(rebuilt) | set(cached))
        if cached.get(key, 0) != rebuilt.get(key, 0)
    ]


def check_months() -> list[Message]:
    """Each closed month's balances (migration 0029) against the journal, in one set-based pass:
    a month's rows minus the previous month's must be what the journal moved in that month (for the
    first month closed, everything up to its end). A row changed by hand shows where its error
    starts; the months after it that carry the same error are named too."""
    from common.db import is_sqlite

    first, last = database.execute_sql("SELECT MIN(month), MAX(month) FROM ledger_balance_month_closed").fetchone()
    if first is None:
        return []
    sqlite = is_sqlite()
    month = ("CAST(substr(date, 1, 4) || substr(date, 6, 2) AS INTEGER)" if sqlite
             else "CAST(EXTRACT(YEAR FROM date) * 100 + EXTRACT(MONTH FROM date) AS INTEGER)")
    later = "MAX" if sqlite else "GREATEST"
    party_key = "CASE WHEN book IN ('owed_to', 'owed_by') THEN COALESCE(party_id, 0) ELSE 0 END"
    q = database.param
    year, number = divmod(last, 100)
    end = f"{year + (number == 12):04d}-{number % 12 + 1:02d}-01"
    rows = database.execute_sql(f"""
        SELECT month, part_id, book, party_key, SUM(qty) FROM (
            SELECT month, part_id, book, party_key, qty FROM ledger_balance_month
            UNION ALL
            SELECT CASE WHEN month - month / 100 * 100 = 12 THEN month + 89 ELSE month + 1 END, part_id, book, party_key, -qty
            FROM ledger_balance_month WHERE month < {q}
            UNION ALL
            SELECT {later}({month}, {q}), part_id, book, {party_key}, -SUM(delta) FROM ledger_posting
            WHERE date < {q} GROUP BY 1, part_id, book, 4
        ) AS moved GROUP BY month, part_id, book, party_key HAVING SUM(qty) <> 0
        ORDER BY part_id, book, party_key, month""", (last, first, end)).fetchall()
    closed = {m for (m,) in database.execute_sql("SELECT month FROM ledger_balance_month_closed").fetchall()}
    parts, parties = _names()
    problems, error, current = [], 0, None
    for month_number, part, book, key, difference in rows:
        if (part, book, key) != current:
            current, error = (part, book, key), 0
        error += int(difference)
        if error and month_number in closed:
            kept = database.execute_sql(
                f"SELECT qty FROM ledger_balance_month WHERE month = {q} AND part_id = {q} AND book = {q} "
                f"AND party_key = {q}", (month_number, part, book, key)).fetchone()
            kept = int(kept[0]) if kept else 0
            problems.append(Message(LEDGER_CHECK_MONTH_MISMATCH, {
                "month": f"{month_number // 100}-{month_number % 100:02d}", "part": parts.get(part, part),
                "book": book, "party": parties.get(key, ""), "kept": kept, "rebuilt": kept - error}))
    return problems


def check_transit_candidates() -> list[Message]:
    """Every shipment with something still in transit is among migration 0030's candidates (the
    在途 list sums only theirs): a candidate deleted by hand, or a trigger that missed one, would
    hide an open shipment from the list. Found by the list's own rule over the whole journal."""
    from ledger.books import in_transit_open

    last = Document.select(fn.MAX(Document.date)).scalar()
    if last is None:
        return []
    kept = {d for (d,) in database.execute_sql("SELECT document_id FROM ledger_transit_candidate").fetchall()}
    open_ids = {row["document_id"]: row["number"] for row in in_transit_open(last, candidates=False).dicts()}
    return [Message(LEDGER_CHECK_TRANSIT_CANDIDATE_MISSING, {"number": number})
            for document_id, number in sorted(open_ids.items()) if document_id not in kept]


def check_numbering() -> list[Message]:
    problems = []
    seqs: dict[tuple, list[int]] = defaultdict(list)
    for doc_type, year, seq in Document.select(Document.doc_type, Document.year, Document.seq).tuples().iterator():
        seqs[(doc_type, year)].append(seq)
    counters = {(t, y): s for t, y, s in DocumentCounter.select(DocumentCounter.doc_type, DocumentCounter.year,
                                                                 DocumentCounter.last_seq).tuples()}
    for (doc_type, year), found in sorted(seqs.items()):
        present = set(found)
        for seq in sorted({s for s in found if found.count(s) > 1}) if len(present) != len(found) else []:
            problems.append(Message(LEDGER_CHECK_NUMBER_DUPLICATE, {"doc_type": doc_type, "year": year, "seq": seq}))
        for missing in sorted(set(range(1, max(present) + 1)) - present):
            problems.append(Message(LEDGER_CHECK_NUMBER_GAP, {"doc_type": doc_type, "year": year, "missing": missing}))
        if counters.get((doc_type, year), 0) < max(present):
            problems.append(Message(LEDGER_CHECK_COUNTER_BEHIND, {"doc_type": doc_type, "year": year,
                                                                  "counter": counters.get((doc_type, year), 0),
                                                                  "max_seq": max(present)}))
    # A counter ahead of the newest document: the numbers after it were given out (a posting commits
    # its number and its document together), so those documents are missing, or the counter was
    # pushed on by hand. A type and year with a counter and no document at all is the same.
    for (doc_type, year), counter in sorted(counters.items()):
        newest = max(seqs.get((doc_type, year), [0]))
        if counter > newest:
            missing = f"{newest + 1}" if counter == newest + 1 else f"{newest + 1}-{counter}"
            problems.append(Message(LEDGER_CHECK_COUNTER_AHEAD, {"doc_type": doc_type, "year": year,
                                                                 "counter": counter, "max_seq": newest,
                                                                 "missing": missing}))
    return problems


def _effect_table() -> str:
    """LEDGERS.md's table (``line_effects``) as SQL rows: (type, flag, reference is a bad-part
    return, book, delta per unit); a line's effect is linear in its quantity."""
    rows = []
    for code in DOC_TYPES:
        if code in ("REVERSAL", "OPENING"):
            continue
        for flag in (0, 1):
            for bad_return in (0, 1):
                effect: dict[str, int] = defaultdict(int)
                for book, delta in line_effects(code, 1, bool(flag), "HQ_BAD_RETURN" if bad_return else None):
                    effect[book] += delta
                rows += [f"('{code}', {flag}, {bad_return}, '{book}', {delta})" for book, delta in effect.items() if delta]
    return ", ".join(rows)


# The lines whose effect the table gives in SQL: a document of an ordinary type (its reference not
# one of the opening's shipments), and a reversal's line as its original's line of the same number,
# negated. Every other line (the opening's, those settling an opening shipment, a reversal of one,
# a line whose original is gone) is worked out in Python.
_TABLE_LINES = """
    SELECT l.id AS line_id, d.doc_type AS doc_type, CASE WHEN l.flag THEN 1 ELSE 0 END AS flag,
           CASE WHEN r.doc_type = 'HQ_BAD_RETURN' THEN 1 ELSE 0 END AS bad_return, l.qty AS qty
    FROM ledger_document_line AS l JOIN ledger_document AS d ON d.id = l.document_id
    LEFT JOIN ledger_document AS r ON r.id = d.reference_id
    WHERE d.doc_type NOT IN ('REVERSAL', 'OPENING') AND d.reference_key IS NULL
    UNION ALL
    SELECT l.id, o.doc_type, CASE WHEN ol.flag THEN 1 ELSE 0 END,
           CASE WHEN r.doc_type = 'HQ_BAD_RETURN' THEN 1 ELSE 0 END, -ol.qty
    FROM ledger_document_line AS l JOIN ledger_document AS d ON d.id = l.document_id AND d.doc_type = 'REVERSAL'
    JOIN ledger_document AS o ON o.id = d.reference_id
    JOIN ledger_document_line AS ol ON ol.document_id = o.id AND ol.line_no = l.line_no
    LEFT JOIN ledger_document AS r ON r.id = o.reference_id
    WHERE o.doc_type NOT IN ('REVERSAL', 'OPENING') AND o.reference_key IS NULL"""


def check_lines() -> list[Message]:
    """Every line's postings equal its type's effect (a reversal: the negation of its original's).
    The ordinary lines are compared by the database in one pass against the effect table; only the
    lines it names, and those the table cannot give, are read into Python."""
    suspects = {line_id for (line_id,) in database.execute_sql(f"""
        WITH effect (doc_type, flag, bad_return, book, delta) AS (VALUES {_effect_table()}),
             table_lines AS ({_TABLE_LINES})
        SELECT DISTINCT line_id FROM (
            SELECT t.line_id, e.book, t.qty * e.delta AS delta FROM table_lines AS t
            JOIN effect AS e ON e.doc_type = t.doc_type AND e.flag = t.flag AND e.bad_return = t.bad_return
            UNION ALL
            SELECT p.line_id, p.book, -p.delta FROM ledger_posting AS p JOIN table_lines AS t ON t.line_id = p.line_id
        ) AS compared GROUP BY line_id, book HAVING SUM(delta) <> 0""").fetchall()}
    suspects |= {line_id for (line_id,) in database.execute_sql(f"""
        SELECT l.id FROM ledger_document_line AS l LEFT JOIN ({_TABLE_LINES}) AS t ON t.line_id = l.id
        WHERE t.line_id IS NULL""").fetchall()}
    problems = _lines_worked_out(sorted(suspects))
    problems += [Message(LEDGER_CHECK_REVERSED_TWICE, {"number": number if number is not None else f"#{ref}",
                                                       "count": int(n)})
                 for ref, number, n in database.execute_sql(
                     "SELECT v.reference_id, o.number, COUNT(*) FROM ledger_document AS v "
                     "LEFT JOIN ledger_document AS o ON o.id = v.reference_id WHERE v.doc_type = 'REVERSAL' "
                     "GROUP BY v.reference_id, o.number HAVING COUNT(*) > 1").fetchall()]
    return problems


def _lines_worked_out(line_ids: list[int]) -> list[Message]:
    """``check_lines`` for these lines in Python: each line's expected effect against its postings."""
    if not line_ids:
        return []
    lines, found = {}, defaultdict(lambda: defaultdict(int))
    for chunk in (line_ids[i:i + 500] for i in range(0, len(line_ids), 500)):
        for line_id, doc_id, line_no, part, qty, flag in (
                DocumentLine.select(DocumentLine.id, DocumentLine.document, DocumentLine.line_no, DocumentLine.part,
                                    DocumentLine.qty, DocumentLine.flag).where(DocumentLine.id.in_(chunk)).tuples()):
            lines[line_id] = (doc_id, line_no, part, qty, bool(flag))
        for line_id, book, delta in Posting.select(Posting.line, Posting.book, Posting.delta).where(
                Posting.line.in_(chunk)).tuples():
            found[line_id][book] += delta
    doc_ids = sorted({doc_id for doc_id, *_ in lines.values()})
    documents = {}
    for chunk in (doc_ids[i:i + 500] for i in range(0, len(doc_ids), 500)):
        documents.update({d_id: (d_type, number, ref) for d_id, d_type, number, ref in Document.select(
            Document.id, Document.doc_type, Document.number, Document.reference).where(Document.id.in_(chunk)).tuples()})
    # What the lines refer to: a reversal's original document and its lines, a reference's type.
    refs = sorted({ref for _, _, ref in documents.values() if ref is not None} - set(documents))
    for chunk in (refs[i:i + 500] for i in range(0, len(refs), 500)):
        documents.update({d_id: (d_type, number, ref) for d_id, d_type, number, ref in Document.select(
            Document.id, Document.doc_type, Document.number, Document.reference).where(Document.id.in_(chunk)).tuples()})
    originals = sorted({ref for d_type, _, ref in documents.values() if d_type == "REVERSAL" and ref is not None})
    by_doc_line_no = {(doc_id, line_no): line_id for line_id, (doc_id, line_no, *_r) in lines.items()}
    for chunk in (originals[i:i + 500] for i in range(0, len(originals), 500)):
        for line_id, doc_id, line_no, part, qty, flag in (
                DocumentLine.select(DocumentLine.id, DocumentLine.document, DocumentLine.line_no, DocumentLine.part,
                                    DocumentLine.qty, DocumentLine.flag).where(DocumentLine.document.in_(chunk)).tuples()):
            lines.setdefault(line_id, (doc_id, line_no, part, qty, bool(flag)))
            by_doc_line_no[(doc_id, line_no)] = line_id
    second = sorted({documents[o][2] for o in originals if o in documents and documents[o][2] is not None}
                    - set(documents))
    if second:
        documents.update({d_id: (d_type, number, ref) for d_id, d_type, number, ref in Document.select(
            Document.id, Document.doc_type, Document.number, Document.reference).where(Document.id.in_(second)).tuples()})

    # An opening's line opens the book its opening row names; a settlement of an opening shipment
    # reduces the in-transit book that shipment is in.
    opening_books = {line_id: book for line_id, book in OpeningLine.select(OpeningLine.line, OpeningLine.book).where(
        OpeningLine.line.in_(sorted(lines))).tuples()} if len(lines) <= 30000 else {
        line_id: book for line_id, book in OpeningLine.select(OpeningLine.line, OpeningLine.book).tuples()}
    keys = {d_id: (ref, key) for d_id, ref, key in Document.select(Document.id, Document.reference, Document.reference_key)
            .where(Document.reference_key.is_null(False)).tuples()}

    def expected(line_id) -> dict:
        doc_id, line_no, _, qty, flag = lines[line_id]
        if doc_id not in documents:  # the line's document was deleted: it has no effect to expect
            return {}
        doc_type, _, ref = documents[doc_id]
        if doc_type == "REVERSAL":
            original_line = by_doc_line_no.get((ref, line_no))
            return {b: -d for b, d in expected(original_line).items()} if original_line else {}
        if doc_type == "OPENING":
            return {opening_books[line_id]: qty} if line_id in opening_books else {}
        ref_type = documents[ref][0] if ref in documents else None
        if doc_id in keys:
            ref_type = shipment_type(*keys[doc_id])
        effect: dict[str, int] = defaultdict(int)
        for book, delta in line_effects(doc_type, qty, flag, ref_type):
            effect[book] += delta
        return effect

    problems = []
    for line_id in line_ids:
        if line_id not in lines:
            continue
        doc_id, line_no, *_rest = lines[line_id]
        want = {b: d for b, d in expected(line_id).items() if d}
        have = {b: d for b, d in found.get(line_id, {}).items() if d}
        if want != have:
            number = documents[doc_id][1] if doc_id in documents else f"#{doc_id}"
            problems.append(Message(LEDGER_CHECK_LINE_MISMATCH, {"number": number, "line": line_no,
                                                                 "found": dict(sorted(have.items())),
                                                                 "expected": dict(sorted(want.items()))}))
    return problems


def _without_names(content: dict) -> dict:
    # Who keyed a document is printed by display name, which an admin may correct later: a rename is
    # no change of the signed figures.
    for document in content.get("documents", []):
        document.pop("created_by", None)
    return content


def _first_difference(signed: dict, rebuilt: dict) -> str:
    """Where two report contents first differ: a document number, the books, the totals."""
    old = {d["number"]: d for d in signed.get("documents", [])}
    new = {d["number"]: d for d in rebuilt.get("documents", [])}
    for number in sorted(set(old) | set(new)):
        if old.get(number) != new.get(number):
            return number
    for key in ("books", "totals", "checks"):
        if signed.get(key) != rebuilt.get(key):
            return key
    return "content"


def check_signed_days() -> list[Message]:
    """Every signed version: its stored content still gives its hash, its two signatures are two
    people, each signature has its audit row naming that hash; and a signed day that can no longer
    change (locked, or before a locked day) still holds what was signed: its documents, lines and
    postings as the signature's journal digest recorded them (ledger.daily.journal_digests), else
    the report rebuilt from the journal equals the content signed. Either finds an edit that kept
    line, postings and balance cache consistent with each other."""
    from common.models import AuditLog, User
    from ledger import daily

    problems = []
    signed = list(daily.DailyVersion.select(
        daily.DailyVersion.id, daily.DailyVersion.date, daily.DailyVersion.version, daily.DailyVersion.content_hash,
        daily.DailyVersion.content, daily.DailyVersion.finance_signed_by, daily.DailyVersion.manager_signed_by,
    ).where(daily.DailyVersion.finance_signed_at.is_null(False)).order_by(daily.DailyVersion.date,
                                                                          daily.DailyVersion.version))
    if not signed:
        return problems
    names = dict(User.select(User.id, User.display_name).tuples())
    audited: dict[tuple, set] = defaultdict(set)
    journal: dict[tuple, str] = {}  # (day, version) -> the journal digest of its last signature
    for action, day_text, detail in (AuditLog.select(AuditLog.action, AuditLog.entity_id, AuditLog.detail)
                                     .where(AuditLog.action.in_(["daily.sign_finance", "daily.sign_manager"])
                                            & (AuditLog.entity == "daily_day")).tuples()):
        try:
            facts = json.loads(detail)
            audited[(day_text, facts["version"], action)].add(facts["hash"])
        except (ValueError, KeyError, TypeError):
            continue
        if facts.get("journal") and (action == "daily.sign_manager" or (day_text, facts["version"]) not in journal):
            journal[(day_text, facts["version"])] = facts["journal"]
    states = {as_date(d): (state, version) for d, state, version in
              DailyDay.select(DailyDay.date, DailyDay.state, DailyDay.version).tuples()}
    locked_until = locked_through()
    to_rebuild = []
    for version in signed:
        day = as_date(version.date)
        facts = {"date": day.isoformat(), "version": version.version}
        if hashlib.sha256(version.content.encode("utf-8")).hexdigest() != version.content_hash:
            problems.append(Message(LEDGER_CHECK_SIGNED_CONTENT_ALTERED, facts))
        if version.manager_signed_by_id is not None and version.manager_signed_by_id == version.finance_signed_by_id:
            problems.append(Message(LEDGER_CHECK_SAME_SIGNER,
                                    dict(facts, user=names.get(version.finance_signed_by_id, ""))))
        for role, signer in (("finance", version.finance_signed_by_id), ("manager", version.manager_signed_by_id)):
            if signer is not None and version.content_hash not in audited[(day.isoformat(), version.version,
                                                                           f"daily.sign_{role}")]:
                problems.append(Message(LEDGER_CHECK_SIGNATURE_UNAUDITED, dict(facts, role=role)))
        state, current = states.get(day, ("", 0))
        frozen = state == "locked" or (state == "finance_signed" and locked_until is not None and day <= locked_until)
        if current == version.version and frozen:
            to_rebuild.append((version, day, facts, journal.get((day.isoformat(), version.version))))
    # The journal as signed, compared in bulk; the report is rebuilt for a day whose rows changed or
    # whose signature predates the digest, and always for the latest one (its openings add up all
    # the history before it), so a ten-year branch is not rebuilt day by day.
    now = daily.journal_digests([day for _, day, _, kept in to_rebuild if kept])
    latest = max((day for _, day, _, _ in to_rebuild), default=None)
    for version, day, facts, kept in to_rebuild:
        if kept and now.get(day) == kept and day != latest:
            continue
        report = daily.build_report(day)
        if report.content_hash() == version.content_hash:
            continue
        try:
            stored = json.loads(version.content)
        except ValueError:
            stored = {}
        rebuilt = json.loads(report.content_json())
        if _without_names(stored) != _without_names(rebuilt):
            problems.append(Message(LEDGER_CHECK_SIGNED_DAY_CHANGED,
                                    dict(facts, where=_first_difference(stored, rebuilt))))
    return problems


CHECKS = (  # (name for a check that could not finish, the check)
    ("negative", check_negative),
    ("cache", check_cache),
    ("months", check_months),
    ("transit", check_transit_candidates),
    ("numbering", check_numbering),
    ("lines", check_lines),
    ("signed_days", check_signed_days),
)


def check_invariants() -> list[Message]:
    problems = []
    for name, check in CHECKS:
        try:
            problems += check()
        except Exception as error:  # noqa: BLE001 - a damaged database must not end the whole check
            problems.append(Message(CHECK_FAILED, {"check": name, "error": f"{type(error).__name__}: {error}"}))
    return problems
