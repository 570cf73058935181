/* Kaiku — progressive enhancement only. Every page works without this file. */
(() => {
  'use strict';

  const doc = document;
  doc.documentElement.classList.add('js');

  /* ---- button[data-copy]: copy the text of #id, flash data-copied ---- */
  const originals = new WeakMap();
  const timers = new WeakMap();

  const flash = (btn) => {
    const label = btn.dataset.copied;
    if (!label) return;
    if (!originals.has(btn)) originals.set(btn, Array.from(btn.childNodes));
    clearTimeout(timers.get(btn));
    btn.textContent = label;
    timers.set(btn, setTimeout(() => {
      btn.replaceChildren(...originals.get(btn));
      originals.delete(btn);
    }, 2000));
  };

  const selectText = (el, btn) => {
    const range = doc.createRange();
    range.selectNodeContents(el);
    const sel = window.getSelection();
    sel.removeAllRanges();
    sel.addRange(range);
    try {
      if (doc.execCommand('copy')) flash(btn); // legacy path for plain-http intranets
    } catch (_) { /* the text stays selected for a manual copy */ }
  };

  doc.addEventListener('click', (event) => {
    const btn = event.target.closest('button[data-copy]');
    if (!btn) return;
    const source = doc.getElementById(btn.dataset.copy);
    if (!source) return;
    event.preventDefault();
    const text = source.textContent.trim();
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(() => flash(btn), () => selectText(source, btn));
    } else {
      selectText(source, btn);
    }
  });

  /* ---- form[data-confirm]: ask before submitting ---- */
  doc.addEventListener('submit', (event) => {
    const form = event.target;
    if (form.matches('form[data-confirm]') && !window.confirm(form.dataset.confirm)) {
      event.preventDefault();
    }
  });

  /* ---- details.menu: close on outside click or Escape ---- */
  const openMenus = () => doc.querySelectorAll('details.menu[open]');

  doc.addEventListener('click', (event) => {
    openMenus().forEach((menu) => {
      if (!menu.contains(event.target)) menu.open = false;
    });
  });

  doc.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    openMenus().forEach((menu) => {
      const active = doc.activeElement;
      const hadFocus = !active || active === doc.body || menu.contains(active);
      menu.open = false;
      const summary = menu.querySelector('summary');
      if (hadFocus && summary) summary.focus();
    });
  });
})();
