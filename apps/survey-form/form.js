// The public survey form: the one-time token is in the address's fragment (#t=…), never sent to a server log.
(function () {
  'use strict';
  var token = new URLSearchParams(location.hash.slice(1)).get('t') || '';
  var status = document.getElementById('status');
  var form = document.getElementById('form');
  var box = document.getElementById('questions');

  function say(text, kind) {
    status.textContent = text;
    status.className = kind || '';
  }

  function call(query, variables) {
    return fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: query, variables: variables }),
    }).then(function (r) {
      return r.json();
    });
  }

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      e.setAttribute(k, attrs[k]);
    });
    if (text) e.textContent = text;
    return e;
  }

  function render(f) {
    document.getElementById('title').textContent = f.campaignName;
    document.getElementById('meta').textContent = 'Đơn vị được đánh giá: ' + f.unitName + ' · Nhóm: ' + f.groupName;
    f.questions.forEach(function (q, i) {
      var set = el('fieldset');
      var legend = el('legend', {}, i + 1 + '. ' + q.text + ' ');
      if (q.required) legend.appendChild(el('span', { class: 'required', 'aria-label': 'bắt buộc' }, '*'));
      set.appendChild(legend);
      f.scale.forEach(function (level) {
        var label = el('label');
        var input = el('input', { type: 'radio', name: q.id, value: String(level.value) });
        if (q.required) input.required = true;
        label.appendChild(input);
        label.appendChild(document.createTextNode(level.label));
        set.appendChild(label);
      });
      box.appendChild(set);
    });
    form.hidden = false;
    say('');
  }

  form.addEventListener('submit', function (ev) {
    ev.preventDefault();
    var answers = Array.prototype.map.call(box.querySelectorAll('fieldset'), function (set) {
      var picked = set.querySelector('input:checked');
      var any = set.querySelector('input');
      return { questionId: any.name, value: picked ? Number(picked.value) : null };
    });
    document.getElementById('send').disabled = true;
    call('mutation($t: String!, $a: [SurveyAnswerInput!]!) { answerSurvey(token: $t, answers: $a) { message } }', {
      t: token,
      a: answers,
    }).then(
      function (r) {
        if (r.errors) {
          document.getElementById('send').disabled = false;
          return say(r.errors[0].message, 'error');
        }
        form.hidden = true;
        say(r.data.answerSurvey.message, 'ok');
      },
      function () {
        document.getElementById('send').disabled = false;
        say('Không gửi được phiếu. Vui lòng kiểm tra kết nối và thử lại.', 'error');
      },
    );
  });

  if (!token) return say('Đường dẫn khảo sát không có mã. Vui lòng mở đúng đường dẫn đã được gửi cho bạn.', 'error');
  call(
    'query($t: String!) { surveyForm(token: $t) { campaignName groupName unitName expiresAt scale { value label } questions { id text required } } }',
    { t: token },
  ).then(
    function (r) {
      if (r.errors) return say(r.errors[0].message, 'error');
      render(r.data.surveyForm);
    },
    function () {
      say('Không tải được phiếu. Vui lòng kiểm tra kết nối và thử lại.', 'error');
    },
  );
})();
