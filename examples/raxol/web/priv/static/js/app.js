document.addEventListener("DOMContentLoaded", () => {
  document.body.dataset.loaded = "true";
});
