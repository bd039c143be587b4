#!/usr/bin/env node
// Writes the pages in samples/ as real encoded bytes (GBK, Big5, UTF-8): the
// README demo and the golden tests of the strip stage read them. The pages are
// fictional fintech news written for this project, in the shapes scraped pages
// come in. Run from the repository root: node scripts/make-samples.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import iconv from 'iconv-lite';

const out = new URL('../samples/', import.meta.url);
mkdirSync(out, { recursive: true });
const write = (name, text, encoding, addBOM = false) => {
  writeFileSync(new URL(name, out), encoding === 'utf-8' ? text : iconv.encode(text, encoding, { addBOM }));
};

// 1. A UTF-8 text dump: breadcrumb, keyword line, header line with author and
//    time, a view counter, the article, a related-headline list, footer lines,
//    and reader comments under a heading.
write('dump-utf8-comments.txt', `热门关键词:  网贷  消费贷  助贷  征信修复  催收
您的位置: 首页 > 金融科技 > 行业观察 > 助贷新规落地首月:三家平台下调综合年化利率

助贷新规落地首月:三家平台下调综合年化利率

作者:林晓舟时间:2023-11-06 08:45 1286次浏览

11月1日起,《商业银行互联网助贷业务管理办法》正式施行。新规要求合作机构向借款人明示综合融资成本,并将年化利率上限压降至24%以内。

记者梳理发现,截至11月5日,至少已有三家头部助贷平台调整了产品定价。其中,某消费金融平台将最高综合年化利率由35.9%下调至23.9%,另一家平台则取消了会员费、担保费等附加收费。

“过去一笔1万元、分12期的借款,各种费用叠加后,实际年化成本可能超过30%。”一位不愿具名的平台风控负责人表示,新规之后,平台只能把全部成本装进利率里,客户一眼就能看清。

业内人士估计,新规将影响约1.2万亿元的助贷存量余额。对于依赖高定价覆盖坏账的中小平台而言,利润空间将被明显压缩,部分平台或将退出市场。

相关推荐
央行发布三季度支付体系运行报告
金融时报
2023-11-05 10:12
央行发布三季度支付体系运行报告
两部门:加强个人信息保护专项整治
新京报
2023-11-04 16:30
两部门:加强个人信息保护专项整治

返回列表 本文标签: 助贷 利率
联系邮箱:service@example.com 备案号: 京ICP备00000000号-1
版权所有 © 2023 示例财经网

网友评论
早该管管了,之前借5000块还了7000多。
利率降了,审核会不会更严?
`, 'utf-8');

// 2. A GBK news page: navigation, breadcrumb, a date/source line, the article
//    with a reporter byline, share bar, 上一篇/下一篇, a related-news list with
//    its own dates, reader comments, and a footer.
write('news-gbk.html', `<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk">
<title>地方金融监管局通报12家网贷机构清退进展_金融频道_示例财经网</title>
<meta name="keywords" content="网贷,清退,地方金融监管">
</head>
<body>
<div id="topnav"><a href="/">首页</a> | <a href="/finance">金融</a> | <a href="/tech">科技</a> | <a href="/stock">股票</a> | <a href="/bank">银行</a></div>
<div class="crumb">您的位置：<a href="/">首页</a> &gt; <a href="/finance">金融频道</a> &gt; 正文</div>
<div class="main">
  <h1>地方金融监管局通报12家网贷机构清退进展</h1>
  <div class="info">发布时间：2022年03月18日 14:20　来源：示例财经网　作者：记者 周明远</div>
  <div class="article-content">
    <p>　　3月17日，某省地方金融监督管理局召开新闻通气会，通报辖内12家网贷机构的清退进展。截至2月末，12家机构的出借人未还本金余额已由峰值时的86.4亿元降至21.7亿元，降幅约75%。</p>
    <p>　　通报显示，已有7家机构完成良性退出，其余5家机构中，3家已被公安机关立案侦查，2家正在推进债权转让。监管部门表示，将继续督促借款人按期还款，对恶意逃废债行为纳入征信系统。</p>
    <p>　　“清退不等于一退了之。”该局相关负责人表示，下一步将联合法院、公安等部门，加快资产处置进度，力争年内将未还本金余额再压降一半。</p>
    <p>　　据了解，该省自2019年起开展网贷风险专项整治，累计排查机构63家，涉及出借人约14万人。</p>
    <p>（记者 周明远）</p>
  </div>
  <div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div>
  <div class="editor">责任编辑：王蕾</div>
  <div class="pagelink"><a href="/a/1.html">上一篇：银行理财子公司发行首只养老理财产品</a><br><a href="/a/3.html">下一篇：支付机构备付金集中存管比例提升至100%</a></div>
</div>
<div class="related">
  <h3>相关新闻</h3>
  <ul>
    <li><a href="/a/11.html">多地发布网贷清退时间表</a> 2022-03-16 09:00</li>
    <li><a href="/a/12.html">网贷机构债权转让遇冷，出借人怎么办</a> 2022-03-15 18:30</li>
    <li><a href="/a/13.html">P2P专项整治进入收尾阶段</a> 2022-03-12 07:45</li>
  </ul>
</div>
<div id="comment-list">
  <h3>网友评论</h3>
  <div class="comment-item"><span class="user">出借人老张</span> 2022-03-18 15:02<p>我的本金还剩一半，希望年内真能回来。</p></div>
  <div class="comment-item"><span class="user">路过</span> 2022-03-18 16:40<p>75%的降幅有多少是借款人真还的？</p></div>
</div>
<div class="footer">关于我们 | 联系我们 | 广告服务 | 友情链接<br>版权所有 © 2022 示例财经网　备案号：京ICP备00000000号</div>
</body>
</html>
`, 'gbk');

// 3. A Big5 traditional page with pinyin injected after converted characters
//    (tone digits, and tone marks as character references, since Big5 has no
//    tone-marked letters), plus a real parenthesis that must stay.
write('traditional-big5-pinyin.html', `<html>
<head>
<meta charset="big5">
<title>監(jian1)管加強 網(w&#462;ng)貸催收亂象整治 - 示例資訊網</title>
</head>
<body>
<div class="nav"><a href="/">首頁</a> <a href="/news">新聞</a> <a href="/fin">財經</a></div>
<div class="content">
<h1>監(jian1)管加強 網(w&#462;ng)貸催收亂象整治</h1>
<p>時間：2020年09月21日 10:05</p>
<p>近日，銀(yin2)保監(jian1)會(hui4)發布通知，要求持牌機構加強對合作催收公司的管理，嚴禁暴力催收、騷擾無關第三人等行為。</p>
<p>通知指出，截至2020年8月末，已有180餘家網(w&#462;ng)貸(d&#224;i)機構接入金融信用信息基礎數據庫（原標題：網貸機構接入征信進展）。</p>
<p>業內人士表示，智能催收系統(PingWest 曾報道)可將人工坐席的工作量減少約四成，但數據使用必須取得借款人授權。</p>
</div>
<div class="footer">版權所有 示例資訊網 聯繫郵箱：contact@example.com</div>
</body>
</html>
`, 'big5');

// 4. A UTF-8 page whose metadata is in JSON-LD (headline, datePublished, author,
//    publisher) and Open Graph, with an aside of hot stories.
write('jsonld-utf8.html', `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>数字人民币试点扩围：前三季度交易额同比增长逾两倍 | 示例金融时报</title>
<meta property="og:site_name" content="示例金融时报">
<script type="application/ld+json">
{"@context":"https://schema.org","@type":"NewsArticle",
 "headline":"数字人民币试点扩围：前三季度交易额同比增长逾两倍",
 "datePublished":"2023-10-19T07:30:00+08:00",
 "author":{"@type":"Person","name":"陈嘉禾"},
 "publisher":{"@type":"Organization","name":"示例金融时报"}}
</script>
</head>
<body>
<header><nav><a href="/">首页</a><a href="/dcep">数字货币</a><a href="/pay">支付</a></nav></header>
<main>
<article>
<h1>数字人民币试点扩围：前三季度交易额同比增长逾两倍</h1>
<p class="byline">文/陈嘉禾 <time datetime="2023-10-19T07:30:00+08:00">2023-10-19 07:30</time></p>
<p>中国人民银行10月18日披露，今年前三季度数字人民币累计交易金额达1.8万亿元，同比增长逾两倍，试点地区已扩大至17个省份的26个地区。</p>
<p>从场景看，交通出行、政务缴费和零售消费是三大主要场景。多家银行表示，已在代发工资、供应链金融等对公场景开展试点，单笔最大交易额超过5000万元。</p>
<p>有分析人士指出，随着互联互通的推进，数字人民币钱包与主流支付平台的打通将进一步降低用户的使用门槛。</p>
</article>
</main>
<aside class="hot-list"><h3>热点推荐</h3><ul><li><a href="/x/1">多家银行下调存款利率</a></li><li><a href="/x/2">券商三季报出炉</a></li></ul></aside>
<footer>Copyright © 2023 示例金融时报 版权所有</footer>
</body>
</html>
`, 'utf-8');

// 5. A UTF-16LE text dump with a BOM, as Windows tools save "Unicode" text:
//    a plain-text press release copied from a regulator's site, with a short
//    header and a footer line.
write('notice-utf16le.txt', `当前位置：首页 > 新闻发布 > 通知公告

关于防范以“债务重组”名义实施诈骗的风险提示

发布时间：2024-03-12 10:00

近期，一些不法分子冒充金融机构工作人员，以“停息挂账”“债务重组”“征信修复”等名义，诱导消费者支付所谓服务费，部分消费者被骗金额超过10万元。

据不完全统计，2023年下半年以来，相关投诉超过1200件，涉及金额约3500万元。国家金融监督管理总局提醒广大消费者，正规金融机构不会以任何名义收取“征信修复费”。

如遇可疑情况，请及时向当地公安机关报案。

版权所有 示例金融消费者保护网 | 网站地图 | 联系我们
`, 'utf-16le', true);

console.log('samples written to', out.pathname);
