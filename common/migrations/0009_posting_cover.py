"""Replace the journal's (part, book, date) index by one that also carries party and delta.

The daily report reads every opening balance from the journal itself (that is how it catches a
drifted balance cache), summing all earlier postings of the day's parts. With party and delta in
the index, SQLite and PostgreSQL answer that sum from the index alone: on a ten-year branch the
query goes from about 0.4 s to about 0.12 s.
"""


def up(migrator, db):
    db.execute_sql('CREATE INDEX posting_part_book_date_cover ON ledger_posting '
                   '(part_id, book, date, party_id, delta)')
    db.execute_sql('DROP INDEX posting_part_id_book_date')
