"""Map commands: map (one chain in one scope, HTML and PNG), region-map and atlas."""

import os
import tempfile

import click

from chainatlas.cli import _errors, _store, cli

_library = click.option("--library/--no-library", default=True, show_default=True,
                        help="Complete a plan's chain with the links of the reference chain it matches.")


@cli.command("map")
@click.option("--chain", required=True, help="A chain's name, part of it, or a link that only one chain has.")
@click.option("--scope", required=True, help="A region or park.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True),
              help="The HTML file to write (self-contained, works offline).")
@click.option("--png", "png", type=click.Path(dir_okay=False, writable=True),
              help="Also render the map to this PNG file (needs chromium and chromedriver).")
@click.option("--width", default=1600, show_default=True, type=click.IntRange(200, 10000), help="PNG width.")
@click.option("--height", default=900, show_default=True, type=click.IntRange(200, 10000), help="PNG height.")
@_library
@click.pass_context
@_errors
def map_(ctx, chain, scope, output, png, width, height, library):
    """Write an interactive map of a chain in a scope: one HTML file that works offline, and/or a PNG.

    Links run left to right, upstream to downstream, coloured by rating
    (优势/潜力/薄弱/空白); break points (断点) have a thick red border.
    Click a link for its evidence.

    \b
    Example:
        chainatlas map --chain 绿电制绿氢 --scope 甘州区 -o hydrogen.html
        chainatlas map --chain 绿电制绿氢 --scope 甘州区 --png hydrogen.png
    """
    from chainatlas.viz import write_chain_map

    if not output and not png:
        raise click.UsageError("give -o FILE.html, --png FILE.png or both")
    store = _store(ctx)
    if output:
        write_chain_map(store, chain, scope, output, library=library)
        click.echo(f"wrote {output}")
    if png:
        from chainatlas.viz.png import render_png

        with tempfile.TemporaryDirectory(prefix="chainatlas-map-") as tmp:
            html = output or write_chain_map(store, chain, scope, os.path.join(tmp, "map.html"), library=library)
            render_png(html, png, width, height)
        click.echo(f"wrote {png}")


@cli.command("region-map")
@click.option("--scope", required=True, help="A region or park.")
@click.option("-o", "--output", required=True, type=click.Path(file_okay=False, writable=True),
              help="The folder to write (index.html, maps/, assets/); new, empty or an earlier region map.")
@click.option("--max-maps", default=500, show_default=True, type=click.IntRange(0), help="At most this many maps.")
@_library
@click.pass_context
@_errors
def region_map(ctx, scope, output, max_maps, library):
    """Write the page of one region or park: each chain's completeness and gaps, linking to its map.

    Open index.html in the folder; it works offline.

    \b
    Example:
        chainatlas region-map --scope 甘州区 -o ganzhou
    """
    from chainatlas.viz.atlas import write_region_site

    a = write_region_site(_store(ctx), scope, output, max_maps=max_maps, library=library)
    click.echo(f"wrote {os.path.join(output, a.index)} and {len(a.maps)} maps")
    if a.left_out:
        click.echo(f"left out {len(a.left_out)} maps (--max-maps {max_maps})", err=True)


@cli.command()
@click.option("-o", "--output", required=True, type=click.Path(file_okay=False, writable=True),
              help="The folder to write; new, empty or an earlier atlas (its pages are replaced).")
@click.option("--scope", "scopes", multiple=True,
              help="Only these regions or parks (repeatable); default: every one with a chain.")
@click.option("--max-maps", default=500, show_default=True, type=click.IntRange(0),
              help="At most this many chain maps; the index lists those left out.")
@_library
@click.pass_context
@_errors
def atlas(ctx, output, scopes, max_maps, library):
    """Write the offline atlas: an index with search, a page per region and park, a map per chain.

    The folder can be copied to a shared drive and opened by double-clicking
    index.html; nothing is loaded from the network.

    \b
    Example:
        chainatlas atlas -o atlas
        chainatlas atlas -o atlas --scope 甘州区 --scope 张掖经开区
    """
    from chainatlas.viz.atlas import write_atlas

    a = write_atlas(_store(ctx), output, scopes=list(scopes) or None, max_maps=max_maps, library=library)
    click.echo(f"wrote {os.path.join(output, a.index)}: {len(a.regions)} region and park pages, {len(a.maps)} maps")
    if a.left_out:
        click.echo(f"left out {len(a.left_out)} maps (--max-maps {max_maps}); the index lists them", err=True)
