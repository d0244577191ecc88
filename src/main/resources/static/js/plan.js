// The plan page: text typed in a section but not yet saved (the tab closed, the network
// was down) is kept in this browser, per account and project, and put back when the page
// is next opened, with the version it was based on, so that saving it goes through the
// conflict check instead of overwriting what others saved meanwhile. Cleared at sign-out
// (app.js) and when the section is saved.
(function () {
  'use strict';
  var page = document.getElementById('plan-page');
  if (!page) {
    return;
  }
  var key = 'datapact-drafts:' + page.getAttribute('data-account') + ':plan:' + page.getAttribute('data-project');

  function drafts() {
    try {
      return JSON.parse(window.localStorage.getItem(key) || '{}');
    } catch (e) {
      return {};
    }
  }

  function keep(all) {
    try {
      if (Object.keys(all).length === 0) {
        window.localStorage.removeItem(key);
      } else {
        window.localStorage.setItem(key, JSON.stringify(all));
      }
    } catch (e) {
      // storage full or disabled: saving still works, only this safety net is off
    }
  }

  document.addEventListener('input', function (event) {
    var field = event.target;
    var form = field.closest && field.closest('form.plan-edit');
    if (form && field.name === 'body') {
      var all = drafts();
      all[form.id] = { text: field.value, version: form.querySelector('[name=version]').value };
      keep(all);
    }
  });

  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (form.matches && form.matches('form.plan-edit')) {
      var all = drafts();
      delete all[form.id];
      keep(all);
    }
  });

  var all = drafts();
  Object.keys(all).forEach(function (id) {
    var form = document.getElementById(id);
    var field = form && form.querySelector('textarea[name=body]');
    if (!field) {
      delete all[id];
      return;
    }
    if (field.value !== all[id].text) {
      field.value = all[id].text;
      form.querySelector('[name=version]').value = all[id].version;
      var notice = form.querySelector('.plan-restored');
      if (notice) {
        notice.hidden = false;
      }
    }
  });
  keep(all);
})();
