"""Spreadsheet import: reading CSV and XLSX files, recognising columns, parsing cell values."""
