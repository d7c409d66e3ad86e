// Every way a secret can appear once a server or a log line has escaped it: JSON, URL, form and base64 forms.

/** JSON string content with every non-ASCII character written as \uXXXX, as some servers escape. */
function jsonAscii(value: string): string {
  return JSON.stringify(value)
    .slice(1, -1)
    .replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** HTML text and attribute escaping: `&` first, then the characters HTML pages commonly escape. */
function htmlEscaped(value: string, apostrophe: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, apostrophe);
}

const lowerPercents = (value: string): string => value.replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase());

/**
 * The forms of `secret` to mask: as is, JSON-escaped (once and twice, and with \u escapes),
 * percent-encoded (upper and lower case hex), form-encoded (`+` for space), base64, and HTML
 * entity-escaped as error pages print it (`&amp;`, `&lt;`, `&quot;`, `&#39;`/`&#x27;`).
 */
export function secretForms(secret: string): string[] {
  const json = JSON.stringify(secret).slice(1, -1);
  const uri = encodeURIComponent(secret);
  const forms = [
    secret,
    json,
    JSON.stringify(json).slice(1, -1),
    jsonAscii(secret),
    uri,
    lowerPercents(uri),
    uri.replace(/%20/g, '+'),
    encodeURI(secret),
    Buffer.from(secret, 'utf8').toString('base64'),
    htmlEscaped(secret, '&#39;'),
    htmlEscaped(secret, '&#x27;'),
  ];
  return [...new Set(forms)];
}
