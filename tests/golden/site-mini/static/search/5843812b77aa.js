window.GKCAT_SEARCH.add("义务教育",
[
{"id":"YW-T-001","title":"招生入学／招生信息／划片范围","content":"学校招生范围、招生计划","basis":"《中华人民共和国义务教育法》","subject":"各乡镇人民政府","catalog":"义务教育领域基层政务公开标准目录（乡级）","href":"catalogs/compulsory-education/township.html#YW-T-001"}
]);
