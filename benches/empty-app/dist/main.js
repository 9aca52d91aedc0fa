// The page is shown and interactive on the next frame after load: tell the shell, as the app's
// UI does once its first screen is rendered.
window.addEventListener("load", () => {
  requestAnimationFrame(() => window.__TAURI_INTERNALS__.invoke("ready"));
});
