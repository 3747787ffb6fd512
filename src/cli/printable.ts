// Text from a reply, a macro title or a bad input line may hold terminal control sequences
// (ESC[31m, an OSC title or hyperlink, a lone carriage return that overwrites the line).
// Everything the command line prints passes through here, so such text shows as
// visible `\u001b`-style escapes instead of acting on the agent's terminal. Tabs, line
// breaks and CRLF pairs are kept; in JSON output the escapes are valid JSON string escapes.

// C0 controls except tab and line feed, a carriage return not before a line feed, DEL, C1.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]|\r(?!\n)/g;

export const printable = (text: string): string =>
  text.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
