// Rule editor: choosing another kind of condition or another question redraws the form
// (through its "update" button) so that the fields and options fitting it appear.
(function () {
  'use strict';
  document.addEventListener('change', function (event) {
    if (event.target.matches('#rule-form [data-refresh]')) {
      var refresh = document.getElementById('refresh-rule');
      if (refresh) {
        refresh.click();
      }
    }
  });
})();
