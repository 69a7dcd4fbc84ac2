/**
 * Faces helpers every page uses, apart from the page layout itself: messages in the page's
 * language, how moments are shown, lazily paged tables, and the text field renderer that keeps a
 * too-long value whole so that the facade can refuse it.
 */
package koppel.admin.faces;
