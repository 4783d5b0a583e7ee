"""annotate: source attribution and stance annotation for news."""

__version__ = "0.1.0"
