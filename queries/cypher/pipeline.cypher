// title: Project pipeline by stage and year
// description: The projects located in a region or park (with its sub-regions, the parks in them and their sub-parks), grouped by stage (谋划, 签约, 开工, 在建, 竣工, 投产, then none stated) and year: how many, their total investment as recorded (亿元), and their names.
// param: scope string 甘州区 — the region or park: its id (Region:…, Park:…) or its exact name
// param: stages string[] = 谋划,签约,开工,在建,竣工,投产 — the stages in pipeline order
MATCH (s)
WHERE (s:Region OR s:Park) AND (s.id = $scope OR s.name = $scope)
CALL {
  WITH s
  MATCH path = (place)-[:PART_OF|LOCATED_IN*0..]->(s)
  WHERE all(x IN nodes(path) WHERE x:Region OR x:Park)
  RETURN collect(DISTINCT place.id) AS places
}
MATCH (p:Project)-[:LOCATED_IN]->(q)
WHERE q.id IN places
WITH DISTINCT p
WITH p.stage AS stage, p.year AS year, count(p) AS projects,
     sum(coalesce(p.investment, 0.0)) AS investment, collect(p.name) AS names
WITH stage, year, projects, investment, names,
     reduce(k = size($stages), i IN range(0, size($stages) - 1) |
            CASE WHEN $stages[i] = stage THEN i ELSE k END) AS stage_order
RETURN stage, year, projects, investment, names
ORDER BY stage_order, year
