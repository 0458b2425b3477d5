// title: Gap report
// description: The status of every link of a chain inside a region or park, upstream first: present (an enterprise in the scope operates it, or a completed project there produces it), building (a project under construction), planned (a planned, signed or unstated project), wanted (nothing there, and a plan for the scope recruits it) or missing. The scope is the region or park with its sub-regions, the parks located in them and their sub-parks; a product counts for a link through the link's matching_links. Same rows, statuses and order as `chainatlas gaps`.
// param: chain string 工业硅—多晶硅—拉晶切片 — the chain: its id (Chain:…) or its exact name
// param: scope string 甘州区 — the region or park: its id (Region:…, Park:…) or its exact name
// param: done_stages string[] = 竣工,投产 — project stages that make a link present
// param: building_stages string[] = 开工,在建 — project stages that make a link building
// param: support_segment string = 配套 — the segment listed after the other links of the same position
MATCH (c:Chain)
WHERE c.id = $chain OR c.name = $chain
MATCH (s)
WHERE (s:Region OR s:Park) AND (s.id = $scope OR s.name = $scope)
CALL {
  WITH s
  MATCH path = (place)-[:PART_OF|LOCATED_IN*0..]->(s)
  WHERE all(x IN nodes(path) WHERE x:Region OR x:Park)
  RETURN collect(DISTINCT place.id) AS places
}
MATCH (c)-[h:HAS_LINK]->(l:Link)
CALL {
  WITH l, places
  UNWIND l.matching_links AS mid
  MATCH (m:Link {id: mid})<-[o:OPERATES]-(e)
  WHERE EXISTS { MATCH (e)-[:LOCATED_IN]->(p) WHERE p.id IN places }
  RETURN collect(DISTINCT e.name) AS enterprises, collect(o) AS operates
}
CALL {
  WITH l, places
  UNWIND l.matching_links AS mid
  MATCH (m:Link {id: mid})<-[b:BUILDS]-(p)
  WHERE EXISTS { MATCH (p)-[:LOCATED_IN]->(q) WHERE q.id IN places }
  RETURN [x IN collect(DISTINCT {name: p.name, stage: p.stage}) WHERE x.name IS NOT NULL] AS projects,
         collect(b) AS builds
}
CALL {
  WITH l, places
  UNWIND l.matching_links AS mid
  MATCH (m:Link {id: mid})<-[x:WANTS]-(w)
  WHERE w.id IN places
  RETURN collect(x) AS wants
}
WITH c, s, h, l, enterprises, projects, size(wants) > 0 AS wanted, operates + builds + wants AS rels
WITH c, s, h, l, enterprises, projects, wanted, rels,
     CASE
       WHEN size(enterprises) > 0 OR any(p IN projects WHERE p.stage IN $done_stages) THEN 'present'
       WHEN any(p IN projects WHERE p.stage IN $building_stages) THEN 'building'
       WHEN size(projects) > 0 THEN 'planned'
       WHEN wanted THEN 'wanted'
       ELSE 'missing'
     END AS status
RETURN c.name AS chain, s.name AS scope, l.id AS link_id, l.name AS link,
       coalesce(h.position, 0) AS position, coalesce(h.segment, '') AS segment, status, wanted,
       enterprises, projects,
       reduce(acc = [], r IN rels |
         acc + [i IN range(0, size(coalesce(r.evidence_docs, [])) - 1) |
                {doc_id: r.evidence_docs[i], document: r.evidence_titles[i], sentence: r.evidence_sentences[i],
                 start: r.evidence_starts[i], end: r.evidence_ends[i], confidence: r.evidence_confidences[i]}])
         AS evidence
ORDER BY position, segment = $support_segment, link
