<!DOCTYPE html>
<html lang="zh-Hant-TW">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>內容農場改寫原創文章 作者：連「小編」署名都照搬 | 文化 | 中央社 CNA</title>
</head>
<body>
<header class="header"><div class="logo"><a href="/">中央社 CNA</a></div><nav class="menu"><a href="/list/aall.aspx">即時</a><a href="/list/aipl.aspx">政治</a><a href="/list/aopl.aspx">國際</a><a href="/list/acul.aspx" class="active">文化</a><a href="/list/asoc.aspx">社會</a></nav><div class="member"><a href="#">加入會員</a></div></header>
<div class="wrapper"><div class="breadcrumb"><a href="/">首頁</a> &gt; <a href="/list/acul.aspx">文化</a></div>
<article class="article" data-origin-type-name="新聞">
<div class="centralContent">
<h1><span>內容農場改寫原創文章 作者：連「小編」署名都照搬</span></h1>
<div class="updatetime"><span>2024/9/12 18:36</span>（9/12 19:02 更新）</div>
<div class="shareBar"><a href="#">Facebook</a> <a href="#">LINE</a> <a href="#">X</a> <a href="#">複製連結</a> <a href="#">字級</a></div>
<div class="fullPic"><figure class="center"><img src="https://imgcdn.cna.example/news/202409120177.jpg" alt=""><figcaption class="picinfo">旅遊作家陳語涵12日展示被內容農場改寫的文章截圖。中央社記者林佩君攝　113年9月12日</figcaption></figure></div>
<div class="paragraph">
<p>（中央社記者林佩君台北12日電）旅遊作家陳語涵發現，她花了三個月寫成的山區步道系列文章，被多個內容農場網站改寫後重新刊登，有的甚至連文末「小編推薦」的欄位都原封不動搬了過去。</p>
<p>陳語涵今天在記者會上展示截圖，其中一個網站的文章開頭寫著「今天小編要帶大家走一條隱藏版步道」，內容與她的原文相似度超過八成，文末卻標示「本文為本站原創，未經授權不得轉載」。</p>
<p>她說，更諷刺的是，對方網站頁尾還寫著「© 2024 版權所有，盜用必究」。「我寫的文章被拿走，結果別人說我不能轉載。」</p>
<p>數位權利團體表示，內容農場通常以程式大量抓取熱門文章，再用同義詞替換躲避比對，原作者往往很難一一追查。團體建議創作者保留寫作草稿和首次發表的時間紀錄，作為日後主張權利的證據。</p>
<p>智慧財產局官員受訪時指出，文章是否受著作權保護，與網站有沒有標示「不得轉載」無關；改寫他人文章若保留原作的表達方式，仍可能構成侵害改作權。</p>
<p>陳語涵已委託律師寄發存證信函，要求相關網站下架文章。她也呼籲讀者，看到「小編」口吻、內容卻似曾相識的文章時，可以多查一下原始出處。</p>
<p>（編輯：黃世雄）1130912</p>
</div>
<div class="paragraph moreArticle"><p class="moreArticle-title">延伸閱讀</p><ul><li><a href="#">AI改寫文章氾濫 平台祭出標示新制</a></li><li><a href="#">網路轉載常見三迷思 律師一次說明</a></li></ul></div>
<div class="articleCopyright">本網站之文字、圖片及影音，非經授權，不得轉載、公開播送或公開傳輸及利用。</div>
</div></article>
<div class="subscribe-box"><p>訂閱中央社電子報，每日掌握重要新聞</p><a href="#">立即訂閱</a></div>
<section class="moreNews"><h2>文化 最新消息</h2><ul><li><a href="#">百年戲院修復完成 月底重新開幕</a></li><li><a href="#">全國古蹟日 四十處場館免費參觀</a></li></ul></section></div>
<footer class="footer"><p>中央通訊社 著作權所有 &copy; 2024 Central News Agency. All rights reserved.</p></footer>
</body></html>