"""Views: interactive chain maps as self-contained offline HTML."""

from chainatlas.viz.chainmap import STATUS_COLORS, chain_map_data, chain_map_html, write_chain_map

__all__ = ["STATUS_COLORS", "chain_map_data", "chain_map_html", "write_chain_map"]
