"""Files for ``neo4j-admin database import full`` (Neo4j 5).

:func:`export_neo4j_csv` writes one nodes file per node kind
(``nodes_Link.csv`` …) and one relationships file per relation
(``relationships_HAS_LINK.csv`` …), plus ``import.sh`` and ``IMPORT.md``
with the exact import command and the constraints to create afterwards.

Header format (Neo4j 5 operations manual, "CSV header format"):

- nodes: ``id:ID`` (node ids are globally unique, e.g. ``Link:多晶硅``, so
  one id space serves all files and ``id`` is kept as a property),
  ``:LABEL``, then ``name:TYPE`` columns;
- relationships: ``:START_ID``, ``:END_ID``, ``:TYPE``, then properties;
- types ``string``, ``long``, ``double``, ``boolean`` and arrays of them
  (``aliases:string[]``, ``evidence_sentences:string[]``,
  ``evidence_confidences:double[]`` …) as laid out in
  :mod:`chainatlas.graph.propgraph`; ``long`` and ``double`` rather than
  ``int`` and ``float`` so that no number loses precision.

Values: strings are always double-quoted (a ``"`` inside is doubled, commas
and newlines stay inside the quotes); numbers and booleans are bare; a
missing property is an empty, unquoted field.  Array elements are joined
with the array delimiter, which must not occur in any element: by default
the first of ``|``, ``;``, ``¦``, ``U+001F`` that occurs in none is chosen,
and an explicit one that occurs raises :class:`~chainatlas.InputError`.
When a value holds a line break the command carries
``--multiline-fields=true``.

Examples
--------
>>> import tempfile
>>> from chainatlas.graph import Store, ingest_extraction
>>> from chainatlas.loaders import extract_text
>>> st = Store(":memory:")
>>> x = extract_text("甘州区形成“工业硅—多晶硅—拉晶切片”的产业链。", doc_id="p")
>>> _ = ingest_extraction(st, x, {"id": "p"})
>>> out = export_neo4j_csv(st, tempfile.mkdtemp())
>>> sorted(os.path.basename(f) for f in out.node_files)
['nodes_Chain.csv', 'nodes_Document.csv', 'nodes_Link.csv', 'nodes_Region.csv']
>>> open(out.node_files[2], encoding="utf-8").readline().split(",")[:4]
['id:ID', ':LABEL', 'name:string', 'matching_links:string[]']
>>> out.command.startswith("neo4j-admin database import full --nodes=")
True
"""

import csv
import os
import shlex

from chainatlas.exceptions import InputError
from chainatlas.graph import cypher_statements as cs
from chainatlas.graph.propgraph import property_graph
from chainatlas.ontology.vocab import Kind

__all__ = ["CsvExport", "export_neo4j_csv", "read_neo4j_csv", "DELIMITER_CANDIDATES"]

DELIMITER_CANDIDATES = ("|", ";", "¦", "\x1f")


class CsvExport:
    """What :func:`export_neo4j_csv` wrote.

    Attributes
    ----------
    directory : str
    node_files, relationship_files : list of str
    array_delimiter : str
    command : str
        The ``neo4j-admin database import full`` command (absolute paths).
    nodes, relationships : int
        Rows written.
    """

    def __init__(self, directory, node_files, relationship_files, array_delimiter, command, nodes,
                 relationships):
        self.directory = directory
        self.node_files = node_files
        self.relationship_files = relationship_files
        self.array_delimiter = array_delimiter
        self.command = command
        self.nodes = nodes
        self.relationships = relationships

    def __repr__(self):
        return (f"CsvExport({self.directory!r}: {self.nodes} nodes in {len(self.node_files)} files, "
                f"{self.relationships} relationships in {len(self.relationship_files)} files)")


def _quote(s):
    return '"' + s.replace('"', '""') + '"'


def _field(value, typ, delim):
    if value is None:
        return ""
    if typ.endswith("[]"):
        base = typ[:-2]
        return _quote(delim.join(_bare(x, base) for x in value))
    if typ == "string":
        return _quote(value)
    return _bare(value, typ)


def _bare(x, typ):
    if typ == "boolean":
        return "true" if x else "false"
    if typ == "double":
        return repr(float(x))
    return str(x)


def _unicode_name(ch):
    return f"U+{ord(ch):04X}"


def _choose_delimiter(pg, explicit):
    values = [(owner, k, x) for owner, props, types in _all_props(pg)
              for k, v in props.items() if types[k].endswith("[]") for x in v if isinstance(x, str)]
    if explicit is not None:
        if len(explicit) != 1 or explicit in ',"\n\r':
            raise InputError(f"array delimiter must be one character other than a comma, quote or newline, "
                             f"not {explicit!r}")
        for owner, k, x in values:
            if explicit in x:
                raise InputError(f"array delimiter {explicit!r} occurs in a value of {k}: {x[:60]!r}",
                                 source=owner)
        return explicit
    for cand in DELIMITER_CANDIDATES:
        if not any(cand in x for _, _, x in values):
            return cand
    raise InputError("every candidate array delimiter occurs in some value; pass one with --array-delimiter")


def _all_props(pg):
    for n in pg.nodes:
        yield n.id, n.props, pg.node_types[n.label]
    for r in pg.rels:
        yield f"{r.src} -{r.type}-> {r.dst}", r.props, pg.rel_types[r.type]


def export_neo4j_csv(store, directory, *, array_delimiter=None, database="neo4j"):
    """Write neo4j-admin import files for `store` into `directory` (created if needed).

    Parameters
    ----------
    store : Store
    directory : str or os.PathLike
    array_delimiter : str, optional
        One character; chosen automatically when omitted (see the module docstring).
    database : str
        The database name in the import command.

    Returns
    -------
    CsvExport
    """
    directory = os.path.abspath(os.fspath(directory))
    os.makedirs(directory, exist_ok=True)
    pg = property_graph(store)
    delim = _choose_delimiter(pg, array_delimiter)
    multiline = False
    node_files, rel_files = [], []

    def write(path, header, rows):
        nonlocal multiline
        with open(path, "w", encoding="utf-8", newline="") as f:
            f.write(",".join(header) + "\n")
            for fields in rows:
                line = ",".join(fields)
                multiline = multiline or "\n" in line or "\r" in line
                f.write(line + "\n")

    by_label = {}
    for n in pg.nodes:
        by_label.setdefault(n.label, []).append(n)
    for k in Kind:
        nodes = by_label.get(k.value)
        if not nodes:
            continue
        types = pg.node_types[k.value]
        cols = ["id", "name"] + [c for c in types if c not in ("id", "name")]
        header = ["id:ID", ":LABEL"] + [f"{c}:{types[c]}" for c in cols[1:]]
        path = os.path.join(directory, f"nodes_{k.value}.csv")
        write(path, header, ([_quote(n.id), _quote(n.label)] + [_field(n.props.get(c), types[c], delim)
                                                                   for c in cols[1:]] for n in nodes))
        node_files.append(path)

    by_type = {}
    for r in pg.rels:
        by_type.setdefault(r.type, []).append(r)
    for typ, rels in by_type.items():
        types = pg.rel_types[typ]
        cols = list(types)
        header = [":START_ID", ":END_ID", ":TYPE"] + [f"{c}:{types[c]}" for c in cols]
        path = os.path.join(directory, f"relationships_{typ}.csv")
        write(path, header, ([_quote(r.src), _quote(r.dst), _quote(r.type)]
                             + [_field(r.props.get(c), types[c], delim) for c in cols] for r in rels))
        rel_files.append(path)

    def command(paths_node, paths_rel):
        parts = ["neo4j-admin database import full"]
        parts += [f"--nodes={p}" for p in paths_node]
        parts += [f"--relationships={p}" for p in paths_rel]
        parts.append(f"--array-delimiter={_unicode_name(delim)}")
        if multiline:
            parts.append("--multiline-fields=true")
        parts += ["--overwrite-destination", database]
        return parts

    cmd_parts = command([shlex.quote(p) for p in node_files], [shlex.quote(p) for p in rel_files])
    cmd = " ".join(cmd_parts)
    script_parts = command([f'"$HERE/{os.path.basename(p)}"' for p in node_files],
                      [f'"$HERE/{os.path.basename(p)}"' for p in rel_files])
    script = (
        "#!/usr/bin/env bash\n"
        "# Import the ChainAtlas graph into a new Neo4j 5 database; stop the database first.\n"
        "# Set NEO4J_ADMIN to the neo4j-admin binary when it is not on PATH.\n"
        "set -euo pipefail\n"
        'HERE="$(cd "$(dirname "$0")" && pwd)"\n'
        + " \\\n    ".join(script_parts).replace("neo4j-admin ", '"${NEO4J_ADMIN:-neo4j-admin}" ', 1) + "\n")
    with open(os.path.join(directory, "import.sh"), "w", encoding="utf-8") as f:
        f.write(script)
    os.chmod(os.path.join(directory, "import.sh"), 0o755)
    constraints = "\n".join(cs.constraint_statements(k)[0] + ";" for k in Kind)
    indexes = "\n".join(s + ";" for k in Kind for s in cs.index_statements(k))
    shown = " \\\n    ".join(cmd_parts)
    step2 = ("Start Neo4j." if database == "neo4j" else
             f"Start Neo4j and create the database: `CREATE DATABASE {database};` in the `system` database.")
    doc = f"""# Importing this graph into Neo4j 5

{len(pg.nodes)} nodes in {len(node_files)} files, {len(pg.rels)} relationships in {len(rel_files)} files,
written by ChainAtlas (push marker `{pg.digest}`). Array values are separated by
{_unicode_name(delim)} (`{delim if delim.isprintable() else 'not printable'}`).

1. Stop the target database (or the DBMS), then run (or `bash import.sh`):

```bash
{shown}
```

2. {step2}

3. `neo4j-admin` creates no constraints or indexes; create them once, e.g. in cypher-shell:

```cypher
{constraints}
{indexes}
```

Later updates can go through `chainatlas push --uri bolt://…`, which MERGEs onto these nodes
(the `id` property and the `chainatlas_push` marker are the same).
"""
    with open(os.path.join(directory, "IMPORT.md"), "w", encoding="utf-8") as f:
        f.write(doc)
    return CsvExport(directory, node_files, rel_files, delim, cmd, len(pg.nodes), len(pg.rels))


def _parse(text, typ, delim):
    if typ.endswith("[]"):
        base = typ[:-2]
        return [_parse(x, base, delim) for x in text.split(delim)]
    if typ == "long":
        return int(text)
    if typ == "double":
        return float(text)
    if typ == "boolean":
        return text == "true"
    return text


def read_neo4j_csv(path, array_delimiter):
    """Read one file written by :func:`export_neo4j_csv` back into dictionaries.

    Node rows come back as ``{"id", "label", "props"}``, relationship rows as
    ``{"src", "dst", "type", "props"}``; an empty field means a missing property.
    """
    out = []
    with open(path, encoding="utf-8", newline="") as f:
        reader = csv.reader(f)
        header = next(reader)
        cols = [h.rsplit(":", 1) if not h.startswith(":") else ["", h[1:]] for h in header]
        for line in reader:
            row = {"props": {}}
            for (name, typ), text in zip(cols, line):
                if typ == "ID":
                    row["id"] = text
                    row["props"][name] = text
                elif typ in ("LABEL", "TYPE"):
                    row[typ.lower() if typ == "TYPE" else "label"] = text
                elif typ == "START_ID":
                    row["src"] = text
                elif typ == "END_ID":
                    row["dst"] = text
                elif text != "":
                    row["props"][name] = _parse(text, typ, array_delimiter)
            out.append(row)
    return out
