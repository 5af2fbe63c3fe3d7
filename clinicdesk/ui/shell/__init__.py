"""The main window's frame: hooks from app.py, the window, its menus and status bar."""
