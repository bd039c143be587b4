import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  classIdKind, isBreadcrumb, isChromeLine, isCommentMarker, isListHeading, isRepostNote, startsWithConclusion,
} from '../../src/strip/chrome.js';

test('class and id mark chrome, comment threads, and not the article', () => {
  const cases: Array<[string, ReturnType<typeof classIdKind>]> = [
    ['sidebar', 'chrome'], ['topnav', 'chrome'], ['footer-links', 'chrome'], ['breadcrumb', 'chrome'],
    ['nav', 'chrome'], ['share-bar', 'chrome'], ['related-news', 'chrome'], ['hot', 'chrome'],
    ['ad banner', 'chrome'], ['crumb', 'chrome'], ['copyright', 'chrome'],
    ['comment-list', 'comment'], ['replyBox', 'comment'], ['pinglun', 'comment'],
    ['article-content', null], ['commentary-body', null], ['main-content', null], ['post-body', null], ['zw', null],
    ['header-article', null], ['head', null], ['shadow', null], ['download', null], ['', null],
  ];
  for (const [cls, want] of cases) assert.equal(classIdKind(cls), want, cls);
});

test('chrome lines are known by keyword, each kind of chrome', () => {
  const chrome: Array<[string, string]> = [
    ['keyword line', '热门关键词:  爆珠  细支  烟草'],
    ['tag line', '本文标签: 新闻资讯'],
    ['breadcrumb', '您的位置: 主页 > 产品咨询 > 行业动态'],
    ['view counter', '作者:admin 1286次浏览'],
    ['share buttons', '分享至'],
    ['share to', '分享到：微信 微博'],
    ['related list', '相关推荐'],
    ['hot list', '热点推荐'],
    ['ranking', '新闻排行'],
    ['footer copyright', '版权所有:示例网 copyright © 2018 - 2020'],
    ['ICP record', '备案号: 粤ICP备00000000号-39'],
    ['contact', '联系邮箱:service@example.com'],
    ['friend links', '友情链接:'],
    ['sitemap', 'XML地图'],
    ['back to list', '返回列表'],
    ['previous', '上一篇：银行理财子公司发行首只养老理财产品'],
    ['next', '下一篇：支付机构备付金集中存管'],
    ['editor', '责任编辑：王蕾'],
    ['accessibility bar', '无障碍浏览 进入关怀版'],
    ['re-post disclaimer', '郑重声明：示例财经网发布此信息的目的在于传播更多信息，与本站立场无关。'],
    ['portal disclaimer', '声明：此消息系转载自合作媒体，登载此文出于传递更多信息之目的，并不意味着赞同其观点或证实其描述。'],
    ['risk warning', '风险提示：市场有风险，投资需谨慎。'],
    ['app promotion', '海量资讯、精准解读，下载APP'],
    ['follow prompt', '欢迎关注示例财经公众号'],
    ['LINE prompt (TW, converted)', '加入示例日报LINE好友，掌握第一手新闻'],
    ['page like prompt (HK, converted)', '赞好我们的Facebook专页'],
    ['newsletter', '订阅电子报'],
  ];
  for (const [name, line] of chrome) assert.equal(isChromeLine(line), true, name);
  const prose = [
    '业内人士估计，新规将影响约1.2万亿元的助贷存量余额。',
    '她决定起诉这家公司。',
    '正如我们在上一篇文章中所说，平台的综合年化利率在新规之后普遍下调，部分平台还取消了会员费。',
    '2019年11月，在杭州某P2P公司工作的张欣被带离公司。',
  ];
  for (const line of prose) assert.equal(isChromeLine(line), false, line);
});

test('a long paragraph that mentions a chrome word is not chrome', () => {
  const long = '该公司版权所有的软件在'.padEnd(130, '。');
  assert.equal(isChromeLine(long), false);
});

test('breadcrumbs are told by their separators', () => {
  assert.equal(isBreadcrumb('网易首页 > 网易财经 > 证券新闻 > 正文'), true);
  assert.equal(isBreadcrumb('首页 » 金融 » 正文'), true);
  assert.equal(isBreadcrumb('A股>B股'), false);
  assert.equal(isBreadcrumb('收益率 > 3% 的产品占比超过一半，而 > 5% 的产品仅有少数几只在售，这是一个长句子'), false);
});

test('list headings, comment markers, re-post notes and conclusions', () => {
  assert.equal(isListHeading('相关推荐'), true);
  assert.equal(isListHeading('热点推荐'), true);
  assert.equal(isListHeading('相关推荐显示，平台正在……'.padEnd(20, '。')), false);
  // Hong Kong and Taiwan headings, after conversion to simplified.
  for (const h of ['即时新闻', '你可能有兴趣', '编辑推介', '看更多示例日报报导：', '相关报导']) assert.equal(isListHeading(h), true, h);
  assert.equal(isListHeading('即时新闻显示，港股今日高开'), false);
  assert.equal(isCommentMarker('网友评论'), true);
  assert.equal(isCommentMarker('全部评论(12)'), true);
  assert.equal(isCommentMarker('网友评论称，该平台的利率过高。'), false);
  assert.equal(isRepostNote('(原标题:现金贷退潮:平台“勒紧腰带”过冬)'), true);
  assert.equal(isRepostNote('原标题之外，文章还提到了三家平台。'.padEnd(130, '。')), false);
  assert.equal(startsWithConclusion('总之,整治乱象还需各方配合。'), true);
  assert.equal(startsWithConclusion('总体上看'), false);
});
