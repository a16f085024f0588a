"""mailstatus: ask email providers what became of the mail you sent."""

__version__ = "0.1.0"
