// A page that moved: go to its new address at once, keeping the query string and the fragment
// (the refresh that follows, for readers without JavaScript, would drop them).
var to = document.currentScript && document.currentScript.getAttribute('data-to');
if (to) location.replace(to + location.search + location.hash);
