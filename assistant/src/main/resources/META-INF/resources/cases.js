'use strict';
// 追光助理 cases page: workers and mediators register cases and request drafts; advisors review
// them (side-by-side diff of versions, comments, approve or reject). HTTP Basic on every request;
// every text from the server is shown with textContent, never as HTML.
(function () {
  const $ = (id) => document.getElementById(id);
  let auth = null;
  let current = null; // the draft under review

  const STATUS = { draft: '草稿', in_review: '待审核', approved: '已批准', rejected: '已退回' };

  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }

  function button(text, id, onClick, cls) {
    const b = el('button', cls || '', text);
    b.type = 'button';
    if (id) b.id = id;
    b.addEventListener('click', onClick);
    return b;
  }

  function statusTag(status) {
    return el('span', 'status-tag ' + status, STATUS[status] || status);
  }

  async function api(method, path, body) {
    const headers = { Authorization: auth };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const r = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    let json = null;
    if ((r.headers.get('Content-Type') || '').includes('json')) json = await r.json();
    if (!r.ok) {
      const why = json && json.detail ? json.detail : ('HTTP ' + r.status);
      throw new Error(why);
    }
    return json;
  }

  function say(where, text, error) {
    $(where).textContent = text;
    $(where).className = error ? 'note error' : 'note';
  }

  // Tabs
  document.querySelectorAll('.tab').forEach((tab) => {
    tab.addEventListener('click', () => {
      document.querySelectorAll('.tab').forEach((t) => t.classList.remove('active'));
      document.querySelectorAll('.panel').forEach((p) => p.classList.remove('active'));
      tab.classList.add('active');
      $(tab.dataset.tab).classList.add('active');
      refresh();
    });
  });

  // Sign-in: the credentials stay in this page's memory only.
  $('signin-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    const user = $('signin-user').value.trim();
    auth = 'Basic ' + btoa(String.fromCharCode(...new TextEncoder().encode(user + ':' + $('signin-password').value)));
    $('signin-password').value = '';
    say('signin-status', '已登录：' + user);
    refresh();
  });

  function refresh() {
    if (!auth) return;
    if ($('worker').classList.contains('active')) refreshWorker();
    else refreshReview();
  }

  async function reveal(caseId, reason, target, name) {
    try {
      const r = await api('POST', '/api/cases/' + caseId + '/reveal', { party: 0, field: 'phone', reason: reason.value.trim() });
      target.textContent = '当事人：' + name + ' ' + r.value;
      say('worker-message', '已显示完整手机号（已记入审计日志）');
    } catch (err) {
      say('worker-message', '无法显示：' + err.message, true);
    }
  }

  // Workers and mediators
  async function refreshWorker() {
    try {
      const cases = await api('GET', '/api/cases');
      const list = $('case-list');
      list.replaceChildren();
      (cases.cases || []).forEach((c) => {
        const li = el('li');
        li.dataset.case = c.id;
        li.append(el('span', 'grow', '#' + c.id + ' ' + c.title),
          button('生成意见书草稿', null, () => requestDraft(c.id)));
        const p = (c.parties || [])[0];
        if (p) {
          // Personal data is shown masked; the full phone needs a reason and is audited.
          const phone = el('span', 'note party', '当事人：' + p.name + (p.phone ? ' ' + p.phone : ''));
          li.append(phone);
          if (p.phone) {
            const reason = el('input', 'reveal-reason');
            reason.placeholder = '查看完整手机号的原因';
            reason.maxLength = 200;
            li.append(reason, button('查看手机', null, () => reveal(c.id, reason, phone, p.name), 'secondary reveal'));
          }
        }
        list.appendChild(li);
      });
      const drafts = await api('GET', '/api/drafts');
      const dl = $('draft-list');
      dl.replaceChildren();
      (drafts.drafts || []).forEach((d) => {
        const li = el('li');
        li.dataset.draft = d.id;
        li.append(el('span', 'grow', '草稿 #' + d.id + '（' + d.case_title + '，第' + d.version + '版）'), statusTag(d.status));
        if (d.stale) li.append(el('span', 'status-tag stale', '引用法规已修订'));
        if (d.status === 'draft' || d.status === 'rejected') li.append(button('编辑', null, () => edit(d.id), 'secondary edit'));
        if (d.status === 'draft') li.append(button('提交审核', null, () => act(d.id, 'submit', undefined, 'worker-message'), 'submit'));
        if (d.status === 'approved') li.append(button('导出 DOCX', null, () => exportDocx(d.id)));
        dl.appendChild(li);
      });
    } catch (err) {
      say('worker-message', '加载失败：' + err.message, true);
    }
  }

  $('case-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    const parties = [];
    if ($('party-name').value.trim()) {
      const p = { name: $('party-name').value.trim(), role: '申请人' };
      if ($('party-phone').value.trim()) p.phone = $('party-phone').value.trim();
      parties.push(p);
    }
    const assignees = $('case-assignees').value.split(/[,，\s]+/).filter((s) => s);
    try {
      const c = await api('POST', '/api/cases', {
        title: $('case-title').value.trim(), narrative: $('case-narrative').value.trim(), parties, assignees,
      });
      say('worker-message', '已登记案件 #' + c.id);
      $('case-form').reset();
      refreshWorker();
    } catch (err) {
      say('worker-message', '登记失败：' + err.message, true);
    }
  });

  let editing = null;

  async function edit(id) {
    try {
      const d = await api('GET', '/api/drafts/' + id);
      editing = d.id;
      $('edit-box').hidden = false;
      $('edit-title').textContent = '编辑草稿 #' + d.id + '（第' + d.version + '版）';
      const decisions = $('edit-decisions');
      decisions.replaceChildren();
      d.decisions.filter((c) => c.decision === 'rejected').forEach((c) => decisions.appendChild(
        el('li', '', c.reviewer + ' 退回（第' + c.version + '版）' + (c.reason ? '：' + c.reason : ''))));
      d.comments.forEach((c) => decisions.appendChild(el('li', '', c.author + '：' + c.text)));
      $('edit-body').value = d.body;
    } catch (err) {
      say('worker-message', '打开失败：' + err.message, true);
    }
  }

  $('edit-cancel').addEventListener('click', () => { editing = null; $('edit-box').hidden = true; });
  $('edit-save').addEventListener('click', async () => {
    if (!editing) return;
    try {
      const d = await api('PUT', '/api/drafts/' + editing, { body: $('edit-body').value });
      say('worker-message', '草稿 #' + d.id + '：已保存第' + d.version + '版');
      editing = null;
      $('edit-box').hidden = true;
      refreshWorker();
    } catch (err) {
      say('worker-message', '保存失败：' + err.message, true);
    }
  });

  async function requestDraft(caseId) {
    try {
      const d = await api('POST', '/api/cases/' + caseId + '/drafts', {});
      say('worker-message', '已生成草稿 #' + d.id + '（须经法律顾问审核）');
      refreshWorker();
    } catch (err) {
      say('worker-message', '生成失败：' + err.message, true);
    }
  }

  async function act(id, action, body, where) {
    try {
      await api('POST', '/api/drafts/' + id + '/' + action, body);
      say(where, '草稿 #' + id + '：' + ({ submit: '已提交审核', approve: '已批准', reject: '已退回' }[action]));
      refresh();
      return true;
    } catch (err) {
      say(where, '操作失败：' + err.message, true);
      return false;
    }
  }

  async function exportDocx(id) {
    const r = await fetch('/api/drafts/' + id + '/export.docx', { headers: { Authorization: auth } });
    if (!r.ok) { say('worker-message', '导出失败：HTTP ' + r.status, true); return; }
    const url = URL.createObjectURL(await r.blob());
    const a = el('a');
    a.href = url;
    a.download = 'opinion-' + id + '.docx';
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  }

  // Advisors
  async function refreshReview() {
    try {
      const queue = await api('GET', '/api/drafts?status=in_review');
      const list = $('review-queue');
      list.replaceChildren();
      (queue.drafts || []).forEach((d) => {
        const li = el('li');
        li.dataset.draft = d.id;
        li.append(el('span', 'grow', '草稿 #' + d.id + '（' + d.case_title + '，第' + d.version + '版，' + d.created_by + '）'));
        if (d.stale) li.append(el('span', 'status-tag stale', '引用法规已修订'));
        li.append(button('审阅', null, () => open(d.id)));
        list.appendChild(li);
      });
      if (!list.children.length) list.appendChild(el('li', 'note', '没有待审核的草稿'));
    } catch (err) {
      say('review-message', '加载失败：' + err.message, true);
    }
    try {
      const impacts = await api('GET', '/api/impacts');
      const list = $('impact-list');
      list.replaceChildren();
      (impacts.drafts || []).forEach((d) => {
        const names = d.stale_citations.map((s) => '《' + s.law + '》第' + s.article + '条'
          + (s.new_version ? '（' + s.old_version + ' → ' + s.new_version + '）' : '（已失效）'));
        const li = el('li');
        li.append(el('span', 'grow', '草稿 #' + d.draft_id + '：' + names.join('；')), statusTag(d.status));
        list.appendChild(li);
      });
    } catch (err) {
      $('impact-list').replaceChildren(el('li', 'note', '仅法律顾问可查看修订影响'));
    }
  }

  async function open(id) {
    try {
      const d = await api('GET', '/api/drafts/' + id);
      const versions = (await api('GET', '/api/drafts/' + id + '/versions')).versions;
      current = d;
      $('review-detail').hidden = false;
      $('review-title').textContent = '草稿 #' + d.id + '（第' + d.version + '版）';
      const m = d.metadata;
      const how = m.mode === 'llm' ? '模型撰写分析部分' : (m.fallback ? '离线规则（模型未采用：' + m.fallback + '）' : '离线规则');
      $('review-meta').textContent = [m.label, m.producer, m.model, how, m.created_at, 'sha256 ' + m.sha256].join(' · ');
      const previous = versions.length > 1 ? versions[versions.length - 2] : null;
      $('diff-old-title').textContent = previous ? '第' + previous.version + '版（' + previous.author + '）' : '（无上一版本）';
      $('diff-new-title').textContent = '第' + d.version + '版（' + d.author + '）';
      renderDiff(previous ? previous.body : '', d.body);
      const comments = $('comment-list');
      comments.replaceChildren();
      d.comments.forEach((c) => comments.appendChild(el('li', '', c.author + '（第' + c.version + '版）：' + c.text)));
      d.decisions.forEach((c) => comments.appendChild(el('li', 'note',
        c.reviewer + (c.decision === 'approved' ? ' 批准' : ' 退回') + '（第' + c.version + '版）' + (c.reason ? '：' + c.reason : ''))));
    } catch (err) {
      say('review-message', '打开失败：' + err.message, true);
    }
  }

  // Line diff by longest common subsequence; lines only in one version are marked.
  function renderDiff(oldText, newText) {
    const a = oldText ? oldText.split('\n') : [];
    const b = newText.split('\n');
    const keepA = new Array(a.length).fill(false);
    const keepB = new Array(b.length).fill(false);
    if (a.length * b.length <= 4000000) {
      const lcs = [];
      for (let i = 0; i <= a.length; i++) lcs.push(new Uint32Array(b.length + 1));
      for (let i = a.length - 1; i >= 0; i--) {
        for (let j = b.length - 1; j >= 0; j--) {
          lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
        }
      }
      let i = 0; let j = 0;
      while (i < a.length && j < b.length) {
        if (a[i] === b[j]) { keepA[i++] = true; keepB[j++] = true; } else if (lcs[i + 1][j] >= lcs[i][j + 1]) i++; else j++;
      }
    }
    const render = (pre, lines, keep, cls) => {
      pre.replaceChildren();
      lines.forEach((line, k) => pre.appendChild(el('div', keep[k] ? '' : cls, line || '\u00a0')));
    };
    render($('diff-old'), a, keepA, 'del');
    render($('diff-new'), b, keepB, 'add');
  }

  $('comment-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    if (!current) return;
    try {
      await api('POST', '/api/drafts/' + current.id + '/comments', { text: $('comment-text').value });
      $('comment-text').value = '';
      open(current.id);
    } catch (err) {
      say('review-message', '评论失败：' + err.message, true);
    }
  });
  $('approve-button').addEventListener('click', async () => {
    if (current && await act(current.id, 'approve', undefined, 'review-message')) $('review-detail').hidden = true;
  });
  $('reject-button').addEventListener('click', async () => {
    if (current && await act(current.id, 'reject', { reason: $('reject-reason').value }, 'review-message')) {
      $('review-detail').hidden = true;
    }
  });
})();
