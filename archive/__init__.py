"""The vehicle archive (一车两档): customers, vehicles, their sales and repair files, checklists,
handover deadlines in working days, archive boxes and one search box. No Qt here.

- ``archive.models``: the tables (see its docstring for the data model).
- ``archive.validate``: pure normalisation/validation of VINs, ID numbers, plates, phones, names.
- ``archive.workdays``: the holiday calendar and handover deadlines.
- ``archive.files``: the use cases (one transaction each, audited).
- ``archive.search``: ``search(text, date_from, date_to, limit)``.
- ``archive.demo``: bulk demo data for a branch over years.
"""
