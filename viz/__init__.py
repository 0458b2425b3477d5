"""Views: interactive chain maps, region pages and an offline atlas; PNG export through headless Chromium.

* :mod:`chainatlas.viz.chainmap` - one chain in one scope, as an offline HTML page;
* :mod:`chainatlas.viz.region` - every chain of a region or park with its completeness;
* :mod:`chainatlas.viz.atlas` - a static site of regions, parks and chains with a search box;
* :mod:`chainatlas.viz.png` - a page rendered to PNG by headless Chromium.
"""

from chainatlas.viz.chainmap import (RATING_COLORS, chain_map_data, chain_map_html, copy_assets, layout_chain,
                                     write_chain_map)

__all__ = ["RATING_COLORS", "chain_map_data", "chain_map_html", "copy_assets", "layout_chain", "write_chain_map"]
