"""Queries over the store: resolving names, and the gap report."""

from chainatlas.queries.gaps import (STATUSES, GapReport, LinkStatus, chain_links, gap_report, scope_places,
                                     synonyms)
from chainatlas.queries.resolve import resolve_chain, resolve_node, resolve_scope

__all__ = ["STATUSES", "GapReport", "LinkStatus", "gap_report", "chain_links", "scope_places", "synonyms",
           "resolve_chain", "resolve_node", "resolve_scope"]
