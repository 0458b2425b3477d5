// title: Region comparison
// description: One chain's links across several regions or parks, one row per link and place: the gap report's status there (present, building, planned, wanted, missing), how many enterprises operate the link there and how many projects there produce it. Each place includes its sub-regions, the parks located in them and their sub-parks. Links upstream first, places in the order given.
// param: chain string 工业硅—多晶硅—拉晶切片 — the chain: its id (Chain:…) or its exact name
// param: scopes string[] 甘州区,张掖经开区 — the regions or parks to compare: ids or exact names, comma-separated
// param: done_stages string[] = 竣工,投产 — project stages that make a link present
// param: building_stages string[] = 开工,在建 — project stages that make a link building
// param: support_segment string = 配套 — the segment listed after the other links of the same position
MATCH (c:Chain)
WHERE c.id = $chain OR c.name = $chain
UNWIND range(0, size($scopes) - 1) AS k
MATCH (s)
WHERE (s:Region OR s:Park) AND (s.id = $scopes[k] OR s.name = $scopes[k])
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
  MATCH (m:Link {id: mid})<-[:OPERATES]-(e)
  WHERE EXISTS { MATCH (e)-[:LOCATED_IN]->(p) WHERE p.id IN places }
  RETURN collect(DISTINCT e.id) AS enterprises
}
CALL {
  WITH l, places
  UNWIND l.matching_links AS mid
  MATCH (m:Link {id: mid})<-[:BUILDS]-(p)
  WHERE EXISTS { MATCH (p)-[:LOCATED_IN]->(q) WHERE q.id IN places }
  RETURN [x IN collect(DISTINCT {id: p.id, stage: p.stage}) WHERE x.id IS NOT NULL] AS projects
}
CALL {
  WITH l, places
  UNWIND l.matching_links AS mid
  MATCH (m:Link {id: mid})<-[x:WANTS]-(w)
  WHERE w.id IN places
  RETURN count(x) > 0 AS wanted
}
WITH k, s, h, l, enterprises, projects, wanted,
     CASE
       WHEN size(enterprises) > 0 OR any(p IN projects WHERE p.stage IN $done_stages) THEN 'present'
       WHEN any(p IN projects WHERE p.stage IN $building_stages) THEN 'building'
       WHEN size(projects) > 0 THEN 'planned'
       WHEN wanted THEN 'wanted'
       ELSE 'missing'
     END AS status
RETURN l.name AS link, coalesce(h.position, 0) AS position, coalesce(h.segment, '') AS segment,
       s.name AS place, status, size(enterprises) AS enterprises, size([x IN projects | x.id]) AS projects,
       wanted
ORDER BY position, segment = $support_segment, link, k
