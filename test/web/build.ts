import { ensureWebBuilt } from '../../local/web-build';

/** The browser tests read the built app: built once per run, and only when web/ changed since. */
export default function setup() {
  ensureWebBuilt((line) => console.log(line));
}
