<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>秋夜过江村原文_林晚舟_诗词雅集</title>
<meta name="keywords" content="秋夜过江村,林晚舟,秋天,写景" />
<meta name="description" content="《秋夜过江村》作者林晚舟，全文：渡口风微月上迟，江村灯火两三枝。" />
<link href="/css/shici.css" rel="stylesheet" type="text/css" />
<script src="/js/jquery-1.12.4.min.js" type="text/javascript"></script>
<script src="/js/shici.js" type="text/javascript"></script>
</head>
<body>
<div class="maintopbc"><div class="maintop"><div class="cont"><div class="left"><a href="/"><img src="/img/logo.png" alt="诗词雅集" /></a></div>
<div class="right"><div class="son1"><a href="/">推荐</a><a href="/shiwens/" style="background-color:#C8C3A8">诗文</a><a href="/mingjus/">名句</a><a href="/authors/">作者</a><a href="/guwen/">古籍</a><a href="/user/collect.aspx" rel="nofollow">我的</a></div>
<div class="son2"><form action="/search.aspx" id="FromKey" name="FromKey" method="get" onsubmit="return selectSearch()"><input name="value" type="text" class="input" maxlength="40" placeholder="搜索诗文、作者、名句" /><input type="submit" class="search" value="" /></form></div></div></div></div></div>
<div class="main3">
<div class="left">
<div class="sons" id="sonsyuanwen"><div class="cont">
<div class="yizhu"><img src="/img/speak-er.png" alt="朗读" style="display:none" /></div>
<h1 style="font-size:20px; line-height:28px; margin-bottom:10px;">秋夜过江村</h1>
<p class="source"><a href="/authorv_5821.aspx"><img src="/img/avatar/5821.jpg" width="34" height="34" alt="" />林晚舟</a> <a href="/shiwens/default.aspx?cstr=%e5%bd%93%e4%bb%a3">〔当代〕</a></p>
<div class="contson" id="contson5821a">
渡口风微月上迟，<br />
江村灯火两三枝。<br />
芦花白处鸥初宿，<br />
橹影摇时客未知。<br />
半岸寒烟笼旧屋，<br />
一溪清露湿新诗。<br />
归心莫问前程远，<br />
且把霜钟作梦期。
</div>
<div class="cool" style="display:none">渡口风微月上迟</div>
</div>
<div class="tool"><div class="good"><a href="javascript:void(0)" onclick="addGood(5821)"><img src="/img/good.png" alt="" /><span>126</span></a></div><div class="toolpinglun"><a href="/user/collect.aspx?type=shiwen&id=5821" rel="nofollow"><img src="/img/shoucang.png" alt="收藏" /></a></div><div class="toolpinglun"><a href="javascript:copyText()">复制</a></div></div>
<div class="tag"><a href="/shiwens/default.aspx?tstr=秋天">秋天</a>，<a href="/shiwens/default.aspx?tstr=写景">写景</a>，<a href="/shiwens/default.aspx?tstr=羁旅">羁旅</a></div>
</div>
<div class="title"><h2><span>猜您喜欢</span></h2></div>
<div class="sons"><div class="cont"><p><a href="/shiwenv_4444.aspx"><b>江楼晚眺</b></a></p><p class="source"><a href="/authorv_231.aspx">沈青禾</a></p><div class="contson">斜阳一抹落江楼，<br />远树苍苍接暮愁。</div></div></div><div class="sons"><div class="cont"><p><a href="/shiwenv_4444.aspx"><b>山居即事</b></a></p><p class="source"><a href="/authorv_231.aspx">顾听松</a></p><div class="contson">柴门半掩竹窗虚，<br />雨后青苔上旧书。</div></div></div>
</div>
<div class="right">
<div class="sons"><div class="title"><span>名句推荐</span></div><div class="cont"><a href="/mingju/1001.aspx">芦花白处鸥初宿</a><a href="/mingju/1002.aspx">一溪清露湿新诗</a><a href="/mingju/1003.aspx">远树苍苍接暮愁</a></div></div>
<div class="sons"><div class="title"><span>类型</span></div><div class="cont"><a href="/shiwens/default.aspx?tstr=写景">写景</a><a href="/shiwens/default.aspx?tstr=咏物">咏物</a><a href="/shiwens/default.aspx?tstr=春天">春天</a><a href="/shiwens/default.aspx?tstr=秋天">秋天</a><a href="/shiwens/default.aspx?tstr=思乡">思乡</a></div></div>
<div class="sons"><div class="title"><span>作者</span></div><div class="cont"><a href="/authorv_5821.aspx">林晚舟</a><a href="/authorv_462.aspx">沈青禾</a><a href="/authorv_231.aspx">顾听松</a></div></div>
</div>
</div>
<div class="main4"><a href="/about.aspx" rel="nofollow">关于我们</a>|<a href="/feedback.aspx" rel="nofollow">意见反馈</a>|<a href="/sitemap.aspx">网站地图</a><br />&copy; 2024 诗词雅集 <a href="https://beian.miit.gov.cn/" target="_blank">皖ICP备20016789号-3</a></div>
<script type="text/javascript">function copyText(){var t=document.getElementById("contson5821a").innerText;navigator.clipboard.writeText(t);}</script>
</body>
</html>
