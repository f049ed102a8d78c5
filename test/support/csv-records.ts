/**
 * Reads CSV as csv-stringify writes it (RFC 4180: quoted fields may hold commas, doubled quotes and
 * newlines) into one object per record, keyed by the header row: how the specs read a download back.
 * A leading byte order mark is skipped, as a spreadsheet skips it.
 */
export function csvRecords(download: string): Record<string, string>[] {
  const text = download.replace(/^\uFEFF/, '');
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') field += text[++i];
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\n') {
      records.push([...record, field]);
      record = [];
      field = '';
    } else field += c;
  }
  const [header = [], ...rows] = records;
  return rows.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i] ?? ''])));
}
