<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>小学生防溺水安全教育讲话稿--千字文范文网</title>
<meta name="keywords" content="防溺水,安全教育,讲话稿">
<link href="/Skin/Default.css" rel="stylesheet" type="text/css">
<script language="JavaScript" src="/js/menu.js"></script>
</head>
<body leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0" class="top_bg">
<tr><td width="200"><a href="/"><img src="/images/logo.gif" width="200" height="60" border="0" alt="千字文范文网"></a></td>
<td align="right"><script language="javascript" src="/ad/top_468.js"></script></td></tr></table>
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0" class="menu_bg">
<tr><td height="28" align="center"><a href="/" class="menu">网站首页</a> | <a href="/article/list.asp?id=3" class="menu">讲话稿</a> | <a href="/article/list.asp?id=5" class="menu">演讲稿</a> | <a href="/article/list.asp?id=7" class="menu">国旗下讲话</a> | <a href="/article/list.asp?id=9" class="menu">主持词</a> | <a href="/gbook/" class="menu">留言本</a></td></tr></table>
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="570" valign="top">
<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td class="nav_bar">您现在的位置： <a href="/">千字文范文网</a> &gt;&gt; <a href="/article/list.asp?id=7">国旗下讲话</a> &gt;&gt; 正文</td></tr></table>
<table width="100%" border="0" cellspacing="0" cellpadding="6" class="article_border">
<tr><td align="center" class="article_title"><font size="4"><b>小学生防溺水安全教育讲话稿</b></font></td></tr>
<tr><td align="center" class="article_info">作者：佚名 &nbsp;&nbsp;文章来源：本站原创 &nbsp;&nbsp;点击数：<script language="javascript" src="/article/GetHits.asp?ArticleID=7731"></script> &nbsp;&nbsp;更新时间：2024-6-11</td></tr>
<tr><td class="article_content" id="fontzoom">
<p>　　老师们，同学们：</p>
<p>　　大家好！天气一天比一天热了，再过几周就要放暑假。每到这个时候，总有一些孩子因为私自下河游泳而发生意外，一个个鲜活的生命就这样离开了，留给家人的是无尽的悲伤。今天，我想和同学们认真地谈一谈防溺水的问题。</p>
<p align="center">分页： 上一页 <font color="red">1</font> <a href="7731.asp?page=2">2</a> <a href="7731.asp?page=3">3</a> <a href="7731.asp?page=2">下一页</a></p>
</td></tr>
<tr><td align="center" class="article_page"><b>[第1页]</b>&nbsp;<a href="7731.asp?page=2">[第2页]</a>&nbsp;<a href="7731.asp?page=3">[第3页]</a></td></tr>
<tr><td align="right">【<a href="/article/Comment.asp?ArticleID=7731" target="_blank">发表评论</a>】【<a href="javascript:window.external.addFavorite(document.location.href,document.title)">加入收藏</a>】【<a href="/article/SendMail.asp?ArticleID=7731" target="_blank">告诉好友</a>】【<a href="/article/Print.asp?ArticleID=7731" target="_blank">打印此文</a>】【<a href="javascript:window.close();">关闭窗口</a>】</td></tr>
<tr><td><li>上一篇文章：<a href="/article/7730.asp">国旗下讲话：珍爱生命 安全第一</a></li><li>下一篇文章：<a href="/article/7732.asp">暑假安全教育家长会讲话稿</a></li></td></tr>
</table>
<table width="100%" border="0" cellspacing="0" cellpadding="4"><tr><td class="title_bg"><b>相关文章</b></td></tr>
<tr><td><li><a href="/article/7690.asp">夏季防溺水国旗下讲话</a></li><li><a href="/article/7655.asp">校园安全教育主题讲话</a></li></td></tr></table>
</td>
<td width="8"></td>
<td width="200" valign="top"><table width="100%" border="0" cellspacing="0" cellpadding="4" class="side_border"><tr><td class="title_bg"><b>热门文章</b></td></tr><tr><td><li><a href="/article/7102.asp">六一儿童节校长讲话</a></li><li><a href="/article/7004.asp">毕业典礼教师发言稿</a></li></td></tr><tr><td><script language="javascript" src="/ad/side_200.js"></script></td></tr></table></td></tr></table>
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0" class="bottom_bg"><tr><td align="center" height="60">版权所有 &copy; 2006-2024 千字文范文网 &nbsp; 站长QQ：10000000<br>本站所有文章仅供学习参考，请勿用于商业用途</td></tr></table>
</body>
</html>
