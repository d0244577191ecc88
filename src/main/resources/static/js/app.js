// DataPact page behaviour. No inline scripts: the Content-Security-Policy forbids them.
(function () {
  'use strict';

  // htmx requests carry the CSRF token from the layout's meta tags.
  document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      event.detail.headers[header.content] = token.content;
    }
  });

  // Buttons with data-confirm ask before submitting their form.
  document.addEventListener('click', function (event) {
    var button = event.target.closest('[data-confirm]');
    if (button && !window.confirm(button.getAttribute('data-confirm'))) {
      event.preventDefault();
    }
  });

  // Questionnaire drafts kept in this browser (see questionnaire.js) belong to the account that
  // typed them: signing out forgets them all, and a page of another account forgets the others',
  // so that a second person on this browser never sees or replays them.
  var DRAFTS = 'datapact-drafts:';

  function forgetDrafts(keep) {
    try {
      var doomed = [];
      for (var i = 0; i < window.localStorage.length; i++) {
        var key = window.localStorage.key(i);
        if (key && key.indexOf(DRAFTS) === 0 && (!keep || key.indexOf(keep) !== 0)) {
          doomed.push(key);
        }
      }
      doomed.forEach(function (key) {
        window.localStorage.removeItem(key);
      });
    } catch (e) {
      // storage disabled: nothing was kept either
    }
  }

  document.addEventListener('submit', function (event) {
    if (event.target.matches && event.target.matches('form[data-sign-out]')) {
      forgetDrafts(null);
    }
  });

  document.addEventListener('DOMContentLoaded', function () {
    var account = document.querySelector('meta[name="datapact-account"]');
    if (account) {
      forgetDrafts(DRAFTS + account.content + ':');
    }
  });

  // Move focus to the error summary so that screen reader users hear what went wrong.
  document.addEventListener('DOMContentLoaded', function () {
    var summary = document.getElementById('error-summary');
    if (summary) {
      summary.focus();
    }
  });
})();
