// Question editor of a draft template: when a condition row's question changes, offer
// that question's answers as checkboxes (or a text box for free values) at once. Without
// this script the "Show the answers" button does the same through the server.
(function () {
  'use strict';

  function clear(element) {
    while (element.firstChild) {
      element.removeChild(element.firstChild);
    }
  }

  function text(template, number) {
    return (template || '').split('{0}').join(String(number));
  }

  function rebuild(area, index, choices, data) {
    var name = 'row' + index;
    var number = Number(index) + 1;
    clear(area);
    if (choices && choices.length) {
      var fieldset = document.createElement('fieldset');
      var legend = document.createElement('legend');
      legend.className = 'form-label small mb-1';
      legend.textContent = text(data.getAttribute('data-values-label'), number);
      fieldset.appendChild(legend);
      choices.forEach(function (choice) {
        var wrapper = document.createElement('div');
        wrapper.className = 'form-check';
        var input = document.createElement('input');
        input.className = 'form-check-input';
        input.type = 'checkbox';
        input.name = name + '.values';
        input.value = choice.value;
        input.id = name + '.values-' + choice.value;
        var label = document.createElement('label');
        label.className = 'form-check-label';
        label.htmlFor = input.id;
        label.textContent = choice.label;
        wrapper.appendChild(input);
        wrapper.appendChild(label);
        fieldset.appendChild(wrapper);
      });
      area.appendChild(fieldset);
      return;
    }
    var label = document.createElement('label');
    label.className = 'form-label small';
    label.htmlFor = name + '.text';
    label.textContent = text(data.getAttribute('data-text-label'), number);
    var input = document.createElement('input');
    input.type = 'text';
    input.className = 'form-control form-control-sm';
    input.id = name + '.text';
    input.name = name + '.text';
    input.setAttribute('aria-describedby', 'row' + index + '-hint');
    var hint = document.createElement('div');
    hint.className = 'form-text';
    hint.id = 'row' + index + '-hint';
    hint.textContent = data.getAttribute('data-text-hint');
    area.appendChild(label);
    area.appendChild(input);
    area.appendChild(hint);
  }

  document.addEventListener('DOMContentLoaded', function () {
    var data = document.getElementById('condition-answers');
    var form = document.getElementById('question-form');
    if (!data || !form) {
      return;
    }
    var answers;
    try {
      answers = JSON.parse(data.getAttribute('data-answers') || '{}');
    } catch (ignored) {
      return;
    }
    ['refresh-conditions', 'refresh-hint'].forEach(function (id) {
      var element = document.getElementById(id);
      if (element) {
        element.hidden = true;
      }
    });
    form.querySelectorAll('select.condition-question').forEach(function (select) {
      select.addEventListener('change', function () {
        var row = select.closest('.condition-row');
        var area = row && row.querySelector('.condition-values');
        if (area) {
          rebuild(area, row.getAttribute('data-row'), answers[select.value], data);
        }
      });
    });
  });
})();
