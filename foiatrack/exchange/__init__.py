"""Spreadsheets, calendars and printable reports: the file formats foiatrack reads and writes.

Nothing in this package opens the database: the use cases in :mod:`foiatrack.services.exchange` read
and write the data and hand plain values to the readers, writers and PDF builders here, so each format
can be tested with values built by hand.
"""
