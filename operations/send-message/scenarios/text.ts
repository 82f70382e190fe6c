/** The text SendMessage's scenarios send: every character kind a server could trim, escape, normalise or re-encode. */
export const MESSAGE_TEXT = 'Grüße 👋 e\u0301  two spaces, <b>markup</b> &amp; "quotes"\nsecond line ';
