// Sends the CSRF token with every htmx request, and focuses the first invalid field.
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="csrf-token"]');
  var header = document.querySelector('meta[name="csrf-header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});
document.addEventListener('DOMContentLoaded', function () {
  var invalid = document.querySelector('[aria-invalid="true"]');
  if (invalid) {
    invalid.focus();
  }
  document.querySelectorAll('form[data-confirm]').forEach(function (form) {
    form.addEventListener('submit', function (event) {
      if (!window.confirm(form.getAttribute('data-confirm'))) {
        event.preventDefault();
      }
    });
  });
  // A form with several buttons confirms only the irreversible one.
  document.querySelectorAll('button[data-confirm]').forEach(function (button) {
    button.addEventListener('click', function (event) {
      if (!window.confirm(button.getAttribute('data-confirm'))) {
        event.preventDefault();
      }
    });
  });
});
// On a wide screen the navigation is always shown; on a phone it folds behind "Menu".
document.addEventListener('DOMContentLoaded', function () {
  if (window.matchMedia('(min-width: 760px)').matches) {
    document.querySelectorAll('details.menu').forEach(function (menu) { menu.open = true; });
  }
});
