"""procheck: find anti-discrimination clauses and supplier-diversity criteria in procurement documents.

Public API::

    from procheck import check_path, load_library
    report = check_path("contract.pdf", profile="stockholm")
"""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__", "check_path", "load_library"]


def __getattr__(name: str):  # lazy: keep `procheck --help` free of heavy imports
    if name == "check_path":
        from procheck.pipeline import check_path

        return check_path
    if name == "load_library":
        from procheck.library import load_library

        return load_library
    raise AttributeError(name)
