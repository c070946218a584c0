// Reader preferences, applied before first paint so a dark or larger page never flashes light
// or small first. Loaded synchronously in <head>; a plain script (the CSP forbids inline ones).
// Keep in step with src/features/preferences/preferencesStore.ts, which writes what this reads.
(function () {
  try {
    var raw = window.localStorage.getItem('broadsheet:prefs');
    if (raw === null) return;
    var prefs = JSON.parse(raw);
    if (typeof prefs !== 'object' || prefs === null) return;
    var root = document.documentElement;
    // Only known values pass: anything else in storage means the default (nothing set).
    if (prefs.theme === 'light' || prefs.theme === 'dark') {
      root.setAttribute('data-theme', prefs.theme);
    }
    if (prefs.textSize === 'large' || prefs.textSize === 'larger') {
      root.setAttribute('data-text-size', prefs.textSize);
    }
  } catch {
    // Storage turned off or tampered with: the defaults are a readable page.
  }
})();
