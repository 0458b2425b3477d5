// title: Link ratings and gap kinds
// description: Every link of a chain rated inside a region or park, as chainatlas.queries.analysis rates it: the chain's links together with those of the reference chain it MATCHES; n = enterprises there operating the link plus completed projects producing it, leaders = those enterprises with a leader role plus completed projects of at least large_project_yi 亿元, pipeline = the other projects; rating 优势 (leaders ≥ 1 or n ≥ 3), 潜力 (pipeline ≥ 1), 薄弱 (n ≥ 1) or 空白. Gap kinds on the chain's FEEDS graph: 强链 for 薄弱; for 空白, 断点 with rated links both upstream and downstream, 延链 with some upstream only, else 补链; priority 断点 1, 延链/补链 2, 强链 3, one more urgent when the plan wants the link. Position is the longest FEEDS path from the chain's first links. Links upstream first.
// param: chain string 工业硅—多晶硅—拉晶切片 — the chain: its id (Chain:…) or its exact name
// param: scope string 甘州区 — the region or park: its id (Region:…, Park:…) or its exact name
// param: done_stages string[] = 竣工,投产 — project stages that count as completed
// param: leader_roles string[] = 链主,龙头 — enterprise roles that make a leader
// param: large_project_yi float = 10.0 — a completed project at least this large (亿元) counts as a leader
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
CALL {
  WITH c
  OPTIONAL MATCH (c)-[:MATCHES]->(m:Chain)
  WITH c, m
  ORDER BY m.id
  RETURN CASE WHEN size(coalesce(c.reference, '')) > 0 THEN c ELSE collect(m)[0] END AS ref
}
WITH c, s, places, coalesce(ref, c) AS ref
CALL {
  WITH c, ref
  MATCH (c)-[h:HAS_LINK]->(l:Link)
  RETURN collect(l.id) AS plan_links
}
CALL {
  WITH ref
  MATCH (ref)-[h:HAS_LINK]->(l:Link)
  RETURN collect(l.id) AS ref_links
}
MATCH (x:Chain)-[h:HAS_LINK]->(l:Link)
WHERE x = c OR x = ref
WITH c, s, places, ref, plan_links, ref_links, l,
     [y IN collect({chain: x.id, segment: coalesce(h.segment, '')}) WHERE y.chain = ref.id] AS from_ref,
     [y IN collect({chain: x.id, segment: coalesce(h.segment, '')}) WHERE y.chain = c.id] AS from_plan
WITH c, s, places, ref, plan_links, ref_links, l,
     coalesce(head([y IN from_ref + from_plan WHERE size(y.segment) > 0 | y.segment]), '') AS segment,
     size(from_plan) > 0 AND size(coalesce(c.reference, '')) = 0 AS in_plan
WITH c, s, places, ref, plan_links, ref_links, l, segment, in_plan
// what sits at the link inside the scope
CALL {
  WITH l, places
  UNWIND l.matching_links AS mid
  MATCH (m:Link {id: mid})<-[:OPERATES]-(e)
  WHERE EXISTS { MATCH (e)-[:LOCATED_IN]->(p) WHERE p.id IN places }
  WITH DISTINCT e
  OPTIONAL MATCH (e)-[o:OPERATES]->()
  WITH e, reduce(acc = coalesce(e.roles, []), rs IN collect(coalesce(o.roles, [])) | acc + rs) AS roles
  RETURN count(e) AS firms, count(CASE WHEN any(r IN roles WHERE r IN $leader_roles) THEN e END) AS leading
}
CALL {
  WITH l, places
  UNWIND l.matching_links AS mid
  MATCH (m:Link {id: mid})<-[:BUILDS]-(q)
  WHERE EXISTS { MATCH (q)-[:LOCATED_IN]->(p) WHERE p.id IN places }
  WITH DISTINCT q
  RETURN count(CASE WHEN q.stage IN $done_stages THEN q END) AS done,
         count(CASE WHEN q.stage IN $done_stages AND coalesce(q.investment, 0.0) >= $large_project_yi
                    THEN q END) AS large,
         count(CASE WHEN q.stage IS NULL OR NOT q.stage IN $done_stages THEN q END) AS pipeline
}
CALL {
  WITH l, places
  UNWIND l.matching_links AS mid
  MATCH (m:Link {id: mid})<-[:WANTS]-(w)
  WHERE w.id IN places
  RETURN count(w) > 0 AS wanted
}
WITH c, ref, plan_links, ref_links, l, segment, in_plan, wanted, pipeline,
     firms + done AS n, leading + large AS leaders
WITH c, ref, plan_links, ref_links, l, segment, in_plan, wanted, n, leaders, pipeline,
     n = 0 AND pipeline = 0 AS blank,
     n >= 1 AND n < 3 AND leaders = 0 AND pipeline = 0 AS weak
WITH c, ref, plan_links, ref_links,
     collect({l: l, segment: segment, in_plan: in_plan, wanted: wanted, n: n,
              leaders: leaders, pipeline: pipeline, blank: blank, weak: weak,
              rating: CASE WHEN leaders >= 1 OR n >= 3 THEN '优势' WHEN pipeline >= 1 THEN '潜力'
                           WHEN n >= 1 THEN '薄弱' ELSE '空白' END}) AS rows
// the chain's graph: its links (L) and the FEEDS edges of the chain and of its reference chain (E, as indexes)
CALL {
  WITH c, ref, plan_links, ref_links
  MATCH (a:Link)-[r:FEEDS]->(b:Link)
  WHERE (c.name IN coalesce(r.chains, []) AND a.id IN plan_links AND b.id IN plan_links)
     OR (ref.name IN coalesce(r.chains, []) AND a.id IN ref_links AND b.id IN ref_links)
  RETURN collect(DISTINCT [a.id, b.id]) AS feeds
}
WITH rows, [x IN rows | x.l.id] AS L, feeds
WITH rows, L, range(0, size(L) - 1) AS I,
     [f IN feeds | [head([k IN range(0, size(L) - 1) WHERE L[k] = f[0]]),
                    head([k IN range(0, size(L) - 1) WHERE L[k] = f[1]])]] AS E
// position: the longest path from a first link; upstream/downstream: a rated link before/after it
WITH rows, I, E,
     reduce(P = [i IN I | 0], step IN I |
            [i IN I | reduce(m = 0, e IN E | CASE WHEN e[1] = i AND P[e[0]] + 1 > m THEN P[e[0]] + 1 ELSE m END)])
       AS P,
     reduce(U = [i IN I | false], step IN I |
            [i IN I | any(e IN E WHERE e[1] = i AND (NOT rows[e[0]].blank OR U[e[0]]))]) AS U,
     reduce(D = [i IN I | false], step IN I |
            [i IN I | any(e IN E WHERE e[0] = i AND (NOT rows[e[1]].blank OR D[e[1]]))]) AS D
UNWIND I AS i
WITH rows[i] AS x, rows[i].l AS l, P[i] AS position, U[i] AS upstream, D[i] AS downstream
// [gap kind, base priority]
WITH x, l, position,
     CASE
       WHEN x.weak THEN ['强链', 3]
       WHEN NOT x.blank THEN [null, null]
       WHEN upstream AND downstream THEN ['断点', 1]
       WHEN upstream THEN ['延链', 2]
       ELSE ['补链', 2]
     END AS kind
RETURN l.id AS link_id, l.name AS link, position, x.segment AS segment, x.in_plan AS in_plan,
       x.rating AS rating, x.n AS n, x.leaders AS leaders, x.pipeline AS pipeline, x.wanted AS wanted,
       kind[0] AS gap_kind,
       CASE WHEN kind[1] IS NULL THEN null WHEN x.wanted AND kind[1] > 1 THEN kind[1] - 1 ELSE kind[1] END
         AS priority
ORDER BY position, segment = $support_segment, link
