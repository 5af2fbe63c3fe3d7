"""The calendar: day view (a column per provider) and week view (a column per day)."""
