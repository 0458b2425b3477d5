"""Exceptions raised by ChainAtlas.

Every error a user can cause is a :class:`ChainAtlasError`; the CLI prints its
message as one line and exits non-zero.  Messages name the file, row or value
at fault.
"""

__all__ = [
    "ChainAtlasError",
    "UnknownTermError",
    "InputError",
    "StoreError",
    "NotFoundError",
]


class ChainAtlasError(Exception):
    """Base class for all ChainAtlas errors."""


class UnknownTermError(ChainAtlasError, KeyError):
    """A node kind, relation or property that is not in the ontology."""

    def __str__(self):  # KeyError would quote the message
        return str(self.args[0]) if self.args else ""


class InputError(ChainAtlasError, ValueError):
    """An input file, row or value that cannot be read.

    Parameters
    ----------
    message : str
        What is wrong.
    source : str, optional
        The file (or other source) at fault.
    where : str, optional
        The row, line or position inside the source.
    """

    def __init__(self, message, source=None, where=None):
        self.message = message
        self.source = source
        self.where = where
        super().__init__(message)

    def __str__(self):
        loc = ""
        if self.source:
            loc = str(self.source)
            if self.where:
                loc += f", {self.where}"
            loc += ": "
        return loc + self.message


class StoreError(ChainAtlasError):
    """The store cannot be opened, read or written."""


class NotFoundError(ChainAtlasError, LookupError):
    """A chain, scope or node named by the user does not exist in the store."""
