/* Small helpers of the admin pages. */
var koppel = koppel || {};

/** Copies the value of the input with this client id to the clipboard, and says so in #copied. */
koppel.copy = function (clientId, done) {
    var input = document.getElementById(clientId);
    var say = function () {
        document.getElementById('copied').textContent = done;
    };
    if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(input.value).then(say, say);
    } else {
        input.select();
        document.execCommand('copy');
        say();
    }
};


