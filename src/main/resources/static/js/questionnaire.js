// Questionnaire autosave: every change is saved by htmx; this script shows the state of
// each save, follows what the server says is shown now, and warns before leaving with an
// unsaved change. No inline scripts: the Content-Security-Policy forbids them.
(function () {
  'use strict';

  var pending = 0;
  var failed = new Set();

  function statusOf(form) {
    return form.querySelector('.save-status');
  }

  function setStatus(form, text, kind) {
    var status = statusOf(form);
    if (!status) {
      return;
    }
    status.textContent = text;
    status.classList.remove('text-success', 'text-danger', 'text-body-secondary');
    status.classList.add(kind);
  }

  function messages() {
    return document.getElementById('questionnaire-messages');
  }

  function message(name) {
    var holder = messages();
    return holder ? holder.getAttribute('data-' + name) : '';
  }

  if (window.htmx) {
    // Conflicts and refused answers come back with a fragment to show, not as failures.
    window.htmx.config.responseHandling = [
      { code: '204', swap: false },
      { code: '[23]..', swap: true },
      { code: '409', swap: true, error: false },
      { code: '422', swap: true, error: false },
      { code: '[45]..', swap: false, error: true },
      { code: '...', swap: false }
    ];
  }

  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (form.matches && form.matches('form.autosave')) {
      event.preventDefault();
      window.htmx.trigger(form, 'change');
    }
  });

  document.addEventListener('htmx:beforeRequest', function (event) {
    var form = event.detail.elt;
    if (form.matches && form.matches('form.autosave')) {
      pending++;
      setStatus(form, message('saving'), 'text-body-secondary');
    }
  });

  document.addEventListener('htmx:afterRequest', function (event) {
    var form = event.detail.elt;
    if (!(form.matches && form.matches('form.autosave'))) {
      return;
    }
    pending = Math.max(0, pending - 1);
    if (event.detail.successful || event.detail.xhr && (event.detail.xhr.status === 409 || event.detail.xhr.status === 422)) {
      if (event.detail.xhr.status < 300) {
        failed.delete(form);
      } else {
        failed.add(form);
      }
      return;
    }
    failed.add(form);
    var status = event.detail.xhr ? event.detail.xhr.status : 0;
    setStatus(form, status === 401 || status === 403 ? message('expired') : message('failed'), 'text-danger');
  });

  // After each save the server names the questions hidden now and the progress.
  document.addEventListener('questionnaire:saved', function (event) {
    var detail = event.detail || {};
    var hidden = new Set(detail.hidden || []);
    document.querySelectorAll('[data-question]').forEach(function (block) {
      if (block.id) {
        block.hidden = hidden.has(block.id);
      }
    });
    var progress = detail.progress || {};
    Object.keys(progress).forEach(function (key) {
      document.querySelectorAll('progress[data-progress="' + key + '"]').forEach(function (bar) {
        bar.value = progress[key];
        bar.textContent = progress[key] + '%';
      });
    });
  });

  // Text typed but not yet saved (the tab closed within the autosave delay, or the network
  // was down) is kept in this browser, under the signed-in account, and saved again when the
  // page is next opened by the same account. Signing out forgets it (see app.js).
  var account = document.querySelector('meta[name="datapact-account"]');
  var draftKey = account ? 'datapact-drafts:' + account.content + ':' + window.location.pathname : null;

  function drafts() {
    if (!draftKey) {
      return {};
    }
    try {
      return JSON.parse(window.localStorage.getItem(draftKey) || '{}');
    } catch (e) {
      return {};
    }
  }

  function keepDrafts(all) {
    if (!draftKey) {
      return;
    }
    try {
      if (Object.keys(all).length === 0) {
        window.localStorage.removeItem(draftKey);
      } else {
        window.localStorage.setItem(draftKey, JSON.stringify(all));
      }
    } catch (e) {
      // storage full or disabled: autosave still works, only this safety net is off
    }
  }

  document.addEventListener('input', function (event) {
    var field = event.target;
    var form = field.closest && field.closest('form.autosave');
    if (form && field.id && (field.tagName === 'TEXTAREA' || field.type === 'text')) {
      var all = drafts();
      all[field.id] = field.value;
      keepDrafts(all);
    }
  });

  document.addEventListener('htmx:afterRequest', function (event) {
    var form = event.detail.elt;
    if (form.matches && form.matches('form.autosave') && event.detail.successful && event.detail.xhr.status < 300) {
      var all = drafts();
      form.querySelectorAll('[name=value]').forEach(function (field) {
        delete all[field.id];
      });
      keepDrafts(all);
    }
  });

  document.addEventListener('DOMContentLoaded', function () {
    var all = drafts();
    Object.keys(all).forEach(function (id) {
      var field = document.getElementById(id);
      var form = field && field.closest('form.autosave');
      if (!form) {
        delete all[id];
        return;
      }
      if (field.value !== all[id]) {
        field.value = all[id];
        window.htmx.trigger(form, 'change');
      }
    });
    keepDrafts(all);
  });

  window.addEventListener('beforeunload', function (event) {
    if (pending > 0 || failed.size > 0) {
      event.preventDefault();
      event.returnValue = '';
    }
  });
})();

// On the comparison page, a checkbox hides the answers that did not change.
document.addEventListener('change', function (event) {
  var box = event.target;
  var tableId = box.getAttribute && box.getAttribute('data-toggle-unchanged');
  if (!tableId) {
    return;
  }
  document.querySelectorAll('#' + tableId + ' tr.unchanged').forEach(function (row) {
    row.hidden = box.checked;
  });
});
