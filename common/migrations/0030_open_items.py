"""An index for the open items of the owed books (issue 17 item 5).

The 欠人坏件 / 人欠坏件 lists (ledger.books.owed_open) start from the pairs (party, part) whose
balance in the cache is still open and read only those pairs' increments. The journal's indexes
lead with the date or with (part, book) and then range over every party of the part: about a
million index entries for the 1,600 open pairs of a million-line branch. This one leads with the
pair and holds increments only (delta > 0, the rows an open item can be), so the list reads the
9,000 increments it shows items of. PostgreSQL and SQLite keep it in the posting's transaction.
"""


def up(migrator, db):
    db.execute_sql("CREATE INDEX posting_owed_increments ON ledger_posting (part_id, book, party_id, date) "
                   "WHERE delta > 0")
