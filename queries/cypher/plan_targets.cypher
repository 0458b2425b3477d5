// title: Plan targets per industry and year
// description: The indicators plans set (目标): per industry and year, the metric, value and unit, whether it is actual, expected or a goal, the region or park it is for, and the document it comes from. Optionally only one region or park (with everything inside it) or one industry.
// param: scope string = null — only targets for this region or park: its id or exact name; all when omitted
// param: industry string = null — only targets of this industry: its id (Industry:…) or exact name; all when omitted
OPTIONAL MATCH (s)
WHERE (s:Region OR s:Park) AND (s.id = $scope OR s.name = $scope)
CALL {
  WITH s
  OPTIONAL MATCH path = (place)-[:PART_OF|LOCATED_IN*0..]->(s)
  WHERE all(x IN nodes(path) WHERE x:Region OR x:Park)
  RETURN collect(DISTINCT place.id) AS places
}
MATCH (t:Target)
OPTIONAL MATCH (t)-[:TARGET_OF]->(i:Industry)
OPTIONAL MATCH (t)-[:TARGET_IN]->(r)
WITH t, i, r, places
WHERE ($scope IS NULL OR r.id IN places)
  AND ($industry IS NULL OR i.id = $industry OR i.name = $industry)
RETURN coalesce(i.name, t.industry) AS industry, t.year AS year, t.metric AS metric, t.value AS value,
       t.unit AS unit, t.target_kind AS kind, r.name AS place, t.evidence_titles[0] AS document,
       t.evidence_sentences[0] AS sentence
ORDER BY industry, year, metric, place
