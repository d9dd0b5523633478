'use strict';
// 纠纷研判 tab: POST /api/plans and render the plan; server text is shown with textContent only.
(function () {
  const $ = (id) => document.getElementById(id);
  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function articleName(c) {
    return '《' + c.law + '》第' + c.article + '条' + (c.suffix ? '之' + c.suffix : '');
  }
  function section(title) {
    const s = el('section');
    s.appendChild(el('h3', null, title));
    $('plan-result').appendChild(s);
    return s;
  }
  function list(parent, items, render) {
    const ul = el('ul');
    (items || []).forEach((item) => ul.appendChild(render ? render(item) : el('li', null, item)));
    parent.appendChild(ul);
  }
  function body() {
    const json = { narrative: $('narrative').value.trim() };
    if ($('occurred-on').value) json.occurred_on = $('occurred-on').value;
    return JSON.stringify(json);
  }

  function render(p) {
    const out = $('plan-result');
    out.replaceChildren(el('p', 'label', p.label));

    const facts = section('一、事实概要');
    facts.appendChild(el('p', null, p.summary));
    if (p.questions && p.questions.length) {
      facts.appendChild(el('div', 'note', '尚需核实：'));
      list(facts, p.questions);
    }

    const grade = section('二、类型、风险与处置路径');
    grade.appendChild(el('p', null, '纠纷类型：' + p.dispute_type));
    grade.appendChild(el('p', 'risk-' + p.risk_level, '风险等级：' + p.risk_level));
    grade.appendChild(el('p', 'note', p.risk_reason));
    grade.appendChild(el('p', null, '处置路径：' + p.escalation));
    list(grade, p.deadlines, (d) => el('li', null, d.within + '：' + d.what + '（' + d.who + '）'));

    const parties = section('三、当事人与沙盘推演');
    (p.parties || []).forEach((party) => {
      parties.appendChild(el('h4', null, party.role + (party.name ? '：' + party.name : '')));
      const items = ['立场：' + party.position];
      if (party.interests && party.interests.length) items.push('利益：' + party.interests.join('；'));
      const st = party.legal_standing || {};
      items.push('有利依据：' + ((st.for || []).map(articleName).join('、') || '无'));
      items.push('不利依据：' + ((st.against || []).map(articleName).join('、') || '无'));
      (party.moves_if_mediation_fails || []).forEach((m) => items.push('调解不成可能：' + m.move + '（代价：' + m.cost + '）'));
      list(parties, items);
    });

    const law = section('四、适用法律（点击展开原文）');
    (p.articles || []).forEach((a) => {
      const d = el('details', 'citation');
      d.appendChild(el('summary', null, articleName(a) + '（' + a.version + ' 版）' + (a.issue ? '：' + a.issue : '')));
      d.appendChild(el('p', null, a.text));
      law.appendChild(d);
    });

    const deps = section('五、协调部门与力量');
    const reasons = {};
    (p.department_reasons || []).forEach((r) => { reasons[r.department] = r.reason; });
    list(deps, p.departments, (d) => el('li', null, d + (reasons[d] ? '：' + reasons[d] : '')));

    const steps = section('六、调解步骤');
    const ol = el('ol');
    (p.steps || []).forEach((s) => {
      const evidence = s.evidence && s.evidence.length ? '（固定证据：' + s.evidence.join('、') + '）' : '';
      ol.appendChild(el('li', null, s.when + '，' + s.who + '：' + s.what + evidence));
    });
    steps.appendChild(ol);
    steps.appendChild(el('h4', null, '协议方案'));
    list(steps, p.options);
    steps.appendChild(el('h4', null, '调解不成时'));
    list(steps, p.fallbacks);

    if (p.reasoning && p.reasoning.length) {
      const why = el('details', 'reasoning');
      why.appendChild(el('summary', null, '研判依据（点击展开）'));
      list(why, p.reasoning);
      out.appendChild(why);
    }

    const exports = el('div', 'row');
    [['md', '导出 Markdown', 'plan.md'], ['docx', '导出 Word', 'plan.docx']].forEach(([format, label, file]) => {
      const b = el('button', null, label);
      b.type = 'button';
      b.addEventListener('click', async () => {
        const r = await fetch('/api/plans/export?format=' + format, {
          method: 'POST', headers: { 'Content-Type': 'application/json' }, body: body(),
        });
        if (!r.ok) { $('plan-info').textContent = '导出失败：' + r.status; return; }
        const a = el('a');
        a.href = URL.createObjectURL(await r.blob());
        a.download = file;
        a.click();
        URL.revokeObjectURL(a.href);
      });
      exports.appendChild(b);
    });
    out.appendChild(exports);
  }

  $('plan-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    if (!$('narrative').value.trim()) return;
    $('plan-info').textContent = '研判中…';
    $('plan-button').disabled = true;
    try {
      const r = await fetch('/api/plans', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: body() });
      const json = await r.json();
      if (!r.ok) { $('plan-info').textContent = '研判失败：' + (json.detail || json.error || r.status); return; }
      const first = (json.reasoning || [])[0] || '';
      $('plan-info').textContent = json.mode === 'llm'
        ? '已生成（沙盘推演由模型撰写；类型、风险、路径、部门和条文由规则确定，条文均摘自法规库原文）'
        : first.startsWith('LLM模式未生效')
          ? '已生成（' + first + '）'
          : '已生成（离线确定性研判，条文均摘自法规库原文）';
      render(json);
    } catch (x) {
      $('plan-info').textContent = '研判失败：' + x;
    } finally {
      $('plan-button').disabled = false;
    }
  });
})();
