window.GKCAT_SEARCH.add("社会救助",
[
{"id":"SA-001","title":"最低生活保障／政策法规文件","content":"低保相关法律法规；本级规范性文件","basis":"《社会救助暂行办法》（国务院令第649号）","subject":"小岭县民政局","catalog":"社会救助领域基层政务公开标准目录（县级）","href":"catalogs/social-assistance/county.html#SA-001"},
{"id":"SA-002","title":"最低生活保障／审核确认结果","content":"低保对象姓名、保障人数、保障金额","basis":"《最低生活保障审核确认办法》（民发〔2021〕57号）","subject":"小岭县民政局、各乡镇人民政府","catalog":"社会救助领域基层政务公开标准目录（县级）","href":"catalogs/social-assistance/county.html#SA-002"},
{"id":"SA-003","title":"临时救助／办事指南","content":"申请条件、办理流程","basis":"《社会救助暂行办法》（国务院令第649号）第四十七条","subject":"小岭县民政局","catalog":"社会救助领域基层政务公开标准目录（县级）","href":"catalogs/social-assistance/county.html#SA-003"}
]);
