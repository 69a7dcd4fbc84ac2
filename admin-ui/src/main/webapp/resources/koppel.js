/* Small helpers of the admin pages. */
var koppel = koppel || {};

/**
 * Copies the value of the input with this client id to the clipboard, and says so in the element
 * with id statusId, in the words of its data-done attribute (there, not in the call, the page's
 * text needs only the escaping of an attribute). Without the clipboard API (a page not served over
 * HTTPS), a hidden input's value is copied through a passing text area.
 */
koppel.copy = function (clientId, statusId) {
    var input = document.getElementById(clientId);
    var status = document.getElementById(statusId);
    var say = function () {
        status.textContent = status.dataset.done;
    };
    if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(input.value).then(say, say);
    } else {
        var area = document.createElement('textarea');
        area.value = input.value;
        area.setAttribute('readonly', '');
        status.parentNode.appendChild(area);
        area.select();
        document.execCommand('copy');
        area.remove();
        say();
    }
};



/**
 * Drop-downs cut a long choice with an ellipsis (koppel.css): their label's tooltip holds the whole
 * choice, on loading, after every Ajax update and whenever the pointer comes to it.
 */
koppel.LABELS = '.ui-selectonemenu-label, .ui-selectcheckboxmenu-label, .ui-selectcheckboxmenu-token-label';
koppel.titleLabels = function () {
    document.querySelectorAll(koppel.LABELS).forEach(function (label) {
        label.title = label.textContent.trim();
    });
};
// On "load": after PrimeFaces has set up its widgets, which may give the labels titles of their own.
window.addEventListener('load', function () {
    koppel.titleLabels();
    if (window.jQuery) {
        jQuery(document).on('pfAjaxComplete', koppel.titleLabels);
    }
});
document.addEventListener('mouseover', function (event) {
    var label = event.target.closest && event.target.closest(koppel.LABELS);
    if (label) {
        label.title = label.textContent.trim();
    }
});
