// How two titles (headlines, read-also lines) are compared: apostrophes, spacing and case do not
// matter; the text itself is kept as written.

export function titleKey(title: string): string {
  return title
    .normalize('NFC')
    .replace(/[\u2019\u2018\u02BC`´]/g, "'")
    .replace(/\s+/gu, ' ')
    .trim()
    .toLowerCase();
}
