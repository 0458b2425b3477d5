"""Example documents and lists bundled for `chainatlas demo` (written for the project)."""
