import { XMLBuilder } from 'fast-xml-parser';
import type { XmlElement } from '../../domain/iati/activity-file';

type Ordered = Record<string, unknown>;

/** fast-xml-parser's ordered form: one object per element, its children in a list, attributes under `:@`. */
const ordered = (element: XmlElement): Ordered => ({
  [element.name]:
    element.text !== undefined ? [{ '#text': element.text }] : (element.children ?? []).map(ordered),
  ...(element.attributes && Object.keys(element.attributes).length > 0 ? { ':@': element.attributes } : {}),
});

const builder = new XMLBuilder({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  format: true,
  suppressEmptyNode: true,
});

/** The document as written, elements in the tree's order (which is the schema's), text and attributes escaped. */
export const xmlDocument = (root: XmlElement): string =>
  `<?xml version="1.0" encoding="UTF-8"?>\n${builder.build([ordered(root)]).trim()}\n`;
