// title: Evidence behind a node
// description: Every assertion a node rests on, then those behind each of its relationships: the document, the character span in its cleaned text, the sentence and the confidence, one row each (a span or confidence of -1 is unknown).
// param: node string 河西硅业 — any node: its id (Kind:name) or its exact name
MATCH (n)
WHERE n.id = $node OR n.name = $node
UNWIND range(0, size(coalesce(n.evidence_docs, [])) - 1) AS i
RETURN n.id AS node, n.name AS name, null AS source, null AS relationship, null AS target,
       n.evidence_titles[i] AS document, n.evidence_docs[i] AS doc_id, n.evidence_starts[i] AS start,
       n.evidence_ends[i] AS end, n.evidence_sentences[i] AS sentence, n.evidence_confidences[i] AS confidence
UNION ALL
MATCH (n)-[r]-(o)
WHERE n.id = $node OR n.name = $node
UNWIND range(0, size(coalesce(r.evidence_docs, [])) - 1) AS i
RETURN n.id AS node, n.name AS name, startNode(r).name AS source, type(r) AS relationship,
       endNode(r).name AS target, r.evidence_titles[i] AS document, r.evidence_docs[i] AS doc_id,
       r.evidence_starts[i] AS start, r.evidence_ends[i] AS end, r.evidence_sentences[i] AS sentence,
       r.evidence_confidences[i] AS confidence
