import type { Process } from './api/answers';
import { useView } from './api/queries';

/** The current process: its name, mandate, currency and time zone. */
export const useProcess = () => useView<Process>('/processes/{processId}');
