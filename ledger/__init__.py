"""The spare-parts ledger (备件账): parties, parts, documents, the posting journal and the five
books built on it. No Qt here; the UI and the command line call these functions alike.

- ledger.models: the tables; ledger.posting: document types, preview/post/reverse;
- ledger.books: the books as queries and ``balances_at``; ledger.checks: invariants and rebuild;
  (posting also holds create_party / create_part for master data); ledger.demo: a demo branch.
"""
