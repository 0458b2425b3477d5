"""Command modules of the ``chainatlas`` CLI, one module per topic.

Each module imports :data:`chainatlas.cli.cli` and the helpers there and adds
its commands (or a command group) with the usual click decorators;
:mod:`chainatlas.cli` imports every module of this package once, after the
core commands are defined.  Commands stay thin: parse options, call the
library, print.
"""
