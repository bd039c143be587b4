// zhfin report: renders the shipped rows, the chart and the filters. Runs from
// disk with no server and no network; reads the data from #report-data. Every
// string from a page goes in through textContent, never as HTML.
(function () {
  'use strict';
  var D = JSON.parse(document.getElementById('report-data').textContent);
  var $ = function (id) { return document.getElementById(id); };

  var TYPE_LABELS = {
    investigation: '立案调查', detention: '拘留逮捕', prosecution: '起诉', verdict: '判决', penalty: '处罚',
    summons: '约谈', closure: '关停取缔', exit: '清退退出', default: '逾期兑付困难', abscond: '跑路失联',
    repayment: '兑付退赔', regulation: '出台规定', warning: '风险提示'
  };
  var KIND_LABELS = {
    p2p: '网贷', lending: '借贷', 'consumer-finance': '消费金融', 'cash-loan': '现金贷', fintech: '金融科技', payment: '支付',
    'big-tech-finance': '科技巨头金融', 'credit-bureau': '征信', credit: '信用', 'wealth-management': '理财', 'digital-bank': '数字银行',
    insurtech: '保险科技', bank: '银行', brokerage: '券商', discovered: '（名单外，按模式发现）'
  };
  var LEVEL_LABELS = { central: '中央', provincial: '省级', municipal: '市级', district: '区县', association: '协会', foreign: '境外' };
  var BAD_STATUS = /跑路|经侦|失联|提现困难|停业|问题|清盘|立案/;
  var typeLabel = function (t) { return TYPE_LABELS[t] ? TYPE_LABELS[t] + '（' + t + '）' : t; };
  var nf = new Intl.NumberFormat('zh-CN');

  function money(v, unit) {
    if (v === null || v === undefined) return '';
    var u = unit === 'CNY' ? '元' : ' ' + unit;
    var a = Math.abs(v);
    if (a >= 1e12) return +(v / 1e12).toFixed(2) + '万亿' + u;
    if (a >= 1e8) return +(v / 1e8).toFixed(2) + '亿' + u;
    if (a >= 1e4) return +(v / 1e4).toFixed(2) + '万' + u;
    return nf.format(v) + u;
  }

  // ---- cells ------------------------------------------------------------
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function sentenceCell(sentence, start, end) {
    var td = el('td', 'sentence');
    if (!sentence) { td.appendChild(el('span', 'empty', '（记录无正文，未能取句：提取时用了 --no-text）')); return td; }
    if (end > start) {
      td.appendChild(document.createTextNode(sentence.slice(0, start)));
      td.appendChild(el('mark', '', sentence.slice(start, end)));
      td.appendChild(document.createTextNode(sentence.slice(end)));
    } else td.textContent = sentence;
    return td;
  }
  function pageCell(i) {
    var td = el('td', 'link');
    var p = D.pages[i];
    if (!p) return td;
    if (p.href) {
      var a = el('a', '', p.title || p.label);
      a.href = p.href;
      a.title = p.label;
      a.rel = 'noreferrer noopener';
      a.target = '_blank';
      td.appendChild(a);
    } else td.textContent = p.title || p.label;
    if (p.title && p.label) td.appendChild(el('div', 'empty', p.label));
    return td;
  }
  function tr(cells) {
    var r = document.createElement('tr');
    for (var i = 0; i < cells.length; i++) r.appendChild(cells[i]);
    return r;
  }
  function td(text, cls) { return el('td', cls || '', text); }

  // ---- header -----------------------------------------------------------
  (function header() {
    var t = D.totals, ul = $('totals');
    [['页面', t.pages], ['事件', t.events], ['人民币金额', t.figures], ['平台', D.platformCount], ['机构', D.agencyCount]].forEach(function (x) {
      var li = el('li');
      li.appendChild(el('b', '', nf.format(x[1])));
      li.appendChild(document.createTextNode(' ' + x[0]));
      ul.appendChild(li);
    });
    var notes = [];
    if (D.eventsSampled) notes.push('事件表为 ' + nf.format(t.events) + ' 个事件中的 ' + nf.format(D.events.length) + ' 个（固定随机抽样，另加排行中每个平台和机构各自的若干个）；时间线计数包括全部事件。全部事件：zhfin extract … --format csv --table events。');
    if (t.duplicates) notes.push(nf.format(t.duplicates) + ' 个重复页面（正文相同）只计一次。');
    if (t.withText < t.pages) notes.push(nf.format(t.pages - t.withText) + ' 个页面的记录没有正文（--no-text），这些行没有原句。');
    if (t.outsideTimeline) notes.push(nf.format(t.outsideTimeline) + ' 个事件的日期远离其余事件（可能是历史日期或误识），时间线未画出，仍在事件表中。');
    if (t.undatedEvents) notes.push(nf.format(t.undatedEvents) + ' 个事件没有可用的月份，不在时间线上。');
    if (notes.length) { $('sample-note').textContent = notes.join(' '); $('sample-note').hidden = false; }
  })();

  // ---- filters ----------------------------------------------------------
  var F = { from: '', to: '', type: '', platform: '', agency: '', q: '' };
  function fillSelect(sel, values, label) {
    values.forEach(function (v) { var o = el('option', '', label ? label(v) : v); o.value = v; sel.appendChild(o); });
  }
  fillSelect($('f-type'), D.timeline.types.concat(D.events.reduce(function (a, e) {
    if (a.indexOf(e[2]) < 0 && D.timeline.types.indexOf(e[2]) < 0) a.push(e[2]); return a;
  }, [])), typeLabel);
  var byName = function (a, b) { return b[3] - a[3] || (a[0] < b[0] ? -1 : 1); };
  fillSelect($('f-platform'), D.platforms.slice().sort(byName).map(function (r) { return r[0]; }));
  fillSelect($('f-agency'), D.agencies.slice().sort(byName).map(function (r) { return r[0]; }));
  if (D.timeline.months.length) {
    $('f-from').min = $('f-to').min = D.timeline.months[0];
    $('f-from').max = $('f-to').max = D.timeline.months[D.timeline.months.length - 1];
  }
  function inRange(m) { return (!F.from || (m && m >= F.from)) && (!F.to || (m && m <= F.to)); }
  function matchesQ(s) { return !F.q || (s && s.indexOf(F.q) >= 0); }

  function eventOk(e) {
    return inRange(e[1]) && (!F.type || e[2] === F.type) && (!F.platform || e[4] === F.platform)
      && (!F.agency || e[3] === F.agency) && (F.q ? matchesQ(e[9]) || e[3].indexOf(F.q) >= 0 || e[4].indexOf(F.q) >= 0 : true);
  }

  // ---- events table (paged: the first rows, more on request) ------------
  var PAGE = 200, shownEvents = PAGE, filteredEvents = [];
  function renderEvents() {
    var tbody = $('t-events').tBodies[0];
    var frag = document.createDocumentFragment();
    var n = Math.min(shownEvents, filteredEvents.length);
    for (var i = 0; i < n; i++) {
      var e = filteredEvents[i];
      var type = el('td', 'nowrap');
      type.appendChild(el('span', 'tag', typeLabel(e[2])));
      if (e[8]) type.appendChild(el('div', 'empty', '（计划）'));
      frag.appendChild(tr([td(e[1], 'nowrap'), type, td(e[3]), td(e[4]), td(e[5], 'nowrap'), td(money(e[6], e[7]), 'num'),
        sentenceCell(e[9], e[10], e[11]), pageCell(e[0])]));
    }
    if (!n) frag.appendChild(tr([el('td', 'empty', filteredEvents === D.events ? '没有事件：记录中没有 events（需要带事件提取的 zhfin）。' : '没有符合筛选条件的事件。')]));
    if (!n) frag.firstChild.firstChild.colSpan = 8;
    tbody.replaceChildren(frag);
    var more = $('more-events');
    more.hidden = filteredEvents.length <= n;
    more.textContent = '显示更多（还有 ' + nf.format(filteredEvents.length - n) + ' 条）';
  }
  $('more-events').addEventListener('click', function () { shownEvents += 500; renderEvents(); });

  // ---- rankings ---------------------------------------------------------
  // Both rankings share one layout; the head is built here so it is written once.
  function rankingHead(table, cols) {
    var head = tr(cols.map(function (c, i) {
      var th = el('th', '', i === 4 || i === 5 ? null : c);
      th.scope = 'col';
      if (i === 4 || i === 5) { th.dataset.sort = String(i - 1); th.appendChild(el('button', '', c)).type = 'button'; }
      return th;
    }));
    table.tHead.replaceChildren(head);
  }
  function rankingTable(id, rows, isAgency) {
    var table = $(id), key = 3;
    rankingHead(table, ['排名', isAgency ? '机构' : '平台', isAgency ? '级别' : '类别', isAgency ? '沿革' : '状态', '页数', '事件数', '首次提及的句子', '页面']);
    function render() {
      var list = rows.filter(function (r) { return !F.q || r[0].indexOf(F.q) >= 0 || matchesQ(r[6]); })
        .filter(function (r) { return !(isAgency ? F.agency : F.platform) || r[0] === (isAgency ? F.agency : F.platform); })
        .sort(function (a, b) { return b[key] - a[key] || b[7 - key] - a[7 - key] || (a[0] < b[0] ? -1 : 1); });
      var frag = document.createDocumentFragment();
      list.slice(0, 100).forEach(function (r, i) {
        var status = el('td');
        if (r[2]) status.appendChild(el('span', BAD_STATUS.test(r[2]) && !isAgency ? 'tag bad' : 'tag', r[2]));
        var name = el('th', '', r[0]);
        name.scope = 'row';
        frag.appendChild(tr([td(i + 1, 'num'), name, td(isAgency ? LEVEL_LABELS[r[1]] || r[1] : KIND_LABELS[r[1]] || r[1]), status,
          td(nf.format(r[3]), 'num'), td(nf.format(r[4]), 'num'), sentenceCell(r[6], r[7], r[8]), pageCell(r[5])]));
      });
      if (!list.length) { var c = el('td', 'empty', '没有符合条件的行。'); c.colSpan = 8; frag.appendChild(tr([c])); }
      table.tBodies[0].replaceChildren(frag);
      table.querySelectorAll('th[data-sort]').forEach(function (th) {
        if (+th.dataset.sort === key) th.setAttribute('aria-sort', 'descending'); else th.removeAttribute('aria-sort');
      });
    }
    table.querySelectorAll('th[data-sort] button').forEach(function (b) {
      b.addEventListener('click', function () { key = +b.parentNode.dataset.sort; render(); });
    });
    return render;
  }
  var renderPlatforms = rankingTable('t-platforms', D.platforms, false);
  var renderAgencies = rankingTable('t-agencies', D.agencies, true);

  // ---- largest figures --------------------------------------------------
  function renderFigures() {
    var frag = document.createDocumentFragment();
    var list = D.figures.filter(function (f) { return inRange(f[1]) && (matchesQ(f[8]) || (F.q && f[5].indexOf(F.q) >= 0)); });
    list.forEach(function (f) {
      var p = D.pages[f[0]];
      frag.appendChild(tr([td(money(f[2], f[3]), 'num'), td(f[5] || '—'), td(f[6], 'nowrap'), td(f[7] ? '另 ' + f[7] + ' 页' : '', 'nowrap'),
        sentenceCell(f[8], f[9], f[10]), pageCell(f[0]), td(p ? p.published : '', 'nowrap')]));
    });
    if (!list.length) { var c = el('td', 'empty', '没有符合条件的金额。'); c.colSpan = 7; frag.appendChild(tr([c])); }
    $('t-figures').tBodies[0].replaceChildren(frag);
  }

  // ---- timeline ---------------------------------------------------------
  var chart = null;
  function timelineData() {
    var months = D.timeline.months, types = D.timeline.types, counts = D.timeline.counts;
    var rowFilter = F.platform || F.agency || F.q;
    if (rowFilter) {
      // Platform, agency and search narrow the shipped rows; the chart then counts those rows.
      counts = {}; types = [];
      var at = {};
      months.forEach(function (m, i) { at[m] = i; });
      filteredEvents.forEach(function (e) {
        if (!(e[1] in at)) return;
        if (!counts[e[2]]) { counts[e[2]] = months.map(function () { return 0; }); types.push(e[2]); }
        counts[e[2]][at[e[1]]]++;
      });
      types.sort();
    }
    var lo = 0, hi = months.length;
    while (lo < hi && F.from && months[lo] < F.from) lo++;
    while (hi > lo && F.to && months[hi - 1] > F.to) hi--;
    return {
      labels: months.slice(lo, hi),
      types: types.filter(function (t) { return !F.type || t === F.type; }),
      counts: counts, lo: lo, hi: hi, fromRows: !!rowFilter
    };
  }
  function renderTimeline() {
    var t = timelineData();
    var allTypes = D.timeline.types;
    var datasets = t.types.map(function (type) {
      var i = allTypes.indexOf(type);
      return { label: typeLabel(type), data: t.counts[type].slice(t.lo, t.hi), backgroundColor: zhfinPattern(i < 0 ? allTypes.length : i),
        borderColor: '#000', borderWidth: 1 };
    });
    var total = datasets.reduce(function (s, d) { return s + d.data.reduce(function (a, b) { return a + b; }, 0); }, 0);
    $('chart-cap').textContent = t.labels.length
      ? '图：' + (t.labels[0] || '') + ' 至 ' + (t.labels[t.labels.length - 1] || '') + ' 每月事件数，按类型堆叠，共 ' + nf.format(total) + ' 个'
        + (t.fromRows ? '（按筛选后的事件表行计数）' : '') + '。类型以不同填充纹理区分；点击图例可隐藏某一类型。数字见下方"按月计数表"。'
      : '没有带日期的事件，时间线为空。';
    $('chart').setAttribute('aria-label', $('chart-cap').textContent);
    renderMonthTable(t, datasets);
    if (typeof Chart === 'undefined') return;
    if (chart) {
      chart.data.labels = t.labels;
      chart.data.datasets = datasets;
      chart.update('none');
      return;
    }
    Chart.defaults.font.family = getComputedStyle(document.documentElement).fontFamily;
    Chart.defaults.color = '#1a1a1a';
    chart = new Chart($('chart'), {
      type: 'bar',
      data: { labels: t.labels, datasets: datasets },
      options: {
        animation: false, maintainAspectRatio: false, responsive: true,
        scales: { x: { stacked: true, ticks: { autoSkip: true, maxRotation: 0 } }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: '事件数' } } },
        plugins: { legend: { position: 'bottom', labels: { boxWidth: 18, boxHeight: 14 } }, tooltip: { mode: 'index', intersect: false } }
      }
    });
    document.body.dataset.chart = 'ready';
  }
  function renderMonthTable(t, datasets) {
    var table = $('t-months');
    var head = tr([el('th', '', '月份')].concat(datasets.map(function (d) { return el('th', '', d.label); })).concat([el('th', '', '合计')]));
    head.querySelectorAll('th').forEach(function (th) { th.scope = 'col'; });
    table.tHead.replaceChildren(head);
    var frag = document.createDocumentFragment();
    t.labels.forEach(function (m, i) {
      var sum = 0;
      var cells = datasets.map(function (d) { sum += d.data[i]; return td(d.data[i] || '', 'num'); });
      if (!sum) return;
      var th = el('th', '', m);
      th.scope = 'row';
      frag.appendChild(tr([th].concat(cells).concat([td(sum, 'num')])));
    });
    table.tBodies[0].replaceChildren(frag);
  }

  // ---- wiring -----------------------------------------------------------
  function applyFilters() {
    filteredEvents = (F.from || F.to || F.type || F.platform || F.agency || F.q) ? D.events.filter(eventOk) : D.events;
    shownEvents = PAGE;
    renderEvents();
    renderTimeline();
    renderPlatforms();
    renderAgencies();
    renderFigures();
    var active = F.from || F.to || F.type || F.platform || F.agency || F.q;
    $('status').textContent = '事件表显示 ' + nf.format(Math.min(shownEvents, filteredEvents.length)) + ' / ' + nf.format(filteredEvents.length) + ' 条'
      + (active ? '（已筛选，共 ' + nf.format(D.events.length) + ' 条）' : '') + '。';
  }
  var timer = 0;
  function read() {
    F.from = $('f-from').value; F.to = $('f-to').value; F.type = $('f-type').value;
    F.platform = $('f-platform').value; F.agency = $('f-agency').value; F.q = $('f-q').value.trim();
    clearTimeout(timer);
    timer = setTimeout(applyFilters, 120);
  }
  $('filters').addEventListener('input', read);
  $('filters').addEventListener('change', read);
  $('filters').addEventListener('submit', function (e) { e.preventDefault(); read(); });
  $('filters').addEventListener('reset', function () { setTimeout(read, 0); });
  window.addEventListener('beforeprint', function () {
    document.querySelectorAll('details').forEach(function (d) { d.open = true; });
    if (chart) chart.resize();
  });
  applyFilters();
  document.body.dataset.ready = 'true';
})();
