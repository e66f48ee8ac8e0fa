"""What both domains (ledger/, archive/) stand on: the database, users and roles, the audit log,
refusals as values, the PDF page frame and the Excel helpers. Nothing here imports PySide6."""
