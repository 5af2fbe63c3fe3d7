"""PDF documents from read-models (reportlab): day sheets, schedules, call lists, recovery sheet."""
