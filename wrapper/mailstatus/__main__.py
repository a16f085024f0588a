"""`python -m mailstatus`: the `mailstatus` command."""

from mailstatus.cli import main

main()
