// Recourse: the little script the pages need (served from 'self'; no inline script anywhere).
// In the testimony reader, a text selection inside a transcript fills the coding form with
// the passage's offsets, counted in UTF-16 code units as the server counts them.
(function () {
  'use strict';

  function transcriptOf(node) {
    var el = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
    return el ? el.closest('.transcript') : null;
  }

  function offsetWithin(container, node, offset) {
    var range = document.createRange();
    range.selectNodeContents(container);
    range.setEnd(node, offset);
    return range.toString().length;
  }

  function onSelection() {
    var form = document.getElementById('code-form');
    var selection = window.getSelection();
    if (!form || !selection || selection.rangeCount === 0 || selection.isCollapsed) {
      return;
    }
    var range = selection.getRangeAt(0);
    var container = transcriptOf(range.startContainer);
    if (!container || container !== transcriptOf(range.endContainer)) {
      return;
    }
    var start = offsetWithin(container, range.startContainer, range.startOffset);
    var end = offsetWithin(container, range.endContainer, range.endOffset);
    if (end <= start) {
      return;
    }
    form.elements['start'].value = start;
    form.elements['end'].value = end;
    form.elements['part'].value = container.getAttribute('data-part');
    document.getElementById('selection-preview').textContent = container.textContent.substring(start, end);
  }

  // "Use" on a suggestion: select its words in the transcript, fill its field, and remember that
  // the coder accepted it (the server records the decision when the act is coded).
  function useSuggestion(button) {
    var form = document.getElementById('code-form');
    var part = button.getAttribute('data-part');
    var container = document.querySelector('.transcript[data-part="' + part + '"]');
    var start = Number(button.getAttribute('data-start'));
    var end = Number(button.getAttribute('data-end'));
    form.elements['start'].value = start;
    form.elements['end'].value = end;
    form.elements['part'].value = part;
    document.getElementById('selection-preview').textContent = container.textContent.substring(start, end);
    var field = form.elements[button.getAttribute('data-field')];
    if (field) {
      field.value = button.getAttribute('data-value');
    }
    var accepted = form.elements['accepted'];
    accepted.value = (accepted.value + ' ' + button.getAttribute('data-key')).trim();
    button.classList.add('used');
  }

  document.addEventListener('click', function (event) {
    var button = event.target.closest ? event.target.closest('.use-suggestion') : null;
    if (button) {
      useSuggestion(button);
    }
  });
  // A form sent back with a problem keeps its passage's offsets: show that passage again, not "nothing selected".
  function previewKeptPassage() {
    var form = document.getElementById('code-form');
    if (!form || form.elements['start'].value === '' || form.elements['end'].value === '') {
      return;
    }
    var container = document.querySelector('.transcript[data-part="' + (form.elements['part'].value || 'body') + '"]');
    var start = Number(form.elements['start'].value);
    var end = Number(form.elements['end'].value);
    if (container && end > start && end <= container.textContent.length) {
      document.getElementById('selection-preview').textContent = container.textContent.substring(start, end);
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', previewKeptPassage);
  } else {
    previewKeptPassage();
  }
  // A browser without a Korean font downloads the one Recourse ships; Chrome keeps drawing as boxes the Hangul
  // it laid out before the font arrived, until the family changes: so it changes, to the same glyphs, once loaded.
  function markHangulLoaded() {
    document.fonts.forEach(function (face) {
      if (face.family.replace(/"/g, '') === 'Recourse Hangul' && face.status === 'loaded') {
        document.documentElement.classList.add('hangul-loaded');
      }
    });
  }

  if (document.fonts) {
    document.fonts.addEventListener('loadingdone', markHangulLoaded);
    document.fonts.ready.then(markHangulLoaded);
  }
  document.addEventListener('mouseup', onSelection);
  document.addEventListener('keyup', onSelection);
  document.addEventListener('selectionchange', function () {
    window.clearTimeout(onSelection.timer);
    onSelection.timer = window.setTimeout(onSelection, 150);
  });
})();
