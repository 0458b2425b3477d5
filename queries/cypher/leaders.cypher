// title: 链主 and leading enterprises per chain
// description: For every chain (or one), the enterprises at its links — operating a link, or undertaking a project that builds it (a link's products matched as in the gap report) — whose roles, on the enterprise or on its OPERATES relationships, include a leader role; with those roles, the links and the places they are located in. 链主 first, then 龙头, then by name.
// param: chain string = null — only this chain: its id (Chain:…) or its exact name; every chain when omitted
// param: roles string[] = 链主,龙头 — the roles that make an enterprise a leader, most important first
MATCH (c:Chain)-[:HAS_LINK]->(l:Link)
WHERE $chain IS NULL OR c.id = $chain OR c.name = $chain
CALL {
  WITH l
  MATCH (e:Enterprise)-[o:OPERATES]->(m:Link)
  WHERE m.id IN l.matching_links
  RETURN e, coalesce(o.roles, []) AS roles
  UNION
  WITH l
  MATCH (e:Enterprise)<-[:UNDERTAKEN_BY]-(:Project)-[:BUILDS]->(m:Link)
  WHERE m.id IN l.matching_links
  RETURN e, [] AS roles
}
WITH c, e, collect(DISTINCT l.name) AS links, collect(roles) AS role_lists
WITH c, e, links, reduce(acc = coalesce(e.roles, []), rs IN role_lists | acc + rs) AS all_roles
WITH c, e, links, [r IN $roles WHERE r IN all_roles] AS leader_roles
WHERE size(leader_roles) > 0
OPTIONAL MATCH (e)-[:LOCATED_IN]->(place)
WITH c, e, links, leader_roles, collect(DISTINCT place.name) AS places
WITH c, e, links, leader_roles, places,
     reduce(k = size($roles), i IN range(0, size($roles) - 1) |
            CASE WHEN $roles[i] IN leader_roles AND i < k THEN i ELSE k END) AS rank
RETURN c.name AS chain, e.name AS enterprise, leader_roles AS roles, links, places
ORDER BY chain, rank, enterprise
