"""The command line, one module per command (calibre's ``db/cli/cmd_*.py`` shape).

main.py is the dispatcher: it builds the parser from each module's ``add_parser(sub)`` and calls
the module's ``run(args, ctx)`` for the command given. ``ctx`` (ui.cli.base.Context) is what every
command needs besides its arguments: ``session()`` (open the database and log in), ``say()``,
``parse_date()`` and ``now()``. A command module imports its domain modules inside ``run``, so
building the parser for ``--help`` stays cheap, and a start of the desktop app imports none of
them (only ``cmd_gui``).
"""
