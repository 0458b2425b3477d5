// title: Candidate targets for a gap
// description: The enterprises outside a region or park that operate a link, or a product that counts for it (the link's matching_links), as candidates to fill that gap: the same candidates as `chainatlas targets`, with the parts of its score the graph holds - 3 for operating the exact link or 2 for a product that counts for it, the highest role points (链主 2, 龙头 1.5, 小巨人/专精特新 1, 规上/骨干 0.5 by default) and the strongest evidence confidence of their OPERATES facts - and where they are. `chainatlas targets` adds the points for location (same city, province, neighbouring province), for links next to what the scope has and for project size, and multiplies by the confidence; this report orders by (link points + role points) × confidence.
// param: link string 多晶硅 — the gap link: its id (Link:…) or its exact name
// param: scope string 甘州区 — the region or park whose gap it is: its id (Region:…, Park:…) or its exact name
// param: roles string[] = 链主,龙头,小巨人,专精特新,规上,骨干 — enterprise roles that earn points, in the order of role_points
// param: role_points float[] = 2.0,1.5,1.0,1.0,0.5,0.5 — points for each role in roles (the highest one counts)
// param: limit integer = 50 — the number of candidates returned
MATCH (l:Link)
WHERE l.id = $link OR l.name = $link
MATCH (s)
WHERE (s:Region OR s:Park) AND (s.id = $scope OR s.name = $scope)
CALL {
  WITH s
  MATCH path = (place)-[:PART_OF|LOCATED_IN*0..]->(s)
  WHERE all(x IN nodes(path) WHERE x:Region OR x:Park)
  RETURN collect(DISTINCT place.id) AS places
}
UNWIND l.matching_links AS mid
MATCH (m:Link {id: mid})<-[o:OPERATES]-(e:Enterprise)
WHERE NOT EXISTS { MATCH (e)-[:LOCATED_IN]->(p) WHERE p.id IN places }
WITH l, e, collect(DISTINCT m.name) AS products, max(CASE WHEN m.id = l.id THEN 3 ELSE 2 END) AS link_points,
     reduce(best = 0.0, x IN collect(o) | reduce(b = best, c IN coalesce(x.evidence_confidences, []) |
       CASE WHEN c > b THEN c ELSE b END)) AS confidence
CALL {
  WITH e
  OPTIONAL MATCH (e)-[ro:OPERATES]->(:Link)
  RETURN reduce(acc = coalesce(e.roles, []), x IN collect(coalesce(ro.roles, [])) | acc + x) AS held
}
CALL {
  WITH e
  OPTIONAL MATCH (e)-[:LOCATED_IN]->(p)
  RETURN collect(DISTINCT p.name) AS located_in
}
WITH l, e, products, link_points, confidence, located_in,
     reduce(best = 0.0, i IN range(0, size($roles) - 1) |
       CASE WHEN $roles[i] IN held AND $role_points[i] > best THEN $role_points[i] ELSE best END) AS role_points
RETURN l.name AS link, e.id AS enterprise_id, e.name AS enterprise, products, located_in, link_points,
       role_points, confidence, round((link_points + role_points) * confidence * 100) / 100.0 AS partial_score
ORDER BY partial_score DESC, enterprise
LIMIT $limit
