'use strict';
// 追光助理 page: every text from the server is shown with textContent, never as HTML.
(function () {
  const $ = (id) => document.getElementById(id);
  let conversation = null;

  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }

  function articleName(c) {
    return '《' + c.law + '》第' + c.article + '条' + (c.suffix ? '之' + c.suffix : '');
  }

  // Tabs
  document.querySelectorAll('.tab').forEach((tab) => {
    tab.addEventListener('click', () => {
      document.querySelectorAll('.tab').forEach((t) => t.classList.remove('active'));
      document.querySelectorAll('.panel').forEach((p) => p.classList.remove('active'));
      tab.classList.add('active');
      $(tab.dataset.tab).classList.add('active');
      if (tab.dataset.tab === 'index') refreshIndex();
    });
  });

  // Chat
  const question = $('question');
  question.addEventListener('input', () => { $('count').textContent = question.value.length + ' / 2000'; });
  $('new-conversation').addEventListener('click', () => {
    conversation = null;
    $('messages').replaceChildren();
  });
  question.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) $('ask-form').requestSubmit();
  });

  $('ask-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const q = question.value.trim();
    if (!q) return;
    if (q.length > 2000) { alert('问题不能超过 2000 字'); return; }
    $('messages').appendChild(el('div', 'msg user', q));
    question.value = '';
    $('count').textContent = '0 / 2000';
    const box = el('div', 'msg answer');
    const status = el('div', 'status', '正在检索法规…');
    const text = el('div', 'text');
    box.append(status, text);
    $('messages').appendChild(box);
    $('ask-button').disabled = true;
    let url = '/api/ask/stream?q=' + encodeURIComponent(q);
    if (conversation) url += '&conversation=' + encodeURIComponent(conversation);
    const source = new EventSource(url);
    let done = false;
    const finish = () => { done = true; source.close(); $('ask-button').disabled = false; };
    source.addEventListener('retrieved', (ev) => {
      const list = JSON.parse(ev.data);
      status.textContent = '检索到 ' + list.length + ' 条相关条文，正在组织回答…';
    });
    source.addEventListener('status', (ev) => { status.textContent = JSON.parse(ev.data); });
    source.addEventListener('delta', (ev) => { text.textContent += JSON.parse(ev.data); });
    source.addEventListener('answer', (ev) => {
      const a = JSON.parse(ev.data);
      conversation = a.conversation || conversation;
      renderAnswer(box, a);
      finish();
    });
    source.addEventListener('error', (ev) => {
      if (done) return;
      let msg = '回答失败，请稍后再试。';
      if (ev.data) { try { msg = '回答失败：' + JSON.parse(ev.data).detail; } catch (x) { /* keep */ } }
      status.textContent = msg;
      status.classList.add('error');
      finish();
    });
  });

  function renderAnswer(box, a) {
    box.replaceChildren();
    const badge = el('span', 'badge ' + a.mode, a.mode === 'llm' ? '人工智能生成内容 · 引用已核验' : '法规检索结果 · 非人工智能生成');
    box.appendChild(badge);
    box.appendChild(el('div', 'text', a.answer));
    if (a.citations && a.citations.length) {
      const h = el('div', 'status', '引用条文（点击展开原文）：');
      box.appendChild(h);
      a.citations.forEach((c) => {
        const d = el('details', 'citation');
        d.appendChild(el('summary', null, articleName(c) + '（' + c.version + ' 版）'));
        d.appendChild(el('p', null, c.text));
        box.appendChild(d);
      });
    }
    const m = a.metadata || {};
    const meta = [
      '标识：' + (m.label || ''),
      m.model ? '模型：' + m.model : null,
      '时间：' + (m.created_at || ''),
      '内容编号：' + (m.content_id || ''),
      a.fallback ? '已回退到检索模式（' + a.fallback + '）' : null,
    ].filter(Boolean).join(' · ');
    box.appendChild(el('div', 'meta', meta));
  }

  // Search
  $('search-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    const q = $('search-q').value.trim();
    if (!q) return;
    let url = '/api/search?k=10&q=' + encodeURIComponent(q) + '&mode=' + encodeURIComponent($('search-mode').value);
    if ($('search-date').value) url += '&date=' + encodeURIComponent($('search-date').value);
    $('search-info').textContent = '检索中…';
    $('search-results').replaceChildren();
    try {
      const r = await fetch(url);
      const json = await r.json();
      if (!r.ok) { $('search-info').textContent = '检索失败：' + (json.detail || r.status); return; }
      $('search-info').textContent = '共 ' + json.results.length + ' 条（' + json.mode + '）';
      json.results.forEach((hit) => {
        const li = el('li');
        li.appendChild(el('div', 'head', articleName(hit) + '（' + hit.version + ' 版，' + hit.level + '）'));
        li.appendChild(el('div', 'body', hit.text));
        $('search-results').appendChild(li);
      });
    } catch (x) {
      $('search-info').textContent = '检索失败：' + x;
    }
  });

  // Index status
  async function refreshIndex() {
    try {
      const r = await fetch('/api/index');
      const s = await r.json();
      const dl = $('index-status');
      dl.replaceChildren();
      const row = (k, v) => { dl.appendChild(el('dt', null, k)); dl.appendChild(el('dd', null, v)); };
      row('当前版本', s.generation || '（尚无索引）');
      row('法规数', s.laws);
      row('现行条文数', s.articles);
      row('向量', (s.vectors ? s.vectors.embedded + ' / ' + s.vectors.total : '-'));
      row('可用检索方式', (s.modes || []).join(', ') || '-');
      const job = s.job || s.last_job;
      row('任务', job ? job.action + ' · ' + job.state + ' · ' + Math.round(job.progress * 100) + '% · ' + job.message : '无');
      if (s.job) setTimeout(refreshIndex, 1000);
    } catch (x) {
      $('index-message').textContent = '无法读取索引状态：' + x;
    }
  }

  async function startJob(response) {
    const json = await response.json();
    if (response.status === 202) {
      $('index-message').textContent = '任务已开始：' + json.job.id;
    } else {
      $('index-message').textContent = '未能开始任务：' + (json.detail || response.status);
    }
    refreshIndex();
  }

  $('rescan').addEventListener('click', async () => {
    const r = await fetch('/api/index/jobs', {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ action: 'rescan' }),
    });
    startJob(r);
  });

  $('upload-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    const file = $('upload-file').files[0];
    if (!file) return;
    const type = file.name.endsWith('.md') ? 'text/markdown' : 'text/plain';
    const name = file.name.endsWith('.md') ? '?name=' + encodeURIComponent(file.name) : '';
    const r = await fetch('/api/index/laws' + name, { method: 'POST', headers: { 'Content-Type': type }, body: file });
    startJob(r);
  });
})();
