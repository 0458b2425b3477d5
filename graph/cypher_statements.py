"""Every Cypher statement ChainAtlas writes with, in one place.

Labels and relationship types come only from the ontology
(:class:`~chainatlas.ontology.Kind`, :class:`~chainatlas.ontology.Rel`) and
are checked before they are put into a statement; every value is a
``$parameter``.  The read-only reports live in ``queries/cypher/``.

Examples
--------
>>> print(merge_nodes("Link"))
UNWIND $rows AS row
MERGE (n:`Link` {id: row.id})
SET n = row.props
RETURN count(n) AS written
>>> print(merge_relationships("HAS_LINK", "Chain", "Link"))
UNWIND $rows AS row
MATCH (a:`Chain` {id: row.src})
MATCH (b:`Link` {id: row.dst})
MERGE (a)-[r:`HAS_LINK`]->(b)
SET r = row.props
RETURN count(r) AS written
>>> merge_nodes("Enterprize")
Traceback (most recent call last):
...
chainatlas.exceptions.UnknownTermError: unknown node kind 'Enterprize'; known kinds: ...
"""

from chainatlas.graph.propgraph import MARKER
from chainatlas.ontology.vocab import kind as _kind, rel as _rel

__all__ = [
    "constraint_statements",
    "index_statements",
    "merge_nodes",
    "merge_relationships",
    "delete_stale_nodes",
    "delete_stale_relationships",
    "count_nodes",
    "count_relationships",
]


def _label(name):
    return f"`{_kind(name).value}`"


def _type(name):
    return f"`{_rel(name).value}`"


def constraint_statements(kind):
    """Uniqueness of ``id`` for a label: the Neo4j 5 form first, then older forms servers accept.

    Returns a list of statements to try in order; the first that succeeds is enough.
    """
    k = _kind(kind).value
    name = f"chainatlas_{k.lower()}_id"
    return [
        f"CREATE CONSTRAINT {name} IF NOT EXISTS FOR (n:{_label(k)}) REQUIRE n.id IS UNIQUE",
        f"CREATE CONSTRAINT {name} IF NOT EXISTS ON (n:{_label(k)}) ASSERT n.id IS UNIQUE",
        f"CREATE CONSTRAINT ON (n:{_label(k)}) ASSERT n.id IS UNIQUE",
    ]


def index_statements(kind):
    """Indexes on ``name`` (reports look nodes up by name) and on the push marker."""
    k = _kind(kind).value
    return [
        f"CREATE INDEX chainatlas_{k.lower()}_name IF NOT EXISTS FOR (n:{_label(k)}) ON (n.name)",
        f"CREATE INDEX chainatlas_{k.lower()}_push IF NOT EXISTS FOR (n:{_label(k)}) ON (n.{MARKER})",
    ]


def merge_nodes(kind):
    """MERGE a batch ``$rows`` of ``{id, props}`` by id; the node's properties become exactly ``props``."""
    return (f"UNWIND $rows AS row\n"
            f"MERGE (n:{_label(kind)} {{id: row.id}})\n"
            f"SET n = row.props\n"
            f"RETURN count(n) AS written")


def merge_relationships(rel, src_kind, dst_kind):
    """MERGE a batch ``$rows`` of ``{src, dst, props}`` by (source, type, target)."""
    return (f"UNWIND $rows AS row\n"
            f"MATCH (a:{_label(src_kind)} {{id: row.src}})\n"
            f"MATCH (b:{_label(dst_kind)} {{id: row.dst}})\n"
            f"MERGE (a)-[r:{_type(rel)}]->(b)\n"
            f"SET r = row.props\n"
            f"RETURN count(r) AS written")


def delete_stale_nodes(kind):
    """Delete up to ``$limit`` nodes of a label that carry another push's marker (never unmarked nodes)."""
    return (f"MATCH (n:{_label(kind)})\n"
            f"WHERE n.{MARKER} IS NOT NULL AND n.{MARKER} <> $push\n"
            f"WITH n LIMIT $limit\n"
            f"DETACH DELETE n\n"
            f"RETURN count(*) AS deleted")


def delete_stale_relationships(rel):
    """Delete up to ``$limit`` relationships of a type that carry another push's marker."""
    return (f"MATCH ()-[r:{_type(rel)}]->()\n"
            f"WHERE r.{MARKER} IS NOT NULL AND r.{MARKER} <> $push\n"
            f"WITH r LIMIT $limit\n"
            f"DELETE r\n"
            f"RETURN count(*) AS deleted")


def count_nodes(kind):
    """Count the nodes of a label that ChainAtlas wrote."""
    return f"MATCH (n:{_label(kind)}) WHERE n.{MARKER} IS NOT NULL RETURN count(n) AS n"


def count_relationships(rel):
    """Count the relationships of a type that ChainAtlas wrote."""
    return f"MATCH ()-[r:{_type(rel)}]->() WHERE r.{MARKER} IS NOT NULL RETURN count(r) AS n"
